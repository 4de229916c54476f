import Testing
@testable import VNCite

/// A day written without its year, in an article without a date, whose anniversary's range in the
/// same sentence gives that day and month with two years: the later year is the meeting's; and one
/// whose month and year the title names.
@Suite struct MeetingYearFromContextTests {
    @Test(arguments: [
        ("Nhân kỷ niệm 93 năm ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh (26/3/1931 - 26/3/2024), sáng 26/3, tại Trụ sở "
            + "Chính phủ, Thủ tướng Chính phủ chủ trì Hội nghị gặp mặt và đối thoại với thanh niên.", "2024-03-26"),
        ("Sáng 26/3, UBMTTQ Việt Nam TP Huế đã tổ chức buổi gặp mặt các thế hệ thanh niên nhân dịp kỷ niệm 30 năm ngày giải phóng "
            + "Thừa Thiên - Huế (26/3/1975 - 26/3/2005).", "2005-03-26"),
        // (a range that opens before 1900)
        ("Sáng ngày 19/5, phường Tân Hiệp tổ chức Hội nghị tổng kết, gắn với kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh "
            + "(19/5/1890 – 19/5/2025).", "2025-05-19"),
        // (the range written as one word)
        ("Sáng 6/2, Hội Nông dân tỉnh tổ chức kỷ niệm 90 năm ngày thành lập Hội Nông dân Việt Nam (6/2/1930-6/2/2020).", "2020-02-06"),
        // (the range closing the sentence, its dates dotted)
        ("Sáng 23-9, UBND TPHCM tổ chức mít tinh trọng thể kỷ niệm 60 năm ngày Nam Bộ kháng chiến (23.9.1945 - 23.9.2005).", "2005-09-23"),
    ])
    func theRangesLaterYear(lead: String, date: String) throws {
        #expect(try #require(meeting("Gặp mặt nhân ngày kỷ niệm\n" + lead)).date?.iso == date)
    }

    /// One full date alone may be the day the anniversary marks, not this year's; a day other than the
    /// range's takes none of its years (the text does not give it).
    @Test func oneFullDateIsNoYear() throws {
        let m = try #require(meeting("Gặp mặt nhân ngày kỷ niệm\nSáng 30/4, UBND tỉnh tổ chức lễ kỷ niệm ngày giải phóng miền Nam 30/4/1975."))
        #expect(m.date == nil)
        let before = try #require(meeting("Gặp mặt nhân ngày kỷ niệm\nChiều ngày 26/1, Đảng ủy thị trấn Thiên Cầm tổ chức buổi gặp mặt nhân "
            + "kỷ niệm 92 năm ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930-3/2/2022)."))
        #expect(before.date == nil)
    }

    /// The title's month and year of the lead's day give its year; another month gives none.
    @Test func theTitlesMonthGivesTheYear() throws {
        let m = try #require(meeting("UBND tỉnh: Tiếp dân định kỳ tháng 02/2019\nNgày 18/02, UBND tỉnh tổ chức tiếp công dân định kỳ. "
            + "Đồng chí Nguyễn Trung Thảo, Phó Chủ tịch UBND tỉnh chủ trì."))
        #expect(m.date?.iso == "2019-02-18")
        let other = try #require(meeting("UBND tỉnh: Tiếp dân định kỳ tháng 02/2019\nNgày 18/03, UBND tỉnh tổ chức tiếp công dân định kỳ. "
            + "Đồng chí Nguyễn Trung Thảo, Phó Chủ tịch UBND tỉnh chủ trì."))
        #expect(other.date == nil)
    }

    /// The title's very day with its year gives the lead's day its year; not a title that counts an
    /// anniversary's years.
    @Test func theTitlesDayGivesTheYear() throws {
        let m = try #require(meeting("Mít tinh hưởng ứng Ngày Môi trường thế giới 5/6 năm 2019\nSáng ngày 5/6, tại Nhà văn hóa huyện, "
            + "UBND huyện Cần Giuộc tổ chức mít tinh hưởng ứng Ngày Môi trường thế giới."))
        #expect(m.date?.iso == "2019-06-05")
        let anniversary = try #require(meeting("Kỷ niệm 45 năm ngày giải phóng huyện 5/6/1975\nSáng ngày 5/6, UBND huyện Cần Giuộc "
            + "tổ chức lễ kỷ niệm 45 năm ngày giải phóng huyện."))
        #expect(anniversary.date == nil)
    }
}
