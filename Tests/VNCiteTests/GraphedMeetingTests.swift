import Testing
@testable import VNCite

/// The graph answers which meetings cite a document: a meeting enters it with an article that
/// cites something; `extract` still reports every article's meeting.
@Suite struct GraphedMeetingTests {
    static let uncited = Article(source: "a.txt", text: "Sơ kết công tác 6 tháng\nNgày 7/6/2023, Chi bộ Sở Thông tin và Truyền thông đã tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023.")
    static let cited = Article(source: "b.txt", text: "Quán triệt Chỉ thị 05\nChiều 13/6/2018, Ban Thường vụ Tỉnh ủy Vĩnh Phúc tổ chức hội nghị quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị.")

    @Test func aMeetingThatCitesNothingIsReportedButNotGraphed() throws {
        let all = Extractor().extract([Self.uncited, Self.cited])
        #expect(all.map { $0.meeting?.host } == ["Chi bộ Sở Thông tin và Truyền thông", "Ban Thường vụ Tỉnh ủy Vĩnh Phúc"])
        #expect(all.map { $0.citingMeeting?.host } == [nil, "Ban Thường vụ Tỉnh ủy Vĩnh Phúc"])
        let graph = CitationGraph(articles: all)
        #expect(graph.nodes.filter { $0.kind == .meeting }.map { $0.string("meetingHost") } == ["Ban Thường vụ Tỉnh ủy Vĩnh Phúc"])
        #expect(graph.node(id: "article:a.txt")?.string("meetingKind") == nil)
        #expect(!graph.nodes.contains { $0.label.contains("Chi bộ") })
    }

    /// The graph's extractor does not read the meetings it would leave out, and builds the same graph.
    @Test func theGraphsExtractorReadsOnlyCitingArticlesMeetings() {
        let lean = Extractor(meetings: .citingArticles).extract([Self.uncited, Self.cited])
        #expect(lean.map { $0.meeting?.kind } == [nil, "hội nghị"])
        let full = Extractor().extract([Self.uncited, Self.cited])
        #expect(DOTWriter.write(CitationGraph(articles: lean)) == DOTWriter.write(CitationGraph(articles: full)))
    }
}
