import Testing
@testable import VNCite

/// A State symbol with its signs amiss — a hyphen where a slash belongs, on either side of the year
/// ("19-2018/NQ-CP", "50/2007-QĐ-TTg"), no hyphen between the type and the issuer ("267/2005/QĐTTg")
/// or a dot ("2803/QĐ.UBND-NC") — is read as the symbol it stands for and reported as written
/// against the convention.
@Suite struct SymbolSignsAmissTests {
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

    @Test func theTypeGluedToTheIssuer() {
        let read = Extractor().extract(Article(source: "a.txt", text: "Chế độ cử tuyển theo Quyết định số 267/2005/QĐTTg ngày 31/10/2005 "
            + "của Thủ tướng Chính phủ và Nghị định 134/2006/NĐCP được thực hiện."))
        #expect(read.citations.map(\.key) == ["267/2005/QĐ-TTg", "134/2006/NĐ-CP"])
        #expect(read.findings.filter { $0.kind == .malformed }.count == 2)
        // (a drafting unit's code after the type is no issuer: left as written)
        #expect(keys("Thông tư liên tịch số 163/2013/TTLT-BTC-BNV ngày 05/11/2013") == ["163/2013/TTLT-BTC-BNV"])
    }

    /// A dot between the type and the issuer, no space after it, stands for the hyphen; a full stop
    /// that ends the sentence after a bare type does not.
    @Test func theTypeAndTheIssuerPartedByADot() {
        let read = Extractor().extract(Article(source: "a.txt", text: "Chùa được phục dựng theo Quyết định số 2803/QĐ.UBND-NC của UBND tỉnh "
            + "Nghệ An.\n"))
        #expect(read.citations.map(\.key) == ["2803/QĐ-UBND-NC@Nghệ An"])
        #expect(read.findings.contains { $0.kind == .malformed })
        #expect(keys("Theo Quyết định số 12/QĐ. UBND tỉnh đã giao cho Sở thực hiện.") == ["12/QĐ"])
    }
}
