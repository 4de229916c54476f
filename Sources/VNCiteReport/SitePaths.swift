import VNCite

/// Where each page of the site lives, relative to the site's folder.
///
/// index.html and search files at the top; one folder per kind of page:
/// "documents/05-ct-tw-3c1f9a2b.html", "articles/003-d00f514569f14f19-txt-….html",
/// "bodies/bo-chinh-tri-….html", "lists/documents-2.html". Every page but the index is one
/// folder deep, so its links start with "../".
enum SitePaths {
    static func document(_ node: CitationGraph.Node, page: Int = 1) -> String {
        "documents/" + PageName.file(named: node.string("key") ?? node.label, id: node.id, page: page)
    }

    static func article(source: String) -> String {
        let file = source.split(separator: "/").last.map(String.init) ?? source
        return "articles/" + PageName.file(named: file, id: source)
    }

    static func body(_ node: CitationGraph.Node) -> String {
        "bodies/" + PageName.file(named: node.label, id: node.id)
    }

    /// "lists/documents-1.html", "lists/findings-3.html".
    static func list(_ name: String, page: Int) -> String { "lists/\(name)-\(page).html" }
}

/// A page's way back to the site's top folder: "" for the index, "../" for the others.
struct PageDepth {
    let root: String

    static let top = PageDepth(root: "")
    static let folder = PageDepth(root: "../")

    func href(_ path: String) -> String { root + path }
}
