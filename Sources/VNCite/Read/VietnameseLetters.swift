/// The Vietnamese vowel letters as a table of vowel × tone, and what one letter is made of.
///
/// Row `ê` is "ê ề ế ể ễ ệ": `VietnameseLetters.letter(vowel: .eCircumflex, tone: .dot)` is "ệ",
/// and `VietnameseLetters.parts(of: "Ệ")` is `(vowel: .eCircumflex, tone: .dot, upper: true)`.
/// The legacy encodings (TCVN3, VNI, VIQR, Windows-1258) are all written against this table.
enum VietnameseLetters {
    /// The twelve vowels, in the order of `lowerRows`.
    enum Vowel: Int, CaseIterable, Sendable {
        case a, aBreve, aCircumflex, e, eCircumflex, i, o, oCircumflex, oHorn, u, uHorn, y

        /// The ASCII letter the vowel is written on: "a" for ă and â, "u" for ư.
        var ascii: UInt8 {
            switch self {
            case .a, .aBreve, .aCircumflex: UInt8(ascii: "a")
            case .e, .eCircumflex: UInt8(ascii: "e")
            case .i: UInt8(ascii: "i")
            case .o, .oCircumflex, .oHorn: UInt8(ascii: "o")
            case .u, .uHorn: UInt8(ascii: "u")
            case .y: UInt8(ascii: "y")
            }
        }
    }

    /// The five tones and the level tone, in the order of a row: ngang, huyền, sắc, hỏi, ngã, nặng.
    enum Tone: Int, CaseIterable, Sendable {
        case level, grave, acute, hook, tilde, dot
    }

    /// What a vowel letter is made of.
    struct Parts: Hashable, Sendable {
        var vowel: Vowel
        var tone: Tone
        var upper: Bool
    }

    static let lowerRows: [[UInt32]] = [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ].map { row in row.unicodeScalars.map(\.value) }

    static let upperRows: [[UInt32]] = [
        "AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ",
        "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
    ].map { row in row.unicodeScalars.map(\.value) }

    static let dLower: UInt32 = 0x0111  // đ
    static let dUpper: UInt32 = 0x0110  // Đ

    /// "ệ" for (.eCircumflex, .dot, upper: false).
    static func letter(_ vowel: Vowel, _ tone: Tone, upper: Bool = false) -> UInt32 {
        (upper ? upperRows : lowerRows)[vowel.rawValue][tone.rawValue]
    }

    /// Every vowel letter, upper and lower case, with its parts.
    static let partsByScalar: [UInt32: Parts] = {
        var table: [UInt32: Parts] = [:]
        for vowel in Vowel.allCases {
            for tone in Tone.allCases {
                table[letter(vowel, tone)] = Parts(vowel: vowel, tone: tone, upper: false)
                table[letter(vowel, tone, upper: true)] = Parts(
                    vowel: vowel, tone: tone, upper: true)
            }
        }
        return table
    }()

    /// The parts of a vowel letter, or nil for anything else ("đ", "b", "ü").
    static func parts(of scalar: UInt32) -> Parts? {
        partsByScalar[scalar]
    }

    /// The letters that exist only in Vietnamese: ă â đ ê ô ơ ư and every toned vowel outside
    /// Latin-1 ("ạ", "ế"), upper and lower case. Their presence means the text is already Unicode.
    static func isVietnameseOnly(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x0102, 0x0103, 0x0110, 0x0111, 0x0128, 0x0129, 0x0168, 0x0169, 0x01A0, 0x01A1,
            0x01AF, 0x01B0, 0x1EA0...0x1EF9:
            true
        default:
            false
        }
    }
}
