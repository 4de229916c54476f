import VNCite

/// The corpus at a glance: counts and period, the most cited documents with a bar each,
/// documents by kind and by issuing body, and the findings that need a reader's eye.
struct IndexPage {
    struct TopRow {
        var key: String
        var href: String
        var kind: String
        var subject: String
        var meetings: Int
        var first: String
        var last: String
        /// The bar's length in pixels, out of 100 for the most cited.
        var bar: Int
    }

    struct Count {
        var name: String
        var count: Int
        var href: String
        var linked: Bool
    }

    static let topRows = 50
    static let issuerRows = 30
    static let findingRows = 50

    var title = "Tổng quan"
    var root = PageDepth.top.root
    var articles: Int
    var meetings: Int
    var documents: Int
    var bodies: Int
    var period: String
    var rows: [TopRow]
    var allDocumentsHref: String
    var kinds: [Count]
    var issuers: [Count]
    var hosts: [Count]
    var findings: [FindingRow]
    var hasFindings: Bool
    var findingCount: Int
    var moreFindings: Bool
    var findingRows = Self.findingRows
    var allFindingsHref: String
}

extension IndexPage {
    init(ranking: [DocumentRank], findings: [FindingRow], index: ReportIndex) {
        let here = PageDepth.top
        articles = index.articles.count
        meetings = index.nodes(of: .meeting).count
        documents = ranking.count
        bodies = index.nodes(of: .body).count
        let days = index.articles.values.compactMap(\.date).sorted()
        period = [days.first, days.last].compactMap { VietnameseDate.day($0?.iso) }.joined(separator: " – ")
        let most = max(ranking.first?.meetings.count ?? 1, 1)
        rows = ranking.prefix(Self.topRows).map { r in
            TopRow(key: r.key, href: here.href(SitePaths.document(r.node)), kind: r.kind, subject: r.subject,
                   meetings: r.meetings.count, first: VietnameseDate.day(r.first) ?? "", last: VietnameseDate.day(r.last) ?? "",
                   bar: max(1, r.meetings.count * 100 / most))
        }
        allDocumentsHref = here.href(SitePaths.list("documents", page: 1))
        var byKind: [String: Int] = [:]
        for r in ranking { byKind[r.kind, default: 0] += 1 }
        kinds = byKind.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { Count(name: $0.key, count: $0.value, href: "", linked: false) }
        issuers = index.nodes(of: .body).map { b in (b, index.edges(to: b.id, .issuedBy).count) }
            .filter { $0.1 > 0 }
            .sorted { ($1.1, $0.0.id) < ($0.1, $1.0.id) }
            .prefix(Self.issuerRows)
            .map { Count(name: $0.0.label, count: $0.1, href: here.href(SitePaths.body($0.0)), linked: true) }
        hosts = index.nodes(of: .body).map { b in (b, index.edges(to: b.id, .heldBy).count) }
            .filter { $0.1 > 0 }
            .sorted { ($1.1, $0.0.id) < ($0.1, $1.0.id) }
            .prefix(Self.issuerRows)
            .map { Count(name: $0.0.label, count: $0.1, href: here.href(SitePaths.body($0.0)), linked: true) }
        hasFindings = !findings.isEmpty
        self.findings = Array(findings.prefix(Self.findingRows)).map { $0.at(here) }
        findingCount = findings.count
        moreFindings = findings.count > Self.findingRows
        allFindingsHref = here.href(SitePaths.list("findings", page: 1))
    }
}

/// A document with the meetings citing it, for the rankings.
struct DocumentRank {
    var node: CitationGraph.Node
    var key: String
    var kind: String
    var subject: String
    var meetings: [CitingMeeting]
    var first: String?
    var last: String?

    init(_ node: CitationGraph.Node, meetings: [CitingMeeting]) {
        self.node = node
        key = node.string("key") ?? node.label
        kind = node.string("docKind") ?? ""
        subject = node.string("subject") ?? node.string("lawName") ?? ""
        self.meetings = meetings
        let days = meetings.compactMap(\.date).sorted()
        first = days.first
        last = days.last
    }

    /// Most citing meetings first, then by key.
    static func ranked(_ ranks: [DocumentRank]) -> [DocumentRank] {
        ranks.sorted { ($1.meetings.count, $0.node.id) < ($0.meetings.count, $1.node.id) }
    }
}

/// An unresolved or ambiguous citation, with a link to where it stands in its article.
struct FindingRow {
    var kind: String
    var message: String
    var words: String
    var article: String
    /// Relative to the site's folder; `at(_:)` makes it relative to a page.
    var path: String
    var href = ""

    func at(_ depth: PageDepth) -> FindingRow {
        var row = self
        row.href = depth.href(path)
        return row
    }
}
