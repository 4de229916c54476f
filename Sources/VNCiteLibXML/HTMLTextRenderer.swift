/// The visible text of an element, laid out in lines the way a reader sees it.
///
/// `<h1>Tỉnh ủy quán triệt Chỉ thị 05</h1><p>Sáng 14/6, <b>Ban Thường vụ</b> Tỉnh ủy…</p>`
/// becomes "Tỉnh ủy quán triệt Chỉ thị 05\n\nSáng 14/6, Ban Thường vụ Tỉnh ủy…": paragraphs,
/// headings, lists and tables are separated by a blank line, `div`, `li`, `tr` and `<br>` end
/// a line, two `<br>` make a blank line, table cells are joined with a space, and white space
/// inside a line collapses to one space.
enum HTMLTextRenderer {
    /// Elements that end a paragraph: a blank line before and after.
    static let paragraphs: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table", "pre",
        "figure", "section", "article", "hr", "header", "address", "center", "main",
    ]

    /// Elements that end a line.
    static let lines: Set<String> = [
        "div", "li", "tr", "dt", "dd", "figcaption", "caption", "details", "summary",
        "fieldset", "legend", "tbody", "thead", "tfoot", "body", "html",
    ]

    static let blocks = paragraphs.union(lines)

    /// The text of `container`, leaving out dropped subtrees except a `<header>` that holds
    /// the title heading `keep`.
    static func render(_ page: HTMLBoilerplate, from container: Int, keeping keep: Int?) -> String {
        let tree = page.tree
        var writer = LineWriter()
        var stack: [(node: Int, leaving: Bool)] = [(container, false)]
        while let (index, leaving) = stack.popLast() {
            let node = tree.nodes[index]
            if leaving {
                writer.requestBreak(paragraphs.contains(node.name) ? 2 : 1)
                continue
            }
            if index != container, let mark = page.marks[index] {
                let keepHeader = mark == .header && keep.map { tree.contains(index, $0) } == true
                guard keepHeader else { continue }
            }
            if node.isText {
                writer.write(node.text)
                continue
            }
            switch node.name {
            case "br":
                writer.lineBreak()
                continue
            case "td", "th":
                writer.separate()
            default:
                break
            }
            if blocks.contains(node.name) {
                writer.requestBreak(paragraphs.contains(node.name) ? 2 : 1)
                stack.append((index, true))
            }
            for child in node.children.reversed() { stack.append((child, false)) }
        }
        return writer.text
    }
}

/// Builds text line by line, collapsing white space and holding breaks until text follows.
private struct LineWriter {
    private var output = String.UnicodeScalarView()
    /// Line ends owed before the next text: 1 a new line, 2 a blank line.
    private var pendingBreak = 0
    private var pendingSpace = false
    private var breaksInARow = 0

    var text: String { String(output) }

    mutating func requestBreak(_ level: Int) {
        pendingBreak = max(pendingBreak, level)
    }

    /// `<br>`: one ends the line, two leave a blank line.
    mutating func lineBreak() {
        breaksInARow += 1
        pendingBreak = max(pendingBreak, min(breaksInARow, 2))
    }

    /// Between table cells.
    mutating func separate() {
        pendingSpace = true
    }

    mutating func write(_ text: String) {
        for scalar in text.unicodeScalars {
            if HTMLText.isSpace(scalar) {
                pendingSpace = true
                continue
            }
            if scalar.properties.generalCategory == .control { continue }
            if pendingBreak > 0, !output.isEmpty {
                for _ in 0..<pendingBreak { output.append("\n") }
            } else if pendingSpace, !output.isEmpty, output.last != "\n" {
                output.append(" ")
            }
            pendingBreak = 0
            pendingSpace = false
            breaksInARow = 0
            output.append(scalar)
        }
    }
}
