import Testing
@testable import VNCite

/// A forum named by its quoted title is a meeting, whoever held it; the floor of a body or a
/// magazine's name is none.
@Suite struct MeetingForumTests {
    @Test func aForumByItsQuotedName() throws {
        let m = try #require(meeting("Lấy khoa học làm trụ cột trong phát triển khu công nghiệp\nĐây là nội dung được nhấn mạnh tại Diễn "
            + "đàn “Thúc đẩy phát triển bền vững khu công nghiệp Việt Nam” được tổ chức ngày 28/3/2024 tại Hà Nội."))
        #expect(m.kind == "diễn đàn")
        #expect(m.what == "Diễn đàn “Thúc đẩy phát triển bền vững khu công nghiệp Việt Nam”")
        #expect(m.date?.iso == "2024-03-28")
        #expect(m.host == nil)
    }

    /// A forum whose opening a body organised ("tổ chức khai mạc diễn đàn").
    @Test func aForumOpened() throws {
        let m = try #require(meeting("Ngày 22.8.2025, tại TP.Huế, Hiệp hội Doanh nghiệp dịch vụ Logistics Việt Nam và Sở Công thương TP.Huế "
            + "tổ chức khai mạc diễn đàn logistics Vùng lần thứ 6, với chủ đề Logistics xuyên biên giới."))
        #expect(m.kind == "diễn đàn")
        #expect(m.host == "Hiệp hội Doanh nghiệp dịch vụ Logistics Việt Nam")
        #expect(m.date?.iso == "2025-08-22")
    }

    @Test(arguments: [
        "Theo Tạp chí Diễn đàn Doanh nghiệp, nhiều doanh nghiệp đã tăng vốn trong năm qua.",
        "Chiều qua, đại biểu Nguyễn Văn A phát biểu trên diễn đàn “Quốc hội” về giá xăng dầu.",
    ])
    func noForumHeld(lead: String) {
        #expect(meeting(lead) == nil)
    }
}
