import Testing
@testable import VNCite

/// A lead that opens on its day alone, then a comma, after an outlet's mark with its dash glued to
/// it ("LSO- 18/8/2020, …"), or glued to the day's word too ("LSO-Ngày 18/12/2015, …"): that day is
/// the meeting's.
@Suite struct MeetingDayAfterMarkTests {
    @Test(arguments: [
        "LSO- 18/8/2020, Tổng cục Thuế tổ chức hội nghị đại biểu điển hình tiên tiến lần thứ V.",
        "18/8/2020, Tổng cục Thuế tổ chức hội nghị đại biểu điển hình tiên tiến lần thứ V.",
    ])
    func theDayThatOpensTheLead(lead: String) throws {
        let m = try #require(Extractor().extract(Article(source: "a.txt", text: lead)).meeting)
        #expect(m.host == "Tổng cục Thuế")
        #expect(m.date == CalendarDate(year: 2020, month: 8, day: 18))
        #expect(m.what == "hội nghị đại biểu điển hình tiên tiến lần thứ V")
    }

    @Test(arguments: ["LSO-Ngày", "BNO-Sáng", "LSO - Ngày"])
    func theDayAfterAMarkGluedToIt(opening: String) throws {
        let lead = "\(opening) 18/12/2015, Viện Kiểm sát nhân dân tỉnh Lạng Sơn đã phối hợp với tổ chức JICA - Nhật Bản tổ chức hội thảo nâng cao chất lượng thực hành quyền công tố."
        let m = try #require(Extractor().extract(Article(source: "a.txt", text: lead)).meeting)
        #expect(m.host == "Viện Kiểm sát nhân dân tỉnh Lạng Sơn")
        #expect(m.date == CalendarDate(year: 2015, month: 12, day: 18))
    }
}
