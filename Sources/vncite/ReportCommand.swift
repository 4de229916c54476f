import ArgumentParser
import Foundation
import VNCite
import VNCiteReport

/// `vncite report PATH… -o report/`: the citation graph as a static HTML site to read offline.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a static HTML report: the most cited documents, a page per document, article and body, and a search box.",
        discussion: """
            The site opens from its folder in any browser, with no server and no network. It is written
            to a temporary folder that then takes OUTPUT's place; OUTPUT must be new, empty or an earlier
            report. Without Graphviz the neighbourhood drawings are left out with a message.
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The report's folder.")
    var output = "report"

    @Flag(help: "Leave out the neighbourhood drawings (Graphviz); the pages list the same documents.")
    var noDrawings = false

    func run() throws {
        var files = InputFiles()
        input.configure(&files)
        let extractor = input.extractor(meetings: .citingArticles)
        var results: [ExtractedArticle] = []
        var texts: [String: String] = [:]
        // Saved extract output has no text: its article pages show the citing sentences only.
        files.extractEach(input.paths, extractor: extractor, jobs: input.jobs, progress: true) { batch, articles, _ in
            results += batch
            for article in articles { texts[article.source] = article.text }
        }
        Extractor.resolveAcrossArticles(&results)
        let site = try ReportSite(ReportInput(articles: results, texts: texts, catalog: extractor.catalog),
                                  drawings: !noDrawings)
        if let problem = site.drawingProblem, !noDrawings {
            FileHandle.standardError.write(Data("vncite: no neighbourhood drawings: \(problem)\n".utf8))
        }
        do {
            try ReportWriter.write(site, to: output)
        } catch {
            FileHandle.standardError.write(Data("vncite: \(error)\n".utf8))
            throw ExitCode.failure
        }
        FileHandle.standardError.write(Data("vncite: wrote \(output)/index.html and \(site.files.count - 1) more files\n".utf8))
        if files.failures > 0 { throw ExitCode.failure }
    }
}
