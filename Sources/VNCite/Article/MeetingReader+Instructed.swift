/// The meeting where what the news now carries out was said: its ground, not a meeting reported.
extension MeetingReader {
    /// "Thực hiện chỉ đạo của Thủ tướng Chính phủ tại cuộc họp Thường trực Chính phủ ngày 15/4/2020
    /// …, Chủ tịch UBND tỉnh yêu cầu …": the meeting where what is now carried out was said, told
    /// as the news's ground, not reported; also inside the clause, with no mark to "tại": "… Kế hoạch
    /// số 3104/KH-UBND nhằm thực hiện Kết luận của Thủ tướng Chính phủ tại Hội nghị tổng kết …".
    static func instructedAt(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        guard i > 3, w[i - 1].lower == "tại" else { return false }
        let clause = HostReader.clauseStart(lead, before: i)
        guard clause < i - 3 else { return false }
        return (clause..<(i - 3)).contains { k in
            lead.matchesWritten(["thực", "hiện"], at: k) && lead.matchWritten(instructions, at: k + 2) != nil
                && (k == clause || w[k..<(i - 1)].allSatisfy { $0.after.isEmpty })
        }
    }

    /// What a meeting hands down to be carried out: "chỉ đạo", "kết luận", "ý kiến (chỉ đạo)", "yêu cầu".
    static let instructions: [[Substring]] = ["chỉ đạo", "kết luận", "ý kiến", "yêu cầu"].map { $0.split(separator: " ") }
}
