/// How Vietnamese a decoded text looks: words that are well-formed syllables against debris.
///
/// "Nghị quyết của Đảng" has four good words and no bad ones. The same bytes shown as TCVN3
/// mojibake, "NghÞ quyÕt cña §¶ng", have no good word and five bad things (three words no
/// Vietnamese syllable matches, two symbols stuck to letters). Only words with a letter outside
/// ASCII count, and one-letter words only when bad; a symbol counts only when it touches a
/// letter ("·" between spaces is punctuation, "¶" in "§¶ng" is not).
struct Plausibility: Sendable {
    private(set) var good = 0
    private(set) var bad = 0

    /// Bad things weigh double: one wrong guess makes many words bad.
    var score: Int { good - 2 * bad }

    /// Measures the first `limit` scalars of a text.
    init(_ scalars: some Sequence<UInt32>, limit: Int = 262_144) {
        var word: [UInt32] = []
        var looseSymbols = 0
        var seen = 0
        for scalar in scalars {
            seen += 1
            if seen > limit { break }
            if Self.isWordScalar(scalar) {
                bad += looseSymbols
                looseSymbols = 0
                word.append(scalar)
                continue
            }
            let touchesWord = !word.isEmpty
            finish(&word)
            switch Self.kind(of: scalar) {
            case .garbage: bad += 1
            case .symbol: if touchesWord { bad += 1 } else { looseSymbols += 1 }
            case .other: looseSymbols = 0
            }
        }
        finish(&word)
    }

    private mutating func finish(_ word: inout [UInt32]) {
        defer { word.removeAll(keepingCapacity: true) }
        guard word.contains(where: { $0 > 0x7F }) else { return }
        if !VietnameseSyllable.isWellFormed(word) {
            bad += 1
        } else if word.count > 1 {
            good += 1
        }
    }

    // MARK: - Helpers

    private static func isWordScalar(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        if (0x0300...0x036F).contains(value) { return true }
        guard value >= 0xC0, let scalar = Unicode.Scalar(value) else { return false }
        return value != 0xD7 && value != 0xF7 && scalar.properties.isAlphabetic
    }

    private enum Kind { case garbage, symbol, other }

    /// Controls and U+FFFD are never right; Latin-1 symbols are wrong inside words.
    private static func kind(of value: UInt32) -> Kind {
        switch value {
        case 0x09, 0x0A, 0x0C, 0x0D: .other
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFD: .garbage
        case 0xB0: .other
        case 0xA1...0xBF, 0xD7, 0xF7: .symbol
        default: .other
        }
    }
}
