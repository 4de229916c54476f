extension CitationGraph {
    /// What the catalogue of Party documents adds to a graph: a document's title, date, term and
    /// plenum with where they were read ("18-NQ/TW khóa XII": 2017-10-25, plenum 6, "Một số vấn
    /// đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy …"), and an `adopted` edge from a plenum
    /// ("Nghị quyết Trung ương 5 khóa XII", NQ-HNTW5/XII) to each document it adopted (10-, 11- and
    /// 12-NQ/TW khóa XII), with a node for each, cited or not.
    static func addCatalogue(_ catalog: Catalog, nodes: inout [String: Node], edges: inout [String: Edge]) {
        for (id, node) in nodes where node.kind == .document {
            guard case .string(let key) = node.attributes["key"] else { continue }
            if let d = catalog.partyDocument(key: key) {
                nodes[id]?.describe(d)
            } else if let (plenum, term) = plenum(of: key) {
                for d in catalog.partyDocuments(plenum: plenum, term: term) {
                    let target = "document:\(d.key)"
                    if nodes[target] == nil {
                        var n = Node(id: target, kind: .document, label: d.key, attributes: [
                            "kind": .string("document"), "label": .string(d.key), "key": .string(d.key),
                            "docKind": .string(d.kind), "citations": .int(0), "citingArticles": .int(0), "resolved": .bool(true),
                        ])
                        if let symbol = Resolver.parsePartyKey(d.symbol) {
                            n.attributes["number"] = .string(symbol.number)
                            n.attributes["issuer"] = .string(symbol.issuer ?? "TW")
                        }
                        n.describe(d)
                        nodes[target] = n
                    }
                    edges["\(id)|\(target)|adopted"] = Edge(source: id, target: target, relation: .adopted)
                }
            }
        }
    }

    /// "NQ-HNTW5/XII" → (5, "XII").
    public static func plenum(of key: String) -> (Int, String)? {
        guard let r = key.range(of: "-HNTW"), let slash = key[r.upperBound...].firstIndex(of: "/"),
              let n = Int(key[r.upperBound..<slash]) else { return nil }
        let term = String(key[key.index(after: slash)...])
        return Roman.value(term) != nil ? (n, term) : nil
    }
}

extension CitationGraph.Node {
    /// The catalogue's facts, over what the articles said: they come from the document itself.
    mutating func describe(_ d: PartyDocument) {
        attributes["title"] = .string(d.title)
        attributes["date"] = .string(d.date.iso)
        attributes["term"] = .string(d.term)
        if let p = d.plenum { attributes["plenum"] = .int(p) }
        attributes["catalogStatus"] = .string(d.status)
        attributes["catalogSource"] = .string(d.source)
    }
}
