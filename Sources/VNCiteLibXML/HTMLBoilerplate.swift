/// What on a page is not the article: which elements to leave out, and why.
///
/// A provincial portal's `<div class="tinlienquan"><h3>Tin liên quan</h3><ul>…</ul></div>`,
/// `<div class="thongke">Lượt truy cập: 1.234.567</div>`, `<script>` blocks, menus and share
/// buttons are all left out; `<header>` is left out unless it holds the article's `<h1>`.
/// Marks sit on the top of each left-out subtree; `isDropped` looks up the ancestors.
struct HTMLBoilerplate {
    enum Reason: Sendable {
        /// `<script>`, `<nav>`, `<form>`, `<footer>` …: never article text.
        case tag
        /// `hidden`, `aria-hidden="true"`, `display:none`.
        case hidden
        /// A class or id that names boilerplate: "menu", "share", "tinlienquan", "comment".
        case className
        /// A block that starts with a boilerplate label: "Tin liên quan", "Lượt truy cập: 12".
        case label
        /// A list of links with little else: menus, related articles, "Xem thêm".
        case linkList
        /// `<header>` and class "header": kept only around the article's title.
        case header
    }

    let tree: HTMLTree
    /// The mark on each node itself (nil inside a marked subtree).
    private(set) var marks: [Reason?]
    /// The effective reason of every node: its own mark or its nearest marked ancestor's.
    private(set) var reasons: [Reason?]
    private(set) var stats: HTMLTextStats

    /// Finds the boilerplate of a parsed page.
    init(_ tree: HTMLTree) {
        self.tree = tree
        marks = Array(repeating: nil, count: tree.nodes.count)
        reasons = marks
        stats = HTMLTextStats(tree) { _ in false }
        let markers = Self.mainMarkers(tree)
        markStructure(protecting: markers)
        refresh()
        markLinkLists(protecting: markers)
        refresh()
        markLabels(protecting: markers)
        refresh()
    }

    func isDropped(_ node: Int) -> Bool { reasons[node] != nil }

    // MARK: - Passes

    private mutating func markStructure(protecting markers: [Bool]) {
        for index in tree.nodes.indices where !tree.nodes[index].isText {
            let node = tree.nodes[index]
            if Self.droppedTags.contains(node.name) {
                marks[index] = .tag
            } else if node.name == "form", !markers[index], stats.text[index] < 300,
                !hasProse(index)
            {
                // ASP.NET portals wrap the whole page in one <form>; only small forms without
                // sentences in them (search, comment, login forms) go.
                marks[index] = .tag
            } else if Self.isHidden(node) {
                marks[index] = .hidden
            } else if Self.isHeader(node), tree.ancestor(of: index, named: ["article"]) == nil {
                marks[index] = .header
            } else if !markers[index], !["html", "body"].contains(node.name),
                HTMLClassNames.isBoilerplate(node.classAndID)
            {
                marks[index] = .className
            }
        }
    }

    /// Whether a subtree holds a text run of 60 letters or more.
    private func hasProse(_ index: Int) -> Bool {
        (index..<tree.nodes[index].end).contains { tree.nodes[$0].isText && stats.text[$0] >= 60 }
    }

    private mutating func markLinkLists(protecting markers: [Bool]) {
        var index = 0
        while index < tree.nodes.count {
            let node = tree.nodes[index]
            if reasons[index] == nil, !markers[index], Self.listLike.contains(node.name),
                stats.links[index] >= 3, stats.linkText[index] * 10 >= stats.text[index] * 7
            {
                marks[index] = .linkList
                index = node.end
                continue
            }
            index += 1
        }
    }

    private mutating func markLabels(protecting markers: [Bool]) {
        var index = 0
        while index < tree.nodes.count {
            let node = tree.nodes[index]
            guard reasons[index] == nil, !node.isText, !markers[index],
                (1...HTMLLabels.longest).contains(stats.text[index])
            else {
                index += 1
                continue
            }
            let text = HTMLText.label(tree.plainText(index) { self.reasons[$0] != nil })
            let nonLink = stats.text[index] - stats.linkText[index]
            guard let kind = HTMLLabels.match(text, nonLinkLength: nonLink) else {
                index += 1
                continue
            }
            dropBlock(startingAt: index, kind: kind, protecting: markers)
            index = node.end
        }
    }

    /// Drops a labelled block: the label's element, the ancestors that hold little else, and
    /// after it the link lists (or, after a comments label, everything) in the same parent.
    /// A counter takes only its own element: it often shares a line with the date.
    private mutating func dropBlock(
        startingAt label: Int, kind: HTMLLabels.Kind, protecting markers: [Bool]
    ) {
        var block = label
        let labelText = stats.text[label] - stats.linkText[label]
        while kind != .counter {
            let parent = tree.nodes[block].parent
            guard parent > HTMLTree.root, !markers[parent],
                !["html", "body"].contains(tree.nodes[parent].name),
                stats.text[parent] - stats.linkText[parent] <= labelText + 120
            else { break }
            block = parent
        }
        marks[block] = .label
        guard kind != .counter else { return }
        let parent = tree.nodes[block].parent
        guard parent >= 0 else { return }
        let siblings = tree.nodes[parent].children
        guard let position = siblings.firstIndex(of: block) else { return }
        for sibling in siblings[(position + 1)...] {
            if tree.nodes[sibling].isText, stats.text[sibling] == 0 { continue }
            let linkDense = stats.linkText[sibling] * 2 >= stats.text[sibling]
            guard kind == .comments || linkDense, !markers[sibling] else { break }
            marks[sibling] = .label
        }
    }

    private mutating func refresh() {
        for index in tree.nodes.indices {
            let parent = tree.nodes[index].parent
            reasons[index] = marks[index] ?? (parent >= 0 ? reasons[parent] : nil)
        }
        let reasons = self.reasons
        stats = HTMLTextStats(tree) { reasons[$0] != nil }
    }

    // MARK: - Rules

    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
        "embed", "applet", "canvas", "svg", "math", "map", "button", "input", "select",
        "option", "textarea", "nav", "aside", "footer", "head", "title", "link", "meta", "dialog",
        "menu", "audio", "video", "marquee", "datalist", "noembed", "noframes",
    ]

    private static let listLike: Set<String> = [
        "ul", "ol", "dl", "table", "tbody", "tr", "td", "div", "section", "p", "span", "center",
    ]

    private static func isHidden(_ node: HTMLTree.Node) -> Bool {
        if node.attributes["hidden"] != nil { return true }
        if node.attributes["aria-hidden"]?.lowercased() == "true" { return true }
        let style = (node.attributes["style"] ?? "").lowercased().filter { $0 != " " }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    private static func isHeader(_ node: HTMLTree.Node) -> Bool {
        node.name == "header" || HTMLClassNames.tokens(node.classAndID).contains("header")
    }

    /// Nodes whose subtree holds the article: `<article>`, `itemprop="articleBody"`, or an
    /// `<h1>` that is not a logo. Class rules never drop these.
    static func mainMarkers(_ tree: HTMLTree) -> [Bool] {
        var markers = Array(repeating: false, count: tree.nodes.count)
        for index in tree.nodes.indices.reversed() {
            let node = tree.nodes[index]
            let isMain =
                node.name == "article"
                || node.attributes["itemprop"]?.lowercased() == "articlebody"
                || (node.name == "h1" && !HTMLClassNames.isLogo(node.classAndID))
            if isMain || node.children.contains(where: { markers[$0] }) { markers[index] = true }
        }
        return markers
    }
}
