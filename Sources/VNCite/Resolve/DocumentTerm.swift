/// The term (or year) within which a document's number names one document, in its key: Party
/// committees number their documents anew in every term (vn-document-ids §2.2), so "18-NQ/TW" of
/// 25/10/2017 (khóa XII, on the political system) and of 16/6/2022 (khóa XIII, on land) are two
/// documents.
///
/// - "Nghị quyết số 18-NQ/TW ngày 16/6/2022" → "18-NQ/TW khóa XIII" (the date's term);
/// - "Nghị quyết 18-NQ/TW của BCH Trung ương khóa XII" → "18-NQ/TW khóa XII" (the stated term);
/// - "Nghị quyết 18-NQ/TW về đất đai" → the catalogued 18-NQ/TW whose title fits the subject;
/// - "Nghị quyết 18-NQ/TW" in a 2019 article → khóa XII, the only one catalogued before 2019
///   (unless its "về …" says the catalogued one is another document; not in an undated article);
/// - "Nghị quyết 18-NQ/TW" in a 2023 article, nothing else → "18-NQ/TW", and a finding names both;
/// - "Nghị quyết số 05-NQ/TU ngày 10/3/2021 của Tỉnh ủy" → "05-NQ/TU nhiệm kỳ 2020–2025@…";
/// - "Nghị quyết Trung ương 5 khóa XII về doanh nghiệp nhà nước" → "12-NQ/TW khóa XII", what that
///   plenum adopted on the subject;
/// - "Quyết định số 749/QĐ-TTg ngày 3/6/2020" → "749/QĐ-TTg năm 2020": administrative State numbers
///   restart every year too (normative ones carry their year in the number).
public enum DocumentTerm {
    static func key(_ symbol: String, term: String) -> String { "\(symbol) khóa \(term)" }

    /// "18-NQ/TW khóa XII" → "18-NQ/TW"; "05-NQ/TU nhiệm kỳ 2020–2025@Huế" → "05-NQ/TU@Huế";
    /// "749/QĐ-TTg năm 2020" → "749/QĐ-TTg".
    public static func withoutTerm(_ key: String) -> String {
        let at = key.firstIndex(of: "@") ?? key.endIndex
        var head = key[..<at]
        for marker in [" khóa ", " nhiệm kỳ ", " năm "] {
            if let r = head.firstRange(of: marker) { head = head[..<r.lowerBound] }
        }
        return String(head) + key[at...]
    }

    static func assign(_ citations: inout [Citation], findings: inout [Finding], catalog: Catalog, articleDate: CalendarDate?) {
        var undated: [Int] = []
        for i in citations.indices where citations[i].resolved {
            var c = citations[i]
            // "05-NQ/TU@Thừa Thiên Huế": the number, then the province of a local document.
            let head = c.key.split(separator: "@", maxSplits: 1).first.map(String.init) ?? c.key
            let place = c.key.dropFirst(head.count)
            let party = Resolver.parsePartyKey(head)
            if c.plenum != nil, c.key.contains("-HNTW") {
                adopted(&c, findings: &findings, catalog: catalog)
            } else if let party, !place.isEmpty, party.issuer != "TW" {
                // A local committee's term from the document's own date.
                if let date = c.date, let years = catalog.localTerm(on: date) { c.key = "\(head) nhiệm kỳ \(years)\(place)" }
            } else if place.isEmpty, party?.issuer == "TW" {
                if !central(&c, findings: &findings, catalog: catalog) { undated.append(i) }
            } else if party == nil, c.year == nil, c.symbol != nil, let date = c.date {
                // An administrative State number restarts every year: "Quyết định số 749/QĐ-TTg ngày
                // 3/6/2020" → "749/QĐ-TTg năm 2020".
                c.key = "\(head) năm \(date.year)\(place)"
            }
            citations[i] = c
        }
        // A central document the text neither dates nor terms is its article's own of that number
        // ("Chỉ thị số 45-CT/TW ngày 20/6/2020 …" then "Chỉ thị 45"), else the catalogue's.
        let termed = Set(citations.filter { $0.resolved && $0.key.contains(" khóa ") }.map(\.key))
        for i in undated where !termed.contains(where: { withoutTerm($0) == citations[i].key }) {
            fromCatalogue(&citations[i], findings: &findings, catalog: catalog, articleDate: articleDate)
        }
        // A mention without a term (or year) takes the one termed key of the same number in its
        // article: "Chỉ thị số 05-CT/TW ngày 15/5/2016 …" then "Chỉ thị 05-CT/TW".
        let keysByBase = Dictionary(grouping: Set(citations.filter(\.resolved).map(\.key)), by: withoutTerm)
        for i in citations.indices where citations[i].resolved && withoutTerm(citations[i].key) == citations[i].key {
            let termed = (keysByBase[citations[i].key] ?? []).filter { $0 != citations[i].key }
            guard termed.count == 1, let key = termed.first else { continue }
            // ("Nghị quyết Trung ương 8 khóa XI", the Central Committee's 28-NQ/TW, then "Nghị quyết 28 của
            // Bộ Chính trị": another body's number 28, another document.)
            if let named = citations[i].issuerName.flatMap(centralBodyNamed),
               let other = issuingBody(of: key, in: citations, catalog: catalog), other != named { continue }
            if let t = citations.first(where: { $0.key == key })?.term, key.contains(" khóa ") { citations[i].term = t }
            citations[i].key = key
        }
    }

    /// A central document: the term of its date or the term the text states; false when the text
    /// gives neither (the article's own or the catalogue's then, `fromCatalogue`).
    private static func central(_ c: inout Citation, findings: inout [Finding], catalog: Catalog) -> Bool {
        let symbol = c.key
        let dated = c.date.flatMap(catalog.term(on:))
        if let dated, let stated = c.term, stated != dated {
            findings.append(Finding(kind: .ambiguous, message: "“\(c.text)” is dated in term \(dated) but the text says khóa \(stated); kept as \(symbol)",
                                    start: c.start, end: c.end))
            return true
        }
        guard let term = dated ?? c.term else { return false }
        c.term = term
        c.key = key(symbol, term: term)
        return true
    }

    /// A central document's term from the catalogue: the one document of that number the subject
    /// names, or the only one catalogued before the article's date.
    private static func fromCatalogue(_ c: inout Citation, findings: inout [Finding], catalog: Catalog, articleDate: CalendarDate?) {
        let symbol = c.key
        var pool = catalog.partyDocuments(symbol: symbol)
        if let articleDate { pool = pool.filter { $0.date <= articleDate } }
        // "Nghị quyết 36 của Bộ Chính trị" is not the Central Committee's 36-NQ/TW.
        if let named = c.issuerName.flatMap(centralBody) { pool = pool.filter { centralBody($0.issuer) == named } }
        // The subject names one of them; else one candidate is taken only when the article's date
        // bounds it, within ten years (the catalogue lists terms XI–XIV: without a date, "Nghị quyết
        // 8 … về cải cách tư pháp" may be the 08-NQ/TW of 2002), and no subject says otherwise.
        var chosen: PartyDocument?
        if let subject = c.subject, let best = SubjectMatch.best(subject, among: pool.map(\.title)) {
            chosen = pool[best]
        } else if pool.count == 1, let articleDate, articleDate.year - pool[0].date.year <= 10,
                  c.subject.map({ SubjectMatch.score($0, pool[0].title) >= 0.3 }) ?? true {
            chosen = pool[0]
        }
        if let d = chosen {
            c.term = d.term
            c.key = key(symbol, term: d.term)
            findings.append(Finding(kind: .inferred, message: "term \(d.term) of “\(c.text)” from the catalogue: \(symbol) of \(d.date.iso)",
                                    start: c.start, end: c.end))
        } else if !pool.isEmpty {
            let which = pool.map { "\(key(symbol, term: $0.term)) (\($0.date.iso))" }.joined(separator: " or ")
            let more = pool.count == 1 ? " or one of a term the catalogue does not list" : ""
            findings.append(Finding(kind: .ambiguous, message: "“\(c.text)” may be \(which)\(more); kept as \(symbol)",
                                    start: c.start, end: c.end))
        }
    }

    /// Which central body issued the document of a termed key: the catalogue's, else the one its
    /// citations name.
    static func issuingBody(of key: String, in citations: [Citation], catalog: Catalog) -> String? {
        let symbol = withoutTerm(key)
        if let d = catalog.partyDocuments(symbol: symbol).first(where: { Self.key(symbol, term: $0.term) == key }) {
            return centralBody(d.issuer)
        }
        return citations.lazy.filter { $0.key == key }.compactMap { $0.issuerName.flatMap(centralBody) }.first
    }

    /// Which central body a name is, when the name is that body's own, not another body's that holds
    /// its words ("Đảng bộ Khối các cơ quan Trung ương").
    static func centralBodyNamed(_ name: String) -> String? {
        let folded = Catalog.fold(name)
        return ["bo chinh tri", "ban bi thu", "ban chap hanh trung uong", "bch trung uong", "bch tw", "trung uong", "hoi nghi trung uong"]
            .contains { folded.hasPrefix($0) } ? centralBody(name) : nil
    }

    /// Which central body a name is: "Bộ Chính trị", "Ban Bí thư", or the Central Committee
    /// ("Ban Chấp hành Trung ương Đảng", "Trung ương", "Hội nghị Trung ương").
    static func centralBody(_ name: String) -> String? {
        let folded = Catalog.fold(name)
        if folded.contains("bo chinh tri") { return "BCT" }
        if folded.contains("ban bi thu") { return "BBT" }
        if folded.contains("trung uong") { return "BCH" }
        return nil
    }

    /// "Nghị quyết Trung ương 5 khóa XII về doanh nghiệp nhà nước": the one document of that plenum
    /// whose title fits the subject; otherwise the plenum stays itself.
    private static func adopted(_ c: inout Citation, findings: inout [Finding], catalog: Catalog) {
        guard let plenum = c.plenum, let term = c.term, let subject = c.subject else { return }
        let documents = catalog.partyDocuments(plenum: plenum, term: term).filter { $0.kind == c.kind }
        guard let best = SubjectMatch.best(subject, among: documents.map(\.title)) else { return }
        let d = documents[best]
        findings.append(Finding(kind: .inferred, message: "“\(c.text)” about “\(subject)” is \(d.symbol) of plenum \(plenum), khóa \(term), in the catalogue",
                                start: c.start, end: c.end))
        c.key = d.key
        if let symbol = Resolver.parsePartyKey(d.symbol) {
            c.number = symbol.number
            c.issuer = symbol.issuer
        }
    }
}
