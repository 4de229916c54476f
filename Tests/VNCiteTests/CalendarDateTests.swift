import Testing
@testable import VNCite

@Test func rejectsImpossibleDays() {
    #expect(CalendarDate(year: 2020, month: 2, day: 30) == nil)
    #expect(CalendarDate(year: 20119, month: 9, day: 27) == nil)
    #expect(CalendarDate(year: 2019, month: 12, day: 10)?.iso == "2019-12-10")
}
