/// A meeting its clause denies.
extension MeetingReader {
    /// "NATO không đạt đồng thuận về việc tổ chức hội nghị", "khi không được mời tham dự hội nghị":
    /// a meeting its clause says was not held or not attended, "không" before its verbs.
    static func negated(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        guard let no = (max(HostReader.clauseStart(lead, before: i), i - 8)..<i).last(where: { w[$0].lower == "không" }) else { return false }
        return ((no + 1)..<i).allSatisfy { k in
            w[k].after.isEmpty && (MeetingWords.glue.contains(w[k].lower) || negatedVerbs.contains(w[k].lower))
        }
    }

    /// Words between "không" and the meeting it denies: "(không) đạt đồng thuận về việc tổ chức",
    /// "(không) được mời tham dự", "(không) đến dự", "(không) xuất hiện tại", "(không) có mặt tại".
    static let negatedVerbs: Set<String> = [
        "đạt", "đồng", "thuận", "về", "việc", "được", "mời", "tham", "dự", "đến", "tới", "họp", "xuất", "hiện", "mặt", "tại",
    ]
}
