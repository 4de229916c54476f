import VNCite

/// The documents around one document: those it implements, those that implement it, and
/// those the same articles cite with it (most shared articles first, at most `limit`).
///
/// Around Nghị quyết Trung ương 5 khóa XIII: Kế hoạch 139-KH/ĐU implements it; 05-CT/TW is
/// cited with it by one article.
struct Neighbourhood {
    enum Tie { case implements, implementedBy, citedWith }

    struct Neighbour {
        var node: CitationGraph.Node
        var tie: Tie
        /// Articles citing both, for `citedWith`.
        var shared: Int
    }

    static let limit = 10

    var center: CitationGraph.Node
    var neighbours: [Neighbour]
}

extension ReportIndex {
    func neighbourhood(of document: CitationGraph.Node) -> Neighbourhood {
        var out: [Neighbourhood.Neighbour] = []
        var seen: Set<String> = [document.id]
        for e in edges(from: document.id, .implements) where seen.insert(e.target).inserted {
            if let n = nodes[e.target] { out.append(.init(node: n, tie: .implements, shared: 0)) }
        }
        for e in edges(to: document.id, .implements) where seen.insert(e.source).inserted {
            if let n = nodes[e.source] { out.append(.init(node: n, tie: .implementedBy, shared: 0)) }
        }
        var shared: [String: Int] = [:]
        for cite in edges(to: document.id, .cites) {
            for other in edges(from: cite.source, .cites) where !seen.contains(other.target) {
                shared[other.target, default: 0] += 1
            }
        }
        let together = shared.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(Neighbourhood.limit)
        for (id, n) in together {
            if let node = nodes[id] { out.append(.init(node: node, tie: .citedWith, shared: n)) }
        }
        return Neighbourhood(center: document, neighbours: out)
    }
}

/// The neighbourhood as a small Graphviz drawing whose nodes link to their pages.
extension Neighbourhood {
    /// DOT source: the document in the middle, a link on every node ("href"), "thực hiện"
    /// arrows for implements, dashed "cùng trích dẫn (n)" lines for documents cited together.
    func dot(name: String, href: (CitationGraph.Node) -> String) -> String {
        func q(_ s: String) -> String { DOTWriter.quoted(s) }
        func label(_ n: CitationGraph.Node) -> String {
            [n.string("key") ?? n.label, n.string("docKind")].compactMap { $0 }.joined(separator: "\n")
        }
        var lines = [
            "digraph \(q(name)) {",
            "  graph [rankdir=LR, bgcolor=\"transparent\", fontname=\(q(DOTWriter.fontName))];",
            "  node [shape=note, style=filled, fillcolor=\"#fff4c2\", fontname=\(q(DOTWriter.fontName)), fontsize=11];",
            "  edge [fontname=\(q(DOTWriter.fontName)), fontsize=9, color=\"#555555\"];",
            "  c [label=\(q(label(center))), fillcolor=\"#ffd75e\", penwidth=2, href=\(q(href(center))), tooltip=\(q(center.string("key") ?? center.label))];",
        ]
        for (i, n) in neighbours.enumerated() {
            lines.append("  n\(i) [label=\(q(label(n.node))), href=\(q(href(n.node))), tooltip=\(q(n.node.string("key") ?? n.node.label))];")
            switch n.tie {
            case .implements: lines.append("  c -> n\(i) [label=\"thực hiện\", style=bold];")
            case .implementedBy: lines.append("  n\(i) -> c [label=\"thực hiện\", style=bold];")
            case .citedWith:
                lines.append("  c -> n\(i) [dir=none, style=dashed, label=\(q("cùng trích dẫn (\(n.shared))"))];")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
