/// What follows a document's number: its date, issuer, term and subject.
///
/// "Chỉ thị số 05-CT/TW⟨, ngày 15/5/2016⟩⟨ của Bộ Chính trị⟩⟨ (khóa XII)⟩⟨ về đẩy mạnh …⟩"
struct Qualifiers {
    var date: CalendarDate?
    var body: BodyName?
    var term: String?
    /// "(năm 2024)" after short numbers: "Quyết định 1520 và 1521 (năm 2024)".
    var year: Int?
    /// The plenum that adopted it: "Nghị quyết số 10-NQ/TW Hội nghị lần thứ năm Ban Chấp hành
    /// Trung ương khóa XII" gives plenum 5 (and term XII).
    var plenum: Int?
    var subject: String?
    /// Where the subject starts and ends (cleaned offsets), to link "về thực hiện Nghị quyết …"
    /// and to find the issuer that closes it.
    var subjectStart: Int?
    var subjectEnd: Int?
    /// The subject begins with "thực hiện", "triển khai": the document implements another.
    var implementsNext = false
}

extension Scanner {
    /// Reads the qualifiers in any order, each at most once.
    mutating func readQualifiers(catalog: Catalog) -> Qualifiers {
        var q = Qualifiers()
        for _ in 0..<5 {
            var probe = self
            probe.skipSpacesAndComma()
            _ = probe.read("ban hanh")
            probe.skipSpaces()
            // ("Nghị quyết 49 (ngày 2-6-2005) của Bộ Chính trị": the date in brackets.)
            let bracketed = probe.current == UInt8(ascii: "(")
            if bracketed { probe.pos += 1; probe.skipSpaces() }
            if q.date == nil, probe.read("ngay") {
                probe.skipSpaces()
                if let d = probe.readDate() {
                    if bracketed { probe.skipSpaces() }
                    if !bracketed || probe.current == UInt8(ascii: ")") {
                        if bracketed { probe.pos += 1 }
                        q.date = d; self = probe; continue
                    }
                }
            }
            // (Before the body: "của Hội nghị Trung ương 7 khóa XII" is a plenum, not the body
            // "Hội nghị Trung ương" before a stray "7".)
            probe = self
            probe.skipSpacesAndComma()
            _ = probe.read("cua")
            probe.skipSpaces()
            // ("Nghị quyết số 28, Trung ương 7, Khóa XII": the plenum by "Trung ương" and its number alone.)
            if q.plenum == nil, probe.peek("hoi nghi") || probe.peek("trung uong"), let p = PlenumForm.read(&probe), p.plenums.count == 1 {
                q.plenum = p.plenums[0].0
                if q.term == nil { q.term = p.terms.first }
                // (With "của" or in apposition: "Nghị quyết số 13, Hội nghị lần thứ 4 Ban Chấp hành
                // Trung ương khóa XI" is the Central Committee's.)
                if q.body == nil { q.body = BodyName(text: "Hội nghị Trung ương", code: "TW", isLocal: false) }
                self = probe
                continue
            }
            if q.body == nil, let b = readOwner(catalog: catalog) { q.body = b; continue }
            probe = self
            probe.skipSpaces()
            if q.term == nil, let t = probe.readTerm() { q.term = t; self = probe; continue }
            probe = self
            if q.year == nil, let y = probe.readYearPhrase() { q.year = y; self = probe; continue }
            break
        }
        var probe = self
        probe.skipSpacesAndComma()
        if probe.read("ve") {
            probe.skipSpaces()
            q.subjectStart = probe.pos
            q.subject = probe.readSubject()
            q.subjectEnd = probe.pos
            if let subjectStart = q.subjectStart {
                q.implementsNext = Scanner(text, at: subjectStart).readsImplementation()
            }
            self = probe
        } else if probe.current == UInt8(ascii: "\""), let title = probe.readQuoted() {
            q.subject = title
            self = probe
        }
        // "Quy định 37 về “Những điều đảng viên không được làm” của Ban Chấp hành Trung ương": the
        // body after a quoted title.
        if q.body == nil, q.subject != nil, text.fold[max(0, pos - 1)] == UInt8(ascii: "\""), let b = readOwner(catalog: catalog) {
            q.body = b
        }
        return q
    }

    /// ", của ⟨body⟩": the body that issued it, read past; when there is none, nothing is read.
    mutating func readOwner(catalog: Catalog) -> BodyName? {
        var probe = self
        probe.skipSpacesAndComma()
        guard probe.read("cua") else { return nil }
        probe.skipSpaces()
        guard let body = probe.readBody(catalog: catalog) else { return nil }
        self = probe
        return body
    }

    /// Whether a subject opens with the words of implementation: "thực hiện Nghị quyết …",
    /// "tiếp tục triển khai …", "việc quán triệt …".
    func readsImplementation() -> Bool {
        var lead = self
        if lead.current == UInt8(ascii: "\"") { lead.pos += 1 }
        _ = lead.read("viec")
        lead.skipSpaces()
        _ = lead.read("tiep tuc")
        lead.skipSpaces()
        return lead.readAny(["trien khai thuc hien", "to chuc thuc hien", "thuc hien", "trien khai",
                             "quan triet"]) != nil
    }

    /// "10/12/2019", "15-5-2016", "2-2-1999", "25 tháng 9 năm 2023".
    mutating func readDate() -> CalendarDate? {
        let start = self
        guard let dRange = readNumber(), dRange.count <= 2, let day = Int(string(dRange)) else {
            self = start
            return nil
        }
        skipSpaces()
        if read("thang") {
            skipSpaces()
            guard let m = readNumber(), let month = Int(string(m)) else { self = start; return nil }
            skipSpaces()
            guard read("nam") else { self = start; return nil }
            skipSpaces()
            guard let y = readNumber(), y.count == 4, let year = Int(string(y)),
                  let date = CalendarDate(year: year, month: month, day: day) else { self = start; return nil }
            return date
        }
        let sep = current
        guard sep == UInt8(ascii: "/") || sep == UInt8(ascii: "-") || sep == UInt8(ascii: ".") else {
            self = start
            return nil
        }
        pos += 1
        guard let m = readNumber(), m.count <= 2, let month = Int(string(m)), current == sep else {
            self = start
            return nil
        }
        pos += 1
        guard let y = readNumber(), y.count == 4, let year = Int(string(y)),
              let date = CalendarDate(year: year, month: month, day: day) else { self = start; return nil }
        return date
    }

    /// "(năm 2024)", "năm 2024" right after a number: the year of a short form.
    mutating func readYearPhrase() -> Int? {
        let start = self
        skipSpaces()
        let paren = current == UInt8(ascii: "(")
        if paren { pos += 1; skipSpaces() }
        guard read("nam") else { self = start; return nil }
        skipSpaces()
        guard let r = readNumber(), r.count == 4, let y = Int(string(r)), (1945...2100).contains(y),
              !Self.isWordByte(current) else { self = start; return nil }
        if paren {
            skipSpaces()
            guard current == UInt8(ascii: ")") else { self = start; return nil }
            pos += 1
        }
        return y
    }

    /// The "về …" phrase: to the end of the clause or of the bracket it stands in, or the quoted
    /// title right after "về".
    mutating func readSubject() -> String? {
        if current == UInt8(ascii: "\""), let quoted = readQuoted() { return quoted }
        let start = pos
        var end = pos
        var i = pos
        while i < text.count, i - start < 240 {
            let b = text.fold[i]
            // (A ")" closes the bracket the citation stands in: "(… Quy chế 47 của Bộ VHTT về biểu diễn)".)
            if b == UInt8(ascii: ";") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "(") || b == UInt8(ascii: ")") { break }
            if b == UInt8(ascii: "."), !Self.isDigitByte(byte(i + 1)) { break }
            if b == UInt8(ascii: "\"") && i > start { break }
            i += 1
            end = i
        }
        pos = end
        let s = string(start..<end).trimmed()
        return s.isEmpty ? nil : s
    }

    /// “…”, "…", ‘…’: the text inside the quotes.
    mutating func readQuoted() -> String? {
        let open = current
        guard open == UInt8(ascii: "\"") || open == UInt8(ascii: "'") else { return nil }
        var i = pos + 1
        while i < text.count, i - pos < 400, text.fold[i] != open, text.fold[i] != UInt8(ascii: "\n") { i += 1 }
        guard i < text.count, text.fold[i] == open, i > pos + 1 else { return nil }
        let s = string(pos + 1..<i).trimmed()
        pos = i + 1
        return s
    }
}
