import Foundation
import VNCite

/// Reads a saved web page into an `Article`: the article's text without the page around it,
/// its title, publication date and address.
///
/// A provincial Party committee page with menus, "Tin liên quan", "Lượt truy cập" and share
/// buttons around "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị…" gives an article whose
/// text is the title line and the paragraphs, whose title is the page's `og:title` or `<h1>`,
/// and whose date is its `article:published_time` or the "14-06-2023 14:15" under the title.
public enum HTMLArticleReader {
    /// Reads one page. Errors carry `source` as their path. `declared` overrides the page's
    /// byte order mark, charset declaration and detection (`--encoding`).
    ///
    /// `try HTMLArticleReader.read(bytes, source: "tinhuy.html")` for a page of the Tỉnh ủy
    /// portal; `declared: .windows1258` for an old page that declares nothing.
    public static func read(
        _ bytes: [UInt8], source: String, declared: TextEncoding? = nil
    ) throws(InputError) -> Article {
        do {
            return try article(bytes, source: source, declared: declared)
        } catch {
            throw error.path == nil ? error.at(path: source) : error
        }
    }

    /// The same for `Data`:
    /// `try HTMLArticleReader.read(Data(contentsOf: url), source: "bai-viet.html")`.
    public static func read(
        _ data: Data, source: String, declared: TextEncoding? = nil
    ) throws(InputError) -> Article {
        try read([UInt8](data), source: source, declared: declared)
    }

    /// Whether bytes start like an HTML page (`<!DOCTYPE html`, `<html`, `<head`, `<body`,
    /// `<meta`, `<div`, `<p>` …), after a byte order mark, white space, comments and an XML
    /// declaration. UTF-16 is recognised too.
    ///
    /// `looksLikeHTML(Array("<!DOCTYPE html><html lang=\"vi\">".utf8))` is true;
    /// `looksLikeHTML(Array("Nghị quyết số 05-NQ/TU".utf8))` is false.
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        HTMLSniffer.looksLikeHTML(bytes)
    }

    /// The same for `Data`: `looksLikeHTML(Data("<p>Nghị quyết</p>".utf8))` is true.
    public static func looksLikeHTML(_ data: Data) -> Bool {
        HTMLSniffer.looksLikeHTML([UInt8](data.prefix(4096)))
    }

    // MARK: - Steps

    private static func article(
        _ bytes: [UInt8], source: String, declared: TextEncoding?
    ) throws(InputError) -> Article {
        let tree: HTMLTree
        let decoded: HTMLCharset.Decoded =
            if let declared {
                .text(try TextDecoding.decode(bytes, declared: declared).text, declared)
            } else {
                try HTMLCharset.decode(bytes)
            }
        switch decoded {
        case .text(let text, _):
            tree = try HTMLTree.parse(Array(text.utf8), encoding: "UTF-8")
        case .raw(let label):
            tree = try HTMLTree.parse(bytes, encoding: label)
        }
        let page = HTMLBoilerplate(tree)
        var container = HTMLMainContent.find(page)
        let heading = titleHeading(page, container: container)
        if let heading {
            container = HTMLMainContent.including(heading, in: container, page)
        }
        let text = HTMLText.nfc(HTMLTextRenderer.render(page, from: container, keeping: heading))
        guard !text.isEmpty else {
            throw InputError(problem: "no article text in the HTML page")
        }
        let metadata = HTMLMetadata(page, heading: heading, container: container)
        return Article(
            source: source, text: text, title: metadata.title, date: metadata.date,
            url: metadata.url)
    }

    /// The `<h1>` that titles the article: the first inside the container, else the nearest
    /// one before it, else the first after it; never a logo, never inside scripts or menus.
    private static func titleHeading(_ page: HTMLBoilerplate, container: Int) -> Int? {
        let tree = page.tree
        let headings = tree.elements(named: "h1").filter { index in
            let usable = page.reasons[index] == nil || page.reasons[index] == .header
            return usable && !HTMLClassNames.isLogo(tree.nodes[index].classAndID)
                && !tree.plainText(index).isEmpty
        }
        return headings.first { tree.contains(container, $0) }
            ?? headings.last { $0 < container }
            ?? headings.first
    }
}
