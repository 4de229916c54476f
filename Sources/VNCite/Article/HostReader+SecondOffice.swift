/// The names that end right before a word, and the office written before a name when a second office
/// after it opens the meeting's clause.
extension HostReader {
    /// "Thứ trưởng Bộ Ngoại giao Lê Hoài Trung, ⟨Tổng thư ký Ủy ban chỉ đạo hợp tác song phương …⟩ đã
    /// tiến hành hội nghị trực tuyến" → "Bộ Ngoại giao": the clause opens on an office whose body
    /// does not read, right after a name and its comma, and runs to the meeting's verbs; the body of
    /// the office written before that name acts. `start`: where the noun's clause starts.
    static func officeBeforeName(_ lead: LeadWords, clause start: Int, noun i: Int, catalog: Catalog) -> String? {
        let w = lead.words
        guard start > 1, start < i - 1, MeetingWords.office(lead, at: start) != nil, !namesEnding(lead, at: start).isEmpty,
              MeetingWords.glue.contains(w[i - 1].lower), w[start..<i].allSatisfy({ $0.after.isEmpty || $0.after == "-" }) else { return nil }
        let before = clauseStart(lead, before: start - 1)
        return officeBody(lead, in: before..<min(start - 1, before + 2), catalog: catalog)
    }

    /// The names read as a person's that end right before the word at `end`, opening at most five
    /// words before it ("ông Trương Thanh Phong, ⟨Chủ tịch …⟩").
    static func namesEnding(_ lead: LeadWords, at end: Int) -> [Range<Int>] {
        (max(0, end - 5)..<max(0, end - 1)).compactMap { k in PersonName.read(lead, at: k).flatMap { $0.upperBound == end ? $0 : nil } }
    }
}
