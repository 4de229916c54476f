import Foundation
import Mustache
import VNCite

/// The Mustache templates of the pages and the site's two static files, loaded from the
/// target's `Templates/` folder. `{{value}}` escapes `& < > " '`; the only unescaped value,
/// `{{{svg}}}`, is a drawing Graphviz wrote (which escapes its own text).
struct ReportTemplates: Sendable {
    struct MissingTemplate: Error, CustomStringConvertible {
        var name: String
        var description: String {
            name == "Templates/" ? InstalledData.problem(of: "VNCiteReport") ?? "the report templates are missing"
                : "the report template \(name) is missing from the installation"
        }
    }

    let library: MustacheLibrary
    /// style.css and search.js, copied into every site as they are.
    let assets: [(name: String, text: String)]

    static func load() throws -> ReportTemplates {
        guard let folder = InstalledData.folder(of: "VNCiteReport")?.appendingPathComponent("Templates") else {
            throw MissingTemplate(name: "Templates/")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var library = MustacheLibrary()
        var assets: [(String, String)] = []
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            if name.hasSuffix(".mustache") {
                try library.register(text, named: String(name.dropLast(".mustache".count)))
            } else {
                assets.append((name, text))
            }
        }
        return ReportTemplates(library: library, assets: assets)
    }

    /// The page `template` fills with `context`.
    func render(_ context: Any, _ template: String) throws -> String {
        guard let page = library.render(context, withTemplate: template) else { throw MissingTemplate(name: template) }
        return page
    }
}
