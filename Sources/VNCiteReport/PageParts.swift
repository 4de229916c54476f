/// A link on a page: "05-CT/TW" → "../documents/05-ct-tw-3c1f9a2b.html".
struct Link {
    var text: String
    var href: String
    /// A few words after the link: "Chỉ thị", "(2 bài)".
    var note = ""
    /// False when the target has no page (an article that cites nothing): shown as text.
    var linked = true
}

/// One line of what is known about something: "Số" — "05"; a value may link ("Cơ quan ban
/// hành" → the body's page) or be an outside address ("Địa chỉ gốc" → the article's URL).
struct Fact {
    var label: String
    var value: String
    var linked = false
    var href = ""

    init(_ label: String, _ value: String, href: String? = nil) {
        self.label = label
        self.value = value
        linked = href != nil
        self.href = href ?? ""
    }
}

/// The links between the pages of a long table: "Trang 1 2 3".
struct Pager {
    struct Page {
        var number: Int
        var href: String
        var current: Bool
    }

    var pages: [Page]
    /// Stored, not computed: templates see stored properties only.
    var shown: Bool

    /// `count` rows in pages of `size`; `href(n)` is page n's address.
    init(count: Int, size: Int, current: Int, href: (Int) -> String) {
        let n = max(1, (count + size - 1) / size)
        pages = (1...n).map { Page(number: $0, href: href($0), current: $0 == current) }
        shown = n > 1
    }

    /// The rows of page `page` (1-based).
    static func slice<T>(_ rows: [T], page: Int, size: Int) -> ArraySlice<T> {
        let start = min((page - 1) * size, rows.count)
        return rows[start..<min(start + size, rows.count)]
    }
}

/// Facts leave out what is not known.
extension Array where Element == Fact {
    mutating func add(_ label: String, _ value: String?, href: String? = nil) {
        if let value, !value.isEmpty { append(Fact(label, value, href: href)) }
    }
}
