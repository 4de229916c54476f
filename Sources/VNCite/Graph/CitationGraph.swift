/// The graph of articles (the meetings they report), the documents they cite and the bodies
/// that issue documents or hold meetings. Nodes and edges are kept sorted, so every writer
/// gives byte-identical output for the same input, whatever the order the files came in.
public struct CitationGraph: Sendable, Equatable {
    public enum NodeKind: String, Sendable, CaseIterable {
        /// One input article: "Chi bộ Sở Thông tin và Truyền thông tổ chức Hội nghị sơ kết …".
        case article
        /// One canonical document: "05-CT/TW".
        case document
        /// One issuing or meeting body: "Bộ Chính trị", "Sở Thông tin và Truyền thông (Vĩnh Phúc)".
        case body
        /// One meeting, shared by the articles that report it: "hội nghị, Tỉnh ủy, 2018-06-13".
        case meeting
    }

    public enum Relation: String, Sendable, CaseIterable {
        /// article → document: the article cites it (`mentions`, first citing `sentence`).
        case cites
        /// document → body.
        case issuedBy = "issued_by"
        /// document → document: "Kế hoạch 139-KH/ĐU … về thực hiện Nghị quyết …".
        case implements
        /// meeting → body: the body that held the meeting.
        case heldBy = "held_by"
        /// article → meeting: the article reports the meeting.
        case reports
        /// article → body: a body the article names as a document's issuer.
        case mentions
        /// document → document: a plenum ("NQ-HNTW5/XII") to what it adopted (12-NQ/TW khóa XII).
        case adopted
    }

    public struct Node: Sendable, Equatable {
        /// Stable and unique: "article:seeds/000_….txt", "document:05-CT/TW", "body:Bộ Chính trị".
        public var id: String
        public var kind: NodeKind
        /// A short label for drawings: the key, the body's name, the article's date and short title.
        public var label: String
        /// Values by attribute name; every name is declared in `CitationGraph.schema`.
        public var attributes: [String: GraphValue]

        public init(id: String, kind: NodeKind, label: String, attributes: [String: GraphValue] = [:]) {
            self.id = id
            self.kind = kind
            self.label = label
            self.attributes = attributes
        }
    }

    public struct Edge: Sendable, Equatable {
        public var source: String
        public var target: String
        public var relation: Relation
        public var attributes: [String: GraphValue]

        public init(source: String, target: String, relation: Relation,
                    attributes: [String: GraphValue] = [:]) {
            self.source = source
            self.target = target
            self.relation = relation
            self.attributes = attributes
        }
    }

    public private(set) var nodes: [Node]
    public private(set) var edges: [Edge]

    /// Sorts nodes by id and edges by (source, target, relation).
    public init(nodes: [Node], edges: [Edge]) {
        self.nodes = nodes.sorted { $0.id < $1.id }
        self.edges = edges.sorted {
            ($0.source, $0.target, $0.relation.rawValue) < ($1.source, $1.target, $1.relation.rawValue)
        }
    }

    public func node(id: String) -> Node? { nodes.first { $0.id == id } }
}

/// A typed attribute value, as GraphML declares it (`attr.type="string"` or `"int"`).
public enum GraphValue: Hashable, Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)

    public var text: String {
        switch self {
        case .string(let s): return s
        case .int(let n): return String(n)
        case .bool(let b): return b ? "true" : "false"
        }
    }
}

/// One declared attribute of the graph: its name, whether nodes or edges carry it, its type.
public struct GraphAttribute: Sendable, Equatable {
    public enum Domain: String, Sendable { case node, edge }
    /// GraphML's `attr.type` names: "string", "int", "boolean".
    public enum ValueType: String, Sendable { case string, int, boolean }

    public var name: String
    public var domain: Domain
    public var type: ValueType

    public init(_ name: String, for domain: Domain, _ type: ValueType) {
        self.name = name
        self.domain = domain
        self.type = type
    }
}

extension CitationGraph {
    /// Every attribute a node or edge may carry, declared once, in the order writers declare them.
    /// Node `kind` is article/document/body; edge `relation` is one of `Relation`.
    public static let schema: [GraphAttribute] = [
        .init("kind", for: .node, .string),
        .init("label", for: .node, .string),
        // article
        .init("title", for: .node, .string),
        .init("date", for: .node, .string),
        .init("source", for: .node, .string),
        .init("url", for: .node, .string),
        .init("province", for: .node, .string),
        .init("meetingKind", for: .node, .string),
        .init("meetingDate", for: .node, .string),
        .init("meetingHost", for: .node, .string),
        .init("chair", for: .node, .string),
        .init("meetingPlace", for: .node, .string),
        // meeting
        .init("what", for: .node, .string),
        .init("reportingArticles", for: .node, .int),
        // document
        .init("key", for: .node, .string),
        .init("docKind", for: .node, .string),
        .init("number", for: .node, .string),
        .init("year", for: .node, .int),
        .init("issuer", for: .node, .string),
        .init("term", for: .node, .string),
        .init("plenum", for: .node, .int),
        .init("congress", for: .node, .string),
        .init("lawName", for: .node, .string),
        .init("subject", for: .node, .string),
        .init("citations", for: .node, .int),
        .init("citingArticles", for: .node, .int),
        .init("resolved", for: .node, .boolean),
        // document, from the catalogue of Party documents
        .init("catalogStatus", for: .node, .string),
        .init("catalogSource", for: .node, .string),
        // body
        .init("name", for: .node, .string),
        // edges
        .init("relation", for: .edge, .string),
        .init("mentions", for: .edge, .int),
        .init("sentence", for: .edge, .string),
    ]
}
