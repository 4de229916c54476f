import Foundation
import Testing
import VNCite
import VNCiteSQLite

/// The graph written to SQLite and read back is the same graph; the queries answered from the
/// parts a query reads give the same rows as from the whole graph.
@Suite struct SQLiteRoundTripTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The graph of text files under `folders` (relative to the repository).
    static func graph(_ folders: [String]) throws -> CitationGraph {
        var articles: [Article] = []
        for folder in folders {
            let url = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where name.hasSuffix(".txt") {
                articles.append(Article(source: folder + "/" + name, text: try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)))
            }
        }
        return CitationGraph(articles: Extractor().extract(articles))
    }

    static func roundTrip(_ graph: CitationGraph) throws -> (CitationGraph, SQLiteGraphReader, String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vncite-\(UUID().uuidString).sqlite").path
        try SQLiteGraphWriter.write(graph, to: path)
        let reader = try SQLiteGraphReader(path: path)
        return (try reader.graph(), reader, path)
    }

    @Test(arguments: [["seeds"], ["eval/dev/meetings/articles", "eval/dev/citations/passages", "seeds"]])
    func theSameGraphComesBack(folders: [String]) throws {
        let graph = try Self.graph(folders)
        let (back, reader, path) = try Self.roundTrip(graph)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(back.nodes.count == graph.nodes.count)
        #expect(back == graph)
        // Every document's citing meetings, from the part `cites --db` reads.
        for doc in graph.nodes where doc.kind == .document {
            let part = try reader.citing([doc.id])
            #expect(part.meetings(citing: doc.id) == graph.meetings(citing: doc.id), "\(doc.id)")
            #expect(part.articles(citing: doc.id) == graph.articles(citing: doc.id), "\(doc.id)")
        }
        // The ranking, from the part `top --db` reads.
        let ranked = try reader.citations().top()
        #expect(ranked.map(\.document.id) == graph.top().map(\.document.id))
        #expect(ranked.map(\.meetings) == graph.top().map(\.meetings))
        // Names a user types, against the documents alone.
        let docs = try reader.documents()
        for name in ["Chỉ thị 05-CT/TW", "chi thi 05", "04-NQ/TW", "Nghị quyết Trung ương 4"] {
            #expect(docs.documents(named: name).map(\.id) == graph.documents(named: name).map(\.id), "\(name)")
        }
    }

    @Test func theSameGraphGivesTheSameFile() throws {
        let graph = try Self.graph(["seeds"])
        let (_, _, a) = try Self.roundTrip(graph)
        let (_, _, b) = try Self.roundTrip(graph)
        defer { try? FileManager.default.removeItem(atPath: a); try? FileManager.default.removeItem(atPath: b) }
        #expect(FileManager.default.contents(atPath: a) == FileManager.default.contents(atPath: b))
    }

    @Test func aFileThatIsNoVNCiteDatabaseIsRefusedByName() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vncite-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try SQLiteDatabase(path: path).execute("CREATE TABLE t (x);")
        #expect(throws: SQLiteDatabase.Failure.self) { try SQLiteGraphReader(path: path) }
        let notSQLite = path + ".txt"
        try Data("Chỉ thị 05-CT/TW".utf8).write(to: URL(fileURLWithPath: notSQLite))
        defer { try? FileManager.default.removeItem(atPath: notSQLite) }
        #expect(throws: SQLiteDatabase.Failure.self) { try SQLiteGraphReader(path: notSQLite) }
    }
}
