import VNCite

/// Reads a graph back from `citations.sqlite`: all of it, or only the part a query needs, so that
/// `vncite cites --db` answers with the same code, and the same rows, as from GraphML or articles.
///
/// `try SQLiteGraphReader(path: "output/citations.sqlite").citing(["document:05-CT/TW"])` holds
/// 05-CT/TW, the articles citing it, the meetings they report and the edges between them.
public struct SQLiteGraphReader {
    let db: SQLiteDatabase

    public init(path: String) throws {
        db = try SQLiteDatabase(path: path, readOnly: true)
        // A database vncite did not write says so here rather than in a query.
        var tables: Set<String> = []
        do {
            try db.rows("SELECT name FROM sqlite_master WHERE type = 'table'") { tables.insert($0.text(0) ?? "") }
        } catch {
            throw SQLiteDatabase.Failure(description: "\(path): not an SQLite database (\(error))")
        }
        let expected = SQLiteSchema.nodeTables.map(\.kind.rawValue) + CitationGraph.Relation.allCases.map(\.rawValue)
        guard tables.isSuperset(of: expected) else {
            throw SQLiteDatabase.Failure(description: "\(path): not a vncite database (tables \(expected.filter { !tables.contains($0) }) missing)")
        }
    }

    /// The whole graph.
    public func graph() throws -> CitationGraph {
        var nodes: [CitationGraph.Node] = []
        for (kind, _) in SQLiteSchema.nodeTables { nodes += try self.nodes(kind, "") }
        var edges: [CitationGraph.Edge] = []
        for relation in CitationGraph.Relation.allCases { edges += try self.edges(relation, "") }
        return CitationGraph(nodes: nodes, edges: edges)
    }

    /// Every document node and nothing else: enough to find what a user's name means.
    public func documents() throws -> CitationGraph {
        CitationGraph(nodes: try nodes(.document, ""), edges: [])
    }

    /// The documents, the plenums that adopted them, the articles that cite either, the meetings
    /// those articles report, and the `adopted`, `cites` and `reports` edges between them.
    public func citing(_ documentIDs: [String]) throws -> CitationGraph {
        var nodes: [CitationGraph.Node] = []
        var edges: [CitationGraph.Edge] = []
        // And the plenums that adopted them, with what cites those.
        var plenums: [String] = []
        for id in Set(documentIDs).sorted() {
            let adopted = try self.edges(.adopted, "WHERE target = ?", [.text(id)])
            edges += adopted
            plenums += adopted.map(\.source)
        }
        for id in Set(documentIDs + plenums).sorted() {
            nodes += try self.nodes(.document, "WHERE id = ?", [.text(id)])
            edges += try self.edges(.cites, "WHERE target = ?", [.text(id)])
        }
        let articles = Set(edges.map(\.source)).sorted()
        for id in articles {
            nodes += try self.nodes(.article, "WHERE id = ?", [.text(id)])
            edges += try self.edges(.reports, "WHERE source = ?", [.text(id)])
        }
        for id in Set(edges.filter { $0.relation == .reports }.map(\.target)).sorted() {
            nodes += try self.nodes(.meeting, "WHERE id = ?", [.text(id)])
        }
        return CitationGraph(nodes: nodes, edges: edges)
    }

    /// The articles whose source is `source` or ends in "/source" or "#source" (`CitationGraph.name(_:names:)`),
    /// with what they cite.
    public func article(source: String) throws -> CitationGraph {
        // (LIKE's wildcards "_" and "%" are common in file names: escaped, and the rows checked again.)
        let escaped = source.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
        var nodes = try self.nodes(.article, "WHERE source = ? OR source LIKE ? ESCAPE '\\' OR source LIKE ? ESCAPE '\\'",
                                   [.text(source), .text("%/" + escaped), .text("%#" + escaped)])
            .filter { CitationGraph.name(source, names: $0.string("source") ?? "") }
        var edges: [CitationGraph.Edge] = []
        for a in nodes { edges += try self.edges(.cites, "WHERE source = ?", [.text(a.id)]) }
        for id in Set(edges.map(\.target)).sorted() { nodes += try self.nodes(.document, "WHERE id = ?", [.text(id)]) }
        return CitationGraph(nodes: nodes, edges: edges)
    }

    /// What ranking needs: documents, citing articles, the meetings they report, `cites` and `reports`.
    public func citations() throws -> CitationGraph {
        var nodes = try self.nodes(.document, "")
        nodes += try self.nodes(.article, "WHERE id IN (SELECT source FROM cites)")
        let edges = try self.edges(.cites, "") + (try self.edges(.reports, "WHERE source IN (SELECT source FROM cites)"))
        return CitationGraph(nodes: nodes, edges: edges)
    }

    func nodes(_ kind: CitationGraph.NodeKind, _ filter: String, _ values: [SQLiteDatabase.Value] = []) throws -> [CitationGraph.Node] {
        let columns = SQLiteSchema.nodeTables.first { $0.kind == kind }!.columns
        let names = SQLiteSchema.list(SQLiteSchema.nodeColumns(kind))
        var out: [CitationGraph.Node] = []
        try db.rows("SELECT \(names) FROM \(kind.rawValue) \(filter)", values) { row in
            var attributes: [String: GraphValue] = ["kind": .string(kind.rawValue)]
            let label = row.text(1) ?? ""
            attributes["label"] = .string(label)
            for (i, column) in columns.enumerated() {
                if let v = Self.graphValue(row.value(i + 2), column) { attributes[column] = v }
            }
            out.append(CitationGraph.Node(id: row.text(0) ?? "", kind: kind, label: label, attributes: attributes))
        }
        return out
    }

    func edges(_ relation: CitationGraph.Relation, _ filter: String, _ values: [SQLiteDatabase.Value] = []) throws -> [CitationGraph.Edge] {
        let columns = SQLiteSchema.edgeColumns(relation)
        let names = SQLiteSchema.list(SQLiteSchema.edgeTableColumns(relation))
        var out: [CitationGraph.Edge] = []
        try db.rows("SELECT \(names) FROM \(relation.rawValue) \(filter)", values) { row in
            var attributes: [String: GraphValue] = [:]
            for (i, column) in columns.enumerated() {
                if let v = Self.graphValue(row.value(i + 2), column) { attributes[column] = v }
            }
            out.append(CitationGraph.Edge(source: row.text(0) ?? "", target: row.text(1) ?? "", relation: relation, attributes: attributes))
        }
        return out
    }

    static func graphValue(_ v: SQLiteDatabase.Value, _ column: String) -> GraphValue? {
        switch v {
        case .null: return nil
        case .text(let s): return .string(s)
        case .int(let n):
            return CitationGraph.schema.first { $0.name == column }?.type == .boolean ? .bool(n != 0) : .int(n)
        }
    }
}
