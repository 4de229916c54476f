import Testing
@testable import VNCite

/// One meeting node however many articles report it; `cites` answers by meeting.
@Suite struct MeetingNodeTests {
    static let lead = "Chiều 13/6, Ban Thường vụ Tỉnh ủy Vĩnh Phúc tổ chức hội nghị quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị."

    func graph(_ articles: [(String, String, CalendarDate?)]) -> CitationGraph {
        CitationGraph(articles: Extractor().extract(articles.map { Article(source: $0.0, text: $0.1, date: $0.2) }))
    }

    @Test func twoReportsOfOneMeetingAreOneNode() throws {
        let g = graph([
            ("a.txt", Self.lead, CalendarDate(year: 2018, month: 6, day: 14)),
            // Another outlet, a day later, dates the same meeting by its second day.
            ("b.txt", "Ngày 14/6, Ban Thường vụ Tỉnh ủy Vĩnh Phúc tổ chức hội nghị quán triệt Chỉ thị số 05-CT/TW.",
             CalendarDate(year: 2018, month: 6, day: 15)),
        ])
        let meetings = g.nodes.filter { $0.kind == .meeting }
        #expect(meetings.count == 1)
        let m = try #require(meetings.first)
        #expect(m.attributes["reportingArticles"] == .int(2))
        #expect(m.string("meetingDate") == "2018-06-13")
        #expect(g.edges.filter { $0.relation == .reports && $0.target == m.id }.map(\.source) == ["article:a.txt", "article:b.txt"])
        #expect(g.edges.contains { $0.relation == .heldBy && $0.source == m.id })
        let cited = g.meetings(citing: "document:05-CT/TW khóa XII")
        #expect(cited.count == 1)
        #expect(cited.first?.articles == ["a.txt", "b.txt"])
        #expect(g.articles(citing: "document:05-CT/TW khóa XII").count == 2)
        #expect(g.top().first.map { ($0.document.id, $0.meetings) } ?? ("", 0) == ("document:05-CT/TW khóa XII", 1))
    }

    @Test func meetingsWithoutADateStayApart() {
        let g = graph([("a.txt", Self.lead, nil), ("b.txt", Self.lead, nil)])
        #expect(g.nodes.filter { $0.kind == .meeting }.map(\.id) == ["meeting:a.txt", "meeting:b.txt"])
        // (Undated articles: the directive keeps no term.)
        #expect(g.meetings(citing: "document:05-CT/TW").count == 2)
    }

    @Test func meetingsAMonthApartAreTwo() {
        let g = graph([
            ("a.txt", Self.lead, CalendarDate(year: 2018, month: 6, day: 14)),
            ("b.txt", Self.lead.replacingOccurrences(of: "13/6", with: "13/7"), CalendarDate(year: 2018, month: 7, day: 14)),
        ])
        #expect(g.nodes.filter { $0.kind == .meeting }.count == 2)
    }
}
