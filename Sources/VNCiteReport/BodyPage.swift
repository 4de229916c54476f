import VNCite

/// The page of one body: the documents it issued and the meetings it held.
///
/// "Bộ Chính trị: 05-CT/TW, 04-NQ/TW …"; "Thường trực Tỉnh uỷ: buổi làm việc 10/02/2017".
struct BodyPage {
    struct Held {
        var date: String
        var kind: String
        var what: String
        var reports: [Link]
    }

    var title: String
    var root = PageDepth.folder.root
    var facts: [Fact]
    var issued: [Link]
    var hasIssued: Bool
    var held: [Held]
    var hasHeld: Bool
}

extension BodyPage {
    init(_ body: CitationGraph.Node, meetingCounts: [String: Int], index: ReportIndex) {
        let here = PageDepth.folder
        title = body.label
        var facts: [Fact] = []
        facts.add("Tên", body.string("name"))
        facts.add("Tỉnh, thành", body.string("province"))
        self.facts = facts
        issued = index.edges(to: body.id, .issuedBy).compactMap { index.nodes[$0.source] }
            .sorted { (meetingCounts[$1.id] ?? 0, $0.id) < (meetingCounts[$0.id] ?? 0, $1.id) }
            .map { d in
                let subject = d.string("subject").map { " — " + $0 } ?? ""
                return Link(text: d.string("key") ?? d.label, href: here.href(SitePaths.document(d)),
                            note: "\(d.string("docKind") ?? "")\(subject) · \(meetingCounts[d.id] ?? 0) cuộc họp")
            }
        hasIssued = !issued.isEmpty
        held = index.edges(to: body.id, .heldBy).compactMap { index.nodes[$0.source] }.map { m in
            let reports = index.edges(to: m.id, .reports).compactMap { index.nodes[$0.source] }.map { a in
                let source = a.string("source") ?? ""
                return Link(text: a.string("title") ?? a.id, href: here.href(SitePaths.article(source: source)),
                            linked: index.hasPage(source))
            }
            return Held(date: VietnameseDate.day(m.string("meetingDate")) ?? "không rõ",
                        kind: m.string("meetingKind") ?? "", what: m.string("what") ?? "", reports: reports)
        }.sorted { ($0.date.reversedDay, $0.what) < ($1.date.reversedDay, $1.what) }
        hasHeld = !held.isEmpty
    }
}

extension String {
    /// "13/06/2018" → "2018/06/13", to sort days written the Vietnamese way.
    var reversedDay: String { split(separator: "/").reversed().joined(separator: "/") }
}
