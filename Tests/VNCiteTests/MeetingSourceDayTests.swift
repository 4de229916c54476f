import Testing
@testable import VNCite

/// A source that opens the lead ("Theo thông tin từ … ngày 26/4, …") dates the news it gave, not the
/// meeting: the day after its comma is the meeting's; with none there, its own day still is.
@Suite struct MeetingSourceDayTests {
    @Test func theDayAfterTheSource() throws {
        let m = try #require(meeting("Theo tin từ Hội thánh Tin Lành Việt Nam ngày 14/5, ngày 11/5/2022, tại xã Phú Hòa đã diễn ra Lễ công bố "
            + "thành lập điểm nhóm Tin Lành Phú Hòa."))
        #expect(m.date == CalendarDate(year: 2022, month: 5, day: 11))
    }

    @Test func theSourcesDayWhenNoOtherFollows() throws {
        let m = try #require(meeting("Theo TTXVN ngày 10/7/2004, Bộ Thương mại đã tổ chức hội nghị xúc tiến xuất khẩu tại Hà Nội."))
        #expect(m.date == CalendarDate(year: 2004, month: 7, day: 10))
    }
}
