import ArgumentParser
import Foundation
import VNCite
import VNCiteLibXML
import VNCiteSQLite

/// `vncite graph PATH… -o output/`: the citation graph as GraphML, DOT, JSON and SVG.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Build the graph of articles, documents and bodies; write GraphML, DOT, JSON and SVG.",
        discussion: """
            Writes OUTPUT/citations.graphml, citations.dot, citations.json and, when Graphviz's dot is
            installed, citations.svg; with --format sqlite, OUTPUT/citations.sqlite, which the queries
            answer from with --db. Articles and saved extract output (JSON Lines) may be mixed. Each
            file is written to a temporary name and renamed, so an error or Ctrl-C never leaves half
            a graph. With -o - one --format goes to standard output.
            """)

    /// Written by default: the text formats and the drawing; `sqlite` when asked for.
    enum Format: String, ExpressibleByArgument, CaseIterable { case graphml, dot, json, svg, sqlite }

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Output folder, or - for standard output (needs --format).")
    var output = "output"

    @Option(help: "Write only this format: graphml, dot, json, svg or sqlite.")
    var format: Format?

    @OptionGroup var period: PeriodOptions

    @OptionGroup var place: ProvinceOptions

    @Option(help: "Keep only documents cited by at least this many articles (for large corpora).")
    var minArticles = 1

    @Option(help: "Draw the SVG only for a graph of at most this many nodes, unless --format svg asks for it (Graphviz takes minutes past about 20,000).")
    var drawLimit = 10_000

    func validate() throws {
        if output == "-", format == nil { throw ValidationError("-o - writes one format: add --format graphml|dot|json|svg") }
        if output == "-", format == .sqlite { throw ValidationError("a database is a file: give a folder with -o") }
    }

    func run() throws {
        var files = InputFiles()
        let catalog = input.extractor().catalog
        let provinces = try place.provinces(catalog)
        let all = input.extractForGraph(&files)
        // An article's meeting's day, else its own (as `top` reads them).
        period.noteUndated(all.filter { ($0.citingMeeting?.date ?? $0.date) == nil }.count)
        let results = all.filter { article in
            period.contains(article.citingMeeting?.date ?? article.date) && (provinces.map { article.locality.map($0.contains) == true } ?? true)
        }
        let graph = CitationGraph(articles: results, catalog: catalog)
            .keepingDocuments(citedByAtLeast: minArticles)
        let failed = try write(graph)
        if files.failures > 0 || failed { throw ExitCode.failure }
    }

    /// Writes the formats asked for; returns whether one of them failed.
    private func write(_ graph: CitationGraph) throws -> Bool {
        let formats = format.map { [$0] } ?? Format.allCases.filter { $0 != .sqlite }
        if output == "-" {
            guard let f = format else { return true }
            if f == .svg {
                let temp = FileManager.default.temporaryDirectory.appendingPathComponent("vncite-\(getpid()).svg").path
                defer { try? FileManager.default.removeItem(atPath: temp) }
                try Graphviz.render(dotSource: DOTWriter.write(graph), format: "svg", to: temp)
                FileHandle.standardOutput.write(try Data(contentsOf: URL(fileURLWithPath: temp)))
            } else {
                FileHandle.standardOutput.write(try data(graph, f))
            }
            return false
        }
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            FileHandle.standardError.write(Data("vncite: cannot create the output folder \(output): \(AtomicFile.describe(error))\n".utf8))
            return true
        }
        var failed = false
        for f in formats {
            let path = (output as NSString).appendingPathComponent("citations.\(f.rawValue)")
            do {
                if f == .sqlite {
                    try SQLiteGraphWriter.write(graph, to: path)
                } else if f == .svg {
                    // A corpus of thousands of articles is a hairball that dot takes minutes, then
                    // hours, to lay out: the text formats are written, the drawing only when asked for.
                    if format != .svg, graph.nodes.count > drawLimit {
                        FileHandle.standardError.write(Data(("vncite: no drawing: \(graph.nodes.count) nodes are more than --draw-limit \(drawLimit);"
                            + " draw a part (--min-articles, --since, --until, --province) or ask for it with --format svg\n").utf8))
                        continue
                    }
                    guard Graphviz.findDot() != nil else {
                        if format == .svg { failed = true }
                        FileHandle.standardError.write(Data("vncite: no drawing: \(Graphviz.RenderError.dotNotFound)\n".utf8))
                        continue
                    }
                    let warnings = try Graphviz.render(dotSource: DOTWriter.write(graph), format: "svg", to: path)
                    for w in warnings { FileHandle.standardError.write(Data("vncite: dot: \(w)\n".utf8)) }
                } else {
                    try AtomicFile.write(data(graph, f), to: path)
                }
                FileHandle.standardError.write(Data("vncite: wrote \(path)\n".utf8))
            } catch let error as AtomicFile.WriteError {
                failed = true
                FileHandle.standardError.write(Data("vncite: \(error)\n".utf8))
            } catch {
                failed = true
                FileHandle.standardError.write(Data("vncite: \(path): \(error)\n".utf8))
            }
        }
        return failed
    }

    private func data(_ graph: CitationGraph, _ f: Format) throws -> Data {
        switch f {
        case .graphml: return try GraphMLWriter.write(graph)
        case .dot: return Data(DOTWriter.write(graph).utf8)
        case .json: return Data(GraphJSONWriter.write(graph).utf8)
        case .svg, .sqlite: return Data()
        }
    }
}
