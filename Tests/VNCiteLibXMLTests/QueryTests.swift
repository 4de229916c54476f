import Foundation
import Testing
import VNCite
@testable import VNCiteLibXML

/// "Which meetings cite this directive?" from the seeds and from their saved GraphML: the same
/// answers, and those of the hand-checked `queries`.
@Suite struct QueryTests {
    static func graphs() throws -> [CitationGraph] {
        let built = CitationGraph(articles: try SeedGraphTests.seedResults())
        let saved = try GraphMLReader.read(try GraphMLWriter.write(built))
        return [built, saved]
    }

    func citing(_ name: String, in graph: CitationGraph) -> [String]? {
        let docs = graph.documents(named: name)
        guard docs.count == 1, let doc = docs.first else { return nil }
        return graph.meetings(citing: doc.id).map { String($0.source.split(separator: "/").last ?? "") }.sorted()
    }

    /// `--min-articles 2` draws a part of a large corpus: the documents two articles cite, the
    /// articles that cite them, and the meetings those articles report, with their hosts — still
    /// answering which meetings cite each kept document.
    @Test func keepingTheMuchCitedDocumentsKeepsTheirMeetings() throws {
        let whole = CitationGraph(articles: try SeedGraphTests.seedResults())
        let part = whole.keepingDocuments(citedByAtLeast: 2)
        let docs = part.nodes.filter { $0.kind == .document }
        #expect(Set(docs.compactMap { $0.string("key") }) == ["04-NQ/TW khóa XII", "05-CT/TW khóa XII"])
        for doc in docs {
            let meetings = part.meetings(citing: doc.id)
            #expect(meetings.map(\.meeting) == whole.meetings(citing: doc.id).map(\.meeting))
            #expect(meetings.contains { $0.meeting != nil })
        }
        let kept = Set(part.nodes.map(\.id))
        #expect(part.edges.filter { $0.relation == .reports }.allSatisfy { kept.contains($0.target) })
        #expect(part.nodes.contains { $0.kind == .meeting })
        let hosts = part.edges.filter { $0.relation == .heldBy }.map(\.target)
        #expect(!hosts.isEmpty && hosts.allSatisfy(kept.contains))
    }

    @Test func answersEveryQueryOfTheGoldFile() throws {
        let gold = try JSONSerialization.jsonObject(
            with: Data(contentsOf: SeedGraphTests.root.appendingPathComponent("Tests/VNCiteLibXMLTests/Fixtures/gold-seeds.json")))
        let queries = try #require((gold as? [String: Any])?["queries"] as? [[String: Any]])
        #expect(queries.count == 5)
        for graph in try Self.graphs() {
            for q in queries {
                let name = try #require(q["directive"] as? String)
                #expect(citing(name, in: graph) == (q["citedBy"] as? [String])?.sorted(), "\(name)")
            }
        }
    }

    @Test(arguments: ["Chỉ thị 05-CT/TW", "chi thi 05-ct/tw", "CHỈ THỊ SỐ 05-CT/TW", "Chỉ thị 05", "05-CT/TW"])
    func anySpellingFindsTheDirective(name: String) throws {
        for graph in try Self.graphs() {
            #expect(citing(name, in: graph) == [
                "001_7b6f317e0f05435e.txt", "003_d00f514569f14f19.txt", "004_5947f77dae082b02.txt",
            ])
        }
    }

    @Test func theFullNumberAlsoFindsThePlenumForm() throws {
        for graph in try Self.graphs() {
            let doc = try #require(graph.documents(named: "Nghị quyết số 04-NQ/TW").first)
            let sentences = graph.meetings(citing: doc.id).compactMap(\.sentence)
            #expect(sentences.contains { $0.contains("Nghị quyết Trung ương 4 khóa XII") })
        }
    }

    @Test func aDocumentNobodyCites() throws {
        for graph in try Self.graphs() {
            #expect(graph.documents(named: "Chỉ thị 99-CT/TW").isEmpty)
        }
    }

    @Test func anAmbiguousNameListsTheCandidates() throws {
        for graph in try Self.graphs() {
            let keys = graph.documents(named: "Nghị quyết Trung ương 4").compactMap { $0.string("key") }.sorted()
            #expect(keys == ["04-NQ/TW khóa XII", "NQ-HNTW4/XIII"])
        }
    }

    @Test func meetingsCarryTheirKindHostAndDate() throws {
        for graph in try Self.graphs() {
            let doc = try #require(graph.documents(named: "05-CT/TW").first)
            let m = try #require(graph.meetings(citing: doc.id).first { $0.source.hasSuffix("004_5947f77dae082b02.txt") })
            #expect(m.kind == "sinh hoạt")
            #expect(m.date == "2018-06-13")
            #expect(m.host == "Ban thường vụ Đảng ủy Khối các cơ quan tỉnh")
            #expect(m.mentions == 3)
        }
    }

    @Test func topRanksByMeetingsWithinAPeriod() throws {
        for graph in try Self.graphs() {
            let all = graph.top().prefix(2).compactMap { $0.document.string("key") }
            #expect(all == ["04-NQ/TW khóa XII", "05-CT/TW khóa XII"])
            let in2018 = graph.top(since: CalendarDate(year: 2018, month: 1, day: 1),
                                   until: CalendarDate(year: 2018, month: 12, day: 31), kind: "Chỉ thị")
            #expect(in2018.map { $0.document.string("key") } == ["05-CT/TW khóa XII"])
            #expect(in2018.first?.meetings == 1)
        }
    }
}
