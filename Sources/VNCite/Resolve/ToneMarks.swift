/// One place for the tone mark of "oa", "oe" and "uy" at a syllable's end. Pages write it both
/// ways: the older on the second vowel ("hoá", "khoẻ", "thuỷ"), the newer on the first ("hóa",
/// "khỏe", "thủy"), which the catalogue uses. A law's key takes the newer, so "Luật Di sản văn
/// hoá" and "Luật Di sản văn hóa" are one law. Not after "q", where "u" is no vowel ("quý");
/// not before a final consonant, where both write it on the second ("hoàn", "khuyến").
enum ToneMarks {
    /// `word` with its last syllable's tone mark moved to the first of "oa", "oe", "uy".
    static func newStyle(_ word: Substring) -> String {
        // ("hoá,": the mark after the word kept after it.)
        if let last = word.last, !last.isLetter, word.count > 1 { return newStyle(word.dropLast()) + String(last) }
        let chars = Array(word)
        guard chars.count >= 2, let (first, plain) = moved[chars[chars.count - 1]] else { return String(word) }
        let before = chars[chars.count - 2]
        guard let toned = first[before.lowercased()], chars.count < 3 || !["q", "Q"].contains(chars[chars.count - 3]) else { return String(word) }
        let mark = before.isUppercase ? toned.uppercased() : toned
        return String(chars.dropLast(2)) + mark + String(plain)
    }

    /// A toned "a", "e" or "y" → the tone's letter on "o" or "u" before it, and the letter bare.
    private static let moved: [Character: ([String: String], Character)] = {
        var table: [Character: ([String: String], Character)] = [:]
        let tones: [(Character, [Character])] = [
            ("a", ["á", "à", "ả", "ã", "ạ"]), ("e", ["é", "è", "ẻ", "ẽ", "ẹ"]), ("y", ["ý", "ỳ", "ỷ", "ỹ", "ỵ"]),
        ]
        let o: [String] = ["ó", "ò", "ỏ", "õ", "ọ"], u: [String] = ["ú", "ù", "ủ", "ũ", "ụ"]
        for (plain, marked) in tones {
            for (tone, letter) in marked.enumerated() {
                table[letter] = (plain == "y" ? ["u": u[tone]] : ["o": o[tone]], plain)
            }
        }
        return table
    }()
}
