/// Writes a `CitationGraph` as Graphviz DOT, for `dot -Tsvg`.
///
/// Articles are light blue boxes, documents light yellow notes, bodies light green hexagons,
/// meetings salmon ellipses; `cites` edges are solid, `issued_by` dashed, `implements` bold,
/// `held_by` dotted, `reports` grey with an open arrowhead and `mentions` grey dotted. Every id, label and attribute value is quoted by `quoted`. Nodes and
/// edges come in the graph's own (sorted) order, so equal graphs give equal text.
public enum DOTWriter {
    /// The font of every label; it has the Vietnamese letters ("Nghị quyết", "khóa XII").
    public static let fontName = "DejaVu Sans"

    /// A DOT double-quoted string: `Chỉ thị "05"` → `"Chỉ thị \"05\""`.
    ///
    /// Escapes `\` and `"`; a newline becomes `\n` (a centred line break in labels); `&` becomes
    /// `&amp;` because Graphviz decodes HTML entities in labels (`&lt;` would print as `<`); a
    /// tab becomes a space; CR, the other C0 controls and DEL are dropped. `<` `>` `{` `}` need
    /// nothing inside quotes.
    public static func quoted(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out.append(contentsOf: #"\\"#.unicodeScalars)
            case "\"": out.append(contentsOf: #"\""#.unicodeScalars)
            case "\n": out.append(contentsOf: #"\n"#.unicodeScalars)
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "\t": out.append(" ")
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.append(scalar)
            }
        }
        out.append("\"")
        return String(out)
    }

    /// The whole `digraph citations { … }`, ending in a newline.
    public static func write(_ graph: CitationGraph) -> String {
        var lines = ["digraph citations {"]
        lines.append("    graph " + attributeList([
            ("rankdir", "LR"), ("fontname", fontName), ("fontsize", "10"),
            ("overlap", "false"), ("splines", "true"), ("labelloc", "b"), ("label", legend),
        ]))
        lines.append("    node " + attributeList([
            ("fontname", fontName), ("fontsize", "10"), ("style", "filled"),
        ]))
        lines.append("    edge " + attributeList([
            ("fontname", fontName), ("fontsize", "9"), ("arrowsize", "0.7"),
        ]))
        if !graph.nodes.isEmpty { lines.append("") }
        for node in graph.nodes {
            lines.append("    \(quoted(node.id)) " + attributeList(nodeAttributes(node)))
        }
        if !graph.edges.isEmpty { lines.append("") }
        for edge in graph.edges {
            lines.append("    \(quoted(edge.source)) -> \(quoted(edge.target)) "
                + attributeList(edgeAttributes(edge.relation)))
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Styles

    /// A key to the shapes and line styles, printed under the drawing.
    static let legend = """
        Nodes: article (blue box), document (yellow note), body (green hexagon), meeting (salmon ellipse)
        Edges: cites (solid), issued_by (dashed), implements (bold), held_by (dotted), \
        reports (grey, open arrow), mentions (grey dotted), adopted (green: a plenum to what it adopted)
        """

    static func nodeAttributes(_ node: CitationGraph.Node) -> [(String, String)] {
        let label = shortLabel(node.label)
        var attributes = [("label", label)]
        switch node.kind {
        case .article: attributes += [("shape", "box"), ("fillcolor", "lightblue")]
        case .document: attributes += [("shape", "note"), ("fillcolor", "lightyellow")]
        case .body: attributes += [("shape", "hexagon"), ("fillcolor", "palegreen")]
        case .meeting: attributes += [("shape", "ellipse"), ("fillcolor", "lightsalmon")]
        }
        if label != node.label { attributes.append(("tooltip", node.label)) }
        return attributes
    }

    static func edgeAttributes(_ relation: CitationGraph.Relation) -> [(String, String)] {
        switch relation {
        case .cites: return [("style", "solid")]
        case .issuedBy: return [("style", "dashed")]
        case .implements: return [("style", "bold")]
        case .heldBy: return [("style", "dotted")]
        case .reports: return [("style", "solid"), ("color", "grey40"), ("arrowhead", "empty")]
        case .mentions: return [("style", "dotted"), ("color", "grey50")]
        case .adopted: return [("style", "bold"), ("color", "darkgreen"), ("label", "thông qua")]
        }
    }

    /// `[a="1", b="2"];`, every value quoted.
    static func attributeList(_ attributes: [(String, String)]) -> String {
        "[" + attributes.map { "\($0.0)=\(quoted($0.1))" }.joined(separator: ", ") + "];"
    }

    // MARK: - Labels

    /// A label fit for a drawing: at most `limit` characters, cut after a whole word where one
    /// ends in the second half and ended by "…" when cut, then broken at the space nearest its
    /// middle when longer than `wrapAt` and still on one line.
    ///
    /// "2022-07-01 Hội nghị quán triệt Nghị quyết 21" →
    /// "2022-07-01 Hội nghị\nquán triệt Nghị…".
    static func shortLabel(_ label: String, limit: Int = 40, wrapAt: Int = 24) -> String {
        var text = label
        if text.count > limit {
            let all = Array(text)
            var kept = all[..<(limit - 1)]
            if !all[limit - 1].isWhitespace, let space = kept.lastIndex(of: " "),
               space >= limit / 2
            {
                kept = kept[..<space]
            }
            text = String(kept)
            while let last = text.last, last.isWhitespace { text.removeLast() }
            text += "…"
        }
        guard text.count > wrapAt, !text.unicodeScalars.contains("\n") else { return text }
        let characters = Array(text)
        let middle = characters.count / 2
        let spaces = characters.indices.filter { characters[$0] == " " }
        guard let split = spaces.min(by: { abs($0 - middle) < abs($1 - middle) }) else {
            return text
        }
        return String(characters[..<split]) + "\n" + String(characters[(split + 1)...])
    }
}
