/// A cursor over a `CleanText`. Reads return nil (or false) and leave the cursor where it was
/// when the text does not match; rewinding is assigning a saved copy.
struct Scanner {
    let text: CleanText
    var pos: Int

    init(_ text: CleanText, at pos: Int = 0) {
        self.text = text
        self.pos = pos
    }

    var atEnd: Bool { pos >= text.count }

    func byte(_ i: Int) -> UInt8 { i >= 0 && i < text.count ? text.fold[i] : 0 }
    var current: UInt8 { byte(pos) }

    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == CleanText.otherLetter
    }
    static func isLetterByte(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || b == CleanText.otherLetter
    }
    static func isDigitByte(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// Whether a word starts at `i` (the character before it is not a word character).
    func isWordStart(_ i: Int) -> Bool { !Self.isWordByte(byte(i - 1)) }

    /// Whether the cleaned scalar at `i` is an upper-case letter ("N" of "Nghị quyết").
    func isUppercase(_ i: Int) -> Bool {
        guard i < text.count else { return false }
        return CleanText.isUppercase(text.scalars[i])
    }

    /// Skips spaces and tabs (not line breaks).
    mutating func skipSpaces() {
        while pos < text.count, text.fold[pos] == 32 || text.fold[pos] == 9 { pos += 1 }
    }

    /// Skips spaces and at most one comma: "05-CT/TW, ngày 15/5/2016".
    mutating func skipSpacesAndComma() {
        skipSpaces()
        if current == UInt8(ascii: ",") { pos += 1; skipSpaces() }
    }

    /// Skips spaces and, when it stands next, one `mark` and the spaces after it; whether it did.
    mutating func skipSpaces(past mark: Character) -> Bool {
        skipSpaces()
        guard let byte = mark.asciiValue, current == byte else { return false }
        pos += 1
        skipSpaces()
        return true
    }

    /// Reads a folded phrase ("ban chap hanh"), any run of spaces matching one space, ending at a
    /// word boundary. Returns false and stays put when the text differs.
    @discardableResult
    mutating func read(_ phrase: String) -> Bool {
        guard let end = Self.phraseEnd(phrase, in: text.fold, at: pos) else { return false }
        pos = end
        return true
    }

    /// Where `phrase` (folded; a space stands for one or more) ends if it is written at `start`
    /// and its last word ends there: "nghi quyet" in "nghị  quyết số"; not "bo" in "bốn".
    static func phraseEnd(_ phrase: String, in fold: [UInt8], at start: Int) -> Int? {
        func byte(_ i: Int) -> UInt8 { i >= 0 && i < fold.count ? fold[i] : 0 }
        var i = start
        var sawSpace = false
        for b in phrase.utf8 {
            if b == 32 {
                sawSpace = true
                continue
            }
            if sawSpace {
                guard byte(i) == 32 else { return nil }
                while byte(i) == 32 { i += 1 }
                sawSpace = false
            }
            guard byte(i) == b else { return nil }
            i += 1
        }
        if let last = phrase.utf8.last, isWordByte(last), isWordByte(byte(i)) {
            return nil
        }
        return i
    }

    /// Reads the first phrase of the list that matches; returns its index.
    mutating func readAny(_ phrases: [String]) -> Int? {
        for (n, p) in phrases.enumerated() where read(p) { return n }
        return nil
    }

    /// Whether the text at the cursor starts with the phrase (without moving).
    func peek(_ phrase: String) -> Bool {
        var copy = self
        return copy.read(phrase)
    }

    /// Whether the next word (past spaces) is the folded word given.
    func nextWordIs(_ word: String) -> Bool {
        var probe = self
        probe.skipSpaces()
        return probe.read(word)
    }

    func nextWordIsAny(_ words: [String]) -> Bool { words.contains { nextWordIs($0) } }

    /// Reads one word; returns its range.
    mutating func readWord() -> Range<Int>? {
        let start = pos
        while Self.isWordByte(current) { pos += 1 }
        return pos > start ? start..<pos : nil
    }

    /// Reads digits, optionally with one dotted part: "05", "749", "66.7".
    mutating func readNumber() -> Range<Int>? {
        let start = pos
        while Self.isDigitByte(current) { pos += 1 }
        guard pos > start, pos - start <= 6 else { pos = start; return nil }
        // A dotted number is followed by a slash: "66.7/2025", "66.17/2026" (not "10.2.2017").
        if current == UInt8(ascii: "."), Self.isDigitByte(byte(pos + 1)) {
            var j = pos + 1
            while Self.isDigitByte(byte(j)), j - pos <= 2 { j += 1 }
            if byte(j) == UInt8(ascii: "/") { pos = j }
        }
        return start..<pos
    }

    /// Reads a Roman numeral I…XXX ("XII", "xiii"), as an upper-case string.
    mutating func readRoman() -> String? {
        let start = pos
        var s = ""
        while let c = Optional(current), c == 105 || c == 118 || c == 120 {  // i v x
            s.append(Character(Unicode.Scalar(c - 32)))
            pos += 1
        }
        guard !s.isEmpty, !Self.isWordByte(current), Roman.value(s) != nil else {
            pos = start
            return nil
        }
        return s
    }

    /// The cleaned text of a range.
    func string(_ range: Range<Int>) -> String { text.string(range) }
}

/// Roman numerals as terms and congresses use them: "khóa XII", "Đại hội XIII".
enum Roman {
    static func value(_ s: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10]
        var total = 0
        var previous = 0
        for c in s.reversed() {
            guard let v = values[c] else { return nil }
            total += v < previous ? -v : v
            previous = max(previous, v)
        }
        guard total >= 1, total <= 30, numeral(total) == s else { return nil }
        return total
    }

    static func numeral(_ n: Int) -> String {
        let table: [(Int, String)] = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n
        var s = ""
        for (v, r) in table { while n >= v { s += r; n -= v } }
        return s
    }
}

extension Scanner {
    /// "năm 2018" or "2016" after a law's name: the year, within `years`, read past (the cursor
    /// stays where it was when there is none). After "năm" a word glued to the year is the next
    /// word, as a page's lost space leaves it: "Luật Thanh tra năm 2010⟨đã⟩ tạo …".
    mutating func readNameYear(in years: ClosedRange<Int>) -> Int? {
        var after = self
        after.skipSpaces()
        let said = after.read("nam")
        after.skipSpaces()
        guard let y = after.readNumber(), y.count == 4, let year = Int(after.string(y)), years.contains(year),
              !Scanner.isWordByte(after.current) || (said && Scanner.isLetterByte(after.current))
        else { return nil }
        self = after
        return year
    }
}
