import Foundation
import Testing
@testable import VNCite

/// Writes never leave half a file, never destroy the previous one, never leave temporaries.
@Suite struct AtomicFileTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vncite-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func replacesTheFileWhole() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("citations.dot").path
        try AtomicFile.write("old", to: path)
        try AtomicFile.write("new graph", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new graph")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["citations.dot"])
    }

    @Test func aFailedWriteKeepsThePreviousFileAndNoTemporary() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A non-empty folder where the file should go: the rename must fail.
        let blocked = dir.appendingPathComponent("citations.graphml")
        try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: true)
        try Data("previous".utf8).write(to: blocked.appendingPathComponent("keep"))
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("graph", to: blocked.path) }
        #expect(try String(contentsOf: blocked.appendingPathComponent("keep"), encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["citations.graphml"])
    }

    @Test func aMissingFolderIsAClearError() throws {
        do {
            try AtomicFile.write("x", to: "/nonexistent-vncite-folder/citations.dot")
            Issue.record("the write should fail")
        } catch {
            #expect(error.description.hasPrefix("cannot write /nonexistent-vncite-folder/citations.dot: "))
        }
    }
}
