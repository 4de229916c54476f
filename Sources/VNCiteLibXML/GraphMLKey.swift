import VNCite

/// One `<key>` of vncite's GraphML: the fixed table written before `<graph>`, one per attribute
/// of `CitationGraph.schema`.
///
/// Node attributes get ids "n_<name>" ("n_kind", "n_title"), edge attributes "e_<name>"
/// ("e_relation"), so an id never serves both domains.
struct GraphMLKey: Equatable {
    var id: String
    var attribute: GraphAttribute

    /// Every key, in schema order.
    static let all: [GraphMLKey] = CitationGraph.schema.map { attribute in
        let prefix = attribute.domain == .node ? "n_" : "e_"
        return GraphMLKey(id: prefix + attribute.name, attribute: attribute)
    }

    /// The keys of nodes, in schema order.
    static let node = all.filter { $0.attribute.domain == .node }

    /// The keys of edges, in schema order.
    static let edge = all.filter { $0.attribute.domain == .edge }
}
