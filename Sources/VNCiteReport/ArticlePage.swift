import VNCite

/// The page of one article: its header, the meeting it reports, the documents it cites, and
/// its text with every citation highlighted and linked to the document's page.
///
/// "Thường trực Tỉnh uỷ làm việc với Sở Thông tin và Truyền thông · 10/02/2017 · … thực hiện
/// ⟦Chỉ thị số 05-CT/TW⟧ …".
struct ArticlePage {
    struct Cited {
        var key: String
        var href: String
        var kind: String
        var mentions: Int
    }

    struct Note {
        var kind: String
        var message: String
        var href: String
        var linked: Bool
    }

    var title: String
    var root = PageDepth.folder.root
    var facts: [Fact]
    var meeting: [Fact]
    var hasMeeting: Bool
    var cited: [Cited]
    var notes: [Note]
    var hasNotes: Bool
    var paragraphs: [Paragraph]
    var hasText: Bool
}

extension ArticlePage {
    init(_ article: ExtractedArticle, text: String?, index: ReportIndex) {
        let here = PageDepth.folder
        let file = article.source.split(separator: "/").last.map(String.init) ?? article.source
        title = article.title ?? file
        var facts: [Fact] = []
        facts.add("Ngày đăng", VietnameseDate.day(article.date?.iso))
        facts.add("Tệp", article.source)
        facts.add("Địa chỉ gốc", article.url, href: article.url)
        facts.add("Tỉnh, thành", article.locality)
        self.facts = facts
        var meeting: [Fact] = []
        if let m = article.citingMeeting {
            meeting.add("Loại", m.kind)
            meeting.add("Nội dung", m.what)
            meeting.add("Cơ quan tổ chức", m.host, href: index.hostPage(of: article).map(here.href))
            meeting.add("Ngày họp", VietnameseDate.day(m.date?.iso))
            meeting.add("Chủ trì", m.chair)
            meeting.add("Địa điểm", m.place)
            meeting += index.otherReports(of: article).map { other in
                Fact("Cùng đưa tin", other.title, href: other.linked ? here.href(SitePaths.article(source: other.source)) : nil)
            }
        }
        self.meeting = meeting
        hasMeeting = !meeting.isEmpty
        var spans: [Highlight.Span] = []
        var counts: [String: Int] = [:]
        var order: [String] = []
        for c in article.citations {
            let id = CitationGraph.documentID(key: c.key, source: article.source)
            guard let doc = index.nodes[id] else { continue }
            spans.append(.init(start: c.start, end: c.end, href: here.href(SitePaths.document(doc)), key: c.key))
            if counts[id] == nil { order.append(id) }
            counts[id, default: 0] += 1
        }
        cited = order.compactMap { id in
            index.nodes[id].map {
                Cited(key: $0.string("key") ?? $0.label, href: here.href(SitePaths.document($0)),
                      kind: $0.string("docKind") ?? "", mentions: counts[id] ?? 0)
            }
        }
        let starts = Set(spans.map(\.start))
        notes = article.findings.map { f in
            let anchored = f.start.map { starts.contains($0) } ?? false
            return Note(kind: FindingLabel.text(f.kind), message: f.message,
                        href: anchored ? "#c\(f.start ?? 0)" : "", linked: anchored)
        }
        hasNotes = !notes.isEmpty
        paragraphs = text.map { Highlight.paragraphs($0, spans: spans) } ?? []
        hasText = text != nil
    }
}

extension ReportIndex {
    /// The other articles that report the meeting an article reports, by source: one meeting
    /// node however many outlets report it ("Kỳ họp thứ 8 Quốc hội khóa XI" of four articles). Their
    /// titles (else their file names), linked when they have a page.
    func otherReports(of article: ExtractedArticle) -> [(source: String, title: String, linked: Bool)] {
        let id = "article:\(article.source)"
        guard let meeting = meeting(reportedBy: id) else { return [] }
        return edges(to: meeting.id, .reports).map(\.source).filter { $0 != id }.sorted().map { other in
            let source = String(other.dropFirst("article:".count))
            let title = articles[source]?.title ?? source.split(separator: "/").last.map(String.init) ?? source
            return (source, title, hasPage(source))
        }
    }

    /// The page of the body that held the meeting an article reports.
    func hostPage(of article: ExtractedArticle) -> String? {
        guard let meeting = meeting(reportedBy: "article:\(article.source)"),
              let held = edges(from: meeting.id, .heldBy).first, let body = nodes[held.target] else { return nil }
        return SitePaths.body(body)
    }
}

/// Findings in the reader's words: "chưa xác định", "nhập nhằng", "suy ra", "ký hiệu lỗi".
enum FindingLabel {
    static func text(_ kind: Finding.Kind) -> String {
        switch kind {
        case .unresolved: return "chưa xác định"
        case .ambiguous: return "nhập nhằng"
        case .inferred: return "suy ra"
        case .malformed: return "ký hiệu lỗi"
        }
    }
}
