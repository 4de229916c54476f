/// Resolutions and conclusions named after a Central Committee plenum.
///
/// "Nghị quyết Trung ương 4 (khóa XII)", "Nghị quyết T.Ư 4, khóa XI",
/// "Nghị quyết Hội nghị trung ương 4 khóa XII", "Nghị quyết Trung ương 7" (term from the date),
/// "Nghị quyết Hội nghị lần thứ 4, 5 Ban Chấp hành Trung ương khóa XIII" (two documents),
/// "Nghị quyết Hội nghị lần thứ 6, Ban Chấp hành Trung ương Đảng khóa XIII",
/// "Kết luận Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII", "Nghị quyết Hội nghị
/// lần thứ tám Ban Chấp hành T.Ư Đảng khóa XIII",
/// "Nghị quyết HNTW 8", "Kết luận Hội nghị T.Ư 9", "Nghị quyết TW4 khóa XII",
/// "Nghị quyết Trung ương 4 các khóa XI và XII" (one document per term).
enum PlenumForm {
    /// Reads after the type word; returns the plenums, in order, each with the end of its words.
    static func read(_ s: inout Scanner) -> (plenums: [(Int, Range<Int>)], terms: [String], termEnd: Int)? {
        let start = s
        s.skipSpaces()
        var plenums: [(Int, Range<Int>)] = []
        _ = s.read("hoi nghi")
        s.skipSpaces()
        // "TƯ", "TW", "T.Ư", "HNTW" only in capitals: "kết luận từ một nguồn" is no plenum.
        if readCentralCommittee(&s) || s.read("trung uong")
            || (inCapitals(s) && (s.readAny(["hntw"] + centralAbbreviations) != nil || readGluedToNumber(&s))) {
            // "Trung ương 4", "Hội nghị Trung ương lần thứ 4"
            s.skipSpaces()
            _ = s.read("lan thu")
            s.skipSpaces()
            guard let list = readOrdinalList(&s) else { s = start; return nil }
            plenums = list
        } else if s.read("lan thu") {
            // "Hội nghị lần thứ 4, 5 Ban Chấp hành Trung ương (Đảng) khóa XIII"
            s.skipSpaces()
            guard let list = readOrdinalList(&s) else { s = start; return nil }
            plenums = list
            var probe = s
            // ("… lần thứ 6, lần thứ 7 ⟨của⟩ Ban Chấp hành Trung ương Đảng khoá XII"; set apart by a
            // comma: "Hội nghị lần thứ 6, Ban Chấp hành Trung ương Đảng khóa XIII")
            probe.skipSpacesAndComma()
            if probe.read("cua") { probe.skipSpaces() }
            guard readCentralCommittee(&probe) else {
                s = start
                return nil
            }
            probe.skipSpaces()
            // (Not the Party's: "Hội nghị lần thứ 12 Ban Chấp hành Trung ương Hội Nông dân Việt Nam".)
            if probe.isUppercase(probe.pos), CongressForm.otherOrganisations.contains(where: { probe.peek($0) }) {
                s = start
                return nil
            }
            _ = probe.read("dang")
            s = probe
        } else {
            s = start
            return nil
        }
        var probe = s
        probe.skipSpaces()
        let terms = probe.readTerms()
        if !terms.isEmpty { s = probe }
        return (plenums, terms, s.pos)
    }

    /// "Ban Chấp hành Trung ương", "BCH Trung ương", with "Trung ương" abbreviated in capitals: "Ban
    /// Chấp hành T.Ư Đảng", "BCH TW", and both as one word: "BCHTW", "BCHT.Ư".
    static func readCentralCommittee(_ s: inout Scanner) -> Bool {
        let start = s
        // ("BCHTW", "BCHT.Ư": the two abbreviations written as one word.)
        if inCapitals(s), s.readAny(["bchtw", "bcht.u", "bchtu"]) != nil { return true }
        guard s.readAny(["ban chap hanh", "bch"]) != nil else { return false }
        s.skipSpaces()
        if s.read("trung uong") || inCapitals(s) && s.readAny(centralAbbreviations) != nil { return true }
        s = start
        return false
    }

    /// "Trung ương" abbreviated (folded): "T.Ư", "TƯ", "TW".
    static let centralAbbreviations = ["t.u", "tu", "tw"]

    /// Whether the word at the cursor starts with two capitals, a dot between them or not ("TW",
    /// "T.Ư", "HNTW"): an abbreviation, not a word of the sentence ("từ").
    static func inCapitals(_ s: Scanner) -> Bool {
        s.isUppercase(s.pos) && (s.isUppercase(s.pos + 1) || s.isUppercase(s.pos + 2))
    }

    /// "TW4", "TƯ4", "HNTW8": the abbreviation with the plenum's number glued to it; reads the
    /// abbreviation, leaving the number.
    static func readGluedToNumber(_ s: inout Scanner) -> Bool {
        let fold = s.text.fold
        for prefix in gluedPrefixes {
            let end = s.pos + prefix.count
            if end < fold.count, fold[s.pos..<end].elementsEqual(prefix), Scanner.isDigitByte(fold[end]) {
                s.pos = end
                return true
            }
        }
        return false
    }

    static let gluedPrefixes = ["hntw", "tw", "tu"].map { Array($0.utf8) }

    /// "4", "4, 5", "4 và 5", "năm", "thứ tư", "mười hai", "6, lần thứ 7".
    static func readOrdinalList(_ s: inout Scanner) -> [(Int, Range<Int>)]? {
        var list: [(Int, Range<Int>)] = []
        guard let first = readOrdinal(&s) else { return nil }
        list.append(first)
        while true {
            var probe = s
            probe.skipSpaces()
            guard probe.current == UInt8(ascii: ",") || probe.peek("va") else { break }
            if probe.current == UInt8(ascii: ",") { probe.pos += 1 } else { probe.read("va") }
            probe.skipSpaces()
            // ("lần thứ 6, lần thứ 7": the words said again.)
            if probe.read("lan thu") { probe.skipSpaces() }
            guard let next = readOrdinal(&probe) else { break }
            list.append(next)
            s = probe
        }
        return list
    }

    static func readOrdinal(_ s: inout Scanner) -> (Int, Range<Int>)? {
        let start = s.pos
        if let digits = s.readNumber() {
            guard let n = Int(s.string(digits)), (1...20).contains(n), !Scanner.isLetterByte(s.current),
                  s.current != UInt8(ascii: "/") else { s.pos = start; return nil }
            return (n, digits)
        }
        var value = 0
        if s.read("muoi") {
            value = 10
            var probe = s
            probe.skipSpaces()
            if let unit = readNumberWord(&probe) { value += unit; s = probe }
        } else if let unit = readNumberWord(&s) {
            value = unit
        }
        // "năm 2018" is a year, not the fifth plenum.
        var probe = s
        probe.skipSpaces()
        if value == 0 || Scanner.isDigitByte(probe.current) { s.pos = start; return nil }
        return (value, start..<s.pos)
    }

    private static func readNumberWord(_ s: inout Scanner) -> Int? {
        for (word, value) in numberWords where s.read(word) { return value }
        return nil
    }

    /// "nhất" … "chín"; "tư" and "bốn" are both 4, "lăm" is 5 after "mười".
    private static let numberWords: [(String, Int)] = [
        ("nhat", 1), ("mot", 1), ("hai", 2), ("ba", 3), ("tu", 4), ("bon", 4), ("nam", 5),
        ("lam", 5), ("sau", 6), ("bay", 7), ("tam", 8), ("chin", 9),
    ]
}
