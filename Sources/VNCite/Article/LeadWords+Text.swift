/// The words of a lead written back as text: a host, a meeting's name, a chair.
extension LeadWords {
    /// The words `range` as written, joined by spaces (their inner punctuation kept; a word glued to the
    /// one before stays so: "Văn hóa-Thông tin").
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        var s = ""
        for i in range {
            if i > range.lowerBound { s += words[i].before }
            s += words[i].text
            if i < range.upperBound - 1 { s += words[i].after + (words[i + 1].glued ? "" : " ") }
        }
        // "Tổ chức Lao động Quốc tế (ILO)": a bracket the words opened is closed.
        if s.filter({ $0 == "(" }).count > s.filter({ $0 == ")" }).count, words[range.upperBound - 1].after.hasPrefix(")") {
            s += ")"
        }
        // … and so is a quote: "Hội đồng Chỉ đạo biên soạn “Lịch sử Nam Bộ kháng chiến”", "hội thảo
        // \"Phát huy quyền làm chủ\"".
        if s.contains("“"), !s.contains("”"), words[range.upperBound - 1].after.hasPrefix("”") { s += "”" }
        if s.filter({ $0 == "\"" }).count % 2 == 1, words[range.upperBound - 1].after.hasPrefix("\"") { s += "\"" }
        return s
    }
}
