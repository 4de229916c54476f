import Testing
@testable import VNCite

/// The province an article is about: named after "tỉnh", "Tỉnh ủy" …, or in capitals on the
/// dateline that opens its lead; not a fixture between two teams.
@Suite struct ArticleLocalityTests {
    func locality(_ text: String) -> String? {
        Extractor().extract(Article(source: "a.txt", text: text)).locality
    }

    @Test(arguments: [
        ("Tổng kết công tác năm 2023\n\nHUẾ - Sáng 11/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết.", "Thừa Thiên Huế"),
        ("Tổng kết công tác năm 2023\n\nĐÀ NẴNG – Sáng 11/12, Ban Thường vụ Thành ủy tổ chức hội nghị tổng kết.", "Đà Nẵng"),
        ("Tổng kết công tác năm 2023\n\nSáng 11/12, Ban Thường vụ Tỉnh ủy Quảng Trị tổ chức hội nghị tổng kết.", "Quảng Trị"),
    ])
    func aProvinceNamedAsSuch(text: String, province: String) {
        #expect(locality(text) == province)
    }

    @Test func aFixtureNamesNoProvince() {
        #expect(locality("Kết quả vòng 5\n\nHải Phòng - Đồng Tháp: 2-1\nĐà Nẵng - Bình Định: 0-0") == nil)
    }
}
