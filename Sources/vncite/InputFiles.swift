import Foundation
import VNCite
import VNCiteLibXML

/// The articles named on the command line: files, folders read recursively (in sorted order),
/// JSON Lines corpora, or "-" for standard input. A file that cannot be read gets one line on
/// standard error naming it and the problem; the others go on, and `failures` counts them.
struct InputFiles {
    /// Extensions read from folders; files named explicitly are read whatever their name.
    static let folderExtensions: Set<String> = ["txt", "text", "html", "htm", "xhtml", "jsonl"]

    var failures = 0
    var encoding: TextEncoding?
    /// Read standard input as JSON Lines even when it does not start with "{".
    var jsonl = false
    /// The name standard input's articles get as their source ("corpus.jsonl#12"), instead of "-".
    var stdinName: String?

    /// The largest file read as one article. Scanning keeps about 16 bytes a character, so a
    /// larger file is refused with a message rather than read into memory; a corpus belongs in
    /// JSON Lines, which is read an article at a time.
    static let largestArticle = 512 * 1_000_000

    /// Expands folders; reports paths that do not exist.
    mutating func expand(_ paths: [String]) -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" { files.append(path); continue }
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isFolder) else {
                report(path, "no such file or folder")
                continue
            }
            if isFolder.boolValue {
                guard let walker = fm.enumerator(atPath: path) else {
                    report(path, "cannot list the folder")
                    continue
                }
                var found: [String] = []
                while let relative = walker.nextObject() as? String {
                    let ext = (relative as NSString).pathExtension.lowercased()
                    if Self.folderExtensions.contains(ext) {
                        found.append((path as NSString).appendingPathComponent(relative))
                    }
                }
                files += found.sorted()
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// Reads and extracts every article, batch by batch on `jobs` threads, then resolves short
    /// forms across articles (the reduce); a progress line on a terminal when `progress`. Saved
    /// extract output is taken as it is.
    mutating func extractAll(_ paths: [String], extractor: Extractor, jobs: Int, progress: Bool) -> [ExtractedArticle] {
        var results: [ExtractedArticle] = []
        extractEach(paths, extractor: extractor, jobs: jobs, progress: progress) { batch, _ in results += batch }
        Extractor.resolveAcrossArticles(&results)
        return results
    }

    /// The map: extracts batch after batch and hands each batch's results on in input order (with
    /// the articles read, for their texts), so nothing waits for the whole corpus.
    mutating func extractEach(_ paths: [String], extractor: Extractor, jobs: Int, progress: Bool,
                              _ body: (_ results: [ExtractedArticle], _ articles: [Article]) -> Void) {
        var line = Progress(enabled: progress)
        forEachBatch(paths) { batch in
            let articles = batch.compactMap { if case .article(let a) = $0 { a } else { nil } }
            var extracted = extractor.extract(batch: articles, jobs: jobs).makeIterator()
            body(batch.compactMap { item in
                switch item {
                case .article: extracted.next()
                case .extracted(let e): e
                }
            }, articles)
            line.update(articles: batch.count, bytes: articles.reduce(0) { $0 + $1.text.utf8.count })
        }
        line.finish()
    }

    /// Calls `body` with batches of articles (or saved extract output) read from the paths, in order.
    mutating func forEachBatch(_ paths: [String], size: Int = 512, _ body: ([CorpusReader.Item]) -> Void) {
        var batch: [CorpusReader.Item] = []
        batch.reserveCapacity(size)
        func add(_ item: CorpusReader.Item) {
            batch.append(item)
            if batch.count == size { body(batch); batch.removeAll(keepingCapacity: true) }
        }
        for path in expand(paths) {
            var first = Data()
            if path == "-" {
                first = FileHandle.standardInput.readData(ofLength: 1 << 16)
            }
            if CorpusReader.isCorpus(path) || path == "-" && (jsonl || Self.looksLikeJSONLines(first)) {
                do {
                    try CorpusReader.read(path, name: path == "-" ? stdinName : nil, first: first,
                                          body: add, problem: { report(path == "-" ? stdinName ?? "-" : path, $0) })
                } catch {
                    report(path, "cannot read it: \(error.localizedDescription)")
                }
            } else if let article = read(path, first: first) {
                add(.article(article))
            }
        }
        if !batch.isEmpty { body(batch) }
    }

    /// Standard input is JSON Lines when its first character (after spaces) is "{".
    static func looksLikeJSONLines(_ start: Data) -> Bool {
        start.first { ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) } == UInt8(ascii: "{")
    }

    /// Reads one file as an article, or reports why it cannot.
    mutating func read(_ path: String, first: Data = Data()) -> Article? {
        let bytes: Data
        if path == "-" {
            bytes = first + FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                report(path, "it vanished before it could be read")
                return nil
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            if size > Self.largestArticle {
                report(path, "too large to read as one article (\(size / 1_000_000) MB, the limit is \(Self.largestArticle / 1_000_000) MB); split it into articles or give them as JSON Lines")
                return nil
            }
            guard !isFolder.boolValue, let handle = FileHandle(forReadingAtPath: path) else {
                report(path, isFolder.boolValue ? "a folder, not a file" : "cannot open it (permission denied)")
                return nil
            }
            defer { try? handle.close() }
            do {
                bytes = try handle.readToEnd() ?? Data()
            } catch {
                report(path, "read failed: \(error.localizedDescription)")
                return nil
            }
        }
        do {
            return try ArticleInput.article(from: bytes, source: path, encoding: encoding)
        } catch {
            report(path, error.problem)
            return nil
        }
    }

    mutating func report(_ path: String, _ problem: String) {
        failures += 1
        FileHandle.standardError.write(Data("vncite: \(path): \(problem)\n".utf8))
    }
}
