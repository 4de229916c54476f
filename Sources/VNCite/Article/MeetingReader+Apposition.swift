/// A meeting named again in apposition, after a dash: it is the meeting named before it.
extension MeetingReader {
    /// "Trước thềm Kỳ họp thứ 21 ⟨- kỳ họp⟩ thường lệ giữa năm 2024, hoạt động TXCT … tiếp tục": the
    /// second noun says what the first one is. The reader reaches it only when the first was set
    /// aside (a meeting it accepts ends the reading), so it is set aside too.
    static func restatesAnEarlierNoun(_ lead: LeadWords, noun i: Int, kind: String) -> Bool {
        let w = lead.words
        guard i >= 3, ["-", "–"].contains(w[i - 1].text) else { return false }
        // (The earlier noun's name runs to the dash with no mark: "Kỳ họp thứ 21 -".)
        for j in stride(from: i - 2, through: max(0, i - 8), by: -1) {
            if j < i - 2, !w[j].after.isEmpty { return false }
            if let earlier = MeetingWords.noun(lead, at: j) {
                return MeetingWords.family(earlier.kind) == MeetingWords.family(kind)
            }
        }
        return false
    }
}
