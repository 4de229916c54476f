import Testing
@testable import VNCite

/// A ceremony's kind is the noun with what it does, as the text writes it ("lễ ký kết", "lễ khởi
/// công", "lễ tưởng niệm"); one written without its verb's object is a "lễ" ("lễ trao …"). Many
/// ceremonies behind their classifier ("Các buổi lễ …") are no one meeting.
@Suite struct MeetingCeremonyKindTests {
    private func meeting(_ lead: String) -> Meeting? {
        Extractor().extract(Article(source: "a.txt", text: lead)).meeting
    }

    @Test(arguments: [
        ("Sáng 20/5/2024, Tòa án nhân dân tỉnh và Liên đoàn Lao động tỉnh tổ chức lễ ký kết chương trình phối hợp giai đoạn 2024 - 2029.", "lễ ký kết"),
        ("Sáng 15/3/2023, Ban Quản lý các khu công nghiệp tỉnh tổ chức lễ khởi công dự án nhà máy may xuất khẩu.", "lễ khởi công"),
        ("Sáng 19/11/2023, Ban An toàn giao thông tỉnh tổ chức lễ tưởng niệm các nạn nhân tử vong do tai nạn giao thông.", "lễ tưởng niệm"),
        ("Sáng 5/1/2024, Hội Khuyến học tỉnh tổ chức lễ trao học bổng cho 200 học sinh nghèo vượt khó.", "lễ"),
    ])
    func aCeremonyByWhatItDoes(lead: String, kind: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == kind)
    }

    @Test func ceremoniesBehindTheirClassifierAreMany() {
        #expect(meeting("Thế giới kỷ niệm ngày giải phóng\nCác buổi lễ khánh thành đài tưởng niệm cũng được tổ chức tại Israel và Đức.") == nil)
        #expect(meeting("Những cuộc họp giao ban được tổ chức hằng tuần tại trụ sở.") == nil)
    }
}
