import Testing
@testable import VNCite

/// Provinces as they were and as they are since the 2025 arrangement.
@Suite struct ProvinceArrangementTests {
    let catalog = Catalog.standard

    @Test func aNewProvinceMatchesTheUnitsItWasFormedFrom() throws {
        let new = try #require(catalog.provinces(named: "Phú Thọ"))
        #expect(new.names == ["Hòa Bình", "Phú Thọ", "Vĩnh Phúc"])
        #expect(new.note.contains("since 2025-07-01"))
        let hcm = try #require(catalog.provinces(named: "TP HCM"))
        #expect(hcm.names == ["Bà Rịa - Vũng Tàu", "Bình Dương", "Hồ Chí Minh"])
    }

    @Test func anOldProvinceMatchesItselfAndSaysWhereItIsNow() throws {
        let old = try #require(catalog.provinces(named: "Vĩnh Phúc"))
        #expect(old.names == ["Vĩnh Phúc"])
        #expect(old.note.contains("part of Phú Thọ since 2025-07-01"))
        let hue = try #require(catalog.provinces(named: "Huế"))
        #expect(hue.names == ["Thừa Thiên Huế"])
        #expect(hue.note.contains("called Huế since 2025-01-01"))
        #expect(catalog.provinces(named: "Atlantis") == nil)
    }

    @Test func theSameNumberOfTheSameProvinceBeforeAndAfterTheArrangement() {
        func key(_ text: String) -> [String] { Extractor().extract(Article(source: "a.txt", text: text)).citations.map(\.key) }
        #expect(key("Thực hiện Nghị quyết số 05-NQ/TU ngày 10/3/2022 của Tỉnh ủy Phú Thọ.") == ["05-NQ/TU nhiệm kỳ 2020–2025@Phú Thọ"])
        #expect(key("Thực hiện Nghị quyết số 05-NQ/TU ngày 10/3/2026 của Tỉnh ủy Phú Thọ.") == ["05-NQ/TU nhiệm kỳ 2025–2030@Phú Thọ"])
    }

    @Test func citationsOfOtherProvincesAreLeftOut() {
        let articles = [
            Article(source: "vp.txt", text: "Tỉnh ủy Vĩnh Phúc quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị tại tỉnh Vĩnh Phúc."),
            Article(source: "hb.txt", text: "Tỉnh ủy Hòa Bình quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị tại tỉnh Hòa Bình."),
            Article(source: "dn.txt", text: "Thành ủy Đà Nẵng quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị tại thành phố Đà Nẵng."),
        ]
        let graph = CitationGraph(articles: Extractor().extract(articles))
        func citing(_ name: String) -> [String] {
            graph.keepingCitations(ofProvinces: Set(catalog.provinces(named: name)?.names ?? []))
                .articles(citing: "document:05-CT/TW khóa XII").map(\.source)
        }
        #expect(citing("Phú Thọ") == ["hb.txt", "vp.txt"])
        #expect(citing("Vĩnh Phúc") == ["vp.txt"])
        #expect(citing("Đà Nẵng") == ["dn.txt"])
    }
}
