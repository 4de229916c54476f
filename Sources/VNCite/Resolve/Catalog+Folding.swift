import Foundation

/// The catalogue's folded forms: "Bộ Chính trị" → "bo chinh tri", and a word sought between word
/// boundaries.
extension Catalog {
    /// "Bộ Chính trị" → "bo chinh tri": the scanner's folded form.
    static func fold(_ s: String) -> String {
        let clean = CleanText(s)
        let collapsed = String(decoding: clean.fold, as: UTF8.self)
        return collapsed.split(separator: " ").joined(separator: " ")
    }

    /// A law's name folded word by word, its commas dropped: "Thi đua, khen thưởng" → ["thi",
    /// "dua", "khen", "thuong"] (as `lawNames` holds names and `LawWord` its words).
    static func foldedWords(_ name: String) -> [String] {
        fold(name.replacingOccurrences(of: ",", with: " ")).split(separator: " ").map(String.init)
    }

    /// A word folded with its "đ" kept apart from "d": "Dược" → "duoc", "được" → "dduoc" (which fold
    /// alike); nil for a word written without marks ("duoc"), which tells no more than its folded
    /// form. (Only "đ": a mark dropped by mistake, "Luật Chúng khoán", still names its law.)
    static func letters(_ word: String) -> String? {
        guard word.contains(where: { !$0.isASCII }) else { return nil }
        // (With its look-alikes: "Ð" (U+00D0), "ð", "Ɖ".)
        let strokes: Set<Character> = ["đ", "Đ", "Ð", "ð", "Ɖ"]
        return fold(String(word.flatMap { strokes.contains($0) ? ["d", "d"] : [$0] }))
    }

    /// Whether `word` occurs in `text` between word boundaries. Folded text is ASCII: its bytes
    /// are compared; a match beside other characters asks `Character` what they are.
    static func contains(_ text: String, word: String) -> Bool {
        guard !word.isEmpty else { return false }
        let t = Array(text.utf8), w = Array(word.utf8)
        guard t.count >= w.count else { return false }
        guard w.allSatisfy({ $0 < 0x80 }) else { return containsByCharacter(text, word: word) }
        func isWordByte(_ b: UInt8) -> Bool? {
            b >= 0x80 ? nil : (b >= 48 && b <= 57) || (b | 0x20 >= 97 && b | 0x20 <= 122)
        }
        for i in 0...(t.count - w.count) where t[i] == w[0] && t[i..<(i + w.count)].elementsEqual(w) {
            let before = i == 0 ? false : isWordByte(t[i - 1])
            let after = i + w.count == t.count ? false : isWordByte(t[i + w.count])
            guard let before, let after else { return containsByCharacter(text, word: word) }
            if !before && !after { return true }
        }
        return false
    }

    private static func containsByCharacter(_ text: String, word: String) -> Bool {
        var searchStart = text.startIndex
        while let r = text.range(of: word, range: searchStart..<text.endIndex) {
            let beforeOK = r.lowerBound == text.startIndex
                || !isWordChar(text[text.index(before: r.lowerBound)])
            let afterOK = r.upperBound == text.endIndex || !isWordChar(text[r.upperBound])
            if beforeOK && afterOK { return true }
            searchStart = text.index(after: r.lowerBound)
        }
        return false
    }

    private static func isWordChar(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "\u{C0}"
    }
}
