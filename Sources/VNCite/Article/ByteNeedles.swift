/// Several byte strings sought at once in folded text ("hoi nghi", "dai hoi", "hop" …).
///
/// A place is dismissed with one look-up of the two bytes that start it, in a table of the
/// pairs that start a needle (8 KB of bits): in Vietnamese text most places start none ("ho"
/// of "hoi nghi" is common, "hx" is not), and only the few left are compared byte by byte.
struct ByteNeedles: Sendable {
    let needles: [[UInt8]]
    /// One bit per pair of bytes (first × 256 + second) that starts a needle; a needle of one
    /// byte sets every pair it starts.
    private let pairs: [UInt64]

    init(_ needles: [String]) {
        precondition(!needles.contains(""), "every needle has a byte")
        self.needles = needles.map { Array($0.utf8) }
        var pairs = [UInt64](repeating: 0, count: 1024)
        for n in self.needles {
            let seconds: [UInt8] = n.count > 1 ? [n[1]] : Array(0...255)
            for b in seconds {
                let pair = Int(n[0]) << 8 | Int(b)
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        self.pairs = pairs
    }

    /// The first place from `start`, before `limit`, where `fold` holds a needle whole and
    /// `accept` takes it (given the needle's index and the place).
    func first(in fold: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int,
               accept: (Int, Int) -> Bool = { _, _ in true }) -> Int? {
        pairs.withUnsafeBufferPointer { pairs in
            var i = start
            while i < limit {
                let pair = Int(fold[i]) << 8 | (i + 1 < limit ? Int(fold[i + 1]) : 0)
                if pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0, let k = needle(in: fold, at: i, limit: limit), accept(k, i) {
                    return i
                }
                i += 1
            }
            return nil
        }
    }

    /// Whether `range` of `fold` holds any needle whole that `accept` takes.
    func found(in fold: [UInt8], _ range: Range<Int>, accept: (Int, Int) -> Bool = { _, _ in true }) -> Bool {
        fold.withUnsafeBufferPointer { first(in: $0, from: range.lowerBound, limit: range.upperBound, accept: accept) != nil }
    }

    /// The first needle (in the order given) that `fold` holds at `i`, ending before `limit`. A
    /// space of a needle matches a run of them, as pages type: "Hội  nghị" holds "hoi nghi".
    private func needle(in fold: UnsafeBufferPointer<UInt8>, at i: Int, limit: Int) -> Int? {
        search: for (k, n) in needles.enumerated() where i + n.count <= limit && n[0] == fold[i] {
            var p = i + 1
            for j in 1..<n.count {
                guard p < limit, fold[p] == n[j] else { continue search }
                p += 1
                if n[j] == 32 { while p < limit, fold[p] == 32 { p += 1 } }
            }
            return k
        }
        return nil
    }
}
