import VNCite

/// A small graph with every node kind and relation, Vietnamese text and hostile characters.
enum SampleGraph {
    /// Quotes, a backslash, `<`, `&`, an entity, braces, CR LF, a tab and U+0001.
    static let hostileTitle =
        "Học tập \"Chỉ thị 05\" \\ <b> & {x} &amp; y\r\nNghị quyết Trung ương 4 (khóa XII)\t\u{1}."

    /// Two short lines, so the DOT label is neither cut nor re-wrapped.
    static let hostileLabel = "\"05\" \\ <b> & {y} &lt;\nkhóa XII\u{1}"

    static let article1 = "article:seeds/001_x ct05.txt"
    static let article2 = "article:seeds/002_nq21.txt"
    static let article3 = "article:seeds/003_kl21.txt"
    static let ct05 = "document:05-CT/TW"
    static let nq21 = "document:21-NQ/TW"
    static let kl21 = "document:21-KL/TW"
    static let politburo = "body:Bộ Chính trị"
    static let host = "body:Chi bộ Sở Thông tin và Truyền thông (Vĩnh Phúc)"

    static let subject = "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"

    static var graph: CitationGraph {
        CitationGraph(nodes: nodes, edges: edges)
    }

    /// The graph as GraphML gives it back: U+0001 dropped, everything else kept.
    static var graphWithoutControls: CitationGraph {
        func clean(_ s: String) -> String { s.replacingOccurrences(of: "\u{1}", with: "") }
        let cleaned = nodes.map { node in
            var node = node
            node.label = clean(node.label)
            node.attributes = node.attributes.mapValues { value in
                if case .string(let s) = value { return .string(clean(s)) }
                return value
            }
            return node
        }
        return CitationGraph(nodes: cleaned, edges: edges)
    }

    static let nodes: [CitationGraph.Node] = [
        .init(id: article1, kind: .article, label: hostileLabel, attributes: [
            "title": .string(hostileTitle), "date": .string("2023-06-07"),
            "source": .string("seeds/001_x ct05.txt"), "province": .string("Vĩnh Phúc"),
            "meetingKind": .string("hội nghị"), "meetingDate": .string("2023-06-07"),
            "meetingHost": .string("Chi bộ Sở Thông tin và Truyền thông"),
        ]),
        .init(id: article2, kind: .article, label: "2022-07-01 Hội nghị quán triệt Nghị quyết",
              attributes: [
                  "title": .string("Hội nghị quán triệt Nghị quyết 21-NQ/TW"),
                  "url": .string("https://example.vn/a?b=1&c=2"),
              ]),
        .init(id: article3, kind: .article, label: "2021-11-05 Kết luận 21",
              attributes: ["title": .string("Thực hiện Kết luận 21-KL/TW")]),
        .init(id: ct05, kind: .document, label: "05-CT/TW", attributes: [
            "key": .string("05-CT/TW"), "docKind": .string("Chỉ thị"), "number": .string("05"),
            "year": .int(2016), "issuer": .string("TW"), "subject": .string(subject),
            "citations": .int(3), "citingArticles": .int(1),
        ]),
        .init(id: nq21, kind: .document, label: "21-NQ/TW", attributes: [
            "key": .string("21-NQ/TW"), "docKind": .string("Nghị quyết"), "number": .string("21"),
            "year": .int(2022), "term": .string("XIII"), "plenum": .int(5),
            "citations": .int(1), "citingArticles": .int(1),
        ]),
        .init(id: kl21, kind: .document, label: "21-KL/TW", attributes: [
            "key": .string("21-KL/TW"), "docKind": .string("Kết luận"), "number": .string("21"),
            "year": .int(2021), "term": .string("XIII"), "plenum": .int(4),
            "subject": .string("Nghị quyết Trung ương 4 (khóa XII)"),
            "citations": .int(-1), "citingArticles": .int(0),
        ]),
        .init(id: politburo, kind: .body, label: "Bộ Chính trị",
              attributes: ["name": .string("Bộ Chính trị")]),
        .init(id: host, kind: .body, label: "Chi bộ Sở Thông tin và Truyền thông",
              attributes: ["name": .string("Chi bộ Sở Thông tin và Truyền thông (Vĩnh Phúc)")]),
    ]

    static let edges: [CitationGraph.Edge] = [
        .init(source: article1, target: ct05, relation: .cites, attributes: [
            "mentions": .int(2),
            "sentence": .string("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị"),
        ]),
        .init(source: article2, target: nq21, relation: .cites, attributes: ["mentions": .int(1)]),
        .init(source: article3, target: kl21, relation: .cites, attributes: ["mentions": .int(1)]),
        .init(source: ct05, target: politburo, relation: .issuedBy),
        .init(source: kl21, target: nq21, relation: .implements),
        .init(source: article1, target: host, relation: .heldBy),
        .init(source: article1, target: politburo, relation: .mentions),
    ]
}
