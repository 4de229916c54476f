import ArgumentParser
import Foundation
import VNCite
import VNCiteLibXML
import VNCiteSQLite

/// Where a query reads its graph from: articles (built on the fly), a saved GraphML file, or a
/// saved SQLite database, of which it reads only the rows the question needs.
struct QueryOptions: ParsableArguments {
    @Option(help: "A saved graph to answer from (e.g. output/citations.graphml), read back with libxml2.")
    var graph: String?

    @Option(help: "A saved database to answer from (graph --format sqlite writes citations.sqlite).")
    var db: String?

    @Option(help: "Answer as an aligned table, tsv or json.")
    var format: AnswerFormat = .table

    @Option(help: "A catalog file to add to the built-in one.")
    var catalog: String?

    func validate() throws {
        _ = try CatalogFile.load(catalog)
        if graph != nil, db != nil { throw ValidationError("--graph and --db: answer from one of them") }
    }

    /// The saved database, when --db names one.
    func database() throws -> SQLiteGraphReader? {
        guard let db else { return nil }
        guard FileManager.default.fileExists(atPath: db) else { throw ValidationError("\(db): no such database") }
        do { return try SQLiteGraphReader(path: db) } catch { throw ValidationError("\(error)") }
    }

    /// The extractor with the catalog (checked by `validate`), reading the meetings the graph
    /// keeps: those of articles that cite something.
    func extractor() -> Extractor {
        Extractor(catalog: (try? CatalogFile.load(catalog)) ?? .standard, meetings: .citingArticles)
    }

    /// The graph of the saved file, or of the articles at `paths`.
    func load(paths: [String], failures: inout Int) throws -> CitationGraph {
        if let reader = try database() { return try reader.graph() }
        if let graph {
            guard let data = FileManager.default.contents(atPath: graph) else {
                throw ValidationError("\(graph): cannot read the graph file")
            }
            do { return try GraphMLReader.read(data) } catch {
                throw ValidationError("\(graph): not a vncite GraphML file: \(error)")
            }
        }
        guard !paths.isEmpty else { throw ValidationError("give the articles to read, or --graph FILE") }
        var files = InputFiles()
        let ex = extractor()
        let results = files.extractAll(paths, extractor: ex, jobs: ProcessInfo.processInfo.activeProcessorCount,
                                       progress: false)
        failures = files.failures
        return CitationGraph(articles: results, catalog: ex.catalog)
    }
}
