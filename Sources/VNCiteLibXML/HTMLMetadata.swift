import VNCite

/// An article page's title, publication date and own address.
///
/// Title: `og:title`, else the title `<h1>`, else `<title>` without the site name
/// ("Quán triệt Chỉ thị 05-CT/TW - Cổng TTĐT tỉnh" → "Quán triệt Chỉ thị 05-CT/TW").
/// Date: `article:published_time` (the day as written, "2023-06-14T23:30:00+07:00" is
/// 2023-06-14), `<time datetime>`, `itemprop="datePublished"`, then a date printed after the
/// title ("14-06-2023 14:15"), never a banner ("Hôm nay, ngày 23 tháng 6 năm 2018").
/// Address: `og:url`, else `<link rel="canonical">`.
struct HTMLMetadata {
    var title: String?
    var date: CalendarDate?
    var url: String?

    init(_ page: HTMLBoilerplate, heading: Int?, container: Int) {
        let tree = page.tree
        var metas: [String: String] = [:]
        for index in tree.elements(named: "meta") {
            let node = tree.nodes[index]
            let key =
                node.attributes["property"] ?? node.attributes["name"]
                ?? node.attributes["itemprop"]
            guard let key, let content = node.attributes["content"] else { continue }
            let value = HTMLText.collapsed(content)
            if !value.isEmpty, metas[key.lowercased()] == nil { metas[key.lowercased()] = value }
        }
        title =
            metas["og:title"].map(HTMLText.nfc)
            ?? heading.map { HTMLText.nfc(tree.plainText($0)) }.flatMap { $0.isEmpty ? nil : $0 }
            ?? Self.documentTitle(tree)
        url = metas["og:url"] ?? Self.canonical(tree)
        date =
            Self.metaDate(metas) ?? Self.markedDate(page, container: container)
            ?? Self.printedDate(page, anchor: heading ?? container)
    }

    // MARK: - Title and address

    /// `<title>` split at " | ", " - ", " – ", " — ", " :: ", " » ", keeping the longest part.
    private static func documentTitle(_ tree: HTMLTree) -> String? {
        guard let index = tree.elements(named: "title").first else { return nil }
        var parts = [HTMLText.nfc(tree.plainText(index))]
        for separator in [" | ", " - ", " – ", " — ", " :: ", " » "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        let longest = parts.map { HTMLText.collapsed($0) }.max { $0.count < $1.count }
        return longest.flatMap { $0.isEmpty ? nil : $0 }
    }

    private static func canonical(_ tree: HTMLTree) -> String? {
        for index in tree.elements(named: "link") {
            let attributes = tree.nodes[index].attributes
            let rel = (attributes["rel"] ?? "").lowercased().split(separator: " ")
            if rel.contains("canonical"), let href = attributes["href"] {
                let value = HTMLText.collapsed(href)
                if !value.isEmpty { return value }
            }
        }
        return nil
    }

    // MARK: - Date

    private static let dateKeys = [
        "article:published_time", "og:published_time", "datepublished", "pubdate",
        "publishdate", "publish-date", "publish_date", "dc.date.issued", "dc.date.created",
        "dc.date", "date", "article:published",
    ]

    private static func metaDate(_ metas: [String: String]) -> CalendarDate? {
        for key in dateKeys {
            if let value = metas[key], let match = HTMLDates.first(in: value) { return match.date }
        }
        return nil
    }

    /// `<time datetime>` (or its text) and `itemprop="datePublished"`, inside the article
    /// first, then anywhere that is not boilerplate.
    private static func markedDate(_ page: HTMLBoilerplate, container: Int) -> CalendarDate? {
        let tree = page.tree
        var found: [(index: Int, date: CalendarDate)] = []
        for index in tree.nodes.indices where !tree.nodes[index].isText {
            let node = tree.nodes[index]
            let published = node.attributes["itemprop"]?.lowercased() == "datepublished"
            guard node.name == "time" || published, !isHidden(page, index) else { continue }
            let value =
                node.attributes["datetime"] ?? node.attributes["content"] ?? tree.plainText(index)
            if let match = HTMLDates.first(in: value) { found.append((index, match.date)) }
        }
        return (found.first { tree.contains(container, $0.index) } ?? found.first)?.date
    }

    /// A date printed on the page, looked for in short elements and text runs (up to 100
    /// letters) in this order: the first in the eight text runs after the title heading (or
    /// the start of the article), preferring one with a clock time or a date-like class; the
    /// nearest one before it with a time or a date-like class; the first one anywhere after it
    /// with a date-like class ("Ngày đăng: 05/09/2008" at the end of the article).
    private static func printedDate(_ page: HTMLBoilerplate, anchor: Int) -> CalendarDate? {
        let tree = page.tree
        let skipsAnchor = tree.nodes[anchor].name == "h1"
        let start = skipsAnchor ? tree.nodes[anchor].end : anchor + 1
        // runsBefore[i]: how many text runs with letters come before node i.
        var runsBefore = Array(repeating: 0, count: tree.nodes.count + 1)
        for index in tree.nodes.indices {
            let run = tree.nodes[index].isText && page.stats.text[index] > 0 ? 1 : 0
            runsBefore[index + 1] = runsBefore[index] + run
        }
        var near: [(date: CalendarDate, strong: Bool)] = []
        var before: CalendarDate?
        var late: CalendarDate?
        var index = 0
        while index < tree.nodes.count {
            let node = tree.nodes[index]
            let length = page.stats.text[index]
            if isHidden(page, index) || (skipsAnchor && index == anchor) || length == 0 {
                index = max(node.end, index + 1)
                continue
            }
            guard length <= 100 else {
                index += 1
                continue
            }
            let text = tree.plainText(index) { isHidden(page, $0) }
            if !text.lowercased().contains("hôm nay"), let match = HTMLDates.first(in: text) {
                let classNode = node.isText ? node.parent : index
                let dateClass = HTMLClassNames.isDate(tree.nodes[classNode].classAndID)
                let strong = match.hasTime || dateClass
                if index >= start {
                    let runsAfter = runsBefore[index] - runsBefore[start]
                    if runsAfter < 8, strong || text.count <= match.length + 30 {
                        near.append((match.date, strong))
                    } else if dateClass, late == nil {
                        late = match.date
                    }
                } else if strong {
                    before = match.date
                }
            }
            index = max(node.end, index + 1)
        }
        return (near.first { $0.strong } ?? near.first)?.date ?? before ?? late
    }

    /// Left out for good: scripts, hidden parts, counters, link lists. A date in a share bar
    /// or an article header still counts.
    private static func isHidden(_ page: HTMLBoilerplate, _ index: Int) -> Bool {
        switch page.reasons[index] {
        case .tag, .hidden, .label, .linkList: true
        case .className, .header, nil: false
        }
    }
}
