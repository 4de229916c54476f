/// A meeting named by its number and its body's term: one meeting, dated or not.
extension MeetingIdentity {
    /// "Kỳ họp thứ 8 Quốc hội khóa XI", "kỳ họp thứ 8, QH khóa 11", "Hội nghị lần thứ 14 Ban Chấp
    /// hành Trung ương Đảng khóa IX": the sitting's number and the term, read from the meeting's name
    /// and its host's ("8|11", "14|9"); nil unless both are written. Articles with no date (most of
    /// a crawled corpus) that name one body's sitting so are one meeting, as the issue's "the same
    /// full name" asks; "kỳ họp thứ 8" alone, or "khóa XI" alone, names no one sitting.
    static func numbered(_ m: Meeting) -> String? {
        // (Without the marks a word is written with: "kỳ họp thứ 8, QH …".)
        let words = Catalog.fold(m.what + " " + (m.host ?? "")).split(separator: " ").map { $0.trimmingCharacters(in: [",", ";", ":", ".", "(", ")"]) }
        var number: Int?
        var term: Int?
        for (k, w) in words.enumerated() where k + 1 < words.count {
            let next = words[k + 1]
            // "lần thứ 14", "lần 2", "kỳ họp thứ 8", "Đại hội thứ X" (not "thứ hai" of a weekday, a word;
            // nor a "thu" that collects: "thu 5 tỷ đồng").
            let ordinal = w == "lan" && next != "thu" || w == "thu" && k > 0 && ["lan", "hop", "nghi", "hoi"].contains(words[k - 1])
            if number == nil, ordinal, let n = numeral(next) { number = n }
            if term == nil, w == "khoa", let n = numeral(next) { term = n }
            // "nhiệm kỳ 2005-2010": a term by its first year.
            if term == nil, w == "nhiem", next == "ky", k + 2 < words.count, let y = Int(words[k + 2].prefix(4)), y > 1900 { term = y }
        }
        guard let number, let term else { return nil }
        return "\(number)|\(term)"
    }

    /// "14" → 14, "xiv" → 14 (folded; `Roman`); nil for a word.
    static func numeral(_ s: String) -> Int? {
        if let n = Int(s), n > 0, n < 1000 { return n }
        return Roman.value(s.uppercased())
    }
}
