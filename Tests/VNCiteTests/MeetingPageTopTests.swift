import Testing
@testable import VNCite

/// A saved page whose top lines (a headline, a caption, no full stop) come before the lead: the
/// lead, not those lines, reports the meeting.
@Suite struct MeetingPageTopTests {
    @Test func theLeadAfterAHeadlineAndACaptionLineReportsTheMeeting() throws {
        let m = try #require(meeting("Thứ năm 21/4/2022\nin trang\n"
            + "Hội nghị trực tuyến toàn quốc quán triệt, triển khai Nghị quyết Hội nghị Trung ương 5 khóa XIII\n"
            + "Cán bộ, công chức Sở Tư pháp dự Hội nghị tại điểm cầu Văn phòng Tỉnh ủy\n"
            + "Sáng 20/4, tại Hội trường Diên Hồng, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị trực tuyến toàn quốc quán triệt, "
            + "triển khai Nghị quyết Hội nghị Trung ương 5 khóa XIII.\n"
            + "Dự Hội nghị có các đồng chí Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng.\n"))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "Bộ Chính trị")
    }

    /// (A letter's salutation after the lead is the letter's, no headline: "Kính thưa các vị đại biểu …".)
    @Test func aSalutationAfterTheLeadIsNoHeadline() {
        #expect(meeting("Thư ngỏ về nhà máy lọc dầu\n"
            + "Trong bức thư gửi Quốc hội hôm qua, nguyên Phó Thủ tướng đã khẳng định lại chủ trương ban đầu của mình.\n"
            + "Kính thưa các vị đại biểu Quốc hội đang tham dự kỳ họp thứ 7\n"
            + "Theo dõi kỹ phiên chất vấn về hai ngày làm việc tại hội trường của Quốc hội, tôi rất mừng.\n") == nil)
    }

    /// A headline that opens on a body, then a meeting's verb ("sơ kết"), names the host of the
    /// meeting the lead calls by its noun alone; a sub-committee ("Tiểu ban") is a body.
    @Test func theHeadlinesBodyHoldsTheMeetingTheLeadNamesByItsNoun() throws {
        let m = try #require(meeting("Tiểu ban Bảo vệ chính trị nội bộ Trung ương sơ kết 6 tháng đầu năm 2023\n"
            + "Đ/c Trương Thị Mai phát biểu kết luận tại Hội nghị.\n"))
        #expect(m.host == "Tiểu ban Bảo vệ chính trị nội bộ Trung ương")
        #expect(meeting("Sáng 5/7, Tiểu ban Văn kiện Đại hội XIV tổ chức hội nghị lần thứ ba.")?.host == "Tiểu ban Văn kiện Đại hội XIV")
    }
}
