/// Which element of a page holds the article.
///
/// On a portal page with `<div class="news-detail"><h1>…</h1><div class="content">…</div></div>`
/// beside menus and a sidebar, the article is `div.news-detail`: the text-richest element whose
/// name marks content (`<article>`, `itemprop="articleBody"`, a class or id with "content",
/// "detail", "noidung" …), narrowed to a child that holds nearly all of its text, and widened
/// to take in the title `<h1>` when that costs little. Pages without such names fall back to
/// the element with the most paragraph text, and then to `<body>`.
enum HTMLMainContent {
    /// The article container before the title is known.
    static func find(_ page: HTMLBoilerplate) -> Int {
        let tree = page.tree
        let body = tree.elements(named: "body").first ?? HTMLTree.root
        let bodyText = score(page, body)
        var best: Int?
        for index in tree.nodes.indices where isCandidate(page, index) {
            if best.map({ score(page, index) >= score(page, $0) }) ?? true { best = index }
        }
        guard var best, score(page, best) * 10 >= bodyText * 4 else {
            return paragraphParent(page) ?? body
        }
        while let inner = narrower(page, than: best) { best = inner }
        return best
    }

    /// Widens the container to the common ancestor with the title heading, when that ancestor
    /// holds little more than the two (a date line, a lead paragraph).
    static func including(_ heading: Int, in container: Int, _ page: HTMLBoilerplate) -> Int {
        let tree = page.tree
        guard !tree.contains(container, heading) else { return container }
        var common = tree.nodes[container].parent
        while common > HTMLTree.root, !tree.contains(common, heading) {
            common = tree.nodes[common].parent
        }
        guard common > HTMLTree.root else { return container }
        let slack = max(400, score(page, container) / 5)
        let headingText = page.stats.text[heading]
        return score(page, common) <= score(page, container) + headingText + slack
            ? common : container
    }

    // MARK: - Helpers

    private static func score(_ page: HTMLBoilerplate, _ index: Int) -> Int {
        page.stats.text[index] - page.stats.linkText[index]
    }

    private static func isCandidate(_ page: HTMLBoilerplate, _ index: Int) -> Bool {
        let node = page.tree.nodes[index]
        guard !node.isText, !page.isDropped(index) else { return false }
        if ["article", "main"].contains(node.name) { return true }
        if node.attributes["itemprop"]?.lowercased() == "articlebody" { return true }
        if node.attributes["role"]?.lowercased() == "main" { return true }
        return !["html", "body"].contains(node.name) && HTMLClassNames.isContent(node.classAndID)
    }

    /// A candidate inside `container` that holds at least 92% of its text.
    private static func narrower(_ page: HTMLBoilerplate, than container: Int) -> Int? {
        let total = score(page, container)
        var best: Int?
        for index in (container + 1)..<page.tree.nodes[container].end where isCandidate(page, index)
        {
            let inner = score(page, index)
            guard inner * 100 >= total * 92 else { continue }
            if best.map({ inner >= score(page, $0) }) ?? true { best = index }
        }
        return best
    }

    /// The element whose paragraphs hold the most text (Readability's idea, simplified): each
    /// text run of 20 characters or more counts for its block, the block's parent and, half,
    /// the grandparent.
    private static func paragraphParent(_ page: HTMLBoilerplate) -> Int? {
        let tree = page.tree
        var credit = Array(repeating: 0, count: tree.nodes.count)
        for index in tree.nodes.indices where tree.nodes[index].isText && !page.isDropped(index) {
            let length = page.stats.text[index]
            guard length >= 20, tree.ancestor(of: index, named: ["a"]) == nil,
                let block = tree.ancestor(of: index, named: HTMLTextRenderer.blocks)
            else { continue }
            credit[block] += length
            let parent = tree.nodes[block].parent
            guard parent > HTMLTree.root else { continue }
            credit[parent] += length
            let grandparent = tree.nodes[parent].parent
            if grandparent > HTMLTree.root { credit[grandparent] += length / 2 }
        }
        var best: Int?
        for index in credit.indices where credit[index] > 0 {
            if best.map({ credit[index] >= credit[$0] }) ?? true { best = index }
        }
        return best
    }
}
