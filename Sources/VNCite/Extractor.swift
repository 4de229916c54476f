/// Finds and resolves every citation of a Party or State document in articles.
///
/// ```swift
/// let extractor = Extractor()
/// let result = extractor.extract(Article(source: "a.txt", text: "… thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị …"))
/// result.citations[0].key  // "05-CT/TW"
/// ```
public struct Extractor: Sendable {
    public var catalog: Catalog
    /// Texts longer than this (UTF-8 bytes) are folded whole but cleaned only where it matters:
    /// the head (title, lead) and the lines that may hold a mention, with their neighbours.
    /// The results are the same as cleaning everything (a test holds them equal); memory is not.
    public var windowedAbove: Int
    /// Which articles' meetings are read: every article's (`extract`), or only those of articles
    /// that cite something (the graph keeps no other: `ExtractedArticle.citingMeeting`), which
    /// spares the meeting reader most of a corpus.
    public var meetings: MeetingScope

    public enum MeetingScope: Sendable { case everyArticle, citingArticles }

    public init(catalog: Catalog = .standard, windowedAbove: Int = 1 << 20, meetings: MeetingScope = .everyArticle) {
        self.catalog = catalog
        self.windowedAbove = windowedAbove
        self.meetings = meetings
    }

    /// One article: header, province, citations resolved within the article.
    public func extract(_ article: Article) -> ExtractedArticle {
        if article.text.utf8.count > windowedAbove { return extractWindowed(article) }
        let clean = CleanText(article.text)
        return extract(article, head: clean, citing: clean, locality: ArticleLocality.guess(clean, catalog: catalog))
    }

    /// The header and the meeting read from `head`, the citations from `citing` (the same text,
    /// or the parts of a long one that `extractWindowed` cleaned).
    func extract(_ article: Article, head: CleanText, citing: CleanText, locality: String?) -> ExtractedArticle {
        let header: (title: String?, date: CalendarDate?, headline: String?) =
            (article.title == nil || article.date == nil) ? ArticleHeader.read(head) : (nil, nil, nil)
        let date = article.date ?? header.date
        let mentions = CitationFinder(catalog: catalog).mentions(in: citing)
        let resolver = Resolver(catalog: catalog, articleDate: date, articleLocality: locality, text: citing)
        var resolved = resolver.resolve(mentions)
        DocumentTerm.assign(&resolved.citations, findings: &resolved.findings, catalog: catalog, articleDate: date)
        PlenumLink.link(&resolved.citations, findings: &resolved.findings)
        let findings = resolved.findings
        var result = ExtractedArticle(
            source: article.source, title: article.title ?? header.title, date: date, url: article.url,
            locality: locality, citations: resolved.citations, findings: findings.sorted(by: Self.findingOrder))
        guard meetings == .everyArticle || !result.citations.isEmpty else { return result }
        let title = article.title ?? header.headline
        result.meeting = MeetingReader.read(head, title: title, articleDate: date, catalog: catalog)
        // (A store's field that gives the month alone, " date 2025-06": a day of the lead written
        // without its year, "Sáng 4/6", takes that month's year when the month's last day and the next
        // read it alike — not "sáng nay", "hôm qua", which need the page's own day.)
        if date == nil, result.meeting?.date == nil, let monthEnd = ArticleHeader.exportMonthEnd(head), let next = monthEnd.adding(days: 1),
           let day = MeetingReader.read(head, title: title, articleDate: monthEnd, catalog: catalog)?.date,
           MeetingReader.read(head, title: title, articleDate: next, catalog: catalog)?.date == day {
            result.meeting?.date = day
        }
        return result
    }

    /// Many articles: each on its own, then short forms that no article resolved alone take the
    /// one document of that type and number that the other articles name ("Chỉ thị 05" → 05-CT/TW
    /// when the corpus knows exactly one Chỉ thị 05).
    public func extract(_ articles: [Article]) -> [ExtractedArticle] {
        var results = articles.map(extract)
        Self.resolveAcrossArticles(&results)
        return results
    }

    /// Resolves pending short forms against the documents all articles name fully.
    public static func resolveAcrossArticles(_ results: inout [ExtractedArticle]) {
        guard results.contains(where: { !$0.pending.isEmpty }) else { return }
        var byNumber: [String: Set<String>] = [:]
        var example: [String: Citation] = [:]
        for r in results {
            // Only keys that name one document wherever they stand: Party numbers (unique in a
            // term) and State numbers with their year. Not "749/QĐ-TTg" (its number restarts
            // every year), nor keys left open ("…?", "…@?").
            for c in r.citations where c.resolved && !c.key.hasSuffix("?") && (c.year != nil || Resolver.parsePartyKey(
                String(DocumentTerm.withoutTerm(c.key).split(separator: "@").first ?? "")) != nil) {
                guard let n = Resolver.numberValue(c.number) else { continue }
                byNumber["\(c.kind)|\(n)", default: []].insert(c.key)
                if example[c.key] == nil { example[c.key] = c }
            }
        }
        for i in results.indices where !results[i].pending.isEmpty {
            for k in results[i].citations.indices {
                let p = results[i].citations[k]
                guard !p.resolved, p.key.hasSuffix("?"), p.issuer == nil, let n = Resolver.numberValue(p.number)
                else { continue }
                let candidates = (byNumber["\(p.kind)|\(n)"] ?? []).filter {
                    // A local document of a province other than the article's is not a candidate;
                    // nor one of another year than the short form gives.
                    (example[$0]?.locality == nil || results[i].locality == nil || example[$0]?.locality == results[i].locality)
                        && (p.year == nil || example[$0]?.year == p.year)
                }
                guard candidates.count == 1, let key = candidates.first, let full = example[key] else { continue }
                var c = p
                c.key = key
                c.issuer = full.issuer
                c.locality = full.locality
                c.year = full.year
                c.resolved = true
                results[i].citations[k] = c
                results[i].findings.removeAll { $0.kind == .unresolved && $0.start == p.start }
                results[i].findings.append(Finding(
                    kind: .inferred, message: "“\(p.text)” resolved to \(key), the only one other articles name",
                    start: p.start, end: p.end))
            }
            results[i].findings.sort(by: findingOrder)
        }
    }

    static func findingOrder(_ a: Finding, _ b: Finding) -> Bool {
        ((a.start ?? -1), a.message) < ((b.start ?? -1), b.message)
    }
}
