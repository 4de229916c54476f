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
    /// forms across articles; a progress line on a terminal when `progress`.
    mutating func extractAll(_ paths: [String], extractor: Extractor, jobs: Int, progress: Bool) -> [ExtractedArticle] {
        var results: [ExtractedArticle] = []
        var line = Progress(enabled: progress)
        forEachBatch(paths) { batch in
            results += extractor.extract(batch: batch, jobs: jobs)
            line.update(articles: batch.count, bytes: batch.reduce(0) { $0 + $1.text.utf8.count })
        }
        line.finish()
        Extractor.resolveAcrossArticles(&results)
        return results
    }

    /// Calls `body` with batches of articles read from the paths, in order.
    mutating func forEachBatch(_ paths: [String], size: Int = 512, _ body: ([Article]) -> Void) {
        var batch: [Article] = []
        batch.reserveCapacity(size)
        for path in expand(paths) {
            if CorpusReader.isCorpus(path) {
                do {
                    try CorpusReader.read(path, body: { article in
                        batch.append(article)
                        if batch.count == size { body(batch); batch.removeAll(keepingCapacity: true) }
                    }, problem: { report(path, $0) })
                } catch {
                    report(path, "cannot read it: \(error.localizedDescription)")
                }
            } else if let article = read(path) {
                batch.append(article)
                if batch.count == size { body(batch); batch.removeAll(keepingCapacity: true) }
            }
        }
        if !batch.isEmpty { body(batch) }
    }

    /// Reads one file as an article, or reports why it cannot.
    mutating func read(_ path: String) -> Article? {
        let bytes: Data
        if path == "-" {
            bytes = FileHandle.standardInput.readDataToEndOfFile()
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
