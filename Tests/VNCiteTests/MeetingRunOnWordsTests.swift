import Testing
@testable import VNCite

/// Words run on with no space between them, as typed in a hurry: the lead reads them apart.
@Suite struct MeetingRunOnWordsTests {
    /// A comma between two letters, its space left out: the day after it is still the meeting's.
    @Test func aDayAfterACommaWithNoSpaceIsTheMeetings() throws {
        let m = try #require(meeting("Thực hiện Kế hoạch số 1022/KH-UBND ngày 04/4/2022 của UBND tỉnh Long An về việc tổ chức sơ kết "
            + "05 năm thi hành Luật Trợ giúp pháp lý,chiều ngày 19/9/2022, Sở Tư pháp tỉnh Long An tổ chức Hội nghị sơ kết 05 năm "
            + "triển khai thi hành Luật Trợ giúp pháp lý."))
        #expect(m.host == "Sở Tư pháp tỉnh Long An")
        #expect(m.date == CalendarDate(year: 2022, month: 9, day: 19))
    }

    /// A comma glued after the day itself: the day is read, and the words after it.
    @Test func aDayWithACommaGluedToTheNextWord() throws {
        let m = try #require(meeting("Ngày 18/6/2014,tại TP. Cần Thơ đã diễn ra buổi họp mặt lãnh đạo các Trung tâm Ứng dụng Khoa học và Công nghệ."))
        #expect(m.date == CalendarDate(year: 2014, month: 6, day: 18))
        #expect(meeting("Sáng 18/6/2014,UBND tỉnh tổ chức hội nghị tổng kết công tác năm.")?.host == "UBND tỉnh")
    }

    /// A day with its year, the next word glued to it: the day is read, and the place after it.
    @Test func aWordGluedToADayLeavesTheDay() throws {
        let m = try #require(meeting("Được sự đồng ý của UBND tỉnh, ngày 04/4/2023tại thành phố Sầm Sơn, Ban Tôn giáo tổ chức Hội nghị "
            + "cập nhật thông tin tình hình tôn giáo."))
        #expect(m.date == CalendarDate(year: 2023, month: 4, day: 4))
        #expect(m.host == "Ban Tôn giáo")
        // (Not a number with its unit: "10h30", "5km" are no days.)
        let timed = try #require(meeting("Lúc 10h30 ngày 5/6/2023, Ban Tôn giáo tổ chức Hội nghị cập nhật thông tin tình hình tôn giáo."))
        #expect(timed.date == CalendarDate(year: 2023, month: 6, day: 5))
    }

    /// Two fields of a ministry's name joined by a hyphen with no space, as older news writes them: the
    /// name is read whole, and given back as written. Not a province's two names ("Thừa Thiên-Huế").
    @Test func fieldsJoinedByAHyphenMakeOneName() throws {
        let ministry = try #require(meeting("Sáng 12/3/2006, Bộ Khoa học-Công nghệ tổ chức hội nghị tổng kết công tác năm 2005."))
        #expect(ministry.host == "Bộ Khoa học-Công nghệ")
        let department = try #require(meeting("Sáng 12/3/2006, Sở Văn hóa-Thông tin tỉnh Quảng Nam tổ chức hội nghị triển khai "
            + "nhiệm vụ năm 2006."))
        #expect(department.host == "Sở Văn hóa-Thông tin tỉnh Quảng Nam")
        let unesco = try #require(meeting("Đoàn công tác của Tổ chức Khoa học-Giáo dục-Văn hóa Liên hợp quốc (UNESCO) vừa có chuyến thăm "
            + "và làm việc tại Thừa Thiên-Huế."))
        #expect(unesco.host == "Đoàn công tác của Tổ chức Khoa học-Giáo dục-Văn hóa Liên hợp quốc (UNESCO)")
        let province = try #require(meeting("Sáng 12/3/2006, UBND tỉnh Thừa Thiên-Huế tổ chức hội nghị tổng kết công tác năm 2005."))
        #expect(province.host == "UBND tỉnh Thừa Thiên-Huế")
    }

    /// Science's terms in capitals are no bodies: "hội thảo ADN cổ đại quốc tế" was held by nobody named.
    @Test func aTermOfScienceIsNoHost() throws {
        let m = try #require(meeting("Nghiên cứu được tiến sĩ Diane Schmidt thuộc Đại học Gttingen,công bố tại hội thảo ADN cổ đại quốc tế "
            + "đang diễn ra tại Brisbane, Australia."))
        #expect(m.kind == "hội thảo")
        #expect(m.host == nil)
    }
}
