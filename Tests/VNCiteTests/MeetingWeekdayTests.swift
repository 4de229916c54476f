import Testing
@testable import VNCite

/// A meeting's day named by its weekday, resolved against the article's date (here Wednesday
/// 14 June 2023).
@Suite struct MeetingWeekdayTests {
    static let wednesday = CalendarDate(year: 2023, month: 6, day: 14)

    @Test(arguments: [
        ("Sáng thứ Hai (12/6), Ban Thường vụ Tỉnh ủy tổ chức hội nghị", "2023-06-12"),
        ("Chiều thứ Sáu, 9/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị", "2023-06-09"),
        ("Sáng Chủ nhật (11/6), Thành Đoàn tổ chức lễ ra quân", "2023-06-11"),
        ("Sáng thứ Năm, ngày 1/6, Sở Y tế tổ chức hội nghị", "2023-06-01"),  // not the last Thursday, 8/6
        // the weekday alone: the last one on or before the article's day
        ("Sáng thứ Hai, Ban Thường vụ Tỉnh ủy tổ chức hội nghị", "2023-06-12"),
        ("Thứ Ba vừa qua, Sở Y tế tổ chức hội nghị", "2023-06-13"),
        ("Sáng thứ Tư, Sở Y tế tổ chức hội nghị", "2023-06-14"),
        ("Sáng thứ 2, Sở Y tế tổ chức hội nghị", "2023-06-12"),
        ("Hôm thứ Năm, Sở Y tế tổ chức hội nghị", "2023-06-08"),
        // … of the week before
        ("Chiều thứ Sáu tuần trước, Sở Y tế tổ chức hội nghị", "2023-06-09"),
        ("Sáng thứ Hai tuần qua, Sở Y tế tổ chức hội nghị", "2023-06-05"),
    ])
    func aWeekdayNamesTheMeetingsDay(sentence: String, iso: String) {
        #expect(MeetingDate.read(sentence, articleDate: Self.wednesday)?.iso == iso)
    }

    @Test(arguments: [
        "Sáng thứ Sáu này, Sở Y tế sẽ tổ chức hội nghị",  // still to come in Wednesday's article
        "Sáng thứ Hai tới, Sở Y tế sẽ tổ chức hội nghị",
        "Ngày thứ 2 của kỳ họp, Quốc hội thảo luận về dự án luật",  // the session's second day
        "Tại phiên họp thứ hai, Ủy ban đã thảo luận",  // an ordinal
    ])
    func noDayFromAWeekdayToComeOrAnOrdinal(sentence: String) {
        #expect(MeetingDate.read(sentence, articleDate: Self.wednesday) == nil)
    }

    /// "Sáng nay" with its day written after it: the day, with its year, needs no article's date.
    @Test(arguments: [
        ("Sáng nay ngày 16 tháng 9 năm 2022, Ban Chỉ đạo chuyển đổi số tỉnh họp định kỳ quý III", "2022-09-16"),
        ("Chiều nay, ngày 16/9/2022, Ban Chỉ đạo chuyển đổi số tỉnh họp định kỳ quý III", "2022-09-16"),
    ])
    func todayWithItsDayWritten(sentence: String, iso: String) {
        #expect(MeetingDate.read(sentence, articleDate: nil)?.iso == iso)
    }

    @Test func withoutTheArticlesDateAWeekdayIsNoDate() {
        #expect(MeetingDate.read("Sáng thứ Hai (12/6), Ban Thường vụ Tỉnh ủy tổ chức hội nghị", articleDate: nil) == nil)
    }

    @Test func aPortalArticleDatesItsMeetingByTheWeekday() throws {
        let text = "Thứ Tư, 14/06/2023 16:51\n\nHội nghị sơ kết công tác 6 tháng đầu năm\n\n"
            + "Sáng thứ Hai, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023."
        let article = Extractor().extract(Article(source: "a.txt", text: text))
        #expect(article.date?.iso == "2023-06-14")
        let meeting = try #require(article.meeting)
        #expect(meeting.date?.iso == "2023-06-12")
        #expect(meeting.host == "Ban Thường vụ Tỉnh ủy")
    }

    @Test(arguments: [("1970-01-01", 4), ("2000-02-29", 2), ("2023-06-14", 3), ("2023-06-11", 7), ("2026-12-01", 2)])
    func weekdays(iso: String, weekday: Int) throws {
        let date = try #require(CalendarDate(iso: iso))
        #expect(date.weekday == weekday)
        #expect(date.adding(days: 0) == date)
    }

    @Test func countingDaysCrossesMonthsAndYears() {
        #expect(CalendarDate(year: 2024, month: 1, day: 2)?.adding(days: -3)?.iso == "2023-12-30")
        #expect(CalendarDate(year: 2024, month: 2, day: 28)?.adding(days: 1)?.iso == "2024-02-29")
        #expect(CalendarDate(year: 2023, month: 2, day: 28)?.adding(days: 1)?.iso == "2023-03-01")
    }
}
