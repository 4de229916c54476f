import Foundation

/// An article's text prepared for scanning, with a way back to the original offsets.
///
/// `scalars` is the text in NFC with look-alikes folded: "Ð" (U+00D0) → "Đ", dashes of every
/// width → "-", no-break and other spaces → " ", soft hyphens and zero-width characters dropped,
/// full-width ASCII → ASCII, Windows line ends → "\n". `fold` holds one byte per scalar: the
/// lower-case letter without diacritics ("Nghị quyết" → "nghi quyet", "Đ" → "d"), so keywords
/// match whatever the spelling ("khoá"/"khóa", "Uỷ"/"Ủy", NFD or NFC, upper or lower case).
/// `origin[i]` is where `scalars[i]` came from among the code points cleaned (the whole text,
/// or the lines taken, one after another); `originalSpan` gives the original words and their
/// code point offsets in the whole text, read back from `source` by way of `marks`.
struct CleanText {
    /// The whole text the cleaned code points came from.
    let source: String
    /// How many code points were cleaned.
    let originalCount: Int
    /// Places where a cleaned code point's offset, its offset in the whole text and its UTF-8
    /// byte are known together: where each run starts, and every 4,096 code points.
    let marks: [Mark]
    let scalars: [Unicode.Scalar]
    let fold: [UInt8]
    let origin: [Int32]

    /// Fold byte for a letter outside ASCII that has no Latin base letter (a word character).
    static let otherLetter: UInt8 = 0xC0
    /// Fold byte for any other character outside ASCII (not part of a word).
    static let otherSymbol: UInt8 = 0x80

    /// Code point `local` of the cleaned ones is code point `global` of the whole text, and
    /// starts at its UTF-8 byte `byte`.
    struct Mark {
        var local: Int
        var global: Int
        var byte: Int
    }

    init(_ text: String) {
        self.init(text, runs: [(0..<text.utf8.count, 0)])
    }

    /// Only some runs of a text's UTF-8 (whole lines, or the whole), cleaned one after another;
    /// offsets stay those of the whole text (`scalar` is where each run starts, in code points).
    init(_ text: String, runs: [(bytes: Range<Int>, scalar: Int)]) {
        var text = text
        text.makeContiguousUTF8()
        var original: [Unicode.Scalar] = []
        var marks: [Mark] = []
        let contiguous: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for run in runs {
                let base = Mark(local: original.count, global: run.scalar, byte: run.bytes.lowerBound)
                let scalars = Self.decode(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[run.bytes])),
                                          from: base, marks: &marks)
                if runs.count == 1 { original = scalars } else { original += scalars }
            }
        }
        if contiguous == nil { original = Array(text.unicodeScalars); marks = [Mark(local: 0, global: 0, byte: 0)] }
        self.init(decoded: original, source: text, marks: marks.isEmpty ? [Mark(local: 0, global: 0, byte: 0)] : marks)
    }

    private init(decoded original: [Unicode.Scalar], source: String, marks: [Mark]) {
        let n = original.count
        // Cleaning never lengthens the text: the three arrays are written in place, n at most.
        var count = 0
        var fold: [UInt8] = []
        var origin: [Int32] = []
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { scalarsOut, scalarsCount in
            fold = [UInt8](unsafeUninitializedCapacity: n) { foldOut, foldCount in
                origin = [Int32](unsafeUninitializedCapacity: n) { originOut, originCount in
                    original.withUnsafeBufferPointer { original in
                        func append(_ s: Unicode.Scalar, from offset: Int) {
                            scalarsOut.initializeElement(at: count, to: s)
                            foldOut.initializeElement(at: count, to: Self.foldByte(s))
                            originOut.initializeElement(at: count, to: Int32(truncatingIfNeeded: offset))
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
        self.source = source
        self.originalCount = n
        self.marks = marks
        self.fold = fold
        self.origin = origin
    }

    /// Calls `append` with each cleaned scalar and the offset of the original one it came from.
    static func clean(_ original: UnsafeBufferPointer<Unicode.Scalar>,
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

    /// Code points of valid UTF-8 (a Swift string's bytes, or a run of them that starts and ends
    /// on a character's boundary), with a mark every 4,096 of them, counted from `base`.
    static func decode(_ bytes: UnsafeRawBufferPointer, from base: Mark = Mark(local: 0, global: 0, byte: 0),
                       marks: inout [Mark]) -> [Unicode.Scalar] {
        // At most one scalar a byte; written in place.
        [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, outCount in
            var i = 0
            var k = 0
            let n = bytes.count
            while i < n {
                if k & 4095 == 0 { marks.append(Mark(local: base.local + k, global: base.global + k, byte: base.byte + i)) }
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
                out.initializeElement(at: k, to: Unicode.Scalar(v) ?? "\u{FFFD}")
                k += 1
            }
            outCount = k
        }
    }

    var count: Int { scalars.count }

    /// The original text between two cleaned positions, and its code point offsets.
    func originalSpan(_ range: Range<Int>) -> (text: String, start: Int, end: Int) {
        let start = Int(origin[range.lowerBound])
        var end = range.upperBound < origin.count ? Int(origin[range.upperBound]) : originalCount
        // Never cut inside what one cleaned scalar came from (an NFD cluster).
        if range.upperBound > range.lowerBound {
            end = max(end, Int(origin[range.upperBound - 1]) + 1)
        }
        // From the last mark at or before the start, walk the UTF-8 to the start and the end.
        var lo = 0, hi = marks.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if marks[mid].local <= start { lo = mid } else { hi = mid - 1 }
        }
        let mark = marks[lo]
        let utf8 = source.utf8
        func advance(_ i: String.Index, by scalars: Int) -> String.Index {
            var i = i
            var left = scalars
            while left > 0, i < utf8.endIndex {
                i = utf8.index(after: i)
                while i < utf8.endIndex, utf8[i] & 0xC0 == 0x80 { i = utf8.index(after: i) }
                left -= 1
            }
            return i
        }
        let from = advance(utf8.index(utf8.startIndex, offsetBy: mark.byte), by: start - mark.local)
        let to = advance(from, by: end - start)
        let global = mark.global + (start - mark.local)
        return (String(String.UnicodeScalarView(source.unicodeScalars[from..<to])), global, global + (end - start))
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
}
