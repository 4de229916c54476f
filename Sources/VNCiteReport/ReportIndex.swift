import VNCite

/// The graph and the articles, indexed once so that each page is a few look-ups.
///
/// On the full corpus there are thousands of documents and tens of thousands of edges; the
/// graph's own queries scan every edge per call, so the report indexes them here.
struct ReportIndex {
    typealias Node = CitationGraph.Node
    typealias Edge = CitationGraph.Edge

    let graph: CitationGraph
    let nodes: [String: Node]
    /// Extracted articles by source, sorted sources in `sources`.
    let articles: [String: ExtractedArticle]
    let sources: [String]
    let texts: [String: String]
    /// Edges by relation, then by source and by target node id (in the graph's sorted order).
    private let outgoing: [CitationGraph.Relation: [String: [Edge]]]
    private let incoming: [CitationGraph.Relation: [String: [Edge]]]

    init(_ input: ReportInput) {
        graph = CitationGraph(articles: input.articles, catalog: input.catalog)
        nodes = Dictionary(graph.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        articles = Dictionary(input.articles.map { ($0.source, $0) }, uniquingKeysWith: { a, _ in a })
        sources = articles.keys.sorted()
        texts = input.texts
        var out: [CitationGraph.Relation: [String: [Edge]]] = [:]
        var inc: [CitationGraph.Relation: [String: [Edge]]] = [:]
        for e in graph.edges {
            out[e.relation, default: [:]][e.source, default: []].append(e)
            inc[e.relation, default: [:]][e.target, default: []].append(e)
        }
        outgoing = out
        incoming = inc
    }

    func edges(from id: String, _ relation: CitationGraph.Relation) -> [Edge] { outgoing[relation]?[id] ?? [] }
    func edges(to id: String, _ relation: CitationGraph.Relation) -> [Edge] { incoming[relation]?[id] ?? [] }

    func nodes(of kind: CitationGraph.NodeKind) -> [Node] { graph.nodes.filter { $0.kind == kind } }

    /// The meeting node an article reports, if any.
    func meeting(reportedBy articleID: String) -> Node? {
        edges(from: articleID, .reports).first.flatMap { nodes[$0.target] }
    }

    /// The first mention of a document in an article: its words and its sentence.
    func firstMention(of documentID: String, in source: String) -> Citation? {
        articles[source]?.citations.first { CitationGraph.documentID(key: $0.key, source: source) == documentID }
    }

    /// Whether an article gets a page: it cites something or has a finding for the reader.
    func hasPage(_ source: String) -> Bool {
        guard let a = articles[source] else { return false }
        return !a.citations.isEmpty || !a.findings.isEmpty
    }
}
