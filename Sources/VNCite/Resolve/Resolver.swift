/// Gives each mention of one article its canonical document.
///
/// A full number is its own key ("Chỉ thị số 05-CT/TW" → 05-CT/TW). A short form takes the code
/// of the body that issued it ("Chỉ thị 05 của Bộ Chính trị" → 05-CT/TW; "Nghị quyết số 05 của
/// Ban chấp hành Đảng bộ tỉnh" → 05-NQ/TU@province), or the key of the one full form of the same
/// type and number in the article ("Nghị quyết 54" … "Nghị quyết 54-NQ/TW"). Local documents are
/// keyed with their province. What cannot be resolved is left out and reported as a finding.
struct Resolver {
    let catalog: Catalog
    let articleDate: CalendarDate?
    let articleLocality: String?
    let text: CleanText

    struct Result {
        var citations: [Citation] = []
        /// Short forms with no key yet; the corpus may resolve them ("Nghị quyết 57").
        var pending: [Citation] = []
        var findings: [Finding] = []
    }

    func resolve(_ mentions: [Mention]) -> Result {
        var result = Result()
        var resolved: [(Mention, Citation)] = []
        var shortForms: [(Mention, Citation)] = []
        var stateShortForms: [(Mention, Citation)] = []
        for m in mentions {
            var c = base(m)
            switch m.form {
            case .symbol(let symbol):
                resolveSymbol(symbol, mention: m, into: &c, findings: &result.findings)
                c.name = m.lawName
                resolved.append((m, c))
            case .shortNumber(let number):
                c.number = number
                // "Nghị định 187": every Nghị định is the Government's.
                let body = m.qualifiers.body ?? m.precedingBody
                    ?? (m.kind == "Nghị định" ? BodyName(text: "", code: "CP", isLocal: false) : nil)
                if let body, let code = typeCode(kind: m.kind, body: body) {
                    let symbol = DocumentSymbol(number: number, year: nil, type: code, issuer: body.code,
                                                system: isStateBody(body) ? .state : .party)
                    resolveSymbol(symbol, mention: m, into: &c, findings: &result.findings)
                    c.symbol = nil  // the text wrote no symbol
                    if body.text.isEmpty { c.issuerName = nil }
                    if symbol.system == .state {
                        // State numbers restart every year: without the year the key is only a
                        // guess, kept to this article unless a full number is found below.
                        stateShortForms.append((m, c))
                    } else {
                        resolved.append((m, c))
                    }
                } else {
                    shortForms.append((m, c))
                }
            case .plenum(let plenum, let writtenTerm):
                c.plenum = plenum
                c.issuer = "TW"
                var term = writtenTerm ?? m.qualifiers.term
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
            case .congress(let roman, let local):
                c.congress = roman
                if local {
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
                c.name = name
                c.year = year
                let key = "\(m.kind) \(Self.lawKeyName(name))" + (year.map { " \($0)" } ?? "")
                c.key = catalog.canonicalKey(key)
                resolved.append((m, c))
            }
        }

        // Short forms: the one document of the same type and number that the article names fully.
        for (m, var c) in shortForms {
            let value = Self.numberValue(c.number)
            let candidates = Set(resolved.map(\.1).filter {
                value != nil && $0.kind == c.kind && Self.numberValue($0.number) == value
            }.map(\.key))
            if candidates.count == 1, let key = candidates.first,
               let full = resolved.first(where: { $0.1.key == key })?.1 {
                c.key = key
                c.issuer = full.issuer
                c.locality = full.locality
                c.year = full.year
                resolved.append((m, c))
            } else {
                c.key = "\(c.kind) \(c.number ?? "")?"
                if candidates.count > 1 {
                    result.findings.append(Finding(
                        kind: .ambiguous,
                        message: "“\(c.text)” may be \(candidates.sorted().joined(separator: " or "))",
                        start: c.start, end: c.end))
                }
                result.pending.append(c)
            }
        }

        // "Nghị định 187 của Chính phủ" … "Nghị định 187/2004/NĐ-CP": the full number of the same
        // type, number and issuer in the article; else a key kept to the article.
        for (m, var c) in stateShortForms {
            let value = Self.numberValue(c.number)
            let full = resolved.filter {
                $0.1.kind == c.kind && Self.numberValue($0.1.number) == value && $0.1.symbol != nil
                    && ($0.1.issuer ?? "").hasPrefix(c.issuer ?? "")
            }
            if Set(full.map(\.1.key)).count == 1, let f = full.first?.1 {
                c.key = f.key
                c.year = f.year
                c.locality = f.locality
            } else {
                c.key += "?"
            }
            resolved.append((m, c))
        }

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

    private func base(_ m: Mention) -> Citation {
        let span = text.originalSpan(m.range)
        var c = Citation(text: span.text, start: span.start, end: span.end, key: "", kind: m.kind)
        c.sentence = text.sentence(around: m.range)
        let q = m.qualifiers
        let body = q.body ?? m.precedingBody
        c.issuerName = body?.text
        c.date = q.date
        c.term = q.term
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
                c.issuer = symbol.type == nil ? issuer.split(separator: "-").first.map(String.init) : issuer
            }
        }
        var key = symbol.canonical ?? ""
        if Self.isLocal(symbol) {
            let locality = body?.locality ?? articleLocality
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
        return isStateBody(body) ? k.stateCode : k.partyCode
    }

    private func isStateBody(_ body: BodyName) -> Bool {
        ["CP", "TTg", "HĐBT", "QH", "UBTVQH", "UBND", "HĐND"].contains(body.code)
    }

    /// Documents unique only within a province or organisation.
    static func isLocal(_ symbol: DocumentSymbol) -> Bool {
        guard let issuer = symbol.issuer else { return false }
        switch symbol.system {
        case .party:
            if issuer == "TW" || issuer.hasSuffix("TW") { return false }
            return true
        case .state:
            let first = issuer.split(separator: "-").first.map(String.init) ?? issuer
            return first == "UBND" || first == "HĐND" || first.hasPrefix("UBND") || first.hasPrefix("HĐND")
        }
    }

    static func numberValue(_ s: String?) -> String? {
        guard let s else { return nil }
        return DocumentSymbol.canonicalNumber(s)
    }

    /// "04-NQ/TW" → number 04, type NQ, issuer TW.
    static func parsePartyKey(_ key: String) -> DocumentSymbol? {
        let parts = key.split(separator: "/")
        guard parts.count == 2, let dash = parts[0].firstIndex(of: "-") else { return nil }
        let number = String(parts[0][..<dash])
        guard Int(number) != nil else { return nil }
        return DocumentSymbol(number: number, year: nil, type: String(parts[0][parts[0].index(after: dash)...]),
                              issuer: String(parts[1]), system: .party)
    }

    /// "báo chí" → "Báo chí": one spelling of a law's name for its key.
    static func lawKeyName(_ name: String) -> String {
        let lower = name.lowercased()
        guard let first = lower.first else { return name }
        return first.uppercased() + lower.dropFirst()
    }
}
