import Testing
@testable import VNCite

/// Laws listed under one type word are each a law: after a colon, after a plural, or after the
/// first law's name; only names the catalogue knows, each ending where the list's item ends.
@Suite struct LawListTests {
    func citations(_ text: String) -> [Citation] {
        Extractor().extract(Article(source: "a.txt", text: text)).citations
    }

    @Test(arguments: [
        ("Học viên được nghiên cứu các Luật: Quốc phòng, An ninh quốc gia, Nghĩa vụ quân sự, Dân quân tự vệ; Phòng chống chiến lược "
            + "diễn biến hòa bình.",
         ["Luật Quốc phòng", "Luật An ninh quốc gia", "Luật Nghĩa vụ quân sự", "Luật Dân quân tự vệ"]),
        ("Hội nghị quán triệt các luật Đất đai, Nhà ở, Kinh doanh bất động sản năm 2023.",
         ["Luật Đất đai", "Luật Nhà ở", "Luật Kinh doanh bất động sản 2023"]),
        ("Hội nghị quán triệt Luật Đất đai, Nhà ở và Kinh doanh bất động sản có hiệu lực từ 1/8/2024.",
         ["Luật Đất đai", "Luật Nhà ở", "Luật Kinh doanh bất động sản"]),
        ("Nhận xét về 2 luật Doanh nghiệp và Đầu tư vừa được thông qua, ông nói đó là một bước tiến dài.",
         ["Luật Doanh nghiệp", "Luật Đầu tư"]),
        ("Căn cứ Bộ luật Hình sự, Tố tụng hình sự năm 2015, tòa tuyên án.", ["Bộ luật Hình sự", "Bộ luật Tố tụng hình sự 2015"]),
        // (a comma, then a body or a field whose words open a law's name: no list)
        ("Theo Luật Đất đai, Thanh tra tỉnh kiến nghị thu hồi khu đất.", ["Luật Đất đai"]),
        ("Theo Luật Giáo dục, Giáo dục đại học là một bậc học.", ["Luật Giáo dục"]),
        ("Dự án tuân thủ Luật Đất đai và Nhà ở xã hội được ưu tiên.", ["Luật Đất đai"]),
        // (the type word in small letters, no plural, no colon: the law in general, as before)
        ("Việc này đúng với luật Đất đai hiện hành.", []),
    ])
    func lawsListedUnderOneTypeWord(sentence: String, expected: [String]) {
        #expect(citations(sentence).map(\.key) == expected)
    }

    /// Each law of the list is its own mention, its name alone.
    @Test func eachListedNameIsItsOwnMention() {
        let found = citations("Hội nghị quán triệt các luật: Đất đai, Nhà ở và Kinh doanh bất động sản.")
        #expect(found.map(\.text) == ["Đất đai", "Nhà ở", "Kinh doanh bất động sản"])
    }
}
