import Testing
@testable import VNCite

/// A meeting read from a photo's caption, which gives no day: a later lead sentence that reports
/// the same meeting again, opening on its day, dates it.
@Suite struct MeetingRestatedDayTests {
    static let caption = "Năm 2024, ngành tài chính đã hoàn thành vượt mức dự toán thu ngân sách nhà nước được giao.\n\n"
        + "Bộ Tài chính tổ chức Hội nghị tổng kết năm 2024 - Ảnh 1.\n\n"
        + "Phó Thủ tướng Hồ Đức Phớc tới dự và chỉ đạo tại Hội nghị.\n\n"

    @Test func theSentenceThatReportsItAgainGivesTheDay() throws {
        let m = try #require(meeting(Self.caption
            + "Sáng nay (27/12), Bộ Tài chính tổ chức Hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.\n",
            date: CalendarDate(year: 2024, month: 12, day: 27)))
        #expect(m.host == "Bộ Tài chính")
        #expect(m.date == CalendarDate(year: 2024, month: 12, day: 27))
    }

    /// (Another body's meeting of that kind is another meeting: its day is not this one's.)
    @Test func anotherBodysMeetingGivesNoDay() throws {
        let m = try #require(meeting(Self.caption
            + "Sáng 20/12, Bộ Công Thương tổ chức Hội nghị tổng kết công tác năm 2024 của ngành công thương.\n",
            date: CalendarDate(year: 2024, month: 12, day: 27)))
        #expect(m.host == "Bộ Tài chính")
        #expect(m.date == nil)
    }
}
