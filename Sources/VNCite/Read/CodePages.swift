/// The single-byte Windows code pages the legacy Vietnamese encodings are built on.
///
/// TCVN3 and VNI text was typed in Windows with special fonts, so bytes 0x80–0x9F are the
/// Windows-1252 punctuation Word wrote (“ ” – …) and only the letters differ. Windows-1258 is
/// Microsoft's own Vietnamese code page: `D0` is "Đ", `F2` is a combining dot below, so
/// "Nghị" is `4E 67 68 69 F2`.
enum CodePages {
    /// Windows-1252, byte → scalar. Unassigned bytes map to the C1 control of the same value,
    /// as the WHATWG encoding standard does.
    static let windows1252: [UInt32] = {
        let high: [UInt32] = [
            0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
            0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
            0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
            0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
        ]
        var table = (0..<256).map { UInt32($0) }
        table.replaceSubrange(0x80..<0xA0, with: high)
        return table
    }()

    /// Windows-1258, byte → scalar: Windows-1252 with Vietnamese letters and five combining
    /// tone marks in place of some Latin-1 letters.
    static let windows1258: [UInt32] = {
        var table = windows1252
        let changes: [Int: UInt32] = [
            0x8A: 0x008A, 0x8E: 0x008E, 0x9A: 0x009A, 0x9E: 0x009E,
            0xC3: 0x0102, 0xCC: 0x0300, 0xD0: 0x0110, 0xD2: 0x0309, 0xD5: 0x01A0, 0xDD: 0x01AF,
            0xDE: 0x0303, 0xE3: 0x0103, 0xEC: 0x0301, 0xF0: 0x0111, 0xF2: 0x0323, 0xF5: 0x01A1,
            0xFD: 0x01B0, 0xFE: 0x20AB,
        ]
        for (byte, scalar) in changes { table[byte] = scalar }
        return table
    }()

    /// The combining tone mark of each tone in Windows-1258 (`CC`, `EC`, `D2`, `DE`, `F2`).
    static let windows1258ToneBytes: [VietnameseLetters.Tone: UInt8] = [
        .grave: 0xCC, .acute: 0xEC, .hook: 0xD2, .tilde: 0xDE, .dot: 0xF2,
    ]

    /// Scalar → byte for a table, first byte wins (C1 stand-ins are left out).
    static func reverse(_ table: [UInt32]) -> [UInt32: UInt8] {
        var reverse: [UInt32: UInt8] = [:]
        for (byte, scalar) in table.enumerated() where reverse[scalar] == nil {
            if (0x80...0x9F).contains(scalar) { continue }
            reverse[scalar] = UInt8(byte)
        }
        return reverse
    }
}

extension Array where Element == UInt8 {
    /// Appends one scalar as UTF-8.
    mutating func appendUTF8(_ value: UInt32) {
        switch value {
        case 0..<0x80:
            append(UInt8(value))
        case 0x80..<0x800:
            append(UInt8(0xC0 | (value >> 6)))
            append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            append(UInt8(0xE0 | (value >> 12)))
            append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            append(UInt8(0x80 | (value & 0x3F)))
        default:
            append(UInt8(0xF0 | (value >> 18)))
            append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            append(UInt8(0x80 | (value & 0x3F)))
        }
    }
}
