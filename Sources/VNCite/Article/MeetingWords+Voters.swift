extension MeetingWords {
    /// "tiếp xúc chuyên đề với gần 100 cử tri", "tiếp xúc với hơn 200 cử tri", "tiếp xúc với các cử
    /// tri": a meeting with voters whose verb and "cử tri" have a topic or a count between them, read
    /// as "tiếp xúc cử tri" is (the plain forms are in `kinds`). Its length runs to "cử tri".
    static func votersMet(_ lead: LeadWords, at i: Int) -> (kind: String, length: Int)? {
        let w = lead.words
        guard i + 3 < w.count, w[i].lower == "tiếp", w[i + 1].lower == "xúc", w[i].after.isEmpty, w[i + 1].after.isEmpty else { return nil }
        var j = i + 2
        if w[j].lower == "chuyên", w[j + 1].lower == "đề", w[j + 1].after.isEmpty { j += 2 }
        if j < w.count, w[j].lower == "với", w[j].after.isEmpty { j += 1 }
        let counted = j
        while j < min(counted + 3, w.count), w[j].after.isEmpty, voterCounts.contains(w[j].lower) || w[j].text.allSatisfy({ $0.isNumber || $0 == "." }) {
            j += 1
        }
        guard j > i + 2, j + 1 < w.count, w[j].lower == "cử", w[j + 1].lower == "tri", w[j].after.isEmpty else { return nil }
        return ("tiếp xúc cử tri", j + 2 - i)
    }

    /// Words that count the voters met: "gần 100", "hơn 200", "khoảng", "các", "đông đảo".
    static let voterCounts: Set<String> = ["gần", "hơn", "khoảng", "trên", "các", "đông", "đảo", "hàng", "trăm", "nghìn", "ngàn", "chục"]
}
