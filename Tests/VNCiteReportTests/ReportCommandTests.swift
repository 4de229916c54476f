import Foundation
import Testing

/// `vncite report` as a user runs it.
@Suite struct ReportCommandTests {
    static let seeds = repositoryRoot.appendingPathComponent("seeds").path

    @Test func writesTheSiteAndReplacesAnEarlierOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.path + "/report"
        for _ in 0..<2 {
            let result = try Command.run(Command.vncite, ["report", Self.seeds, "-o", out])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("vncite: wrote \(out)/index.html"))
        }
        #expect(FileManager.default.fileExists(atPath: out + "/index.html"))
        // Nothing left beside it: no temporary or old folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report"])
    }

    @Test func aFolderWithOtherFilesIsNotReplaced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Data("graph".utf8).write(to: folder.url.appendingPathComponent("citations.graphml"))
        let result = try Command.run(Command.vncite, ["report", Self.seeds, "-o", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write \(folder.path): it exists and is not a report vncite wrote"))
        #expect(try String(contentsOf: folder.url.appendingPathComponent("citations.graphml"), encoding: .utf8) == "graph")
    }

    @Test func aBadFileIsNamedAndTheOthersStillGoThrough() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let binary = folder.path + "/binary.txt"
        try Data([0x7F, 0x45, 0, 0, 1]).write(to: URL(fileURLWithPath: binary))
        let result = try Command.run(Command.vncite, ["report", Self.seeds, binary, "-o", folder.path + "/report"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("vncite: \(binary): binary file"))
        let index = try String(contentsOfFile: folder.path + "/report/index.html", encoding: .utf8)
        #expect(index.contains("<h1>Trích dẫn văn bản trong 5 bài báo</h1>"))
    }
}
