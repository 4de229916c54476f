/// VNI (VNI-Windows fonts): a base letter followed by one modifier byte for its marks.
///
/// "Đảng cộng sản Việt Nam" is written `D1 61 FB ng  c 6F E4 ng  s 61 FB n  Vi 65 E4 t  Nam`, which
/// Windows-1252 shows as "Ñaûng coäng saûn Vieät Nam". Capitals take the capital modifier
/// ("ÑAÛNG"). The vowel i has single-byte forms (í `ED`, ị `F2`), and so does ỵ (`EE`);
/// ơ is `F4` and ư is `F6`, each then taking a tone byte like a plain vowel ("nöôùc" = nước).
enum VNI {
    /// What a modifier byte adds to the vowel before it.
    private struct Modifier: Sendable {
        enum Kind: Sendable { case tone, circumflex, breve }
        var kind: Kind
        var tone: VietnameseLetters.Tone
        var upper: Bool
    }

    /// Modifier bytes in tone order (level, grave, acute, hook, tilde, dot): lower, then upper.
    /// The tone row has no level entry: a plain vowel is just its letter.
    private static let modifierRows: [(Modifier.Kind, [UInt8?], [UInt8?])] = [
        (.tone, [nil, 0xF8, 0xF9, 0xFB, 0xF5, 0xEF], [nil, 0xD8, 0xD9, 0xDB, 0xD5, 0xCF]),
        (.circumflex, [0xE2, 0xE0, 0xE1, 0xE5, 0xE3, 0xE4], [0xC2, 0xC0, 0xC1, 0xC5, 0xC3, 0xC4]),
        (.breve, [0xEA, 0xE8, 0xE9, 0xFA, 0xFC, 0xEB], [0xCA, 0xC8, 0xC9, 0xDA, 0xDC, 0xCB]),
    ]

    private static let modifiers: [UInt8: Modifier] = {
        var table: [UInt8: Modifier] = [:]
        for (kind, lower, upper) in modifierRows {
            for tone in VietnameseLetters.Tone.allCases {
                if let byte = lower[tone.rawValue] {
                    table[byte] = Modifier(kind: kind, tone: tone, upper: false)
                }
                if let byte = upper[tone.rawValue] {
                    table[byte] = Modifier(kind: kind, tone: tone, upper: true)
                }
            }
        }
        return table
    }()

    /// Letters that are one byte: i with its tones, ỵ, ơ, ư, đ; lower case, then upper case.
    /// Lower-case byte, upper-case byte, vowel (nil for đ) and tone.
    private typealias Single = (UInt8, UInt8, VietnameseLetters.Vowel?, VietnameseLetters.Tone)

    private static let singles: [Single] = [
        (0xEC, 0xCC, .i, .grave), (0xED, 0xCD, .i, .acute), (0xE6, 0xC6, .i, .hook),
        (0xF3, 0xD3, .i, .tilde), (0xF2, 0xD2, .i, .dot), (0xEE, 0xCE, .y, .dot),
        (0xF4, 0xD4, .oHorn, .level), (0xF6, 0xD6, .uHorn, .level), (0xF1, 0xD1, nil, .level),
    ]

    /// Byte → scalar for a byte on its own (no modifier to combine with).
    static let table: [UInt32] = {
        var table = CodePages.windows1252
        for (lower, upper, vowel, tone) in singles {
            if let vowel {
                table[Int(lower)] = VietnameseLetters.letter(vowel, tone)
                table[Int(upper)] = VietnameseLetters.letter(vowel, tone, upper: true)
            } else {
                table[Int(lower)] = VietnameseLetters.dLower
                table[Int(upper)] = VietnameseLetters.dUpper
            }
        }
        return table
    }()

    /// Decodes VNI bytes. Units of 256 and above are scalars that pass through unchanged.
    static func decode<C: Collection>(_ units: C) -> String where C.Element: BinaryInteger {
        var output: [UInt8] = []
        output.reserveCapacity(units.count + units.count / 2)
        var pending: (vowel: VietnameseLetters.Vowel, upper: Bool)?
        for unit in units {
            let value = UInt32(truncatingIfNeeded: unit)
            if let base = pending {
                pending = nil
                if value < 256, let modifier = modifiers[UInt8(value)],
                    !(modifier.upper && !base.upper),
                    let vowel = combine(base.vowel, modifier.kind)
                {
                    output.appendUTF8(
                        VietnameseLetters.letter(vowel, modifier.tone, upper: base.upper))
                    continue
                }
                output.appendUTF8(VietnameseLetters.letter(base.vowel, .level, upper: base.upper))
            }
            if let base = base(value) {
                pending = base
            } else {
                output.appendUTF8(value < 256 ? table[Int(value)] : value)
            }
        }
        if let base = pending {
            output.appendUTF8(VietnameseLetters.letter(base.vowel, .level, upper: base.upper))
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Encodes NFC text as VNI, or nil when it holds a character VNI cannot write ("€" can,
    /// "ü" cannot: its byte is a modifier).
    static func encode(_ text: String) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count * 2)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                output.append(UInt8(value))
            } else if let bytes = encodeLetter(value) {
                output.append(contentsOf: bytes)
            } else if let byte = punctuation[value] {
                output.append(byte)
            } else {
                return nil
            }
        }
        return output
    }

    // MARK: - Helpers

    /// A letter that may take a modifier byte: a e o u y in either case, ơ (`F4`), ư (`F6`).
    private static func base(_ value: UInt32) -> (vowel: VietnameseLetters.Vowel, upper: Bool)? {
        switch value {
        case 0x61, 0x41: (.a, value == 0x41)
        case 0x65, 0x45: (.e, value == 0x45)
        case 0x6F, 0x4F: (.o, value == 0x4F)
        case 0x75, 0x55: (.u, value == 0x55)
        case 0x79, 0x59: (.y, value == 0x59)
        case 0xF4, 0xD4: (.oHorn, value == 0xD4)
        case 0xF6, 0xD6: (.uHorn, value == 0xD6)
        default: nil
        }
    }

    /// The vowel a base and a modifier make: a + circumflex = â, a + breve = ă, o + tone = o.
    private static func combine(
        _ vowel: VietnameseLetters.Vowel, _ kind: Modifier.Kind
    ) -> VietnameseLetters.Vowel? {
        switch (vowel, kind) {
        case (_, .tone): vowel
        case (.a, .circumflex): .aCircumflex
        case (.e, .circumflex): .eCircumflex
        case (.o, .circumflex): .oCircumflex
        case (.a, .breve): .aBreve
        default: nil
        }
    }

    private static let punctuation: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [0xA0: 0xA0]
        for byte in 0x80...0x9F { table[CodePages.windows1252[byte]] = UInt8(byte) }
        return table
    }()

    /// The bytes of one Vietnamese letter outside ASCII, or nil.
    private static func encodeLetter(_ value: UInt32) -> [UInt8]? {
        if value == VietnameseLetters.dLower { return [0xF1] }
        if value == VietnameseLetters.dUpper { return [0xD1] }
        guard let parts = VietnameseLetters.parts(of: value) else { return nil }
        if let single = singles.first(where: { $0.2 == parts.vowel && $0.3 == parts.tone }) {
            return [parts.upper ? single.1 : single.0]
        }
        let (baseVowel, kind): (VietnameseLetters.Vowel, Modifier.Kind) =
            switch parts.vowel {
            case .aCircumflex: (.a, .circumflex)
            case .eCircumflex: (.e, .circumflex)
            case .oCircumflex: (.o, .circumflex)
            case .aBreve: (.a, .breve)
            default: (parts.vowel, .tone)
            }
        let baseByte: UInt8 =
            switch baseVowel {
            case .oHorn: parts.upper ? 0xD4 : 0xF4
            case .uHorn: parts.upper ? 0xD6 : 0xF6
            default: parts.upper ? baseVowel.ascii - 0x20 : baseVowel.ascii
            }
        guard let row = modifierRows.first(where: { $0.0 == kind }) else { return nil }
        guard let modifier = (parts.upper ? row.2 : row.1)[parts.tone.rawValue] else {
            return [baseByte]
        }
        return [baseByte, modifier]
    }
}
