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

    /// The largest file read as one article. A long text costs about three times its size while
    /// it is read and scanned (its bytes, the text, its fold), so a larger file is refused with
    /// a message rather than read into memory; a corpus belongs in JSON Lines, which is read an
    /// article at a time.
    static let largestArticle = 512 * 1_000_000

    /// Corpus lines longer than this are parsed as they are read, not on the worker threads.
    static let parsedAtOnce = 1 << 24

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
                // (A link to a folder is listed as the folder it points to, its files named under the
                // path given.)
                guard let walker = fm.enumerator(atPath: (path as NSString).resolvingSymlinksInPath) else {
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
        extractEach(paths, extractor: extractor, jobs: jobs, progress: progress) { batch, _, _ in results += batch }
        Extractor.resolveAcrossArticles(&results)
        return results
    }

    /// The map: extracts batch after batch and hands each batch's results on in input order (with
    /// the articles read, for their texts, and each result rendered by `render` if given), so
    /// nothing waits for the whole corpus. Corpus lines are parsed, extracted and rendered on the
    /// `jobs` threads; a line that is not an article is reported, in order, from this one.
    mutating func extractEach(_ paths: [String], extractor: Extractor, jobs: Int, progress: Bool,
                              render: (@Sendable (ExtractedArticle) -> String)? = nil,
                              _ body: (_ results: [ExtractedArticle], _ articles: [Article], _ rendered: [String]) -> Void) {
        var line = Progress(enabled: progress)
        forEachBatch(paths) { batch in
            let outcomes = Parallel.map(batch, jobs: jobs) { entry -> Outcome in
                var item: CorpusReader.Item
                switch entry {
                case .item(let ready): item = ready
                case .line(let data, let number, let name, let path):
                    switch CorpusReader.parse(data, number: number, name: name) {
                    case .success(let parsed): item = parsed
                    case .failure(let problem): return Outcome(problem: (path, problem.message))
                    }
                }
                switch item {
                case .article(let a):
                    let e = extractor.extract(a)
                    return Outcome(result: e, article: a, rendered: render?(e))
                case .extracted(let e):
                    return Outcome(result: e, rendered: render?(e))
                }
            }
            var results: [ExtractedArticle] = [], articles: [Article] = [], rendered: [String] = []
            var bytes = 0
            for o in outcomes {
                if let r = o.result { results.append(r) }
                if let a = o.article { articles.append(a); bytes += a.text.utf8.count }
                if let s = o.rendered { rendered.append(s) }
            }
            body(results, articles, rendered)
            line.update(articles: batch.count, bytes: bytes)
            return outcomes.compactMap(\.problem)
        }
        line.finish()
    }

    /// What became of one entry of a batch.
    private struct Outcome {
        var result: ExtractedArticle?
        var article: Article?
        var rendered: String?
        var problem: (path: String, message: String)?
    }

    /// One entry of a batch: a corpus line not yet parsed (with the source name its article
    /// takes and the path its problems name), or an article or saved output already read.
    enum Entry {
        case line(Data, number: Int, name: String, path: String)
        case item(CorpusReader.Item)
    }

    /// Calls `body` with batches of entries read from the paths, in order; reports the problems
    /// it returns.
    mutating func forEachBatch(_ paths: [String], size: Int = 512,
                               _ body: ([Entry]) -> [(path: String, message: String)]) {
        var batch: [Entry] = []
        batch.reserveCapacity(size)
        func flush() {
            for (path, message) in body(batch) { report(path, message) }
            batch.removeAll(keepingCapacity: true)
        }
        func add(_ entry: Entry) {
            batch.append(entry)
            if batch.count == size { flush() }
        }
        for path in expand(paths) {
            var first = Data()
            if path == "-" {
                first = FileHandle.standardInput.readData(ofLength: 1 << 16)
            }
            if CorpusReader.isCorpus(path) || path == "-" && (jsonl || Self.looksLikeJSONLines(first)) {
                let shown = path == "-" ? stdinName ?? "-" : path
                let name = path == "-" ? stdinName ?? path : path
                do {
                    try CorpusReader.lines(path, first: first, body: { line, number in
                        // A book-length line is parsed here and now, so that its bytes are let go
                        // before its text is read: memory holds one of the two, not both.
                        guard line.count > Self.parsedAtOnce else { return add(.line(line, number: number, name: name, path: shown)) }
                        switch CorpusReader.parse(line, number: number, name: name) {
                        case .success(let item): add(.item(item))
                        case .failure(let problem): report(shown, problem.message)
                        }
                    }, problem: { report(shown, $0) })
                } catch {
                    report(path, "cannot read it: \(error.localizedDescription)")
                }
            } else if let article = read(path, first: first) {
                add(.item(.article(article)))
            }
        }
        if !batch.isEmpty { flush() }
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
