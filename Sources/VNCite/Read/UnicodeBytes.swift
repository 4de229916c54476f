/// Checks UTF-8 byte by byte, reporting where it first goes wrong.
///
/// `firstInvalidOffset(Array("Đảng".utf8))` is nil; for the TCVN3 bytes of "Đảng",
/// `A7 B6 6E 67`, it is 0 (a continuation byte with no lead byte).
enum UTF8Validation {
    /// The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no
    /// overlong forms, no surrogates, nothing above U+10FFFF, no cut-off sequence), or nil.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var index = 0
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0:
                    length = 3
                    low = 0xA0
                case 0xE1...0xEC, 0xEE, 0xEF: length = 3
                case 0xED:
                    length = 3
                    high = 0x9F
                case 0xF0:
                    length = 4
                    low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4:
                    length = 4
                    high = 0x8F
                default: return index
                }
                guard index + length <= count else { return index }
                guard (low...high).contains(buffer[index + 1]) else { return index }
                for next in 2..<max(length, 2) where !(0x80...0xBF).contains(buffer[index + next]) {
                    return index
                }
                index += length
            }
            return nil
        }
    }
}

/// UTF-16 in bytes, either byte order, and how to tell it without a byte order mark.
///
/// "Đảng" is `10 01 A3 1E 6E 00 67 00` in UTF-16LE. Text that is mostly ASCII or Latin has a
/// NUL in every other byte, which is how a file without a BOM is recognised.
enum UTF16Bytes {
    /// Decodes UTF-16 bytes; `firstError` is the byte offset of the first unpaired surrogate or
    /// of a trailing odd byte. Bad code units become U+FFFD.
    static func decode(_ bytes: [UInt8], bigEndian: Bool) -> (text: String, firstError: Int?) {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var firstError: Int? = bytes.count % 2 == 1 ? bytes.count - 1 : nil
        var unit = 0
        while unit < units.count {
            let value = units[unit]
            if (0xD800...0xDBFF).contains(value), unit + 1 < units.count,
                (0xDC00...0xDFFF).contains(units[unit + 1])
            {
                unit += 2
                continue
            }
            if (0xD800...0xDFFF).contains(value) {
                firstError = min(firstError ?? Int.max, unit * 2)
                break
            }
            unit += 1
        }
        return (String(decoding: units, as: UTF16.self), firstError)
    }

    /// UTF-16 bytes of a text, without a byte order mark.
    static func encode(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf16.count * 2)
        for unit in text.utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes.append(contentsOf: bigEndian ? [high, low] : [low, high])
        }
        return bytes
    }

    /// The byte order of BOM-less UTF-16, or nil: NULs fall in the high byte of most code units
    /// (odd offsets for little-endian), and almost never in the other byte.
    static func guessByteOrder(_ bytes: [UInt8]) -> TextEncoding? {
        let sample = bytes.prefix(65_536)
        let pairs = sample.count / 2
        guard pairs >= 2 else { return nil }
        var zeroEven = 0
        var zeroOdd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
        }
        if zeroOdd * 5 >= pairs, zeroEven * 50 <= pairs { return .utf16le }
        if zeroEven * 5 >= pairs, zeroOdd * 50 <= pairs { return .utf16be }
        return nil
    }
}
