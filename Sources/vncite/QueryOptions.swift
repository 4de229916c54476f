import ArgumentParser
import Foundation
import VNCite
import VNCiteLibXML

/// Where a query reads its graph from: articles (built on the fly) or a saved GraphML file.
struct QueryOptions: ParsableArguments {
    @Option(help: "A saved graph to answer from (e.g. output/citations.graphml), read back with libxml2.")
    var graph: String?

    @Option(help: "Answer as an aligned table, tsv or json.")
    var format: AnswerFormat = .table

    @Option(help: "A catalog file to add to the built-in one.")
    var catalog: String?

    func validate() throws {
        _ = try CatalogFile.load(catalog)
    }

    /// The extractor with the catalog (checked by `validate`).
    func extractor() -> Extractor {
        Extractor(catalog: (try? CatalogFile.load(catalog)) ?? .standard)
    }

    /// The graph of the saved file, or of the articles at `paths`.
    func load(paths: [String], failures: inout Int) throws -> CitationGraph {
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
