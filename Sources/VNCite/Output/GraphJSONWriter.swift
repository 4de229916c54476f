/// Writes a `CitationGraph` as JSON, one node or edge a line, so two runs diff line by line.
///
/// ```
/// {"nodes":[
/// {"id":"document:05-CT/TW","kind":"document","label":"05-CT/TW","key":"05-CT/TW","year":2016},
/// {"id":"body:Bộ Chính trị","kind":"body","label":"Bộ Chính trị","name":"Bộ Chính trị"}
/// ],"edges":[
/// {"source":"document:05-CT/TW","target":"body:Bộ Chính trị","relation":"issued_by"}
/// ]}
/// ```
///
/// Nodes start with `id`, `kind`, `label` and edges with `source`, `target`, `relation`; the
/// attributes follow sorted by name (an attribute named like one of those fixed keys is left
/// out). Integers are JSON numbers; text stays UTF-8, with only `"`, `\` and control characters
/// escaped ("/" is not).
public enum GraphJSONWriter {
    /// The whole document, ending in a newline.
    public static func write(_ graph: CitationGraph) -> String {
        let nodes = graph.nodes.map { node in
            object([
                ("id", .string(node.id)), ("kind", .string(node.kind.rawValue)),
                ("label", .string(node.label)),
            ], node.attributes)
        }
        let edges = graph.edges.map { edge in
            object([
                ("source", .string(edge.source)), ("target", .string(edge.target)),
                ("relation", .string(edge.relation.rawValue)),
            ], edge.attributes)
        }
        return "{\"nodes\":[" + list(nodes) + "],\"edges\":[" + list(edges) + "]}\n"
    }

    /// A JSON string literal: `Nghị quyết "số 21"` → `"Nghị quyết \"số 21\""`.
    static func quoted(_ s: String) -> String { JSONText.quoted(s) }

    // MARK: - Helpers

    /// Nothing for an empty list, else a newline, one element a line, and a newline.
    private static func list(_ lines: [String]) -> String {
        lines.isEmpty ? "" : "\n" + lines.joined(separator: ",\n") + "\n"
    }

    private static func object(_ fixed: [(String, GraphValue)],
                               _ attributes: [String: GraphValue]) -> String
    {
        let fixedNames = Set(fixed.map(\.0))
        let rest = attributes.filter { !fixedNames.contains($0.key) }
            .sorted { $0.key < $1.key }
            .map { ($0.key, $0.value) }
        let members = (fixed + rest).map { name, value in quoted(name) + ":" + json(value) }
        return "{" + members.joined(separator: ",") + "}"
    }

    private static func json(_ value: GraphValue) -> String {
        switch value {
        case .string(let text): return quoted(text)
        case .int(let number): return String(number)
        case .bool(let b): return b ? "true" : "false"
        }
    }

    /// `\u001f`.
}
