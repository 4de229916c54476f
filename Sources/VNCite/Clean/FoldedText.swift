/// A long text folded as `CleanText` folds it, without keeping its scalars or their offsets:
/// one byte a character ("Nghị quyết" → "nghi quyet"), a bit for each capital, and where each
/// line starts, so that only the lines that matter are cleaned in full.
///
/// The text is read a stretch of lines at a time, so memory holds the text, one byte and one
/// bit a character, and the stretch: a 250 MB article costs about twice its size, not fourteen
/// times.
struct FoldedText {
    private(set) var fold: [UInt8] = []
    private var capitals: [UInt64] = []
    /// Where each line starts: its first folded byte, code point and UTF-8 byte in the text.
    private(set) var lines: [Line] = [Line(fold: 0, scalar: 0, byte: 0)]

    struct Line {
        var fold: Int
        var scalar: Int
        var byte: Int
    }

    /// How many bytes are decoded at a time (then on to the next line break).
    static let stretch = 1 << 16

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        fold.reserveCapacity(text.utf8.count)
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            var scalarBase = 0
            while start < bytes.count {
                var end = min(start + Self.stretch, bytes.count)
                while end < bytes.count, bytes[end - 1] != 0x0A { end += 1 }
                let raw = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                var marks: [CleanText.Mark] = []
                let original = CleanText.decode(raw, marks: &marks)
                // Each scalar's byte offset in the stretch, to place the lines that start after it.
                var byteOffsets = [Int](repeating: 0, count: original.count + 1)
                var b = 0
                for (k, s) in original.enumerated() {
                    byteOffsets[k] = b
                    b += UTF8.width(s)
                }
                byteOffsets[original.count] = b
                original.withUnsafeBufferPointer { buffer in
                    CleanText.clean(buffer) { scalar, k in
                        let f = CleanText.foldByte(scalar)
                        if CleanText.isUppercase(scalar) { setCapital(fold.count) }
                        fold.append(f)
                        if f == 10 {
                            lines.append(Line(fold: fold.count, scalar: scalarBase + k + 1, byte: start + byteOffsets[k + 1]))
                        }
                    }
                }
                scalarBase += original.count
                start = end
            }
        }
    }

    private mutating func setCapital(_ i: Int) {
        while capitals.count <= i >> 6 { capitals.append(0) }
        capitals[i >> 6] |= 1 << UInt64(i & 63)
    }

    func isUppercase(at i: Int) -> Bool {
        i >> 6 < capitals.count && capitals[i >> 6] & (1 << UInt64(i & 63)) != 0
    }
}

/// Folded bytes and which of them are capitals: what the province guess reads, from a whole
/// `CleanText` or a long text's `FoldedText` alike.
protocol FoldedLetters {
    var fold: [UInt8] { get }
    func isUppercase(at i: Int) -> Bool
}

extension FoldedText: FoldedLetters {}

extension CleanText: FoldedLetters {
    func isUppercase(at i: Int) -> Bool { Self.isUppercase(scalars[i]) }
}
