import ArgumentParser
import Foundation
import VNCite

/// Options every command that reads articles shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files, folders (read recursively) or - for standard input.")
    var paths: [String]

    @Option(help: "A catalog file to add to the built-in one (issuers, terms, equivalences).")
    var catalog: String?

    func extractor() -> Extractor {
        Extractor(catalog: loadedCatalog ?? .standard)
    }

    private var loadedCatalog: Catalog? {
        guard let path = catalog, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        var c = Catalog.standard
        try? c.add(tsv: text, path: path)
        return c
    }

    func validate() throws {
        if let path = catalog {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ValidationError("cannot read the catalog \(path)")
            }
            var c = Catalog.standard
            do { try c.add(tsv: text, path: path) } catch { throw ValidationError("\(error)") }
        }
    }

    /// Reads every article, reporting the files that cannot be read.
    func loadArticles(_ files: inout InputFiles) throws -> [Article] {
        var articles: [Article] = []
        for path in files.expand(paths) {
            if let a = files.read(path) { articles.append(a) }
        }
        return articles
    }
}
