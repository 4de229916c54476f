import Testing
@testable import VNCite

/// One "sẽ" before two meetings joined by "và" plans both, though the first's title stands in
/// quotes between; a quotation that opens the sentence is still its speaker's.
@Suite struct MeetingSharedFutureTests {
    @Test func aQuotedTitleDoesNotHideTheFuture() {
        #expect(meeting("Sáng ngày 20/5/2015, tại thành phố Huế, Bảo tàng Lịch sử quốc gia phối hợp với Trung tâm Bảo tồn Di tích Cố đô Huế "
            + "sẽ tổ chức Lễ ký kết \"Thỏa thuận ghi nhớ hợp tác\" và Hội thảo khoa học “Ứng dụng kỹ thuật và công nghệ hiện đại trong "
            + "trưng bày bảo tàng” với sự tham dự của đại diện Cục Di sản Văn hóa.") == nil)
    }

    @Test func aSpeakersQuotationKeepsItsFuture() throws {
        let m = try #require(meeting("\"Có 3 vấn đề mà ngành y tế \"day dứt\" sẽ phải giải quyết\", ông Nguyễn Thế Dũng, Giám đốc Sở Y tế "
            + "nói trong hội nghị sáng nay."))
        #expect(m.kind == "hội nghị")
    }
}
