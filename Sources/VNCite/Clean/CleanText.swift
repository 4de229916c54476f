import Foundation

/// An article's text prepared for scanning, with a way back to the original offsets.
///
/// `scalars` is the text in NFC with look-alikes folded: "Ð" (U+00D0) → "Đ", dashes of every
/// width → "-", no-break and other spaces → " ", soft hyphens and zero-width characters dropped,
/// full-width ASCII → ASCII, Windows line ends → "\n". `fold` holds one byte per scalar: the
/// lower-case letter without diacritics ("Nghị quyết" → "nghi quyet", "Đ" → "d"), so keywords
/// match whatever the spelling ("khoá"/"khóa", "Uỷ"/"Ủy", NFD or NFC, upper or lower case).
/// `origin[i]` is the code point offset in the original text where `scalars[i]` came from.
struct CleanText {
    let original: [Unicode.Scalar]
    let scalars: [Unicode.Scalar]
    let fold: [UInt8]
    let origin: [Int]

    /// Fold byte for a letter outside ASCII that has no Latin base letter (a word character).
    static let otherLetter: UInt8 = 0xC0
    /// Fold byte for any other character outside ASCII (not part of a word).
    static let otherSymbol: UInt8 = 0x80

    init(_ text: String) {
        let original = Self.decode(text)
        let n = original.count
        // Cleaning never lengthens the text: the three arrays are written in place, n at most.
        var count = 0
        var fold: [UInt8] = []
        var origin: [Int] = []
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { scalarsOut, scalarsCount in
            fold = [UInt8](unsafeUninitializedCapacity: n) { foldOut, foldCount in
                origin = [Int](unsafeUninitializedCapacity: n) { originOut, originCount in
                    original.withUnsafeBufferPointer { original in
                        func append(_ s: Unicode.Scalar, from offset: Int) {
                            scalarsOut.initializeElement(at: count, to: s)
                            foldOut.initializeElement(at: count, to: Self.foldByte(s))
                            originOut.initializeElement(at: count, to: offset)
                            count += 1
                        }
                        Self.clean(original, append)
                    }
                    originCount = count
                }
                foldCount = count
            }
            scalarsCount = count
        }
        self.scalars = scalars
        self.original = original
        self.fold = fold
        self.origin = origin
    }

    /// Calls `append` with each cleaned scalar and the offset of the original one it came from.
    private static func clean(_ original: UnsafeBufferPointer<Unicode.Scalar>,
                              _ append: (Unicode.Scalar, Int) -> Void) {
        var i = 0
        let n = original.count
        while i < n {
            let s = original[i]
            let next = i + 1 < n ? original[i + 1].value : 0
            // A base letter followed by combining marks (NFD text): compose the cluster.
            if next >= 0x300, next <= 0x36F {
                var j = i + 1
                while j < n, Self.isCombining(original[j]) { j += 1 }
                // Marks after a space or a sign belong to no letter: dropped.
                if !Scanner.isLetterByte(Self.foldByte(s)) {
                    if let replacement = Self.clean(s) {
                        if replacement != Self.drop { append(replacement, i) }
                    } else {
                        append(s, i)
                    }
                    i = j
                    continue
                }
                var cluster = String.UnicodeScalarView()
                cluster.append(contentsOf: original[i..<j])
                for composed in String(cluster).precomposedStringWithCanonicalMapping.unicodeScalars {
                    append(Self.clean(composed) ?? composed, i)
                }
                i = j
                continue
            }
            let v = s.value
            if v < 0x80, v != 13, v != 0 {
                // The common case: ASCII, kept as it is.
                append(s, i)
            } else if s == "\r" {
                if next != 10 { append("\n", i) }
            } else if let replacement = Self.clean(s) {
                if replacement != Self.drop { append(replacement, i) }
            } else if !Self.isCombining(s) {
                append(s, i)
            }
            i += 1
        }
    }

    /// The text's code points, decoded straight from its UTF-8.
    private static func decode(_ text: String) -> [Unicode.Scalar] {
        var text = text
        text.makeContiguousUTF8()
        let decoded: [Unicode.Scalar]? = text.utf8.withContiguousStorageIfAvailable { bytes in
            // At most one scalar a byte; written in place.
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, outCount in
                var i = 0
                var k = 0
                let n = bytes.count
                while i < n {
                    let b0 = UInt32(bytes[i])
                    var v: UInt32
                    if b0 < 0x80 {
                        v = b0
                        i += 1
                    } else if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    // A Swift string is valid UTF-8, so every value is a scalar.
                    out.initializeElement(at: k, to: Unicode.Scalar(v) ?? "\u{FFFD}")
                    k += 1
                }
                outCount = k
            }
        }
        return decoded ?? Array(text.unicodeScalars)
    }

    var count: Int { scalars.count }

    /// The original text between two cleaned positions, and its code point offsets.
    func originalSpan(_ range: Range<Int>) -> (text: String, start: Int, end: Int) {
        let start = origin[range.lowerBound]
        var end = range.upperBound < origin.count ? origin[range.upperBound] : original.count
        // Never cut inside what one cleaned scalar came from (an NFD cluster).
        if range.upperBound > range.lowerBound {
            end = max(end, origin[range.upperBound - 1] + 1)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: original[start..<end])
        return (String(view), start, end)
    }

    /// The cleaned text between two positions.
    func string(_ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count * 2)
        for s in scalars[range] {
            let v = s.value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else {
                if let encoded = UTF8.encode(s) { bytes.append(contentsOf: encoded) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The sentence that holds a range: from the previous ". " or line break to the next, cut to
    /// about 90 characters before the mention and 150 after (marked "…"), in cleaned text.
    func sentence(around range: Range<Int>) -> String {
        func isEnd(_ i: Int) -> Bool {
            let b = fold[i]
            return b == 10 || (b == UInt8(ascii: ".") && i + 1 < fold.count && fold[i + 1] == 32)
                || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
        }
        var start = range.lowerBound
        while start > 0, range.lowerBound - start < 90, !isEnd(start - 1) { start -= 1 }
        let cutBefore = start > 0 && !isEnd(start - 1)
        if cutBefore { while start < range.lowerBound, fold[start] != 32 { start += 1 } }
        var end = range.upperBound
        while end < fold.count, end - range.upperBound < 150, !isEnd(end) { end += 1 }
        let cutAfter = end < fold.count && !isEnd(end)
        if cutAfter { while end > range.upperBound, fold[end - 1] != 32 { end -= 1 } }
        if end < fold.count, isEnd(end), fold[end] != 10 { end += 1 }
        let body = string(start..<end).trimmed(newlines: true)
        return (cutBefore ? "…" : "") + body + (cutAfter ? "…" : "")
    }

    // MARK: - Character tables

    private static let drop: Unicode.Scalar = "\u{0}"

    private static func isCombining(_ s: Unicode.Scalar) -> Bool {
        (0x300...0x36F).contains(s.value)
    }

    /// The cleaned form of a scalar, `drop` to remove it, or nil to keep it as it is.
    private static func clean(_ s: Unicode.Scalar) -> Unicode.Scalar? {
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
