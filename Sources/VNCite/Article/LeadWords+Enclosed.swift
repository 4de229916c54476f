/// Whether a word stands inside brackets or quotes, which set their words apart from the sentence's.
extension LeadWords {
    /// Whether word `i` stands inside brackets: "(đã được Quốc hội khóa XI, ⟨kỳ⟩ họp thứ 8 thông qua)". Not
    /// after a bracket the sentence never closes, a slip: "Ban Thường trực Ủy ban MTTQ huyện Lạng Giang (Bắc
    /// Giang ⟨tổ⟩ chức hội nghị …".
    func inBrackets(_ i: Int) -> Bool {
        func count(_ byte: UInt8, _ w: Word) -> Int {
            [w.before, w.text, w.after].reduce(0) { n, s in n + s.utf8.reduce(0) { $0 + ($1 == byte ? 1 : 0) } }
        }
        var depth = 0
        for k in 0...i {
            // ("(Mỹ)tham dự Hội nghị": a bracket may close inside a word run on.)
            depth += count(40, words[k])  // "("
            if depth > 0, k == i { return words[i...].contains { count(41, $0) > 0 } }
            depth = max(depth - count(41, words[k]), 0)  // ")"
        }
        return false
    }

    /// Whether word `i` stands inside quotation marks: "Tọa đàm “Doanh nghiệp ⟨cần⟩ chuẩn bị gì?” do …".
    func inQuotes(_ i: Int) -> Bool {
        guard let open = (0...i).last(where: { words[$0].opensQuote }) else { return false }
        return !words[open..<i].contains(where: \.closesQuote)
    }

    /// Whether word `i` stands inside curly quotes and does not close them (straight quotes, which
    /// open and close alike, are not read here): "về “Tăng cường …, ⟨hiện⟩ đại hóa” có buổi làm việc".
    func insideCurlyQuotes(_ i: Int) -> Bool {
        guard let open = (0...i).last(where: { words[$0].before.contains("“") }) else { return false }
        return !words[open...i].contains { $0.after.contains("”") }
    }

    /// The words of `range` that stand outside quotation marks opened in it, a quote closed by any
    /// mark in a word, as news slips it (unlike `inQuotes`): "… tươi xanh"được tổ chức ⟨tại⟩ Hà Nội",
    /// "hội thảo “Tầm nhìn bóng đá “ vừa diễn ra ⟨tại⟩ Đức".
    func outsideQuotes(_ range: Range<Int>) -> [Int] {
        let marks: Set<Character> = ["\"", "“", "”"]
        func holdsAMark(_ w: Word) -> Bool { [w.before, w.text, w.after].contains { $0.contains(where: marks.contains) } }
        var quoted = false
        return range.filter { k in
            let inside = quoted || words[k].opensQuote
            quoted = quoted ? !holdsAMark(words[k]) : words[k].opensQuote && !words[k].closesQuote && !words[k].text.contains(where: marks.contains)
            return !inside
        }
    }
}
