/// How much visible text each node of a page holds, and how much of it is link text.
///
/// For `<ul><li><a>Tin 1</a></li><li><a>Tin 2</a></li></ul>` the `ul` has text 8 (letters and
/// digits, spaces not counted), link text 8 and 2 links: a link list. Skipped subtrees count 0.
struct HTMLTextStats {
    private(set) var text: [Int]
    private(set) var linkText: [Int]
    private(set) var links: [Int]

    init(_ tree: HTMLTree, skip: (Int) -> Bool) {
        let count = tree.nodes.count
        text = Array(repeating: 0, count: count)
        linkText = text
        links = text
        for index in tree.nodes.indices.reversed() where !skip(index) {
            let node = tree.nodes[index]
            if node.isText {
                text[index] = node.text.unicodeScalars.reduce(0) {
                    $0 + (HTMLText.isSpace($1) ? 0 : 1)
                }
                continue
            }
            for child in node.children {
                text[index] += text[child]
                linkText[index] += linkText[child]
                links[index] += links[child]
            }
            if node.name == "a" {
                linkText[index] = text[index]
                links[index] += 1
            }
        }
    }
}
