/// Whether a word can be one Vietnamese syllable: initial consonant, one to three vowels, final.
///
/// "nghị", "Quyết", "Đảng", "gì", "chuyển" are well formed; "quyƠt" (a capital inside the word),
/// "cafộ" (no syllable ends in "fộ"), "Mỹller" and "NghÞ" are not. Used to tell a right decoding
/// of legacy bytes from a wrong one, so it is deliberately loose about which vowels combine.
enum VietnameseSyllable {
    /// One letter of a word, with case and tone taken off: an ASCII consonant, đ, or a vowel.
    private enum Letter: Hashable {
        case consonant(UInt8)
        case dStroke
        case vowel(VietnameseLetters.Vowel)
    }

    private static let initials: [[Letter]] =
        [
            "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu",
            "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
        ].map(letters) + [[.dStroke], []]

    private static let finals: Set<[Letter]> = Set(
        ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"].map(letters))

    /// True for a word that has the shape of one syllable and at most one tone mark.
    static func isWellFormed(_ word: [UInt32]) -> Bool {
        var letters: [Letter] = []
        letters.reserveCapacity(word.count)
        var tones = 0
        var sawLower = false
        for value in word {
            let upper: Bool
            if let parts = VietnameseLetters.parts(of: value) {
                letters.append(.vowel(parts.vowel))
                if parts.tone != .level { tones += 1 }
                upper = parts.upper
            } else if value == VietnameseLetters.dLower || value == VietnameseLetters.dUpper {
                letters.append(.dStroke)
                upper = value == VietnameseLetters.dUpper
            } else if value < 0x80, let letter = asciiLetter(UInt8(value)) {
                letters.append(letter)
                upper = (0x41...0x5A).contains(value)
            } else {
                return false
            }
            if upper && sawLower { return false }
            if !upper { sawLower = true }
        }
        guard tones <= 1 else { return false }
        return initials.contains { initial in parses(letters, initial: initial) }
    }

    // MARK: - Helpers

    private static func parses(_ letters: [Letter], initial: [Letter]) -> Bool {
        guard letters.starts(with: initial) else { return false }
        var index = initial.count
        var vowels = 0
        while index < letters.count, case .vowel = letters[index] {
            vowels += 1
            index += 1
        }
        guard (1...3).contains(vowels) else { return false }
        return finals.contains(Array(letters[index...]))
    }

    private static func asciiLetter(_ byte: UInt8) -> Letter? {
        let lower = byte | 0x20
        guard (0x61...0x7A).contains(lower) else { return nil }
        switch lower {
        case UInt8(ascii: "a"): return .vowel(.a)
        case UInt8(ascii: "e"): return .vowel(.e)
        case UInt8(ascii: "i"): return .vowel(.i)
        case UInt8(ascii: "o"): return .vowel(.o)
        case UInt8(ascii: "u"): return .vowel(.u)
        case UInt8(ascii: "y"): return .vowel(.y)
        default: return .consonant(lower)
        }
    }

    private static func letters(_ ascii: String) -> [Letter] {
        ascii.utf8.compactMap(asciiLetter)
    }
}
