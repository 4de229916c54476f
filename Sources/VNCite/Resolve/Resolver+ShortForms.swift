/// Short forms the article names fully elsewhere, or not.
extension Resolver {
    /// State short forms first ("Nghị định 187 của Chính phủ"), then the others ("Nghị quyết 57",
    /// "Đề án 939"): each takes the one document of its type and number the article names fully, else
    /// a partial key.
    func resolveShortForms(state stateShortForms: [(Mention, Citation)], other shortForms: [(Mention, Citation)],
                           into resolved: inout [(Mention, Citation)], findings: inout [Finding]) {
        // "Nghị định 187 của Chính phủ" … "Nghị định 187/2004/NĐ-CP": the full number of the same
        // type, number and issuer in the article; else a partial key with the issuer.
        for (m, var c) in stateShortForms {
            // (A list's member counts, its symbol completed from the list's: "Nghị định 71, 88 và
            // 101/2024/NĐ-CP" … "Nghị định 88".)
            let full = fullForms(of: c, in: resolved.map(\.1)).filter {
                ($0.symbol != nil || $0.year != nil) && ($0.issuer ?? "").hasPrefix(c.issuer ?? "")
            }
            if Set(full.map(\.key)).count == 1, let f = full.first {
                c.key = f.key
                c.year = f.year
                c.locality = f.locality
            } else {
                c.key = PartialKey.of(c)
                c.resolved = false
                findings.append(Finding(
                    kind: .unresolved, message: "no full number for “\(c.text)” in the article; kept as \(c.key)",
                    start: c.start, end: c.end))
            }
            resolved.append((m, c))
        }
        // Short forms: the one document of the same type and number that the article names
        // fully; else a partial key kept to the article, which other articles may still resolve.
        for (m, var c) in shortForms {
            let candidates = Set(fullForms(of: c, in: resolved.map(\.1)).map(\.key))
            // (Else the one earlier short form of it that named its State issuer: "Đề án 938 và 939 của
            // Thủ tướng Chính phủ" … "Đề án 939", a partial key both.)
            let named = Set(resolved.map(\.1).filter { !$0.resolved && $0.issuer != nil && $0.kind == c.kind && $0.number == c.number }.map(\.key))
            if candidates.count == 1, let key = candidates.first,
               let full = resolved.first(where: { $0.1.key == key })?.1 {
                c.key = key
                c.issuer = full.issuer
                c.locality = full.locality
                c.year = full.year
            } else if candidates.isEmpty, named.count == 1, let key = named.first,
                      let earlier = resolved.first(where: { $0.1.key == key })?.1 {
                c.key = key
                c.issuer = earlier.issuer
                c.locality = earlier.locality
                c.resolved = false
            } else if candidates.isEmpty, named.isEmpty, let plenum = plenumCalledByItsNumber(c, in: resolved.map(\.1)) {
                c.key = plenum.key
                c.number = plenum.number
                c.issuer = plenum.issuer
                c.term = plenum.term
                c.plenum = plenum.plenum
                findings.append(Finding(kind: .inferred, message: "“\(c.text)” is \(plenum.key), the plenum's resolution the article names",
                                        start: c.start, end: c.end))
            } else if candidates.isEmpty, named.isEmpty,
                      let adopted = adoptedByANamedPlenum(c, in: resolved.map(\.1)) ?? namedBySubject(c) {
                c.key = adopted.symbol
                c.issuer = "TW"
                c.term = adopted.term
                c.plenum = adopted.plenum
                findings.append(Finding(kind: .inferred, message: "“\(c.text)” is \(adopted.symbol) of khóa \(adopted.term) in the catalogue, by its plenum or its subject",
                                        start: c.start, end: c.end))
            } else {
                c.key = PartialKey.of(c)
                c.resolved = false
                let why = candidates.count > 1
                    ? Finding(kind: .ambiguous, message: "“\(c.text)” may be \(candidates.sorted().joined(separator: " or "))",
                              start: c.start, end: c.end)
                    : Finding(kind: .unresolved, message: "no issuer or full number for “\(c.text)” in the article",
                              start: c.start, end: c.end)
                findings.append(why)
            }
            resolved.append((m, c))
        }
    }

    /// "… quán triệt Nghị quyết Trung ương 4 (khóa XI) …" then "thực hiện có hiệu quả Nghị quyết 4":
    /// a bare number, written without "số", that is the plenum of the one plenum's resolution the
    /// article names, calls that resolution by its plenum; nil when the article names none, or more.
    func plenumCalledByItsNumber(_ c: Citation, in citations: [Citation]) -> Citation? {
        guard let number = c.number, let n = Int(number), String(n) == number, (1...20).contains(n),
              !c.text.lowercased().split(separator: " ").contains("số") else { return nil }
        let plenums = citations.filter { $0.kind == c.kind && $0.plenum == n && $0.resolved }
        return Set(plenums.map(\.key)).count == 1 ? plenums.first : nil
    }

    /// "… các Nghị quyết Hội nghị Trung ương 6 (khóa XII): Nghị quyết số 18, về …; nghị quyết số 19, …":
    /// a bare number that the catalogue says one plenum the article names adopted is that plenum's
    /// document (18-NQ/TW khóa XII); nil when none, or more than one, is.
    func adoptedByANamedPlenum(_ c: Citation, in citations: [Citation]) -> PartyDocument? {
        guard let number = c.number else { return nil }
        var seen = Set<String>()
        let plenums = citations.compactMap { d in d.plenum.flatMap { p in d.term.map { (plenum: p, term: $0) } } }
            .filter { seen.insert("\($0.plenum) \($0.term)").inserted }
        let adopted = plenums.flatMap { catalog.partyDocuments(plenum: $0.plenum, term: $0.term) }.filter { $0.kind == c.kind && $0.symbol.split(separator: "-").first.map(String.init) == DocumentSymbol.canonicalNumber(number) }
        return adopted.count == 1 ? adopted[0] : nil
    }

    /// "Nghị quyết số 18 về “Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống
    /// chính trị …”": a bare number whose subject fits the title of one catalogued central document
    /// of its type and number (issued by the article's date) is that document; nil when the subject
    /// fits none, or no one clearly.
    func namedBySubject(_ c: Citation) -> PartyDocument? {
        guard let number = c.number, let subject = c.subject,
              let code = DocumentKind.all.first(where: { $0.name == c.kind })?.partyCode else { return nil }
        var pool = catalog.partyDocuments(symbol: "\(DocumentSymbol.canonicalNumber(number))-\(code)/TW")
        if let articleDate { pool = pool.filter { $0.date <= articleDate } }
        return SubjectMatch.best(subject, among: pool.map(\.title)).map { pool[$0] }
    }
}
