/// The term a Party document is of, written after it: "khóa XII", "(khóa XI, XII)", "khóa 11".
extension Scanner {
    /// "(khóa XI, XII)", "các khóa XI và XII", "(khóa XI, khóa XII)": every term named, in order.
    mutating func readTerms() -> [String] {
        guard let first = readTerm() else { return [] }
        var terms = [first]
        // readTerm stopped after the first numeral (or its closing parenthesis).
        var probe = self
        if text.fold[max(0, pos - 1)] == UInt8(ascii: ")") { return terms }
        while true {
            probe.skipSpaces()
            guard probe.current == UInt8(ascii: ",") || probe.peek("va") else { break }
            if probe.current == UInt8(ascii: ",") { probe.pos += 1 } else { _ = probe.read("va") }
            probe.skipSpaces()
            // ("(khóa XI, khóa XII)", "khóa XI và khóa XII": the word said again.)
            if probe.read("khoa") { probe.skipSpaces() }
            guard let roman = probe.readRoman() else { break }
            terms.append(roman)
            self = probe
        }
        var close = self
        close.skipSpaces()
        if close.current == UInt8(ascii: ")") { self = close; self.pos += 1 }
        return terms
    }

    /// "(khóa XII)", "khoá XIII", "(KHOÁ XVI)", ", khóa XII"; a term in figures, as Roman: "khóa 11" → XI.
    mutating func readTerm() -> String? {
        let start = self
        if current == UInt8(ascii: ",") { pos += 1; skipSpaces() }
        let paren = current == UInt8(ascii: "(")
        if paren { pos += 1; skipSpaces() }
        if read("cac") { skipSpaces() }  // "các khóa XI và XII"
        guard read("khoa") else { self = start; return nil }
        skipSpaces()
        guard let roman = readRoman() ?? readTermInFigures() else { self = start; return nil }
        if paren {
            skipSpaces()
            if current == UInt8(ascii: ")") { pos += 1 }
        }
        return roman
    }

    /// "11" in "Nghị quyết Trung ương 8 khóa 11": 1 to 30 in figures, a word by itself (not "khóa 2021-2026").
    mutating func readTermInFigures() -> String? {
        let start = pos
        while Self.isDigitByte(current), pos - start < 3 { pos += 1 }
        let dash = current == UInt8(ascii: "-") || current == UInt8(ascii: "/")
        guard pos - start <= 2, let n = Int(string(start..<pos)), (1...30).contains(n), !Self.isWordByte(current),
              !(dash && Self.isDigitByte(byte(pos + 1))) else { pos = start; return nil }
        return Roman.numeral(n)
    }
}
