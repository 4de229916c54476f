import Testing
@testable import VNCite

/// A law named in small letters is the law when the catalogue knows its name and the name is long
/// enough to be no field's rules ("luật phòng, chống mua bán người"); not "luật giao thông", "luật đất
/// đai", nor a law of another country the sentence names.
@Suite struct LawSmallLettersTests {
    @Test(arguments: [
        ("Hơn 100 hội viên đã được phổ biến luật phòng, chống mua bán người và các văn bản hướng dẫn thi hành.",
         ["Luật Phòng, chống mua bán người"]),
        ("Các cấp ủy đẩy mạnh tuyên truyền luật phòng chống tham nhũng trong cán bộ, đảng viên.", ["Luật Phòng, chống tham nhũng"]),
        ("Công an huyện đã xử lý 1.200 trường hợp vi phạm luật giao thông đường bộ trong tháng 9.", ["Luật Giao thông đường bộ"]),
    ])
    func aLawTheCatalogueKnows(sentence: String, expected: [String]) {
        #expect(keys(sentence) == expected)
    }

    @Test(arguments: [
        "Nhiều thanh niên còn vi phạm luật giao thông khi đi xe máy.",
        "Người dân chưa hiểu rõ luật đất đai nên còn khiếu kiện.",
        "Tổng thống Hàn Quốc đang xúc tiến kế hoạch xoá bỏ luật an ninh quốc gia, được đưa ra năm 1948.",
        "Sinh viên năm cuối ngành luật kinh tế thực tập tại các doanh nghiệp.",
        "Hệ thống Toà án được cải cách theo các luật tổ chức Toà án nhân dân năm 1992 và năm 2002.",
    ])
    func noLaw(sentence: String) {
        #expect(keys(sentence).isEmpty)
    }
}
