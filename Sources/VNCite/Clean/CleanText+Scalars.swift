/// How `CleanText` turns UTF-8 into cleaned code points: "Nghi\u{0323} quye\u{0302}\u{0301}t" (NFD)
/// is decoded, then its clusters composed ("Nghị quyết"); NFC text without combining marks, the
/// common case, is cleaned in one pass over its bytes. Character references ("&amp;") are read
/// in both (`CleanText+Entities`).
extension CleanText {
    /// `clean` straight from UTF-8 without combining marks: what `decode` then `clean` give,
    /// in one pass. Returns how many code points the bytes held.
    static func cleanUTF8(_ bytes: UnsafeRawBufferPointer, from base: Mark, marks: inout [Mark],
                                  _ append: (Unicode.Scalar, Int) -> Void) -> Int {
        var i = 0
        var k = 0
        let n = bytes.count
        while i < n {
            if k & 4095 == 0 { marks.append(Mark(local: base.local + k, global: base.global + k, byte: base.byte + i)) }
            let b0 = UInt32(bytes[i])
            if b0 == 38, let (s, length) = entity(at: i, { j in j < n && bytes[j] < 0x80 ? bytes[j] : nil }) {
                appendCleaned(s, at: base.local + k, append)
                i += length
                k += length
                continue
            }
            if b0 < 0x80 {
                if b0 == 13 {
                    if i + 1 == n || bytes[i + 1] != 10 { append("\n", base.local + k) }
                } else if b0 != 0 {
                    append(Unicode.Scalar(UInt8(b0)), base.local + k)
                }
                i += 1
            } else {
                appendCleaned(scalar(in: bytes, at: &i), at: base.local + k, append)
            }
            k += 1
        }
        return k
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
                    appendCleaned(s, at: i, append)
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
            if v == 38, let (entity, length) = entity(at: i, { j in j < n && original[j].value < 0x80 ? UInt8(original[j].value) : nil }) {
                appendCleaned(entity, at: i, append)
                i += length
                continue
            }
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

    /// Appends `s` as `clean` makes it — its cleaned form, or nothing when it is dropped — with the
    /// offset of the original it came from.
    @inline(__always)
    private static func appendCleaned(_ s: Unicode.Scalar, at offset: Int, _ append: (Unicode.Scalar, Int) -> Void) {
        let cleaned = Self.clean(s) ?? s
        if cleaned != Self.drop { append(cleaned, offset) }
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
                out.initializeElement(at: k, to: scalar(in: bytes, at: &i))
                k += 1
            }
            outCount = k
        }
    }

    /// The code point whose UTF-8 starts at `i` of valid UTF-8; `i` moves past it.
    @inline(__always)
    private static func scalar(in bytes: UnsafeRawBufferPointer, at i: inout Int) -> Unicode.Scalar {
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
        // Valid UTF-8, so every value is a scalar.
        return Unicode.Scalar(v) ?? "\u{FFFD}"
    }
}
