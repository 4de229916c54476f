import Foundation

/// An article's text prepared for scanning, with a way back to the original offsets.
///
/// `scalars` is the text in NFC with look-alikes folded: "Ð" (U+00D0) → "Đ", dashes of every
/// width → "-", no-break and other spaces → " ", soft hyphens and zero-width characters dropped,
/// full-width ASCII → ASCII, Windows line ends → "\n", a line wrapped inside a sentence run on
/// (`SoftLineBreak`). `fold` holds one byte per scalar: the
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
        // Cleaning never lengthens the text, and a code point takes a byte at least: the three
        // arrays are written in place.
        let capacity = runs.reduce(0) { $0 + $1.bytes.count }
        var count = 0
        var local = 0
        var marks: [Mark] = []
        var fold: [UInt8] = []
        var origin: [Int32] = []
        var scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { scalarsOut, scalarsCount in
            fold = [UInt8](unsafeUninitializedCapacity: capacity) { foldOut, foldCount in
                origin = [Int32](unsafeUninitializedCapacity: capacity) { originOut, originCount in
                    func append(_ s: Unicode.Scalar, from offset: Int) {
                        scalarsOut.initializeElement(at: count, to: s)
                        foldOut.initializeElement(at: count, to: Self.foldByte(s))
                        originOut.initializeElement(at: count, to: Int32(truncatingIfNeeded: offset))
                        count += 1
                    }
                    let contiguous: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
                        for run in runs {
                            let raw = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[run.bytes]))
                            let base = Mark(local: local, global: run.scalar, byte: run.bytes.lowerBound)
                            if raw.contains(where: { $0 == 0xCC || $0 == 0xCD }) {
                                // Combining marks (U+0300…U+036F, NFD text): decoded first, for the
                                // clusters to be composed.
                                let original = Self.decode(raw, from: base, marks: &marks)
                                original.withUnsafeBufferPointer { Self.clean($0) { append($0, from: base.local + $1) } }
                                local += original.count
                            } else {
                                local += Self.cleanUTF8(raw, from: base, marks: &marks, append)
                            }
                        }
                    }
                    precondition(contiguous != nil, "a native string's UTF-8 is contiguous")
                    originCount = count
                }
                foldCount = count
            }
            scalarsCount = count
        }
        // (A window that starts past the text's first words has no headline line of its own.)
        let textBefore = runs.first.map { text.utf8.prefix($0.bytes.lowerBound).contains { $0 != 32 && $0 != 10 && $0 != 13 && $0 != 9 } } ?? false
        SoftLineBreak.join(&scalars, &fold, textBefore: textBefore)
        self.scalars = scalars
        self.source = text
        self.originalCount = local
        self.marks = marks.isEmpty ? [Mark(local: 0, global: 0, byte: 0)] : marks
        self.fold = fold
        self.origin = origin
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
        let scalars = scalars[range]
        let length = scalars.reduce(0) { $0 + UTF8.width($1) }
        return String(unsafeUninitializedCapacity: length) { bytes in
            var k = 0
            for s in scalars {
                if s.isASCII {
                    bytes[k] = UInt8(s.value)
                    k += 1
                } else if let encoded = UTF8.encode(s) {
                    for b in encoded { bytes[k] = b; k += 1 }
                }
            }
            return k
        }
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
