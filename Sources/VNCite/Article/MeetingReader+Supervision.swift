/// A supervision said with its verb: a supervision delegation, or an elected body, at work on a day named.
extension MeetingReader {
    /// "Ngày 24-5, Đoàn giám sát của Thường trực HĐND tỉnh tiến hành giám sát Sở Xây dựng về …",
    /// "Trong các ngày 9,10/6/2020 Đoàn Giám sát của HĐND huyện do đồng chí …, Phó Chủ tịch HĐND
    /// huyện làm trưởng đoàn đã giám sát …": no meeting noun, but the delegation, named as such
    /// ("Đoàn giám sát"), did its work — a "buổi giám sát" it held. Only with "đã", "vừa" or "tiến
    /// hành" before the verb, and a day (or a time just past) in the sentence before it. Or an
    /// elected body that held it: "Sáng 27/11, Thường trực HĐND tỉnh tổ chức giám sát việc …" (not
    /// "Tổ chức Giám sát Nhân quyền", an organisation; nor "tổ chức giám sát tại các bệnh viện" of
    /// no elected body).
    static func supervised(_ lead: LeadWords, at i: Int, catalog: Catalog) -> (Meeting, next: Int)? {
        let w = lead.words
        guard i > 2, w[i].lower == "giám", lead.matchesWritten(["giám", "sát"], at: i) else { return nil }
        var verb = i
        let organised = w[i - 2].text == "tổ" && w[i - 1].text == "chức"
        if lead.matchesWritten(["tiến", "hành"], at: verb - 2) || organised { verb -= 2 }
        if verb > 0, ["đã", "vừa"].contains(w[verb - 1].lower) { verb -= 1 }
        // (Not still to come: "… sẽ tiến hành giám sát".)
        let toCome = planned(lead, noun: i, end: clauseEnd(lead, from: i + 2)) || (max(0, verb - 3)..<verb).contains { w[$0].lower == "sẽ" }
        // (The elected body that opens the clause, for "tổ chức giám sát".)
        func electedSubject() -> Range<Int>? {
            guard organised, let body = HostReader.before(lead, noun: verb, catalog: catalog) else { return nil }
            return body.contains { lead.match(HostReader.elected, at: $0) != nil } ? body : nil
        }
        guard verb < i, !toCome, placed(lead, before: verb) || MeetingDate.first(lead.prefix(verb), articleDate: nil) != nil,
              let host = delegation(lead, before: verb, catalog: catalog) ?? electedSubject() else { return nil }
        let end = clauseEnd(lead, from: i + 2, toSubject: true)
        return (Meeting(kind: "buổi giám sát", what: lead.text(i..<max(end, i + 2)), host: lead.text(host), place: nil),
                nextNoun(lead, after: i + 2))
    }

    /// The supervision delegation that opens the verb's subject, and whose it is: "Đoàn giám sát
    /// ⟨của Thường trực HĐND tỉnh⟩".
    private static func delegation(_ lead: LeadWords, before verb: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        guard let start = (0..<verb).last(where: { lead.matchesWritten(["đoàn", "giám", "sát"], at: $0) && w[$0].isCapitalised }),
              !w[start..<verb].contains(where: { $0.after.contains(where: { ".;:".contains($0) }) }),
              !(start + 3..<verb).contains(where: { lead.matchWritten(MeetingWords.held, at: $0) != nil }) else { return nil }
        var body = BodyGrammar.read(lead, at: start, catalog: catalog).map { max($0.upperBound, start + 3) } ?? start + 3
        if body + 1 < verb, w[body - 1].after.isEmpty, w[body].lower == "của", let owner = BodyGrammar.read(lead, at: body + 1, catalog: catalog),
           owner.upperBound <= verb {
            body = owner.upperBound
        }
        return body <= verb ? start..<body : nil
    }
}
