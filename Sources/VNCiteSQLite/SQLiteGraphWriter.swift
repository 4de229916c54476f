import Foundation
import VNCite

/// Writes a citation graph as an SQLite database (`vncite graph --format sqlite`), to a temporary
/// file beside the target that is renamed once complete: a reader never sees half a database.
///
/// The rows go in sorted by id, in one transaction, so the same graph gives the same file.
public enum SQLiteGraphWriter {
    public static func write(_ graph: CitationGraph, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(
            ".\(target.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)").path
        try? FileManager.default.removeItem(atPath: temporary)
        AtomicFile.InFlight.shared.add(temporary)
        defer { AtomicFile.InFlight.shared.remove(temporary) }
        do {
            try fill(graph, temporary)
            guard rename(temporary, path) == 0 else { throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno)) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw AtomicFile.WriteError(path: path, reason: "\(error)")
        }
    }

    private static func fill(_ graph: CitationGraph, _ path: String) throws {
        let db = try SQLiteDatabase(path: path)
        // One file, no journal beside it: the database is built once and renamed.
        try db.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 4096;")
        try db.execute("BEGIN;\n" + SQLiteSchema.create)
        for (kind, columns) in SQLiteSchema.nodeTables {
            let insert = try db.prepare(SQLiteSchema.insert(into: kind.rawValue, SQLiteSchema.nodeColumns(kind)))
            for node in graph.nodes where node.kind == kind {
                let unknown = Set(node.attributes.keys).subtracting(columns + ["kind", "label"])
                guard unknown.isEmpty else {
                    throw SQLiteDatabase.Failure(description: "\(node.id) carries \(unknown.sorted()), which the \(kind.rawValue) table has no column for")
                }
                try insert.run([.text(node.id), .text(node.label)] + columns.map { value(node.attributes[$0]) })
            }
        }
        for relation in CitationGraph.Relation.allCases {
            let columns = SQLiteSchema.edgeColumns(relation)
            let insert = try db.prepare(SQLiteSchema.insert(into: relation.rawValue, SQLiteSchema.edgeTableColumns(relation)))
            for edge in graph.edges where edge.relation == relation {
                try insert.run([.text(edge.source), .text(edge.target)] + columns.map { value(edge.attributes[$0]) })
            }
        }
        try db.execute("COMMIT;")
    }

    static func value(_ v: GraphValue?) -> SQLiteDatabase.Value {
        switch v {
        case nil: return .null
        case .string(let s): return .text(s)
        case .int(let n): return .int(n)
        case .bool(let b): return .int(b ? 1 : 0)
        }
    }
}
