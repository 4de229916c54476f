/// The long lists behind the index, a page at a time: every document by rank
/// ("lists/documents-1.html", 200 a page) and every finding ("lists/findings-1.html").
struct DocumentListPage {
    static let rowsPerPage = 200

    var title = "Tất cả văn bản"
    var root = PageDepth.folder.root
    var rows: [IndexPage.TopRow]
    var total: Int
    var pager: Pager

    init(_ ranking: [DocumentRank], page: Int) {
        let here = PageDepth.folder
        let most = max(ranking.first?.meetings.count ?? 1, 1)
        rows = Pager.slice(ranking, page: page, size: Self.rowsPerPage).map { r in
            IndexPage.TopRow(key: r.key, href: here.href(SitePaths.document(r.node)), kind: r.kind, subject: r.subject,
                             meetings: r.meetings.count, first: VietnameseDate.day(r.first) ?? "",
                             last: VietnameseDate.day(r.last) ?? "", bar: max(1, r.meetings.count * 100 / most))
        }
        total = ranking.count
        pager = Pager(count: ranking.count, size: Self.rowsPerPage, current: page) {
            here.href(SitePaths.list("documents", page: $0))
        }
    }
}

/// Every finding that needs a reader's eye, 200 a page.
struct FindingListPage {
    static let rowsPerPage = 200

    var title = "Trích dẫn cần xem lại"
    var root = PageDepth.folder.root
    var findings: [FindingRow]
    var total: Int
    var pager: Pager

    init(_ all: [FindingRow], page: Int) {
        let here = PageDepth.folder
        findings = Pager.slice(all, page: page, size: Self.rowsPerPage).map { $0.at(here) }
        total = all.count
        pager = Pager(count: all.count, size: Self.rowsPerPage, current: page) {
            here.href(SitePaths.list("findings", page: $0))
        }
    }
}
