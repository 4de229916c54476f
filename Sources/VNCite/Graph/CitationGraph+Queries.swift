extension CitationGraph {
    /// One meeting that cites a document, with the articles that report it and carry the
    /// citation (or one article, in the view by article or when it reports no meeting).
    public struct CitingMeeting: Sendable, Equatable {
        public var date: String?
        public var kind: String?
        public var host: String?
        public var title: String?
        /// The first citing article's source.
        public var source: String
        public var mentions: Int
        public var sentence: String?
        /// The meeting node ("meeting:…"), nil for an article that reports no meeting.
        public var meeting: String? = nil
        /// Every citing article's source, in order.
        public var articles: [String] = []
    }

    /// The document nodes a name given by a user may mean: "Chỉ thị 05-CT/TW", "chi thi 05",
    /// "04-NQ/TW", "Nghị quyết Trung ương 4 khóa XII". Exact keys first; a short form matches
    /// every document of that type and number.
    public func documents(named query: String, extractor: Extractor = Extractor()) -> [Node] {
        let read = extractor.extract(Article(source: "query", text: query))
        let docs = nodes.filter { $0.kind == .document }
        if let first = read.citations.first {
            // A full key, or a partial one as the graph shows it ("Thông tư 05 của BTC").
            let exact = docs.filter { $0.attributes["key"] == .string(first.key) }
            if !exact.isEmpty { return exact }
            // "18-NQ/TW" without its term: the document of every term the graph holds.
            let base = DocumentTerm.withoutTerm(first.key)
            let terms = docs.filter { if case .string(let k) = $0.attributes["key"] { DocumentTerm.withoutTerm(k) == base } else { false } }
            if !terms.isEmpty { return terms }
            if first.resolved {
                // "05-NQ/TU@?" in a query: any province.
                guard first.key.hasSuffix("@?") else { return [] }
                let prefix = String(first.key.dropLast(1))
                return docs.filter { if case .string(let k) = $0.attributes["key"] { return k.hasPrefix(prefix) } else { return false } }
            }
        }
        guard let short = read.citations.first, let number = short.number.map(DocumentSymbol.canonicalNumber) else {
            // "Nghị quyết Trung ương 4" names a plenum of every term: every one the graph has.
            let keys = Set(extractor.catalog.termStarts.compactMap {
                extractor.extract(Article(source: "query", text: query, date: $0)).citations.first?.key
            })
            return docs.filter { if case .string(let k) = $0.attributes["key"] { return keys.contains(k) } else { return false } }
        }
        return docs.filter { node in
            guard case .string(let kind) = node.attributes["docKind"], kind == short.kind,
                  case .string(let n) = node.attributes["number"] else { return false }
            return DocumentSymbol.canonicalNumber(n) == number
        }
    }

    /// Whether a user's name for an article names its source: the whole source, or its end after a
    /// folder's "/" or a corpus's "#" ("KD_VNE_T_1042.txt", "Test_Full/Kinh_doanh/KD_VNE_T_1042.txt"
    /// of "corpus.jsonl#Test_Full/Kinh_doanh/KD_VNE_T_1042.txt").
    public static func name(_ name: String, names source: String) -> Bool {
        source == name || source.hasSuffix("/" + name) || source.hasSuffix("#" + name)
    }

    /// The articles that cite a document, by date then source: one row each.
    public func articles(citing documentID: String) -> [CitingMeeting] {
        articles(citingAny: [documentID])
    }

    /// The articles that cite any of the documents: the partial keys that each article has of its
    /// own ("Nghị quyết 09?" of two articles, which may or may not be one document).
    public func articles(citingAny documentIDs: Set<String>) -> [CitingMeeting] {
        let byID = Dictionary(uniqueKeysWithValues: nodes.map { ($0.id, $0) })
        let reports = Dictionary(edges.filter { $0.relation == .reports }.map { ($0.source, $0.target) },
                                 uniquingKeysWith: { a, _ in a })
        var out: [CitingMeeting] = []
        for e in edges where e.relation == .cites && documentIDs.contains(e.target) {
            guard let a = byID[e.source] else { continue }
            let source = a.string("source") ?? a.id
            out.append(CitingMeeting(
                date: a.string("meetingDate") ?? a.string("date"), kind: a.string("meetingKind"),
                host: a.string("meetingHost"), title: a.string("title"), source: source,
                mentions: e.int("mentions") ?? 1, sentence: e.string("sentence"), meeting: reports[a.id],
                articles: [source]))
        }
        return out.sorted { ($0.date ?? "", $0.source) < ($1.date ?? "", $1.source) }
    }

    /// The meetings that cite a document, by date then first source: the articles that report
    /// one meeting are one row; an article that reports no meeting is a row of its own.
    public func meetings(citing documentID: String) -> [CitingMeeting] {
        meetings(citingAny: [documentID])
    }

    /// The meetings that cite any of the documents, a row each, as `meetings(citing:)`.
    public func meetings(citingAny documentIDs: Set<String>) -> [CitingMeeting] {
        var rows: [String: CitingMeeting] = [:]
        var order: [String] = []
        for a in articles(citingAny: documentIDs) {
            let key = a.meeting ?? "article:" + a.source
            if var row = rows[key] {
                row.mentions += a.mentions
                row.articles.append(a.source)
                rows[key] = row
            } else {
                var row = a
                if let id = a.meeting, let m = node(id: id) {
                    row.date = m.string("meetingDate") ?? a.date
                    row.host = m.string("meetingHost") ?? a.host
                    row.kind = m.string("meetingKind") ?? a.kind
                }
                rows[key] = row
                order.append(key)
            }
        }
        return order.compactMap { rows[$0] }.sorted { ($0.date ?? "", $0.source) < ($1.date ?? "", $1.source) }
    }

    /// The plenums that adopted a document ("NQ-HNTW5/XII" for 12-NQ/TW khóa XII): a meeting that
    /// cites the plenum may mean the document, or another the plenum adopted.
    public func plenums(adopting documentID: String) -> [Node] {
        edges.filter { $0.relation == .adopted && $0.target == documentID }.compactMap { node(id: $0.source) }
    }

    /// What one article cites: (document node, mentions, first citing sentence), by key.
    public func citations(of articleID: String) -> [(document: Node, mentions: Int, sentence: String?)] {
        let byID = Dictionary(uniqueKeysWithValues: nodes.map { ($0.id, $0) })
        return edges.filter { $0.relation == .cites && $0.source == articleID }
            .compactMap { e in byID[e.target].map { ($0, e.int("mentions") ?? 1, e.string("sentence")) } }
    }

    /// Documents ranked by the number of meetings that cite them (a meeting reported by several
    /// articles once), then by the number of articles that cite them (those that report no
    /// meeting too), within a period of the meetings' dates and of one type if asked.
    public func top(since: CalendarDate? = nil, until: CalendarDate? = nil, kind: String? = nil)
        -> [(document: Node, meetings: Int, articles: Int)]
    {
        let byID = Dictionary(uniqueKeysWithValues: nodes.map { ($0.id, $0) })
        let reports = Dictionary(edges.filter { $0.relation == .reports }.map { ($0.source, $0.target) },
                                 uniquingKeysWith: { a, _ in a })
        // A meeting reported by three articles counts once.
        var citing: [String: Set<String>] = [:]
        var articles: [String: Set<String>] = [:]
        for e in edges where e.relation == .cites {
            guard let a = byID[e.source], let d = byID[e.target] else { continue }
            if let kind, Catalog.fold(d.string("docKind") ?? "") != Catalog.fold(kind) { continue }
            if since != nil || until != nil {
                guard let day = (a.string("meetingDate") ?? a.string("date")).flatMap(CalendarDate.init(iso:)) else { continue }
                if let since, day < since { continue }
                if let until, day > until { continue }
            }
            if let meeting = reports[a.id] { citing[d.id, default: []].insert(meeting) }
            articles[d.id, default: []].insert(a.id)
        }
        return articles.compactMap { id, a in byID[id].map { ($0, citing[id]?.count ?? 0, a.count) } }
            .sorted { ($1.meetings, $1.articles, $0.document.id) < ($0.meetings, $0.articles, $1.document.id) }
    }
}

extension CitationGraph.Node {
    public func string(_ name: String) -> String? {
        if case .string(let s) = attributes[name] { return s }
        return nil
    }
}

extension CitationGraph.Edge {
    public func string(_ name: String) -> String? {
        if case .string(let s) = attributes[name] { return s }
        return nil
    }

    public func int(_ name: String) -> Int? {
        if case .int(let n) = attributes[name] { return n }
        return nil
    }
}
