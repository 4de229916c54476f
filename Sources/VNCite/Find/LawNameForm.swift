/// Laws cited by name: "Luật Báo chí", "Luật báo chí năm 2016", "Luật An ninh mạng năm 2018",
/// "Bộ luật Hình sự", "Luật Phòng, chống tham nhũng".
enum LawNameForm {
    /// Reads the name after "Luật"; returns it (first letter capitalised) and a year if written.
    static func read(_ s: inout Scanner) -> (name: String, year: Int?, end: Int)? {
        let start = s
        var nameStart: Int?
        var nameEnd = s.pos
        var words = 0
        while words < 8 {
            var probe = s
            probe.skipSpaces()
            // "Luật Phòng, chống tham nhũng": a comma inside the name, before a lower-case word.
            if words > 0, probe.current == UInt8(ascii: ",") {
                var afterComma = probe
                afterComma.pos += 1
                afterComma.skipSpaces()
                if afterComma.peek("chong") { probe = afterComma }
            }
            guard let w = probe.readWord() else { break }
            let folded = String(decoding: s.text.fold[w], as: UTF8.self)
            if words == 0, notNames.contains(folded) { s = start; return nil }
            if Scanner.isDigitByte(s.text.fold[w.lowerBound]) { break }
            // The first word is the name's own ("Luật Cơ yếu", "Luật Quy hoạch").
            if words > 0, !s.isUppercase(w.lowerBound) {
                if stopWords.contains(folded) { break }
                if folded == "quy", probe.nextWordIs("dinh") { break }  // "… quy định"
            }
            if nameStart == nil { nameStart = w.lowerBound }
            nameEnd = w.upperBound
            s = probe
            words += 1
        }
        guard let nameStart, words > 0 else { s = start; return nil }
        var name = s.string(nameStart..<nameEnd)
        if let first = name.first { name = first.uppercased() + name.dropFirst() }
        // A year: "năm 2018" or "2016" right after the name.
        var probe = s
        probe.skipSpaces()
        _ = probe.read("nam")
        probe.skipSpaces()
        if let y = probe.readNumber(), y.count == 4, let year = Int(probe.string(y)), (1945...2100).contains(year),
           !Scanner.isWordByte(probe.current) {
            s = probe
            return (name, year, s.pos)
        }
        return (name, nil, nameEnd)
    }

    /// Words after "Luật" that make a common noun, not a law: "Luật sư", "Luật pháp".
    static let notNames: Set<String> = [
        "su", "phap", "le", "choi", "gia", "hoc", "ngam", "nhan", "bat", "ma", "doi", "dinh", "thep",
        "rung", "tuc", "so", "sua", "nay", "tren", "do", "moi", "hien", "cu",
    ]

    /// Words that end a law's name.
    static let stopWords: Set<String> = [
        "nam", "so", "va", "cua", "da", "duoc", "co", "thi", "la", "de", "cho", "voi", "trong", "tai",
        "ve", "khi", "nham", "theo", "nay", "moi", "hien", "do", "ngay", "se", "dang",
        "sua", "nhu", "hay", "hoac", "cung", "tren", "den", "vao", "ra", "gom", "nen", "phai",
        "thuc", "trinh", "dieu", "khoan", "chuong", "nguoi", "quoc",
    ]
}
