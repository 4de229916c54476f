/// The character tables of `CleanText`: what each scalar is cleaned to, folded to, and whether
/// it is a capital. "Ð" (U+00D0) → "Đ" → fold "d"; "–" → "-"; U+00A0 → " "; U+00AD dropped.
extension CleanText {
    static let drop: Unicode.Scalar = "\u{0}"

    static func isCombining(_ s: Unicode.Scalar) -> Bool {
        (0x300...0x36F).contains(s.value)
    }

    /// The cleaned form of a scalar, `drop` to remove it, or nil to keep it as it is.
    static func clean(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        if v < 0x80 { return v == 0 ? drop : nil }
        switch v {
        case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF: return drop
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return "-"
        case 0x2044, 0x2215, 0xFF0F: return "/"
        case 0xD0, 0x189: return "\u{110}"  // Ð, Ɖ → Đ
        case 0xF0: return "\u{111}"  // ð → đ
        case 0x2028, 0x2029, 0x85: return "\n"
        case 0xFF01...0xFF5E: return Unicode.Scalar(v - 0xFEE0)
        // Cyrillic capitals that look like Latin ones ("TT-BTС" with U+0421).
        case 0x410: return "A"
        case 0x412: return "B"
        case 0x421: return "C"
        case 0x415: return "E"
        case 0x41D: return "H"
        case 0x41A: return "K"
        case 0x41C: return "M"
        case 0x41E: return "O"
        case 0x420: return "P"
        case 0x422: return "T"
        case 0x425: return "X"
        default: return nil
        }
    }

    /// One byte per scalar: lower-case ASCII letters, digits and punctuation as they are;
    /// Vietnamese letters as their base letter; quotes as '"'.
    static func foldByte(_ s: Unicode.Scalar) -> UInt8 {
        let v = s.value
        if v < 0x80 {
            let b = UInt8(v)
            return (b >= 65 && b <= 90) ? b + 32 : b
        }
        if v < UInt32(latinTable.count) {
            let b = latinTable[Int(v)]
            if b != 0 { return b }
        }
        switch v {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB: return UInt8(ascii: "\"")
        case 0x2018, 0x2019, 0x201A, 0x201B: return UInt8(ascii: "'")
        case 0x2026: return UInt8(ascii: ".")
        default: break
        }
        let props = s.properties
        return props.isAlphabetic ? otherLetter : otherSymbol
    }

    /// Whether a scalar is an upper-case letter; a table for Latin and Vietnamese, the Unicode
    /// properties for the rest.
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 65 && v <= 90 }
        if v < UInt32(upperTable.count) { return upperTable[Int(v)] }
        return s.properties.isUppercase
    }

    /// Whether a scalar is a letter (Unicode's Alphabetic), by table below U+1F00.
    static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        s.value < UInt32(alphabeticTable.count) ? alphabeticTable[Int(s.value)] : s.properties.isAlphabetic
    }

    private static let alphabeticTable: [Bool] = (0..<0x1F00).map { v in
        Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }

    private static let upperTable: [Bool] = (0..<0x1F00).map { v in
        Unicode.Scalar(v)?.properties.isUppercase ?? false
    }

    /// Base letters of U+0080…U+1EFF, computed once from Unicode decompositions.
    private static let latinTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x1F00)
        for v in 0x80..<0x1F00 {
            guard let s = Unicode.Scalar(v) else { continue }
            if v == 0x110 || v == 0x111 || v == 0xD0 || v == 0xF0 || v == 0x189 {
                table[v] = UInt8(ascii: "d")
                continue
            }
            guard s.properties.isAlphabetic else { continue }
            let base = String(s).decomposedStringWithCanonicalMapping.unicodeScalars.first
            if let base, base.value < 0x80, base.properties.isAlphabetic {
                table[v] = UInt8(base.value | 0x20)
            }
        }
        return table
    }()
}
