extension CitationGraph {
    /// The graph of many articles: one node per article, per canonical document and per body.
    /// A document cited by three articles is one node with three `cites` edges; local documents
    /// of two provinces are two nodes; a document whose key the text left open ("…@?", "…?") is
    /// kept to its article, so it never merges with another article's. An article brings its
    /// meeting only when it cites something (`ExtractedArticle.citingMeeting`).
    public init(articles: [ExtractedArticle], catalog: Catalog = .standard) {
        var nodes: [String: Node] = [:]
        var edges: [String: Edge] = [:]
        var citing: [String: Set<String>] = [:]
        var mentionCount: [String: Int] = [:]
        var issuerNames: [String: [String: Int]] = [:]
        var reported: [MeetingIdentity.Reported] = []
        var hostBodies: [String: String] = [:]

        // Sorted by source, so the graph is the same whatever order the files were listed in.
        for article in articles.sorted(by: { $0.source < $1.source }) {
            let articleID = "article:\(article.source)"
            nodes[articleID] = Self.articleNode(article, id: articleID)
            for c in article.citations {
                let docID = Self.documentID(c, source: article.source)
                mentionCount[docID, default: 0] += 1
                citing[docID, default: []].insert(articleID)
                if nodes[docID] == nil { nodes[docID] = Self.documentNode(c, id: docID) }
                nodes[docID]?.fill(from: c)
                let citeID = "\(articleID)|\(docID)|cites"
                if var e = edges[citeID] {
                    if case .int(let n) = e.attributes["mentions"] { e.attributes["mentions"] = .int(n + 1) }
                    edges[citeID] = e
                } else {
                    var attributes: [String: GraphValue] = ["mentions": .int(1)]
                    if let s = c.sentence { attributes["sentence"] = .string(s) }
                    edges[citeID] = Edge(source: articleID, target: docID, relation: .cites, attributes: attributes)
                }
                if let name = c.issuerName {
                    let bodyID = Self.bodyID(name, catalog: catalog,
                                             province: c.locality ?? article.locality, source: article.source)
                    issuerNames[docID, default: [:]][bodyID, default: 0] += 1
                    if nodes[bodyID] == nil {
                        nodes[bodyID] = Self.bodyNode(name, id: bodyID)
                    }
                }
                if let target = c.implements {
                    let targetID = Self.documentID(key: target, source: article.source)
                    edges["\(docID)|\(targetID)|implements"] = Edge(source: docID, target: targetID, relation: .implements)
                }
            }
            if let meeting = article.citingMeeting {
                var hostID: String?
                if let host = meeting.host {
                    let bodyID = Self.bodyID(host, catalog: catalog,
                                             province: article.locality, source: article.source)
                    if nodes[bodyID] == nil { nodes[bodyID] = Self.bodyNode(host, id: bodyID) }
                    hostID = bodyID
                    hostBodies[articleID] = bodyID
                }
                reported.append(.init(articleID: articleID, meeting: meeting, hostID: hostID))
            }
        }
        // One meeting node per meeting, shared by the articles that report it.
        let meetingIDs = MeetingIdentity.ids(reported)
        for r in reported.sorted(by: { $0.articleID < $1.articleID }) {
            guard let id = meetingIDs[r.articleID] else { continue }
            if nodes[id] == nil { nodes[id] = Self.meetingNode(r.meeting, id: id) }
            nodes[id]?.fillMeeting(from: r.meeting)
            edges["\(r.articleID)|\(id)|reports"] = Edge(source: r.articleID, target: id, relation: .reports)
            if let body = hostBodies[r.articleID] {
                edges["\(id)|\(body)|held_by"] = Edge(source: id, target: body, relation: .heldBy)
            }
        }
        // (Counted once: a corpus has thousands of meetings.)
        let reportCounts = Dictionary(meetingIDs.values.map { ($0, 1) }, uniquingKeysWith: +)
        for (id, reports) in reportCounts {
            nodes[id]?.attributes["reportingArticles"] = .int(reports)
            // (A shared meeting's label says the day a later report gave, when the first gave none.)
            if reports > 1, let node = nodes[id] {
                let label = Self.meetingLabel(date: node.string("meetingDate"), kind: node.string("meetingKind"), host: node.string("meetingHost"))
                nodes[id]?.label = label
                nodes[id]?.attributes["label"] = .string(label)
            }
        }
        // A document is issued by the body the articles name most (ties: the first in order).
        for (docID, names) in issuerNames {
            guard let body = names.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }).first?.key else { continue }
            edges["\(docID)|\(body)|issued_by"] = Edge(source: docID, target: body, relation: .issuedBy)
        }
        for (docID, n) in mentionCount {
            nodes[docID]?.attributes["citations"] = .int(n)
            nodes[docID]?.attributes["citingArticles"] = .int(citing[docID]?.count ?? 0)
        }
        // Implemented documents that no article cites directly still get a node.
        for e in edges.values where e.relation == .implements && nodes[e.target] == nil {
            let key = String(e.target.dropFirst("document:".count))
            nodes[e.target] = Node(id: e.target, kind: .document, label: key,
                                   attributes: ["kind": .string("document"), "key": .string(key), "label": .string(key),
                                                "citations": .int(0), "citingArticles": .int(0)])
        }
        Self.addCatalogue(catalog, nodes: &nodes, edges: &edges)
        self.init(nodes: Array(nodes.values), edges: Array(edges.values))
    }

    // MARK: - Identities

    static func documentID(_ c: Citation, source: String) -> String { documentID(key: c.key, source: source) }

    /// The node id of the document a citation's key names in an article: "document:05-CT/TW";
    /// a key the text left open is kept to its article ("document:Nghị quyết 412?#seeds/a.txt").
    public static func documentID(key: String, source: String) -> String {
        key.hasSuffix("?") ? "document:\(key)#\(source)" : "document:\(key)"
    }

    /// The node id of a body: "body:ban chap hanh trung uong"; a local body's is kept to its
    /// province, the one its name ends in ("HĐND TP HCM") or else the article's (with the rank that
    /// stands for it dropped: `BodyNames.withoutRank`). A body is local
    /// unless the catalogue knows it as central by its name or by its name spelt out ("QH" is the
    /// Quốc hội).
    static func bodyID(_ name: String, catalog: Catalog, province: String?, source: String) -> String {
        let (identity, named) = BodyNames.parts(name, catalog: catalog)
        let local = (catalog.issuer(forBody: Catalog.fold(name)) ?? catalog.issuer(forBody: identity))?.isLocal
            ?? !BodyNames.isNational(identity)
        guard local else { return "body:\(identity)" }
        if named == nil, let province { return "body:\(BodyNames.withoutRank(identity, in: province))@\(province)" }
        return "body:\(identity)@\(named ?? "?#\(source)")"
    }

    // MARK: - Nodes

    static func articleNode(_ a: ExtractedArticle, id: String) -> Node {
        let title = a.title ?? a.source.split(separator: "/").last.map(String.init) ?? a.source
        let label = [a.date?.iso, shortened(title, to: 32)].compactMap { $0 }.joined(separator: " ")
        var attributes: [String: GraphValue] = [
            "kind": .string("article"), "label": .string(label), "title": .string(title), "source": .string(a.source),
        ]
        if let d = a.date { attributes["date"] = .string(d.iso) }
        if let u = a.url { attributes["url"] = .string(u) }
        if let p = a.locality { attributes["province"] = .string(p) }
        if let m = a.citingMeeting {
            attributes["meetingKind"] = .string(m.kind)
            if let d = m.date { attributes["meetingDate"] = .string(d.iso) }
            if let h = m.host { attributes["meetingHost"] = .string(h) }
            if let c = m.chair { attributes["chair"] = .string(c) }
            if let p = m.place { attributes["meetingPlace"] = .string(p) }
        }
        return Node(id: id, kind: .article, label: label, attributes: attributes)
    }

    static func documentNode(_ c: Citation, id: String) -> Node {
        // "12-NQ/TU (Thừa Thiên Huế)"; a key the text left open shows its words.
        let label = c.key.hasSuffix("?") ? c.text
            : c.key.replacingOccurrences(of: "@", with: " (") + (c.key.contains("@") ? ")" : "")
        var attributes: [String: GraphValue] = [
            "kind": .string("document"), "label": .string(label), "key": .string(c.key), "docKind": .string(c.kind),
        ]
        if let p = c.plenum { attributes["plenum"] = .int(p) }
        // A partial key ("Thông tư 05 của BTC", "Nghị quyết 412?") names no one document for sure.
        attributes["resolved"] = .bool(c.resolved)
        return Node(id: id, kind: .document, label: label, attributes: attributes)
    }

    /// "2018-06-13 hội nghị Ban Thường vụ Tỉnh ủy Vĩnh Phúc": a meeting's label.
    static func meetingLabel(date: String?, kind: String?, host: String?) -> String {
        [date, kind, host.map { shortened($0, to: 28) }].compactMap { $0 }.joined(separator: " ")
    }

    static func meetingNode(_ m: Meeting, id: String) -> Node {
        let label = meetingLabel(date: m.date?.iso, kind: m.kind, host: m.host)
        return Node(id: id, kind: .meeting, label: label, attributes: [
            "kind": .string("meeting"), "label": .string(label), "meetingKind": .string(m.kind),
        ])
    }

    static func bodyNode(_ name: String, id: String) -> Node {
        let display = BodyNames.display(name)
        // A local body's province is the one its id keeps (none when kept to its article: "@?#…").
        let province = id.split(separator: "@", maxSplits: 1).dropFirst().first.map(String.init).flatMap { $0.hasPrefix("?#") ? nil : $0 }
        let label = province.map { "\(display) (\($0))" } ?? display
        var attributes: [String: GraphValue] = ["kind": .string("body"), "label": .string(label), "name": .string(display)]
        if let p = province { attributes["province"] = .string(p) }
        return Node(id: id, kind: .body, label: label, attributes: attributes)
    }

    static func shortened(_ s: String, to n: Int) -> String {
        // (A string of no more code points than that has no more characters.)
        guard s.unicodeScalars.count > n, s.count > n else { return s }
        var head = s.prefix(n - 1)
        while head.last?.isWhitespace == true { head = head.dropLast() }
        while head.first?.isWhitespace == true { head = head.dropFirst() }
        return head + "…"
    }
}

extension CitationGraph.Node {
    /// Takes what an article says of its meeting where the node does not know it yet (articles
    /// come in source order, so the first article's words win).
    mutating func fillMeeting(from m: Meeting) {
        func set(_ name: String, _ value: String?) {
            if attributes[name] == nil, let value { attributes[name] = .string(value) }
        }
        set("what", m.what)
        set("meetingHost", m.host)
        set("meetingDate", m.date?.iso)
        set("chair", m.chair)
        set("meetingPlace", m.place)
    }

    /// Takes what a mention says of its document where the node does not know it yet.
    mutating func fill(from c: Citation) {
        func set(_ name: String, _ value: GraphValue?) {
            if attributes[name] == nil, let value { attributes[name] = value }
        }
        set("number", c.number.map { .string($0) })
        set("year", c.year.map { .int($0) })
        set("issuer", c.issuer.map { .string($0) })
        set("term", c.term.map { .string($0) })
        set("congress", c.congress.map { .string($0) })
        set("lawName", c.name.map { .string($0) })
        set("subject", c.subject.map { .string($0) })
        set("date", c.date.map { .string($0.iso) })
        set("province", c.locality.map { .string($0) })
    }
}
