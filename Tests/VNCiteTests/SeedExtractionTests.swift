import Foundation
import Testing
@testable import VNCite

/// The seeds' whole `extract` output, and the hand-checked answers it must agree with.
@Suite struct SeedExtractionTests {
    func extracted() throws -> [ExtractedArticle] {
        try Extractor().extract(seedArticles().map { Article(source: $0.source, text: $0.text) })
    }

    @Test func outputMatchesTheGoldenFile() throws {
        let lines = try extracted().map { ExtractJSON.line($0) + "\n" }.joined()
        expectGolden(lines, named: "seeds.extract.jsonl")
    }

    @Test func headersAreReadFromTheText() throws {
        let r = try extracted()
        #expect(r.map { $0.date?.iso } == ["2022-12-26", nil, "2023-06-14", "2017-02-10", "2018-06-13"])
        #expect(r[1].title == nil)
        #expect(r[3].title == "Thường trực Tỉnh uỷ làm việc với Sở Thông tin và Truyền thông")
        #expect(r.map(\.locality) == [nil, "Thừa Thiên Huế", nil, nil, "Vĩnh Phúc"])
    }

    @Test func citationsAgreeWithTheHandCheckedAnswers() throws {
        let r = try extracted()
        func counts(_ a: ExtractedArticle) -> [String: Int] {
            Dictionary(a.citations.map { ($0.key, 1) }, uniquingKeysWith: +)
        }
        #expect(counts(r[0]) == ["05-NQ/TU@?": 1])
        #expect(counts(r[1]) == [
            "54-NQ/TW": 2, "NQ-HNTW4/XIII": 1, "NQ-HNTW5/XIII": 2, "05-CT/TW": 1, "04-NQ/TW": 1,
            "21-KL/TW": 1, "21-NQ/TW": 1, "139-KH/ĐU@Thừa Thiên Huế": 1, "12-NQ/TU@Thừa Thiên Huế": 1,
        ])
        #expect(counts(r[2]).isEmpty)
        #expect(counts(r[3]) == ["Luật Báo chí": 1, "04-NQ/TW": 1, "05-CT/TW": 1])
        #expect(counts(r[4]) == ["04-NQ/TW": 3, "05-CT/TW": 3, "NQ-HNTW7/XII": 1, "01-ĐA/TU@Vĩnh Phúc": 1])
        let plan = try #require(r[1].citations.first { $0.key.hasPrefix("139-KH") })
        #expect(plan.implements == "NQ-HNTW5/XIII")
        #expect(plan.date?.iso == "2022-08-18")
    }
}
