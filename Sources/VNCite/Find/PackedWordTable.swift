/// A table keyed by a word packed into an integer (`DocumentKind.wordKey`: "nghi" → its length
/// and bytes), looked up with one multiply and a probe or two: the scanner asks it at every word
/// that may start a type word, and `Dictionary`'s hashing cost more than the rest of that test.
struct PackedWordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let shift: UInt64

    init(_ entries: [UInt64: Value]) {
        // A power of two at least four times the entries: short probe runs.
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 4 { bits += 1 }
        shift = 64 - bits
        keys = [UInt64](repeating: 0, count: 1 << bits)
        values = [Value?](repeating: nil, count: 1 << bits)
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
            var slot = Self.slot(key, shift)
            while values[slot] != nil { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            values[slot] = value
        }
    }

    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    subscript(key: UInt64) -> Value? {
        var slot = Self.slot(key, shift)
        while let value = values[slot] {
            if keys[slot] == key { return value }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }
}
