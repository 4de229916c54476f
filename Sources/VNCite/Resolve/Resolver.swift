/// Gives each mention of one article its canonical document.
///
/// A full number is its own key ("Chỉ thị số 05-CT/TW" → 05-CT/TW). A short form takes the code
/// of the body that issued it ("Chỉ thị 05 của Bộ Chính trị" → 05-CT/TW; "Nghị quyết số 05 của
/// Ban chấp hành Đảng bộ tỉnh" → 05-NQ/TU@province), or the key of the one full form of the same
/// type and number in the article ("Nghị quyết 54" … "Nghị quyết 54-NQ/TW"). Local documents are
/// keyed with their province. A short form that names no one document is still a citation, with
/// a partial key that says what the text gives ("Thông tư 05 của BTC", "Nghị quyết 412?") and
/// `resolved == false`; a finding says why.
struct Resolver {
    let catalog: Catalog
    let articleDate: CalendarDate?
    let articleLocality: String?
    let text: CleanText

    struct Result {
        var citations: [Citation] = []
        var findings: [Finding] = []
    }

    func resolve(_ mentions: [Mention]) -> Result {
        var result = Result()
        var resolved: [(Mention, Citation)] = []
        var shortForms: [(Mention, Citation)] = []
        var stateShortForms: [(Mention, Citation)] = []
        let plenumTerms = Self.writtenPlenumTerms(mentions)
        for m in mentions {
            var c = base(m)
            switch m.form {
            case .symbol(let symbol):
                resolveSymbol(symbol, mention: m, into: &c, findings: &result.findings)
                c.name = m.lawName
                if m.sharesSymbol {
                    c.symbol = nil  // the text wrote only the number
                    result.findings.append(Finding(
                        kind: .inferred, message: "“\(c.text)” shares the symbol that closes its list: \(c.key)",
                        start: c.start, end: c.end))
                }
                resolved.append((m, c))
            case .shortNumber(let number):
                c.number = number
                // "Nghị định 187": every Nghị định is the Government's.
                let body = m.qualifiers.body ?? m.precedingBody
                    ?? (m.kind == "Nghị định" ? BodyName(text: "", code: "CP", isLocal: false, isState: true) : nil)
                guard let body else { shortForms.append((m, c)); continue }
                if body.text.isEmpty { c.issuerName = nil }
                if !body.isState, let code = typeCode(kind: m.kind, body: body) {
                    // A Party number is one document within its issuer: "Chỉ thị 05 của Bộ Chính trị".
                    let symbol = DocumentSymbol(number: number, year: nil, type: code, issuer: body.code, system: .party)
                    resolveSymbol(symbol, mention: m, into: &c, findings: &result.findings)
                    c.symbol = nil  // the text wrote no symbol
                    resolved.append((m, c))
                } else if body.isState {
                    c.issuer = body.code
                    if body.isLocal { c.locality = body.locality ?? provinceNear(m) ?? articleLocality }
                    if c.year != nil, ["Nghị định", "Thông tư", "Thông tư liên tịch"].contains(m.kind),
                       let code = typeCode(kind: m.kind, body: body) {
                        // A normative number carries its year: "Thông tư 05/2019 của Bộ Tài chính"
                        // is 05/2019/TT-BTC. (A Quyết định's symbol has no year: its key stays partial.)
                        let symbol = DocumentSymbol(number: number, year: c.year, type: code, issuer: body.code, system: .state)
                        resolveSymbol(symbol, mention: m, into: &c, findings: &result.findings)
                        c.symbol = nil
                        resolved.append((m, c))
                    } else {
                        // State numbers restart every year: without the year the key is partial.
                        stateShortForms.append((m, c))
                    }
                } else {
                    shortForms.append((m, c))
                }
            case .plenum(let plenum, let writtenTerm):
                c.plenum = plenum
                c.issuer = "TW"
                var term = writtenTerm ?? m.qualifiers.term
                // "Nghị quyết Trung ương 4 (khóa XI)" … "Nghị quyết Trung ương 4": the term the article
                // wrote for that plenum, before its date's.
                if term == nil, let terms = plenumTerms[plenum], terms.count == 1, let t = terms.first {
                    term = t
                    result.findings.append(Finding(
                        kind: .inferred, message: "term \(t) of “\(c.text)” taken from the article's plenum \(plenum), khóa \(t)",
                        start: c.start, end: c.end))
                }
                if term == nil, let date = articleDate, let t = catalog.term(on: date) {
                    term = t
                    result.findings.append(Finding(
                        kind: .inferred, message: "term \(t) of “\(c.text)” taken from the article's date \(date.iso)",
                        start: c.start, end: c.end))
                }
                guard let term else {
                    result.findings.append(Finding(
                        kind: .unresolved, message: "no term (khóa) and no article date for “\(c.text)”",
                        start: c.start, end: c.end))
                    c.key = "\(m.kind == "Nghị quyết" ? "NQ" : (m.kind == "Kết luận" ? "KL" : "TB"))-HNTW\(plenum)/?"
                    c.resolved = false
                    resolved.append((m, c))
                    continue
                }
                c.term = term
                let code = m.kind == "Nghị quyết" ? "NQ" : (m.kind == "Kết luận" ? "KL" : "TB")
                c.key = catalog.canonicalKey("\(code)-HNTW\(plenum)/\(term)")
                if let symbol = Self.parsePartyKey(c.key) {
                    c.number = symbol.number
                    c.issuer = symbol.issuer
                }
                resolved.append((m, c))
            case .congress(let roman, let local, let organisation):
                c.congress = roman
                if let organisation, organisation.hasPrefix("Chi bộ") {
                    // A Party cell's, kept to its article where the cell is not named: "NQ-ĐH-XVI/CB@?".
                    let unit = organisation.dropFirst("Chi bộ".count).trimmingCharacters(in: .whitespaces)
                    c.issuer = "CB"
                    c.issuerName = organisation
                    c.locality = unit.isEmpty ? nil : articleLocality
                    c.key = "NQ-ĐH-\(roman)/CB" + (unit.isEmpty ? "@?" : ":\(unit)@\(articleLocality ?? "?")")
                } else if let organisation {
                    // The organisation's own: "NQ-ĐH-XIII/Công đoàn Việt Nam", a province's "@Bình Dương".
                    let locality = local ? m.qualifiers.body?.locality ?? articleLocality : nil
                    c.issuer = nil
                    c.issuerName = m.qualifiers.body?.text ?? organisation
                    c.locality = locality
                    c.key = "NQ-ĐH-\(roman)/\(organisation)" + (local ? "@\(locality ?? "?")" : "")
                } else if local, let body = m.qualifiers.body, ["HU", "QU", "ĐU"].contains(body.code) {
                    // A district's or a commune's: "NQ-ĐH-XXV/HU:huyện Nông Cống@Thanh Hóa", kept to its
                    // article where the unit is not named ("Đảng bộ huyện lần thứ XXV").
                    let locality = articleLocality
                    let unit = body.text.dropFirst("Đảng bộ ".count)
                    c.issuer = body.code
                    c.issuerName = body.text
                    c.locality = locality
                    c.key = "NQ-ĐH-\(roman)/\(body.code)" + (unit.contains(" ") ? ":\(unit)@\(locality ?? "?")" : "@?")
                } else if local {
                    let locality = m.qualifiers.body?.locality ?? articleLocality
                    c.issuer = "TU"
                    c.locality = locality
                    c.key = "NQ-ĐH-\(roman)/TU@\(locality ?? "?")"
                } else {
                    c.issuer = "TW"
                    c.key = "NQ-ĐH-\(roman)/TW"
                }
                resolved.append((m, c))
            case .law(let name, let year):
                c.name = m.lawName ?? (name.isEmpty ? nil : name)  // "Hiến pháp năm 2013" has a year, no name
                c.year = year
                let key = ([m.kind] + (name.isEmpty ? [] : [Self.lawKeyName(name)]) + (year.map { ["\($0)"] } ?? []))
                    .joined(separator: " ")
                c.key = catalog.canonicalKey(key)
                resolved.append((m, c))
            }
        }

        resolveShortForms(state: stateShortForms, other: shortForms, into: &resolved, findings: &result.findings)
        PartialKey.joinLawYears(&resolved, text: text)
        PartialKey.joinLawShortNames(&resolved, catalog: catalog, text: text)
        PartialKey.joinBracketedShortNames(&resolved, text: text)
        PartialKey.joinInitialledShortNames(&resolved, text: text)
        PartialKey.joinLocalities(&resolved)
        PartialKey.joinYears(&resolved)
        LawNameSpelling.share(&resolved)

        // "Kế hoạch 139-KH/ĐU … về thực hiện Nghị quyết …": the first document named in the subject.
        resolved.sort { $0.1.start < $1.1.start }
        for i in resolved.indices where resolved[i].0.qualifiers.implementsNext {
            guard let subjectStart = resolved[i].0.qualifiers.subjectStart else { continue }
            let target = resolved.first {
                // "về thực hiện Nghị quyết …", "về việc tiếp tục triển khai thực hiện Chỉ thị …"
                $0.0.range.lowerBound >= subjectStart && $0.0.range.lowerBound <= subjectStart + 40
            }
            if let target, target.1.key != resolved[i].1.key { resolved[i].1.implements = target.1.key }
        }
        result.citations = resolved.map(\.1)
        return result
    }

    // MARK: - Pieces

    /// The fully numbered citations of the same type and number (and year, where both give one).
    func fullForms(of c: Citation, in citations: [Citation]) -> [Citation] {
        let value = Self.numberValue(c.number)
        return citations.filter {
            value != nil && $0.resolved && $0.kind == c.kind && Self.numberValue($0.number) == value
                && (c.year == nil || $0.year == nil || $0.year == c.year)
        }
    }

    /// The province a local body's document belongs to, from the sentence that cites it:
    /// "Quyết định số 52/2007/QĐ-UB của UBND TP.HCM" → Hồ Chí Minh.
    private func provinceNear(_ m: Mention) -> String? {
        let folded = Catalog.fold(text.sentence(around: m.range))
        guard ["ubnd", "uy ban nhan dan", "ub", "hdnd", "hoi dong nhan dan"].contains(where: { Catalog.contains(folded, word: $0) })
        else { return nil }
        return catalog.province(in: folded)
    }

    private func base(_ m: Mention) -> Citation {
        let span = text.originalSpan(m.range)
        var c = Citation(text: span.text, start: span.start, end: span.end, key: "", kind: m.kind)
        c.sentence = text.sentence(around: m.range)
        let q = m.qualifiers
        let body = q.body ?? m.precedingBody
        c.issuerName = body?.text
        c.date = q.date
        c.term = q.term
        c.plenum = q.plenum
        c.year = m.year
        c.subject = q.subject
        return c
    }

    private func resolveSymbol(_ symbol: DocumentSymbol, mention m: Mention, into c: inout Citation,
                               findings: inout [Finding]) {
        var symbol = symbol
        let body = m.qualifiers.body ?? m.precedingBody
        if symbol.issuer == "TƯ" {
            // "13-NQ/TƯ của Tỉnh ủy" (Thừa Thiên Huế writes TU so); otherwise Trung ương.
            symbol.issuer = body?.code == "TU" ? "TU" : "TW"
        }
        c.number = symbol.number
        c.year = symbol.year
        c.symbol = symbol.canonical
        switch symbol.system {
        case .party: c.issuer = symbol.issuer
        case .state:
            if let issuer = symbol.issuer {
                // A công văn's issuer is its first group ("5973/UBND-KT"), so is a local
                // body's before its department ("7001/QĐ-UB-KT"), and a ministry's before its drafting unit.
                let first = issuer.split(separator: "-").first.map(String.init) ?? issuer
                c.issuer = symbol.type == nil || BodyName.localStateCodes.contains(first) ? first
                    : self.issuer(afterType: issuer, type: symbol.type ?? "")
            }
        }
        var key = symbol.canonical ?? ""
        if Self.isLocal(symbol) {
            let locality = body?.locality ?? provinceNear(m) ?? articleLocality
            c.locality = locality
            key += "@\(locality ?? "?")"
        }
        c.key = catalog.canonicalKey(key)
        if symbol.malformed {
            findings.append(Finding(kind: .malformed, message: "“\(c.text)” is written against the convention; read as \(symbol.canonical ?? "?")",
                                    start: c.start, end: c.end))
        }
    }

    /// The type code a body uses for a type word: Party bodies the Party code, State bodies the
    /// State code ("Quyết định 749 của Thủ tướng" → QĐ).
    private func typeCode(kind: String, body: BodyName) -> String? {
        guard let k = DocumentKind.all.first(where: { $0.name == kind }) else { return nil }
        return body.isState ? k.stateCode : k.partyCode
    }
}
