import Foundation
import Testing

/// The repository's root folder, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Compares `actual` with the golden file `Tests/<target>/Golden/<name>`. With VNCITE_RECORD=1
/// the file is rewritten and the test fails, so a forgotten recording is never green.
func expectGolden(_ actual: String, named name: String, target: String = "VNCiteTests",
                  sourceLocation: SourceLocation = #_sourceLocation) {
    let url = repositoryRoot.appendingPathComponent("Tests/\(target)/Golden/\(name)")
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

/// The five seed articles, as `vncite extract seeds` reads them.
func seedArticles() throws -> [(source: String, text: String)] {
    let folder = repositoryRoot.appendingPathComponent("seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
    return try names.map { ("seeds/\($0)", try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
}
