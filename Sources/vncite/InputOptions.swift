import ArgumentParser
import Foundation
import VNCite

extension TextEncoding: ExpressibleByArgument {}

/// Options every command that reads articles shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files, folders (read recursively), JSON Lines corpora (.jsonl, .jsonl.xz, .jsonl.gz) or - for standard input.")
    var paths: [String]

    @Option(help: "A catalog file to add to the built-in one (issuers, terms, equivalences).")
    var catalog: String?

    @Option(help: "Read text files in this encoding instead of detecting it: \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")).")
    var encoding: TextEncoding?

    @Flag(help: "Read standard input (-) as JSON Lines, articles or extract output (recognised anyway when it starts with \"{\").")
    var jsonl = false

    @Option(help: "The name standard input's articles carry as their source, e.g. corpus.jsonl (default: -).")
    var stdinName: String?

    @Option(help: "Threads to use (default: all cores). The output does not depend on it.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
        _ = try CatalogFile.load(catalog)
    }

    /// The extractor with the catalog (checked by `validate`), reading the meetings of `meetings`.
    func extractor(meetings: Extractor.MeetingScope = .everyArticle) -> Extractor {
        Extractor(catalog: (try? CatalogFile.load(catalog)) ?? .standard, meetings: meetings)
    }

    /// Reads and extracts every article for a graph (meetings of citing articles only), batch by
    /// batch on `jobs` threads, then resolves short forms across articles. Files that cannot be
    /// read are reported and counted in `files`.
    func extractForGraph(_ files: inout InputFiles) -> [ExtractedArticle] {
        configure(&files)
        return files.extractAll(paths, extractor: extractor(meetings: .citingArticles), jobs: jobs, progress: true)
    }

    func configure(_ files: inout InputFiles) {
        files.encoding = encoding
        files.jsonl = jsonl
        files.stdinName = stdinName
    }
}

/// A progress line on standard error, only when it is a terminal and the run takes a while.
struct Progress {
    private let start = Date()
    private var articles = 0
    private var bytes = 0
    private var lastDraw = Date.distantPast
    private let enabled: Bool

    init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
    }

    mutating func update(articles n: Int, bytes b: Int) {
        articles += n
        bytes += b
        guard enabled else { return }
        let now = Date()
        let elapsed = now.timeIntervalSince(start)
        guard elapsed > 2, now.timeIntervalSince(lastDraw) > 0.5 else { return }
        lastDraw = now
        let mb = Double(bytes) / 1_000_000
        let line = String(format: "\r%d articles, %.0f MB, %.1f MB/s, %.0f s", articles, mb, mb / elapsed, elapsed)
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        if enabled, lastDraw != .distantPast { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
