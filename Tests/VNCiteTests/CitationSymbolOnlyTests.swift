import Testing
@testable import VNCite

/// Documents named by "văn bản", a word for any document, with their symbols; the President's
/// order, "lệnh", with its symbol only; and a type word qualified as urgent before "số".
@Suite struct CitationSymbolOnlyTests {
    @Test(arguments: [
        ("khẩn trương triển khai các nội dung tại Văn bản số 2871/SYT-NV ngày 13/6/2021 đính kèm", "Công văn", "2871/SYT-NV năm 2021"),
        ("Văn phòng thường trực vừa có văn bản số 29/VPTT-TH về việc ngăn ngừa dịch cúm", "Công văn", "29/VPTT-TH"),
        // (its code gives another type)
        ("Theo văn bản 195/2004/NĐ-CP, thành phố Lào Cai có diện tích tự nhiên 22.150 ha.", "Nghị định", "195/2004/NĐ-CP"),
        // (urgent)
        ("Ban Chỉ đạo ra công văn hỏa tốc số 517/VPTT gửi Ban Chỉ huy các tỉnh ven biển.", "Công văn", "517/VPTT"),
        ("Thủ tướng đã có Công điện khẩn số 28/TTg-KTTH gửi các bộ, ngành, địa phương.", "Công điện", "28/TTg-KTTH"),
        ("Ngày 25/11/2020, Chủ tịch nước có Lệnh số 11/2020/L-CTN công bố Luật Biên phòng Việt Nam.", "Lệnh", "11/2020/L-CTN"),
    ])
    func aDocumentByItsSymbol(sentence: String, kind: String, key: String) throws {
        let found = try #require(citations(sentence).first)
        #expect(found.kind == kind)
        #expect(found.key == key)
    }

    /// "văn bản" or "lệnh" with a number and no symbol names no type.
    @Test(arguments: ["Theo văn bản số 12 của tỉnh, việc này phải xong trước tháng 6.", "Có 3 văn bản 2 trang gửi đến Sở.",
                      "Chỉ huy trưởng đã ra lệnh số 2 cho các đơn vị cơ động."])
    func aNumberWithoutASymbolIsNoDocument(sentence: String) {
        #expect(citations(sentence).isEmpty)
    }
}
