import Foundation
import VNCite

/// Reads a JSON Lines corpus, one article per line: `{"id": …, "text": …}` with optional
/// `title`, `date` (YYYY-MM-DD…) and `url`. `.xz` and `.gz` files are read through the system's
/// `xz` and `gzip`. Memory stays bounded by the longest line.
struct CorpusReader {
    static func isCorpus(_ path: String) -> Bool {
        let lower = path.lowercased()
        return [".jsonl", ".jsonl.xz", ".jsonl.gz", ".ndjson"].contains { lower.hasSuffix($0) }
    }

    /// Calls `body` with each article; `problem` with each line that is not an article.
    static func read(_ path: String, body: (Article) -> Void, problem: (String) -> Void) throws {
        let lower = path.lowercased()
        var process: Process?
        let handle: FileHandle
        if lower.hasSuffix(".xz") || lower.hasSuffix(".gz") {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = [lower.hasSuffix(".xz") ? "xz" : "gzip", "-dc", path]
            let pipe = Pipe()
            p.standardOutput = pipe
            try p.run()
            process = p
            handle = pipe.fileHandleForReading
        } else {
            guard let h = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoPermission) }
            handle = h
        }
        defer { try? handle.close() }
        var pending = Data()
        var lineNumber = 0
        func emit(_ line: Data) {
            lineNumber += 1
            guard !line.isEmpty else { return }
            guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
                  let text = object["text"] as? String else {
                problem("line \(lineNumber): not a JSON object with a \"text\" string")
                return
            }
            let id = (object["id"] as? String) ?? (object["id"] as? Int).map(String.init) ?? String(lineNumber)
            let date = (object["date"] as? String).flatMap { CalendarDate(iso: String($0.prefix(10))) }
            body(Article(source: "\(path)#\(id)", text: text, title: object["title"] as? String, date: date,
                         url: object["url"] as? String))
        }
        // Each chunk is searched once for line ends: a line of 250 MB costs no rescans.
        var scanned = 0
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            pending.append(chunk)
            var start = pending.startIndex
            var from = pending.startIndex + scanned
            while let nl = pending[from...].firstIndex(of: 0x0A) {
                emit(pending[start..<nl])
                start = nl + 1
                from = start
            }
            // Drop what was emitted; a line still growing is not copied again.
            if start > pending.startIndex { pending = Data(pending[start...]) }
            scanned = pending.count
        }
        if !pending.isEmpty { emit(pending) }
        if let process {
            process.waitUntilExit()
            if process.terminationStatus != 0 { problem("the decompressor failed (status \(process.terminationStatus))") }
        }
    }
}
