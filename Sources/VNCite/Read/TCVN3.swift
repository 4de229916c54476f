/// TCVN3 (ABC, TCVN 5712:1993 VN3): one byte per lower-case letter, typed with ".Vn" fonts.
///
/// "Nghị quyết của Đảng" is `Ngh DE  quy D5 t  c F1 a  A7 B6 ng`, which Windows-1252 shows as
/// "NghÞ quyÕt cña §¶ng". There are no upper-case toned letters: headings used ".VnTimeH"
/// fonts that draw the lower-case codes as capitals, so a line typed in capitals
/// ("NGHÞ QUYÕT") is decoded in capitals ("NGHỊ QUYẾT"). `ư` is byte 0xAD, the soft hyphen.
enum TCVN3 {
    /// The bytes of each row of `VietnameseLetters.lowerRows` (level, grave, acute, hook, tilde,
    /// dot), then đ and the seven upper-case letters.
    private static let rows: [[UInt8]] = [
        [0x61, 0xB5, 0xB8, 0xB6, 0xB7, 0xB9],  // a à á ả ã ạ
        [0xA8, 0xBB, 0xBE, 0xBC, 0xBD, 0xC6],  // ă ằ ắ ẳ ẵ ặ
        [0xA9, 0xC7, 0xCA, 0xC8, 0xC9, 0xCB],  // â ầ ấ ẩ ẫ ậ
        [0x65, 0xCC, 0xD0, 0xCE, 0xCF, 0xD1],  // e è é ẻ ẽ ẹ
        [0xAA, 0xD2, 0xD5, 0xD3, 0xD4, 0xD6],  // ê ề ế ể ễ ệ
        [0x69, 0xD7, 0xDD, 0xD8, 0xDC, 0xDE],  // i ì í ỉ ĩ ị
        [0x6F, 0xDF, 0xE3, 0xE1, 0xE2, 0xE4],  // o ò ó ỏ õ ọ
        [0xAB, 0xE5, 0xE8, 0xE6, 0xE7, 0xE9],  // ô ồ ố ổ ỗ ộ
        [0xAC, 0xEA, 0xED, 0xEB, 0xEC, 0xEE],  // ơ ờ ớ ở ỡ ợ
        [0x75, 0xEF, 0xF3, 0xF1, 0xF2, 0xF4],  // u ù ú ủ ũ ụ
        [0xAD, 0xF5, 0xF8, 0xF6, 0xF7, 0xF9],  // ư ừ ứ ử ữ ự
        [0x79, 0xFA, 0xFD, 0xFB, 0xFC, 0xFE],  // y ỳ ý ỷ ỹ ỵ
    ]

    /// Đ đ Ă Â Ê Ô Ơ Ư.
    private static let others: [UInt8: UInt32] = [
        0xAE: 0x0111, 0xA7: 0x0110, 0xA1: 0x0102, 0xA2: 0x00C2, 0xA3: 0x00CA, 0xA4: 0x00D4,
        0xA5: 0x01A0, 0xA6: 0x01AF,
    ]

    /// Byte → scalar; bytes TCVN3 leaves free keep their Windows-1252 meaning.
    static let table: [UInt32] = {
        var table = CodePages.windows1252
        for (vowel, row) in rows.enumerated() {
            for (tone, byte) in row.enumerated() {
                table[Int(byte)] = VietnameseLetters.lowerRows[vowel][tone]
            }
        }
        for (byte, scalar) in others { table[Int(byte)] = scalar }
        return table
    }()

    /// Scalar → byte for the letters above and the Windows-1252 punctuation, nothing else:
    /// what the free bytes showed depended on the font.
    private static let reverse: [UInt32: UInt8] = {
        var reverse: [UInt32: UInt8] = [0xA0: 0xA0]
        for byte in 0x80...0x9F where !(0x80...0x9F).contains(table[byte]) {
            reverse[table[byte]] = UInt8(byte)
        }
        for (byte, scalar) in others { reverse[scalar] = byte }
        for (vowel, row) in rows.enumerated() {
            for (tone, byte) in row.enumerated() where byte >= 0x80 {
                reverse[VietnameseLetters.lowerRows[vowel][tone]] = byte
            }
        }
        return reverse
    }()

    /// The longest line whose capitals are checked; a heading is never longer.
    private static let headingLimit = 2_000

    /// Decodes TCVN3 bytes. Units of 256 and above are scalars that pass through unchanged, so a
    /// text already half in Unicode can be repaired.
    ///
    /// A line is a heading, and its TCVN3 letters come out in capitals, when it has no lower-case
    /// ASCII letter and a word mixes two or more ASCII capitals with TCVN3 letters ("NGHÞ",
    /// "§¶NG"); "Sè: 05-NQ/TU" stays "Số: 05-NQ/TU".
    static func decode<C: Collection>(_ units: C) -> String where C.Element: BinaryInteger {
        var output: [UInt8] = []
        output.reserveCapacity(units.count + units.count / 2)
        var line: [UInt32] = []
        var lowerASCII = false
        var capitalsWord = false
        var wordCapitals = 0
        var wordLegacy = false
        func endWord() {
            if wordCapitals >= 2 && wordLegacy { capitalsWord = true }
            wordCapitals = 0
            wordLegacy = false
        }
        func flush() {
            endWord()
            let heading = !lowerASCII && capitalsWord
            for scalar in line {
                output.appendUTF8(heading ? capital(scalar) : scalar)
            }
            line.removeAll(keepingCapacity: true)
            lowerASCII = false
            capitalsWord = false
        }
        for unit in units {
            let value = UInt32(truncatingIfNeeded: unit)
            if value == 0x0A || line.count >= headingLimit {
                flush()
            }
            if value == 0x0A {
                output.append(0x0A)
                continue
            }
            let scalar = value < 256 ? table[Int(value)] : value
            if (0x41...0x5A).contains(value) {
                wordCapitals += 1
            } else if (0x61...0x7A).contains(value) {
                lowerASCII = true
            } else if value >= 0x80, value < 256, isLetter(scalar) {
                wordLegacy = true
            } else {
                endWord()
            }
            line.append(scalar)
        }
        flush()
        return String(decoding: output, as: UTF8.self)
    }

    /// Encodes NFC text as TCVN3, or nil when it holds a letter TCVN3 cannot write ("Ấ", "€").
    static func encode(_ text: String) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                output.append(UInt8(scalar.value))
            } else if let byte = reverse[scalar.value] {
                output.append(byte)
            } else {
                return nil
            }
        }
        return output
    }

    // MARK: - Helpers

    private static func isLetter(_ scalar: UInt32) -> Bool {
        scalar == VietnameseLetters.dLower || scalar == VietnameseLetters.dUpper
            || VietnameseLetters.parts(of: scalar) != nil
    }

    /// The capital of a letter TCVN3 writes in lower case: "ị" → "Ị", "đ" → "Đ".
    private static func capital(_ scalar: UInt32) -> UInt32 {
        if scalar == VietnameseLetters.dLower { return VietnameseLetters.dUpper }
        guard let parts = VietnameseLetters.parts(of: scalar), !parts.upper else { return scalar }
        return VietnameseLetters.letter(parts.vowel, parts.tone, upper: true)
    }
}
