import Testing
@testable import VNCite

/// A meeting's day written without its year, in an article without a date: the year of a full
/// date the lead writes near it, never a year of history; and a range's first day.
@Suite struct MeetingDateYearTests {
    func date(_ text: String) -> String? {
        Extractor().extract(Article(source: "a.txt", text: text)).meeting?.date?.iso
    }

    let title = "Kiểm tra chất lượng móng nhà số 8\n"

    @Test func theYearOfAFullDateNearTheDay() {
        #expect(date(title + "Chiều 11/8, Sở Xây dựng đã có buổi làm việc với các bên liên quan. "
            + "Trước đó, ngày 9/8/2005, các hộ dân đã gửi đơn lên UBND thành phố.") == "2005-08-11")
        // Across the new year: "28/12" beside "3/1/2006".
        #expect(date(title + "Sáng 28/12, Sở Xây dựng đã tổ chức hội nghị tổng kết. "
            + "Quy chế mới có hiệu lực từ ngày 3/1/2006.") == "2005-12-28")
    }

    @Test func theNewsYearOfAnAnniversarysPair() {
        #expect(date("Mít tinh mừng ngày thống nhất\n"
            + "Sáng 27-4, Thành ủy TP Cần Thơ đã long trọng tổ chức lễ mít tinh kỷ niệm 31 năm ngày giải phóng miền Nam (30.4.1975 - 30.4.2006).")
            == "2006-04-27")
    }

    @Test(arguments: [
        // An anniversary that writes only history's date.
        "Sáng 2-9, Huyện ủy Cần Giờ tổ chức lễ mít tinh kỷ niệm 60 năm Quốc khánh (2.9.1945).",
        // A date more than 45 days away says nothing of the day's year.
        "Chiều 11/8, Sở Xây dựng đã có buổi làm việc với các bên liên quan về hồ sơ nộp ngày 9/3/2005.",
        // "Sáng nay" is the article's day, which no date of the body gives.
        "Sáng nay, Sở Xây dựng đã có buổi làm việc với các hộ dân về đơn gửi ngày 9/8/2005.",
        // A year the lead's latest date has left behind: not 1946.
        "Sáng 28-3, Ủy ban MTTQ tỉnh Gia Lai tổ chức Đại hội đại đoàn kết các dân tộc, như Bác Hồ căn dặn ngày 19-4-1946 và Đảng nhắc lại ngày 18-11-2005.",
    ])
    func noYearToBeSureOf(lead: String) {
        #expect(date(title + lead) == nil)
    }

    @Test(arguments: [
        ("Hội nghị toàn quốc kiểm điểm việc thực hiện Nghị quyết Trung ương 6 diễn ra tại Hà Nội trong 2 ngày (27 và 28-2-2006).", "2006-02-27"),
        ("Từ ngày 4 đến 10/7/2005, Hội nghị Bộ trưởng Kinh tế ASEAN đã diễn ra tại Viêng Chăn.", "2005-07-04"),
    ])
    func aRangeGivesItsFirstDay(lead: String, iso: String) {
        #expect(date(title + lead) == iso)
    }

    @Test func aRangeWithoutItsYearGivesNoDate() {
        #expect(date(title + "Từ ngày 4 đến 10/7, Hội nghị Bộ trưởng Kinh tế ASEAN đã diễn ra tại Viêng Chăn.") == nil)
    }
}
