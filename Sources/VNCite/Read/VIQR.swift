/// VIQR (RFC 1456): Vietnamese in plain ASCII, each mark typed after its letter.
///
/// "Vie^.t Nam dda^'t nu*o*'c me^'n ye^u" is "Việt Nam đất nước mến yêu": `^` circumflex,
/// `(` breve, `+` or `*` horn, then the tone, `` ` `` grave, `'` acute, `?` hook, `~` tilde,
/// `.` dot below; `dd` is đ; `\` makes the next character literal. A mark right after a vowel
/// is a tone, as RFC 1456 says, unless the word already has one or a `.` ends the line: so
/// "ddi." at the end of a paragraph stays "đi.", but a sentence ending inside a line in a
/// vowel without tone must be written "ddi\." (the encoder does so).
enum VIQR {
    private static let tones: [UInt8: VietnameseLetters.Tone] = [
        UInt8(ascii: "`"): .grave, UInt8(ascii: "'"): .acute, UInt8(ascii: "?"): .hook,
        UInt8(ascii: "~"): .tilde, UInt8(ascii: "."): .dot,
    ]

    /// Decodes VIQR text; bytes outside ASCII pass through as Windows-1252.
    static func decode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        let count = bytes.count
        var index = 0
        var wordHasTone = false
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < count, isEscapable(bytes[index + 1]) {
                output.append(bytes[index + 1])
                wordHasTone = false
                index += 2
                continue
            }
            if byte | 0x20 == UInt8(ascii: "d"), index + 1 < count,
                bytes[index + 1] | 0x20 == UInt8(ascii: "d")
            {
                let upper = byte == UInt8(ascii: "D")
                output.appendUTF8(upper ? VietnameseLetters.dUpper : VietnameseLetters.dLower)
                index += 2
                continue
            }
            guard let vowel = vowel(byte) else {
                if !isLetter(byte) { wordHasTone = false }
                output.appendUTF8(CodePages.windows1252[Int(byte)])
                index += 1
                continue
            }
            var letter = vowel
            index += 1
            if index < count, let marked = quality(vowel, bytes[index]) {
                letter = marked
                index += 1
            }
            var tone = VietnameseLetters.Tone.level
            if !wordHasTone, index < count, let marked = tones[bytes[index]],
                isTone(bytes, at: index)
            {
                tone = marked
                wordHasTone = true
                index += 1
            }
            output.appendUTF8(VietnameseLetters.letter(letter, tone, upper: byte < 0x61))
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Encodes NFC text as VIQR, escaping marks that would otherwise join a vowel; nil when the
    /// text holds a character that is neither ASCII nor a Vietnamese letter.
    static func encode(_ text: String) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var afterVowel = false
        var afterD = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            var isD = false
            if value == VietnameseLetters.dLower || value == VietnameseLetters.dUpper {
                output.append(
                    contentsOf: Array((value == VietnameseLetters.dUpper ? "DD" : "dd").utf8))
                afterVowel = false
            } else if let parts = VietnameseLetters.parts(of: value) {
                output.append(parts.upper ? parts.vowel.ascii - 0x20 : parts.vowel.ascii)
                switch parts.vowel {
                case .aCircumflex, .eCircumflex, .oCircumflex: output.append(UInt8(ascii: "^"))
                case .aBreve: output.append(UInt8(ascii: "("))
                case .oHorn, .uHorn: output.append(UInt8(ascii: "+"))
                default: break
                }
                if let mark = toneMarks[parts.tone] { output.append(mark) }
                afterVowel = true
            } else if value < 0x80 {
                let byte = UInt8(value)
                isD = byte | 0x20 == UInt8(ascii: "d")
                let escape =
                    (afterVowel && isMark(byte)) || byte == UInt8(ascii: "\\")
                    || (isD && afterD)
                if escape { output.append(UInt8(ascii: "\\")) }
                output.append(byte)
                afterVowel = false
            } else {
                return nil
            }
            afterD = isD
        }
        return output
    }

    /// Whether ASCII text reads as VIQR: at least three words, and a fifth of all words, carry
    /// VIQR marks ("Vie^.t", "nu*o*'c", "dda^'t").
    static func looksLikeVIQR(_ bytes: [UInt8]) -> Bool {
        var words = 0
        var marked = 0
        for token in bytes.prefix(262_144).split(whereSeparator: { $0 <= 0x20 }) {
            let token = Array(token)
            guard token.contains(where: isLetter) else { continue }
            words += 1
            if token.count >= 3, token[0] | 0x20 == UInt8(ascii: "d"),
                token[1] | 0x20 == UInt8(ascii: "d"), vowel(token[2]) != nil
            {
                marked += 1
                continue
            }
            for index in token.indices.dropLast() where vowel(token[index]) != nil {
                let mark = token[index + 1]
                let strong = mark != UInt8(ascii: ".") && mark != UInt8(ascii: "?") && isMark(mark)
                let weak =
                    !strong && isMark(mark) && index + 2 < token.count
                    && isLetter(token[index + 2])
                if strong || weak {
                    marked += 1
                    break
                }
            }
        }
        return marked >= 3 && marked * 5 >= words
    }

    // MARK: - Helpers

    private static let toneMarks: [VietnameseLetters.Tone: UInt8] = {
        var marks: [VietnameseLetters.Tone: UInt8] = [:]
        for (byte, tone) in tones { marks[tone] = byte }
        return marks
    }()

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte | 0x20)
    }

    private static func isMark(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "^"), UInt8(ascii: "("), UInt8(ascii: "+"), UInt8(ascii: "*"),
            UInt8(ascii: "`"), UInt8(ascii: "'"), UInt8(ascii: "?"), UInt8(ascii: "~"),
            UInt8(ascii: "."):
            true
        default:
            false
        }
    }

    private static func vowel(_ byte: UInt8) -> VietnameseLetters.Vowel? {
        switch byte | 0x20 {
        case UInt8(ascii: "a"): .a
        case UInt8(ascii: "e"): .e
        case UInt8(ascii: "i"): .i
        case UInt8(ascii: "o"): .o
        case UInt8(ascii: "u"): .u
        case UInt8(ascii: "y"): .y
        default: nil
        }
    }

    private static func quality(_ vowel: VietnameseLetters.Vowel, _ byte: UInt8)
        -> VietnameseLetters.Vowel?
    {
        switch (vowel, byte) {
        case (.a, UInt8(ascii: "^")): .aCircumflex
        case (.e, UInt8(ascii: "^")): .eCircumflex
        case (.o, UInt8(ascii: "^")): .oCircumflex
        case (.a, UInt8(ascii: "(")): .aBreve
        case (.o, UInt8(ascii: "+")), (.o, UInt8(ascii: "*")): .oHorn
        case (.u, UInt8(ascii: "+")), (.u, UInt8(ascii: "*")): .uHorn
        default: nil
        }
    }

    /// A `.` at the end of a line or of the text ends a sentence; anywhere else a mark right
    /// after a vowel is a tone, as RFC 1456 has it ("Bo^. Chi'nh tri." is "Bộ Chính trị.").
    private static func isTone(_ bytes: [UInt8], at index: Int) -> Bool {
        guard bytes[index] == UInt8(ascii: ".") else { return true }
        var next = index + 1
        while next < bytes.count, bytes[next] == UInt8(ascii: " ") || bytes[next] == 0x09 {
            next += 1
        }
        return next < bytes.count && bytes[next] != 0x0A && bytes[next] != 0x0D
    }

    private static func isEscapable(_ byte: UInt8) -> Bool {
        isMark(byte) || byte | 0x20 == UInt8(ascii: "d") || byte == UInt8(ascii: "\\")
    }
}
