import Testing
import VNCite

/// A review said with its verb alone right after the body's name, with no "đã" between: "tổng kết"
/// is the verb, no word of the name, as "sơ kết" is.
@Suite struct MeetingReviewAfterNameTests {
    @Test func theVerbEndsTheName() throws {
        let m = try #require(meeting("Sáng 10/1/2019, Sở Tài chính tỉnh Bình Định tổng kết công tác tài chính năm 2018, triển khai "
            + "nhiệm vụ năm 2019."))
        #expect(m.kind == "tổng kết")
        #expect(m.host == "Sở Tài chính tỉnh Bình Định")
        #expect(m.date == CalendarDate(year: 2019, month: 1, day: 10))
    }

    /// The games a lead of athletes calls "Đại hội", named so in the title, do not rename the meeting
    /// the lead reports.
    @Test func theGamesInTheTitleAreNotTheMeeting() throws {
        let m = try #require(meeting("Đại hội TDTT quận 5 tổng kết vào ngày 20/9\n"
            + "Ngày 4/9, Ban tổ chức Đại hội TDTT quận 5 năm nay họp đánh giá lại công tác tổ chức 20 môn. Sau hai tháng, các "
            + "môn thi đấu đã thu hút gần 2.000 VĐV từ các phường về tranh tài."))
        #expect(m.kind == "cuộc họp")
        #expect(m.host == "Ban tổ chức Đại hội TDTT quận 5")
    }
}
