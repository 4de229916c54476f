/// A word's small-letter form, as meeting words are compared: one case, one tone placement.
extension LeadWords {
    /// "Khoá" → "khóa", "Uỷ" → "ủy", "Ð" → "đ": NFC, lower case, new tone placement (which moves
    /// the mark only in an open syllable: "hoà" → "hòa", but "hoạt" stays).
    static func normal(_ s: String) -> String {
        // (Most words are written in small letters already: they are kept, not copied.)
        let t = s.unicodeScalars.contains(where: isCapital) ? s.lowercased() : s
        let scalars = t.unicodeScalars
        guard let last = scalars.last, !last.isASCII, let (vowel, moved, bare) = toneMoves[last] else { return t }
        let head = scalars.dropLast()
        guard head.last == vowel else { return t }
        var out = String.UnicodeScalarView(head.dropLast())
        out.append(moved)
        out.append(bare)
        return String(out)
    }

    /// A capital letter: "A"–"Z", "À"–"Þ", "Ạ"–"Ỹ" (every other code point from U+1EA0 is the
    /// capital), else as Unicode says ("Đ", "Ơ").
    private static func isCapital(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x41...0x5A: true
        case 0...0x7F, 0xDF...0xFF: false
        case 0xC0...0xDE: c.value != 0xD7
        case 0x1EA0...0x1EF9: c.value % 2 == 0
        default: c.properties.changesWhenLowercased
        }
    }

    /// Each word of a phrase in the form `normal` gives it: "ủy ban nhân dân", "quỹ".
    static func normalPhrase(_ s: String) -> String {
        s.split(separator: " ").map { normal(String($0)) }.joined(separator: " ")
    }

    /// The last letter of an open syllable that carries the tone in the old placement, with the
    /// vowel before it, that vowel with the tone, and the letter without it: "à" → ("o", "ò", "a").
    private static let toneMoves: [Unicode.Scalar: (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar)] = [
        "à": ("o", "ò", "a"), "á": ("o", "ó", "a"), "ả": ("o", "ỏ", "a"), "ã": ("o", "õ", "a"), "ạ": ("o", "ọ", "a"),
        "ỳ": ("u", "ù", "y"), "ý": ("u", "ú", "y"), "ỷ": ("u", "ủ", "y"), "ỹ": ("u", "ũ", "y"), "ỵ": ("u", "ụ", "y"),
    ]
}
