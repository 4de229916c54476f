import Testing
@testable import VNCite

/// A meeting held over several days gives its first; a day without its year, in an article
/// without a date, gives no date, whatever other dates the article writes; another lead sentence
/// gives its day only when it opens on it.
@Suite struct MeetingDateRangeTests {
    func date(_ text: String) -> String? {
        meeting(text)?.date?.iso
    }

    let title = "Hội nghị kiểm điểm giữa nhiệm kỳ\n"

    @Test(arguments: [
        ("Hội nghị toàn quốc kiểm điểm việc thực hiện Nghị quyết Trung ương 6 diễn ra tại Hà Nội trong 2 ngày (27 và 28-2-2006).", "2006-02-27"),
        ("Từ ngày 4 đến 10/7/2005, Hội nghị Bộ trưởng Kinh tế ASEAN đã diễn ra tại Viêng Chăn.", "2005-07-04"),
        // "ngày" written again before the last day
        ("Từ ngày 5 đến ngày 7-8-2006, Sở Văn hóa Thông tin tỉnh Quảng Nam đã tổ chức hội thảo về bảo tồn đô thị cổ Hội An.", "2006-08-05"),
        // the first day with its own month, the year only after the last
        ("Từ ngày 20/3 đến ngày 24/3/2006, Ban Chấp hành Trung ương Đảng khóa IX đã họp Hội nghị lần thứ 14 tại Hà Nội.", "2006-03-20"),
        ("Từ ngày 28/12 đến 2/1/2006, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị tổng kết công tác năm.", "2005-12-28"),
        // two days joined by a dash, then the month and year they share (not "11-12-2023", one day)
        ("Trong hai ngày 11-12/12/2023, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2023.", "2023-12-11"),
        ("Trong hai ngày 25- 26/3/2010, Đảng bộ xã Tân Sỏi đã tổ chức Đại hội đại biểu lần thứ XXI.", "2010-03-25"),
        ("Trong 2 ngày (27-28/2/2006), Bộ Y tế tổ chức hội nghị tổng kết công tác phòng chống dịch.", "2006-02-27"),
        ("Ngày 11-12-2023, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2023 tại thành phố.", "2023-12-11"),
        // (the days written out in words, the month's and year's)
        ("Ngày 21 và 22 tháng 3 năm 2018, Công đoàn ngành Giáo dục tỉnh Tuyên Quang long trọng tổ chức Đại hội Công đoàn ngành Giáo dục lần thứ XI.",
         "2018-03-21"),
        ("Ngày 2-3 tháng 7 năm 2018, Hội Nông dân huyện Krông Búk đã tổ chức Đại hội đại biểu lần thứ X.", "2018-07-02"),
        ("Ngày 21, 22 tháng 10 năm 2020, Trung tâm Khuyến nông Quốc gia tổ chức Hội thảo về nông nghiệp đô thị.", "2020-10-21"),
        // (words between "đến" and the last day)
        ("Quốc hội tổ chức phiên chất vấn trong 2,5 ngày (từ chiều 7/6 đến hết ngày 9/6/2022) tại Hà Nội.", "2022-06-07"),
        // A meeting noun joined to the first one names the same meeting: its day is still read after it.
        ("Hội nghị giao ban tháng 9 được Phòng Giáo dục và Đào tạo huyện tổ chức vào chiều ngày 14/9/2022.", "2022-09-14"),
    ])
    func aRangeGivesItsFirstDay(lead: String, iso: String) {
        #expect(date(title + lead) == iso)
    }

    @Test func aRangeWithTheArticlesDateTakesItsYear() {
        #expect(meeting(title + "Từ ngày 4 đến 10/7, Hội nghị Bộ trưởng Kinh tế ASEAN đã diễn ra tại Viêng Chăn.",
                        date: CalendarDate(year: 2005, month: 7, day: 11))?.date?.iso == "2005-07-04")
        #expect(meeting(title + "Trong hai ngày (11-12/12), UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2023.",
                        date: CalendarDate(year: 2023, month: 12, day: 12))?.date?.iso == "2023-12-11")
        // (two days listed with a comma; not a day alone before the comma of a clause)
        #expect(meeting(title + "Trong các ngày 11, 12/12, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2023 tại thành phố.",
                        date: CalendarDate(year: 2023, month: 12, day: 12))?.date?.iso == "2023-12-11")
        #expect(meeting(title + "Ngày 11, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2023 tại thành phố Huế.",
                        date: CalendarDate(year: 2023, month: 12, day: 12))?.date == nil)
    }

    @Test(arguments: [
        "Từ ngày 4 đến 10/7, Hội nghị Bộ trưởng Kinh tế ASEAN đã diễn ra tại Viêng Chăn.",
        "Từ ngày 20/3 đến ngày 24/3, Ban Chấp hành Trung ương Đảng đã họp Hội nghị lần thứ 14 tại Hà Nội.",
        // Another date of the text, however near, does not give the day its year.
        "Chiều 11/8, Sở Xây dựng đã có buổi làm việc với các bên liên quan về hồ sơ nộp ngày 9/8/2005.",
        "Sáng 27-4, Thành ủy TP Cần Thơ đã long trọng tổ chức lễ mít tinh kỷ niệm 31 năm ngày giải phóng (30.4.1975 - 30.4.2006).",
        // The day a document was signed, after its number and symbol, is the document's.
        "Theo báo cáo của Ban chỉ đạo tại hội nghị sơ kết thực hiện chỉ thị số 31/2005/CT-UB ngày 26-10-2005 về kế hoạch hành động "
            + "khẩn cấp, các quận đã xử lý 2.236 trường hợp vi phạm.",
        "UBND tỉnh Lâm Đồng ra quyết định số 39/2004/QĐ-UB (ngày 9/3/2004) về mức thu phí. Tại kỳ họp thứ 2 HĐND tỉnh khóa VII "
            + "(22 - 23/7), các đại biểu đã biểu quyết bãi bỏ quỹ này.",
        "Các ý kiến tại cuộc họp kiểm điểm sáu năm thực hiện pháp lệnh thực hành tiết kiệm, chống lãng phí (ban hành ngày "
            + "26-2-1998) đều thống nhất với nhận định của Bộ Tài chính.",
        // (or after its bare number)
        "Phiên họp đã xem xét, thông qua Tờ trình số 6120, ngày 12/10/2021 của UBND tỉnh về việc điều chỉnh dự toán ngân sách.",
        "Tại cuộc họp, Sở Tài chính báo cáo Công văn số 2750 ngày 3/9/2019 của Bộ Tài chính về kinh phí đào tạo.",
        // (or after its symbol cut from its number by a space)
        "Tại cuộc họp, Sở Tài chính báo cáo việc thực hiện Nghị quyết số 15- NQ/TU ngày 8/10/2021 của Ban Thường vụ Tỉnh ủy.",
        "Tại đại hội, Công đoàn trường báo cáo việc thực hiện kế hoạch số 47/ KH-CĐN ngày 10/3/2022 của Công đoàn ngành Giáo dục.",
        // (or the day it takes effect)
        "Luật Quốc phòng năm 2018 đã được Quốc hội khóa XIV thông qua tại Kỳ họp thứ 5, có hiệu lực từ ngày 01/01/2019.",
        "Luật Quốc phòng đã được Quốc hội thông qua tại Kỳ họp thứ 5, có hiệu lực thi hành kể từ ngày 01/01/2019.",
        // (Nor the day another lead sentence opens on, when it says a document was signed or issued.)
        "Văn phòng Tỉnh ủy vừa tổ chức họp mặt kỷ niệm ngày Lưu trữ Việt Nam. Ngày 3/1/1946, Chủ tịch Hồ Chí Minh đã ký Thông đạt "
            + "số 01C/VP nhấn mạnh giá trị đặc biệt của tài liệu lưu trữ.",
        "Sở Nội vụ vừa tổ chức họp mặt kỷ niệm ngày Lưu trữ Việt Nam. Ngày 17/9/2007, Thủ tướng Chính phủ ban hành Quyết định số "
            + "1229/QĐ-TTg lấy ngày 3/1 hàng năm là ngày truyền thống của ngành.",
        // The day something began since, in another sentence of the lead, is not the meeting's.
        "Bà Đỗ Thị Hằng, Phó Vụ trưởng Bộ Tài chính cho biết, từ ngày 31/12/2004, các bệnh viện đã có thể rút kinh phí khám "
            + "chữa bệnh cho trẻ. Tại buổi họp báo về khám chữa bệnh trẻ dưới 6 tuổi, bà Hằng cho biết Bộ vừa ban hành thông tư.",
        // Nor is a day inside another sentence of the lead, another event's.
        "Hội nghị kéo dài hai ngày của các quan chức cấp cao châu Á vừa khai mạc tại Bắc Kinh. Các nước muốn xây dựng hệ thống "
            + "cảnh báo sóng thần để tránh lặp lại thảm hoạ ngày 26/12/2004.",
        "Hai cầu thủ nghi bán độ sẽ không được đăng ký cho trận tranh Siêu Cup quốc gia với GĐT chiều 1/1/2006, tại sân Lạch Tray. "
            + "Trong buổi họp thông báo về Siêu Cup quốc gia, Tổng thư ký LĐBĐ VN cũng nhấn mạnh điều này.",
    ])
    func aDayWithoutItsYearGivesNoDate(lead: String) {
        #expect(date(title + lead) == nil)
    }

    @Test(arguments: [
        ("Sáng 7/9/2002, Thủ tướng Anh Tony Blair đã bay tới Camp David. Trong cuộc họp về Iraq kéo dài 3 giờ, hai nhà lãnh đạo "
            + "đã thống nhất lập trường.", "2002-09-07"),
        ("- Ngày 31-5-2005, chúng tôi đã triệu tập một nhóm chuyên gia Toán học. Các thành viên của cuộc họp đã khẳng định đề thi "
            + "không sai.", "2005-05-31"),
    ])
    func anotherLeadSentenceThatOpensOnADayGivesIt(lead: String, iso: String) {
        #expect(date(title + lead) == iso)
    }

    /// A day that comes back every year is an observance's; the sentence's next day is the meeting's.
    @Test(arguments: ["ngày 2-7 hằng năm", "ngày 2 tháng 7 hàng năm"])
    func aYearlyDayIsNotTheMeetings(yearly: String) {
        #expect(date(title + "Thực hiện Quyết định số 730/QĐ-TTg của Thủ tướng Chính phủ lấy \(yearly) là Ngày Vệ sinh yêu nước, "
            + "sáng 30-6-2013, Sở Y tế tỉnh Nam Định tổ chức lễ phát động chiến dịch hưởng ứng.") == "2013-06-30")
    }
}

/// A session named by its month and year gives the year of its day in that month; a conference's
/// name with a year does not, nor a day told from the article's.
@Suite struct MeetingMonthInNameTests {
    @Test func aSessionNamedByItsMonthGivesTheYear() throws {
        let m = try #require(meeting("Tin\nSáng 26-4, tại Văn phòng Chính phủ, Chính phủ đã họp phiên thường kỳ tháng 4-2006 dưới sự chủ "
            + "trì của Thủ tướng Phan Văn Khải."))
        #expect(m.date?.iso == "2006-04-26")
        #expect(meeting("Tin\nChính phủ đã họp phiên thường kỳ tháng 1-2006 trong hai ngày 23 và 24-1.")?.date?.iso == "2006-01-23")
        // (the month and year written out; today's day said in brackets)
        #expect(meeting("Tin\nSáng 30/3, Chính phủ họp phiên thường kỳ tháng 3 năm 2009 tại Hà Nội.")?.date?.iso == "2009-03-30")
        #expect(meeting("Hanoinet - Hôm nay (30/3), phiên họp thường kỳ tháng 3/2009 của Chính phủ lần đầu tiên thực hiện trực tuyến.")?
            .date?.iso == "2009-03-30")
    }

    @Test(arguments: [
        // (a day of another month than the session's)
        "Tin\nSáng 2-5, Chính phủ đã họp phiên thường kỳ tháng 4-2006 để bàn về kế hoạch năm năm.",
        // (a conference's name with its year)
        "Tin\n9 giờ sáng 22-4, Hội nghị cấp cao Á - Phi 2005 (AAS) đã khai mạc tại thủ đô Jakarta.",
        // (a day told from the article's date, which these articles do not carry)
        "Tin\nSáng nay, Chính phủ đã họp phiên thường kỳ tháng 4-2006 tại Hà Nội.",
    ])
    func noYearFromOtherNames(lead: String) throws {
        #expect(try #require(meeting(lead)).date == nil)
    }
}

/// A day written with a point, as some papers write it ("ngày 25.3", "hôm 1.11"), names the day as
/// "25/3" does: it says the meeting was held, and it is no part of the meeting's name.
@Suite struct MeetingDottedDayTests {
    @Test func aDottedDayPlacesTheMeeting() throws {
        let m = try #require(meeting("Hội Sử học kỷ niệm 40 năm\nNgày 25.3, tại TP.HCM, Hội Sử học Việt Nam làm lễ kỷ niệm 40 năm thành lập."))
        #expect(m.kind == "lễ kỷ niệm")
        #expect(m.host == "Hội Sử học Việt Nam")
        #expect(meeting("Rau chống ung thư\nTheo báo cáo tại Hội nghị về ung thư ở Baltimore (Mỹ) hôm 1.11, bông cải xanh có tác dụng "
            + "ngăn ngừa ung thư.")?.what == "Hội nghị về ung thư ở Baltimore (Mỹ)")
        // (with its year, the date)
        #expect(meeting("Tin\nSáng 13.6.2006, UBND tỉnh Long An đã tổ chức hội nghị tổng kết công tác phòng chống lụt bão.")?.date?.iso == "2006-06-13")
    }

    @Test(arguments: ["25.3", "1.11", "19.2.2006", "2/6", "13-12"])
    func writtenDays(text: String) {
        #expect(MeetingReader.writtenDay(text))
    }

    @Test(arguments: ["2.500", "32.1", "5.13", "1.5.06", "2,5"])
    func notDays(text: String) {
        #expect(!MeetingReader.writtenDay(text))
    }

    /// A purpose that opens the sentence holds the days of what it serves, not the meeting's.
    @Test func theDayAfterAnOpeningPurpose() {
        let m = meeting("Nhằm bảo đảm Luật Đất đai 2013 được thi hành thống nhất từ ngày 1-7-2014, chiều 3-7, Sở TN&MT Hà Nội tổ chức "
            + "hội nghị triển khai luật và các nghị định hướng dẫn.", date: CalendarDate(year: 2014, month: 7, day: 4))
        #expect(m?.date?.iso == "2014-07-03")
        // (to its semicolon too)
        let worked = meeting("Để đánh giá kết quả hoạt động năm 2021 và định hướng công tác năm 2022; ngày 21/12/2021, Ban chấp hành Đảng ủy "
            + "Viện kiểm sát nhân dân tỉnh đã có buổi làm việc với Ban chấp hành Công đoàn.")
        #expect(worked?.date?.iso == "2021-12-21")
    }

    /// The day of the lead's first sentence, past the session it goes on with, dates a meeting a
    /// later sentence names with its host.
    @Test func theDayAfterTheSessionItGoesOnWith() {
        let m = meeting("Tiếp tục chương trình Kỳ họp thứ 15, sáng 10/7, HĐND thành phố Cần Thơ khóa X tiến hành phiên chất vấn và trả lời chất vấn. "
            + "Chủ tịch HĐND thành phố Trần Thị Kim Loan chủ trì phiên chất vấn.", date: CalendarDate(year: 2024, month: 7, day: 11))
        #expect(m?.date?.iso == "2024-07-10")
    }
    /// A day without its year months before the page's stamp: the stamp is not when the news was
    /// written (a print view's, a repost's), so the meeting stands with no date; with its year
    /// written, months before, it is history and no meeting.
    @Test func aDayWithoutItsYearMonthsBeforeThePagesStamp() throws {
        let lead = ", tại Trung tâm hội nghị thành phố, Ban Thường vụ Thành ủy Hải Phòng phối hợp với Ban Kinh tế Trung ương tổ chức "
            + "hội thảo: “Xây dựng và phát triển thành phố Hải Phòng”.\n"
        let page = "Print Thứ Bảy, 26/01/2019 19:26\n\n"
        let m = try #require(Extractor().extract(Article(source: "a.txt", text: page + "Ngày 22-8" + lead)).meeting)
        #expect(m.kind == "hội thảo")
        #expect(m.host == "Ban Thường vụ Thành ủy Hải Phòng")
        #expect(m.date == nil)
        #expect(Extractor().extract(Article(source: "a.txt", text: page + "Ngày 22-8-2018" + lead)).meeting == nil)
    }

    /// A day written with spaces around its dashes, after a day's word.
    @Test func aDayWithSpacedDashes() throws {
        let page = "Huyện Thanh Trì: Triển khai kế hoạch công tác kiểm tra, giám sát năm 2021\nNgày đăng 13/01/2021 | 14:28\n\n"
        let m = try #require(Extractor().extract(Article(source: "a.txt", text: page
            + "Chiều 12 - 01, UBKT Huyện ủy tổ chức hội nghị triển khai kế hoạch công tác kiểm tra, giám sát năm 2021.")).meeting)
        #expect(m.date?.iso == "2021-01-12")
        #expect(meeting("Ngày 24- 4-2010, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2009.")?.date?.iso == "2010-04-24")
    }

    /// Two days named with one month are a day named: the meeting they place was held on the first;
    /// one to come in them is still to come ("diễn ra" only places it).
    @Test func twoDaysOfOneMonthPlaceTheMeeting() throws {
        let m = try #require(meeting("Đại hội MTTQ phường Long Trường thành công tốt đẹp\nNgày 21 và 22/10/2025, Đại hội đại biểu Mặt trận "
            + "Tổ quốc Việt Nam phường Long Trường lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp."))
        #expect(m.host == "Mặt trận Tổ quốc Việt Nam phường Long Trường")
        #expect(m.date?.iso == "2025-10-21")
        #expect(meeting("Tổng thư ký AFF muốn ông Viễn ở lại LĐBĐVN\nTrong cuộc họp diễn ra ngày 20 và 21/1, Ban chấp hành LĐBĐ Việt Nam "
            + "sẽ thống nhất chấp nhận hay không chuyện ông Viễn xin từ chức.") == nil)
        #expect(meeting("Anh có thể tăng lãi suất lên 4%\nGiới kinh doanh quả quyết, trong cuộc họp thường kỳ diễn ra tối nay, Ngân hàng "
            + "Trung ương Anh quốc (BE) sẽ nâng lãi suất đồng bảng thêm 0,25%.") == nil)
    }
}
