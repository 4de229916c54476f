import Foundation
import VNCite

/// Reads a JSON Lines corpus, one article per line: `{"id": …, "text": …}` with optional
/// `title`, `date` (YYYY-MM-DD…) and `url` — or saved `extract` output, one extracted article per
/// line (recognised by its fields: "source" and "citations", no "text"). `.xz` and `.gz` files
/// are read through the system's `xz` and `gzip`; "-" is standard input. Memory stays bounded by
/// the longest line.
struct CorpusReader {
    /// What one line holds.
    enum Item {
        case article(Article)
        case extracted(ExtractedArticle)
    }

    static func isCorpus(_ path: String) -> Bool {
        let lower = path.lowercased()
        return [".jsonl", ".jsonl.xz", ".jsonl.gz", ".ndjson", ".ndjson.xz", ".ndjson.gz"].contains { lower.hasSuffix($0) }
    }

    /// Calls `body` with each line (not yet parsed: `parse` does that, on any thread) and its
    /// number; `problem` when the decompressor fails. `first` is what was already read of
    /// standard input.
    static func lines(_ path: String, first: Data = Data(), body: (_ line: Data, _ number: Int) -> Void,
                      problem: (String) -> Void) throws {
        let lower = path.lowercased()
        var process: Process?
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else if lower.hasSuffix(".xz") || lower.hasSuffix(".gz") {
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
        defer { if path != "-" { try? handle.close() } }
        var pending = Data()
        var lineNumber = 0
        func emit(_ line: Data) {
            lineNumber += 1
            if !line.isEmpty { body(line, lineNumber) }
        }
        // Each chunk is searched once for line ends: a line of 250 MB costs no rescans.
        var scanned = 0
        var chunk = first
        while true {
            if chunk.isEmpty { chunk = handle.readData(ofLength: 1 << 20) }
            if chunk.isEmpty { break }
            pending.append(chunk)
            chunk = Data()
            var start = pending.startIndex
            var from = pending.startIndex + scanned
            while let nl = Self.lineEnd(in: pending, from: from) {
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
    /// The index of the next line feed at or after `from`, by `memchr`.
    private static func lineEnd(in data: Data, from: Data.Index) -> Data.Index? {
        data.withUnsafeBytes { bytes -> Data.Index? in
            let offset = from - data.startIndex
            guard offset < bytes.count, let base = bytes.baseAddress,
                  let hit = memchr(base + offset, 0x0A, bytes.count - offset) else { return nil }
            return data.startIndex + (UnsafeRawPointer(hit) - base)
        }
    }

    /// One line: an article, saved extract output, or why it is neither. `name` is the source
    /// its articles get ("corpus.jsonl#12", "-#12", or the `--stdin-name`).
    static func parse(_ line: Data, number lineNumber: Int, name: String) -> Result<Item, LineProblem> {
        // The common line, an article, is decoded straight into its fields; anything else
        // (extract output, a line that is not an article) goes the general way.
        if let fields = try? JSONDecoder().decode(ArticleFields.self, from: line), let text = fields.text {
            return .success(article(name: name, id: fields.id ?? String(lineNumber), text: text, title: fields.title,
                                    date: fields.date, url: fields.url))
        }
        guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else {
            return .failure(LineProblem(message: "line \(lineNumber): not a JSON object"))
        }
        if ExtractedLine.isExtractOutput(object) {
            do { return .success(.extracted(try ExtractedLine.article(from: object))) } catch {
                return .failure(LineProblem(message: "line \(lineNumber): extract output, but \(error)"))
            }
        }
        guard let text = object["text"] as? String else {
            return .failure(LineProblem(message: "line \(lineNumber): neither an article (no \"text\" string) nor extract output (\"source\" and \"citations\")"))
        }
        let id = (object["id"] as? String) ?? (object["id"] as? Int).map(String.init) ?? String(lineNumber)
        return .success(article(name: name, id: id, text: text, title: object["title"] as? String,
                                date: object["date"] as? String, url: object["url"] as? String))
    }

    /// An article of a line: "corpus.jsonl#12" its source, its date the first ten characters of
    /// "2023-06-14T08:15:00+07:00".
    private static func article(name: String, id: String, text: String, title: String?, date: String?, url: String?) -> Item {
        .article(Article(source: "\(name)#\(id)", text: text, title: title,
                         date: date.flatMap { CalendarDate(iso: String($0.prefix(10))) }, url: url))
    }

    /// Why a line was not read: "line 3: not a JSON object".
    struct LineProblem: Error {
        var message: String
    }
}


/// The fields of an article's line, each nil when absent or not of its type (as the general
/// reading has it): `{"id": "XH_NLD_T_8962.txt", "text": "…", "title": …, "date": …, "url": …}`.
private struct ArticleFields: Decodable {
    var id: String?
    var text: String?
    var title: String?
    var date: String?
    var url: String?

    enum Key: String, CodingKey { case id, text, title, date, url }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        func string(_ key: Key) -> String? { (try? c.decodeIfPresent(String.self, forKey: key)) ?? nil }
        text = string(.text)
        id = string(.id) ?? ((try? c.decodeIfPresent(Int.self, forKey: .id)) ?? nil).map(String.init)
        title = string(.title)
        date = string(.date)
        url = string(.url)
    }
}
