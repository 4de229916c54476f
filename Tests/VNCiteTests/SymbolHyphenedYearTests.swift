import Testing
@testable import VNCite

/// A State symbol with a hyphen where a slash belongs, on either side of the year ("19-2018/NQ-CP",
/// "50/2007-QĐ-TTg"), is read as the symbol it stands for and reported as written against the
/// convention.
@Suite struct SymbolHyphenedYearTests {
    @Test func theYearJoinedToTheTypeByAHyphen() throws {
        let found = citations("Theo Quyết định số 50/2007-QĐ-TTg ngày 12-4-2007 của Thủ tướng Chính phủ, Ủy ban Quốc gia được kiện toàn.")
        #expect(found.map(\.key) == ["50/2007/QĐ-TTg"])
        let read = Extractor().extract(Article(source: "a.txt", text: "Theo Quyết định số 50/2007-QĐ-TTg ngày 12-4-2007 của Thủ tướng Chính phủ."))
        #expect(read.findings.contains { $0.kind == .malformed })
    }

    @Test(arguments: [
        ("Nghị định 15/2020-NĐ-CP quy định xử phạt", ["15/2020/NĐ-CP"]),
    ])
    func aDecreeByItsTypeAfterAHyphen(sentence: String, expected: [String]) {
        #expect(keys(sentence) == expected)
    }
}
