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
        // Party keys carry their term (the date's, the text's or the catalogue's); the plan of
        // 18/8/2022 is of the provincial term 2020–2025.
        #expect(counts(r[1]) == [
            "54-NQ/TW khóa XII": 2, "NQ-HNTW4/XIII": 1, "NQ-HNTW5/XIII": 2, "05-CT/TW khóa XII": 1, "04-NQ/TW khóa XII": 1,
            "21-KL/TW khóa XIII": 1, "21-NQ/TW khóa XIII": 1, "139-KH/ĐU nhiệm kỳ 2020–2025@Thừa Thiên Huế": 1,
            "12-NQ/TU nhiệm kỳ 2020–2025@Thừa Thiên Huế": 1,
        ])
        #expect(counts(r[2]).isEmpty)
        #expect(counts(r[3]) == ["Luật Báo chí": 1, "04-NQ/TW khóa XII": 1, "05-CT/TW khóa XII": 1])
        #expect(counts(r[4]) == ["04-NQ/TW khóa XII": 3, "05-CT/TW khóa XII": 3, "NQ-HNTW7/XII": 1, "01-ĐA/TU@Vĩnh Phúc": 1])
        let plan = try #require(r[1].citations.first { $0.key.hasPrefix("139-KH") })
        #expect(plan.implements == "NQ-HNTW5/XIII")
        #expect(plan.date?.iso == "2022-08-18")
    }
}
