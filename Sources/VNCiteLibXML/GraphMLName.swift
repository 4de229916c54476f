/// Node ids as GraphML's schema wants them: `xs:NMTOKEN`, which allows no space, "/" or "(".
///
/// "document:05-CT/TW" is written "document:05-CT_x002F_TW" and "body:Bộ Chính trị" is written
/// "body:Bộ_x0020_Chính_x0020_trị": every character outside the name characters becomes
/// `_xHHHH_` (`_xHHHHHHHH_` above U+FFFF), as .NET's `XmlConvert.EncodeNmToken` does, and a "_"
/// that is followed by "x" is itself escaped, so `decode(encode(s)) == s` for every string.
enum GraphMLName {
    /// "document:05-CT/TW" → "document:05-CT_x002F_TW".
    static func encode(_ id: String) -> String {
        let scalars = Array(id.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if scalar == "_" ? next != "x" : isNameCharacter(scalar) {
                out.append(scalar)
            } else {
                out.append(contentsOf: escape(scalar).unicodeScalars)
            }
        }
        return String(out)
    }

    /// "document:05-CT_x002F_TW" → "document:05-CT/TW"; text without escapes is returned as is.
    static func decode(_ token: String) -> String {
        let scalars = Array(token.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let (scalar, length) = unescape(scalars, at: index) {
                out.append(scalar)
                index += length
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    // MARK: - Helpers

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let width = scalar.value > 0xFFFF ? 8 : 4
        return "_x" + String(repeating: "0", count: width - hex.count) + hex + "_"
    }

    /// The scalar an escape at `index` stands for and the escape's length, or nil.
    private static func unescape(_ scalars: [Unicode.Scalar], at index: Int)
        -> (Unicode.Scalar, Int)?
    {
        guard scalars[index] == "_", index + 1 < scalars.count, scalars[index + 1] == "x" else {
            return nil
        }
        for width in [4, 8] {
            let end = index + 2 + width
            guard end < scalars.count, scalars[end] == "_" else { continue }
            let digits = String(String.UnicodeScalarView(scalars[(index + 2)..<end]))
            if digits.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit }),
               let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value)
            {
                return (scalar, width + 3)
            }
        }
        return nil
    }

    /// Characters every XML 1.0 edition accepts in a name token: ASCII letters and digits,
    /// ".", "-", "_", ":", the Latin letters Vietnamese uses and the combining accents.
    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x3A, 0x5F: return true
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF: return true
        case 0x100...0x131, 0x134...0x13E, 0x141...0x148, 0x14A...0x17E: return true
        case 0x180...0x1C3, 0x1CD...0x1F0: return true
        case 0x300...0x345: return true
        case 0x1E00...0x1E9B, 0x1EA0...0x1EF9: return true
        default: return false
        }
    }
}
