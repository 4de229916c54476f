import VNCite

/// The page of one document: what is known of it, when meetings cited it, the table of
/// citing meetings (100 a page), and its neighbourhood drawn by Graphviz.
///
/// "05-CT/TW · Chỉ thị · Đẩy mạnh học tập và làm theo tư tưởng … · 3 cuộc họp".
struct DocumentPage {
    struct Row {
        var date: String
        var kind: String
        var host: String
        var chair: String
        var title: String
        /// The citing sentence, the mention highlighted.
        var segments: [Segment]
        var reports: [Report]
    }

    struct Report {
        var title: String
        var href: String
        var url: String
        var hasURL: Bool
    }

    static let rowsPerPage = 100

    var title: String
    var root = PageDepth.folder.root
    var key: String
    var kind: String
    var resolved: Bool
    var facts: [Fact]
    var firstSource: Link?
    var isFirstPage: Bool
    var timeline: TimelineChart
    var hasTimeline: Bool
    var meetingCount: Int
    var rows: [Row]
    var pager: Pager
    var drawing: String
    var hasDrawing: Bool
    var drawingNote: String
    var implements: [Link]
    var implementedBy: [Link]
    var citedWith: [Link]
    var hasImplements: Bool
    var hasImplementedBy: Bool
    var hasCitedWith: Bool
    var hasNeighbours: Bool
}

extension DocumentPage {
    /// Page `page` of the document's table; `drawing` is its neighbourhood's SVG, if drawn.
    init(_ doc: CitationGraph.Node, meetings: [CitingMeeting], neighbourhood: Neighbourhood,
         page: Int, drawing: String?, drawingNote: String, index: ReportIndex) {
        let here = PageDepth.folder
        key = doc.string("key") ?? doc.label
        title = key
        kind = doc.string("docKind") ?? ""
        resolved = doc.attributes["resolved"] != .bool(false)
        var facts: [Fact] = []
        facts.add("Mã văn bản", key)
        facts.add("Loại", kind)
        facts.add("Số", doc.string("number"))
        facts.add("Ngày ban hành", VietnameseDate.day(doc.string("date")))
        if case .int(let y) = doc.attributes["year"] { facts.add("Năm", String(y)) }
        facts.add("Khóa", doc.string("term"))
        if case .int(let p) = doc.attributes["plenum"] { facts.add("Hội nghị Trung ương", "lần thứ \(p)") }
        facts.add("Đại hội", doc.string("congress"))
        facts.add("Tên luật", doc.string("lawName"))
        facts.add("Ký hiệu cơ quan", doc.string("issuer"))
        if let issuer = index.edges(from: doc.id, .issuedBy).first.flatMap({ index.nodes[$0.target] }) {
            facts.add("Cơ quan ban hành", issuer.label, href: here.href(SitePaths.body(issuer)))
        }
        facts.add("Tỉnh, thành", doc.string("province"))
        facts.add("Trích yếu", doc.string("subject"))
        facts.add("Trạng thái", resolved ? "đã xác định một văn bản" : "chưa xác định (khóa một phần: văn bản không ghi đủ số, năm hoặc cơ quan)")
        self.facts = facts
        // The graph fills a document's facts from its citing articles in source order.
        firstSource = meetings.flatMap(\.reports).map(\.source).min().map {
            Link(text: index.articles[$0]?.title ?? $0, href: here.href(SitePaths.article(source: $0)))
        }
        isFirstPage = page == 1
        timeline = TimelineChart(dates: meetings.map(\.date))
        hasTimeline = timeline.shown
        meetingCount = meetings.count
        rows = Pager.slice(meetings, page: page, size: Self.rowsPerPage).map { m in
            Row(date: VietnameseDate.day(m.date) ?? "không rõ", kind: m.kind ?? "", host: m.host ?? "",
                chair: m.chair ?? "", title: m.title ?? "",
                segments: m.sentence.map { Highlight.sentence($0, mention: m.mention) } ?? [],
                reports: m.reports.map { r in
                    Report(title: r.title, href: here.href(SitePaths.article(source: r.source)),
                           url: r.url ?? "", hasURL: r.url != nil)
                })
        }
        pager = Pager(count: meetings.count, size: Self.rowsPerPage, current: page) {
            here.href(SitePaths.document(doc, page: $0))
        }
        self.drawing = drawing ?? ""
        hasDrawing = drawing != nil
        self.drawingNote = drawingNote
        func links(_ tie: Neighbourhood.Tie) -> [Link] {
            neighbourhood.neighbours.filter { $0.tie == tie }.map {
                Link(text: $0.node.string("key") ?? $0.node.label, href: here.href(SitePaths.document($0.node)),
                     note: tie == .citedWith ? "\($0.shared) bài cùng trích dẫn" : $0.node.string("docKind") ?? "")
            }
        }
        implements = links(.implements)
        implementedBy = links(.implementedBy)
        citedWith = links(.citedWith)
        hasImplements = !implements.isEmpty
        hasImplementedBy = !implementedBy.isEmpty
        hasCitedWith = !citedWith.isEmpty
        hasNeighbours = !neighbourhood.neighbours.isEmpty
    }
}
