import ArgumentParser
import Foundation
import VNCite

/// The built-in catalog plus a user's `--catalog FILE`, with a clear message when the file is
/// unreadable or malformed.
enum CatalogFile {
    static func load(_ path: String?) throws -> Catalog {
        guard let path else { return .standard }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ValidationError("cannot read the catalog \(path)")
        }
        var catalog = Catalog.standard
        do { try catalog.add(tsv: text, path: path) } catch { throw ValidationError("\(error)") }
        return catalog
    }
}
