extension CitationGraph {
    /// The graph without the documents fewer than `minimumArticles` articles cite, and without
    /// what is left unconnected by that (bodies no kept document or meeting names, articles citing
    /// nothing kept, their meetings). For drawing a large corpus: `vncite graph … --min-articles 3`.
    public func keepingDocuments(citedByAtLeast minimumArticles: Int) -> CitationGraph {
        guard minimumArticles > 1 else { return self }
        let dropped = Set(nodes.filter {
            guard $0.kind == .document, case .int(let n) = $0.attributes["citingArticles"] else { return false }
            return n < minimumArticles
        }.map(\.id))
        let keptEdges = edges.filter { !dropped.contains($0.source) && !dropped.contains($0.target) }
        var connected = Set<String>()
        for e in keptEdges where e.relation == .cites || e.relation == .issuedBy || e.relation == .implements || e.relation == .adopted {
            connected.insert(e.source)
            connected.insert(e.target)
        }
        // The meetings the kept articles report, and the bodies that held them: which meetings cite
        // the documents is the graph's question.
        for relation in [CitationGraph.Relation.reports, .heldBy] {
            for e in keptEdges where e.relation == relation && connected.contains(e.source) { connected.insert(e.target) }
        }
        let keptNodes = nodes.filter { !dropped.contains($0.id) && ($0.kind == .document || connected.contains($0.id)) }
        let ids = Set(keptNodes.map(\.id))
        return CitationGraph(nodes: keptNodes, edges: keptEdges.filter { ids.contains($0.source) && ids.contains($0.target) })
    }

    /// The graph with only the citations of articles about these provinces (by the article's
    /// `province`): what `top` and `cites` count with `--province`.
    public func keepingCitations(ofProvinces provinces: Set<String>) -> CitationGraph {
        let kept = Set(nodes.filter { $0.kind == .article && $0.string("province").map(provinces.contains) == true }.map(\.id))
        return CitationGraph(nodes: nodes, edges: edges.filter { $0.relation != .cites || kept.contains($0.source) })
    }
}
