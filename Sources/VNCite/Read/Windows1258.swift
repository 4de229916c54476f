import Foundation

/// Windows-1258, Microsoft's Vietnamese code page: precomposed letters where Latin-1 has them,
/// otherwise a base letter followed by a combining tone byte.
///
/// "Nghị quyết" is `4E 67 68 69 F2 20 71 75 79 EA EC 74`: `i` + dot below (`F2`), `ê` (`EA`) +
/// acute (`EC`). Decoding composes the marks, so the text comes out in NFC.
enum Windows1258 {
    private static let reverse: [UInt32: UInt8] = CodePages.reverse(CodePages.windows1258)

    /// The byte of each base vowel outside ASCII: ă â ê ô ơ ư and their capitals.
    private static let vowelBytes: [VietnameseLetters.Vowel: (lower: UInt8, upper: UInt8)] = [
        .aBreve: (0xE3, 0xC3), .aCircumflex: (0xE2, 0xC2), .eCircumflex: (0xEA, 0xCA),
        .oCircumflex: (0xF4, 0xD4), .oHorn: (0xF5, 0xD5), .uHorn: (0xFD, 0xDD),
    ]

    /// Decodes Windows-1258 bytes to NFC text.
    static func decode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 2)
        let table = CodePages.windows1258
        for byte in bytes {
            output.appendUTF8(table[Int(byte)])
        }
        return NormalForm.nfc(String(decoding: output, as: UTF8.self))
    }

    /// Encodes NFC text the way Windows does: a precomposed byte when the code page has the
    /// letter ("á" → `E1`), otherwise base and tone ("ạ" → `61 F2`); nil for anything else.
    static func encode(_ text: String) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                output.append(UInt8(value))
            } else if let byte = reverse[value], !(0x80...0x9F).contains(value) {
                output.append(byte)
            } else if let parts = VietnameseLetters.parts(of: value),
                let tone = CodePages.windows1258ToneBytes[parts.tone]
            {
                if let bytes = vowelBytes[parts.vowel] {
                    output.append(parts.upper ? bytes.upper : bytes.lower)
                } else {
                    output.append(parts.upper ? parts.vowel.ascii - 0x20 : parts.vowel.ascii)
                }
                output.append(tone)
            } else {
                return nil
            }
        }
        return output
    }
}
