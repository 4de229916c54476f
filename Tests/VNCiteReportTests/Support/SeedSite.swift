import Foundation
import Testing
import VNCite
@testable import VNCiteReport

/// The repository's root folder, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Reports of articles as `vncite report` makes them: extracted, resolved across articles, built.
enum SeedSite {
    /// The five seed articles, as `vncite report seeds` reads them.
    static func seedArticles(reversed: Bool = false) throws -> [Article] {
        let folder = repositoryRoot.appendingPathComponent("seeds")
        var names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        if reversed { names.reverse() }
        return try names.map {
            Article(source: "seeds/\($0)", text: try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
    }

    static func input(_ articles: [Article], jobs: Int = 1) -> ReportInput {
        var results = Extractor().extract(batch: articles, jobs: jobs)
        Extractor.resolveAcrossArticles(&results)
        return ReportInput(articles: results, texts: Dictionary(articles.map { ($0.source, $0.text) }, uniquingKeysWith: { a, _ in a }))
    }

    static func site(_ articles: [Article], drawings: Bool = true) throws -> ReportSite {
        try ReportSite(input(articles), drawings: drawings)
    }

    /// The text of one file of a site.
    static func file(_ site: ReportSite, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        guard let text = site.files.first(where: { $0.path == path })?.text else {
            Issue.record("no \(path) in the site", sourceLocation: sourceLocation)
            return ""
        }
        return text
    }

    /// The page of the document with this node id, e.g. "document:05-CT/TW".
    static func documentPath(_ id: String, key: String) -> String {
        SitePaths.document(.init(id: id, kind: .document, label: key, attributes: ["key": .string(key)]))
    }
}

/// Compares `actual` with the golden file `Tests/VNCiteReportTests/Golden/<name>`. With
/// VNCITE_RECORD=1 the file is rewritten and the test fails, so a forgotten recording is never green.
func expectGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = repositoryRoot.appendingPathComponent("Tests/VNCiteReportTests/Golden/\(name)")
    if ProcessInfo.processInfo.environment["VNCITE_RECORD"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(actual.utf8).write(to: url)
        Issue.record("recorded \(name); run again without VNCITE_RECORD", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no golden file \(url.path); record it with VNCITE_RECORD=1", sourceLocation: sourceLocation)
        return
    }
    #expect(actual == expected, "differs from \(name)", sourceLocation: sourceLocation)
}
