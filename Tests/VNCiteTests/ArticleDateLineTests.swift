import Testing
@testable import VNCite

/// The article's date from its date lines only: the forms a page's date line takes, and the dates
/// in its body (related headlines, a timeline, a birth date) that give neither the article's date
/// nor its title, nor the meeting's.
@Suite struct ArticleDateLineTests {
    @Test func articleDatesComeFromDateLinesOnly() {
        #expect(ArticleHeader.publicationDate(in: "2025-11-03T08:15:00+07:00")?.iso == "2025-11-03")
        #expect(ArticleHeader.publicationDate(in: "2025-11-03 08:15")?.iso == "2025-11-03")
        #expect(ArticleHeader.publicationDate(in: "20191105")?.iso == "2019-11-05")
        // (its year in two digits, alone on its line; not a day and a month)
        #expect(ArticleHeader.publicationDate(in: "17/10/21")?.iso == "2021-10-17")
        #expect(ArticleHeader.publicationDate(in: "17/10")?.iso == nil)
        #expect(ArticleHeader.publicationDate(in: "Thứ Hai, 10/02/2017 16:51")?.iso == "2017-02-10")
        #expect(ArticleHeader.publicationDate(in: "Cập nhật: 14/6/2023")?.iso == "2023-06-14")
        #expect(ArticleHeader.publicationDate(in: "Ngày đăng: 12-06-2023")?.iso == "2023-06-12")
        #expect(ArticleHeader.publicationDate(in: "Ngày 14/06/2023 08:30")?.iso == "2023-06-14")
        #expect(ArticleHeader.publicationDate(in: "Ngày phát hành: 30/05/2021 Lượt xem 3782")?.iso == "2021-05-30")
        #expect(ArticleHeader.publicationDate(in: "Thời gian đăng: 30/05/2021 08:15")?.iso == "2021-05-30")
        #expect(ArticleHeader.publicationDate(in: "Đăng ngày: 30-05-2021")?.iso == "2021-05-30")
        // (the page's clock above the headline, the article's date under it)
        let header = ArticleHeader.read(CleanText("Thứ Bảy, ngày 23 tháng 11 năm 2024\n\nXây dựng xã hội học tập giai đoạn 2012 - 2020\n\n"
            + "Ngày phát hành: 30/05/2021 Lượt xem 3782\n\nQuán triệt Nghị quyết của Đảng về mô hình giáo dục mở."))
        #expect(header.date?.iso == "2021-05-30")
        #expect(header.title == "Xây dựng xã hội học tập giai đoạn 2012 - 2020")
        // a weekday in digits or a time before the date's comma (not a list of days)
        #expect(ArticleHeader.publicationDate(in: "Thứ 4, 14/06/2023")?.iso == "2023-06-14")
        #expect(ArticleHeader.publicationDate(in: "T4, 14/06/2023 16:51")?.iso == "2023-06-14")
        #expect(ArticleHeader.publicationDate(in: "Cập nhật lúc 16:51, 14/06/2023")?.iso == "2023-06-14")
        #expect(ArticleHeader.publicationDate(in: "14/06/2023")?.iso == "2023-06-14")
        // one field of a line of fields
        #expect(ArticleHeader.publicationDate(in: "Cập nhật: 12/04/2022 | Chuyên mục: Chính quyền điện tử")?.iso == "2022-04-12")
        #expect(ArticleHeader.publicationDate(in: "VĂN PHÒNG TỈNH UỶ | TIN HOẠT ĐỘNG") == nil)
        // (a letter's date in the body, with no time: the letter's)
        #expect(ArticleHeader.publicationDate(in: "Ngày 27-4-2006") == nil)
        #expect(ArticleHeader.publicationDate(in: "Sáng 5/2/2004, Bộ Nông nghiệp họp khẩn về dịch cúm gà") == nil)
    }

    /// A short text's related headlines, each with its date in brackets (VnExpress ends a story with
    /// them), and whatever lies under the first paragraph — a timeline, a birth date, an event's
    /// time — give neither the article's date nor its title, nor the meeting's date.
    @Test(arguments: [
        ("Sốt xuất huyết tăng cao ở phía Nam vào đầu năm 2004\n"
            + "Dự báo này được đưa ra tại Hội nghị Phòng chống dịch khu vực phía Nam diễn ra sáng nay tại TP HCM.\n"
            + "Theo đánh giá của Viện Pasteur TP HCM, số mắc sốt xuất huyết tiếp tục tăng.\n"
            + "Sốt xuất huyết(12/01/2004)\nSốt xuất huyết vẫn đang tăng ở TP HCM(18/12/2003)\n",
         "Sốt xuất huyết tăng cao ở phía Nam vào đầu năm 2004"),
        (ArticleDateLineTests.timeline, "Khởi động phiên 4 đàm phán song phương với Nhật Bản"),
    ])
    func datesInTheBodyGiveNeitherTheArticlesDateNorItsTitle(text: String, title: String) {
        let a = Extractor().extract(Article(source: "a.txt", text: text))
        #expect(a.date == nil)
        #expect(a.title == title)
        #expect(a.meeting?.date == nil)
    }

    /// A city's portal prints its stamp in brackets after the headline, or before the lead: the
    /// article's date, no word of the title. (A related headline's date glued to it is none: above.)
    @Test func aStampInBracketsWithTheHeadlineOrTheLead() throws {
        let stamped = Extractor().extract(Article(source: "a.txt", text: "Họp báo thông tin về tình hình kinh tế - xã hội quý I/2022 "
            + "(06:20 07/04/2022)\n\n\nHNP - Chiều 6/4, Văn phòng UBND TP Hà Nội phối hợp với Sở Thông tin và Truyền thông tổ chức họp "
            + "báo thông tin về tình hình kinh tế - xã hội Quý I/2022.\n"))
        #expect(stamped.title == "Họp báo thông tin về tình hình kinh tế - xã hội quý I/2022")
        #expect(stamped.date?.iso == "2022-04-07")
        #expect(try #require(stamped.meeting).date?.iso == "2022-04-06")
        let led = Extractor().extract(Article(source: "b.txt", text: "Bế mạc Kỳ họp thứ 9, Hội đồng nhân dân tỉnh khóa XV\n(16/07/2014)"
            + "Chiều ngày 16/7, các đại biểu Hội đồng nhân dân tỉnh đã biểu quyết thông qua 5 Nghị quyết, bế mạc Kỳ họp thứ 9.\n"))
        #expect(led.date?.iso == "2014-07-16")
        #expect(try #require(led.meeting).date?.iso == "2014-07-16")  // the lead opens on its day past the stamp
    }

    /// A copy of a page runs the date and time on after the headline, with no brackets: the
    /// article's date, no word of the title.
    @Test func aDateAndTimeRunOnAfterTheHeadline() {
        let copied = Extractor().extract(Article(source: "a.txt", text: "Trung tâm Phục vụ Hành chính công tỉnh gấp rút hoàn thiện trước ngày "
            + "vận hành 27/12/2025 15:38\n\n(PLO)- Đội ngũ kỹ thuật đang gấp rút hoàn tất khâu lắp đặt thiết bị tại bộ phận tiếp nhận và "
            + "trả kết quả của Trung tâm.\n"))
        #expect(copied.title == "Trung tâm Phục vụ Hành chính công tỉnh gấp rút hoàn thiện trước ngày vận hành")
        #expect(copied.date?.iso == "2025-12-27")
    }

    /// An outlet's name of many words, a dash, the date and the time: the page's date line.
    @Test func anOutletsNameBeforeTheDateAndTime() {
        let page = Extractor().extract(Article(source: "a.txt", text: "Hệ thống Tòa án hoàn thành xuất sắc các nhiệm vụ chính trị năm 2022\n\n"
            + "Truyền hình Tòa án nhân dân - 25/12/2022 - 05:16\nNăm 2022, các Tòa án đã thực hiện đồng bộ các giải pháp nâng cao chất lượng xét xử.\n"))
        #expect(page.date?.iso == "2022-12-25")
        #expect(page.title == "Hệ thống Tòa án hoàn thành xuất sắc các nhiệm vụ chính trị năm 2022")
    }

    static let timeline = "Khởi động phiên 4 đàm phán song phương với Nhật Bản\n"
        + "Hôm nay, các chuyên viên cao cấp Việt Nam và Nhật Bản bắt đầu nhóm họp tại Hà Nội, mở đầu phiên đàm phán song phương "
        + "lần thứ 4, kéo dài 2 ngày.\nTiến trình gia nhập WTO của Việt Nam\n- Tháng 12/1994: Bắt đầu nộp đơn gia nhập WTO\n"
        + "- 4/1/1995, WTO tiếp nhận đơn\n"

    /// A portal prints its section over the date line and the headline under it; a headline over
    /// its date line stays the title.
    @Test func thePagesSectionOverTheDateLineIsNoTitle() {
        let lead = "\n\nTrong hai ngày 11-12/12, HĐND tỉnh Bình Định tổ chức Kỳ họp thứ 9.\n\nKỳ họp đã xem xét các báo cáo."
        let sectioned = Extractor().extract(Article(source: "a.txt", text: "Thời sự - Chính trị\nThứ Ba, 13/12/2022 - 09:30\n\n"
            + "Bế mạc Kỳ họp thứ 9 HĐND tỉnh khóa XIII" + lead))
        #expect(sectioned.title == "Bế mạc Kỳ họp thứ 9 HĐND tỉnh khóa XIII")
        #expect(sectioned.date?.iso == "2022-12-13")
        let fielded = Extractor().extract(Article(source: "b.txt", text: "Cập nhật: 13/12/2022 | Chuyên mục: Chính quyền\n\n"
            + "Bế mạc Kỳ họp thứ 9 HĐND tỉnh khóa XIII" + lead))
        #expect(fielded.title == "Bế mạc Kỳ họp thứ 9 HĐND tỉnh khóa XIII")
        #expect(fielded.date?.iso == "2022-12-13")
        let over = Extractor().extract(Article(source: "c.txt", text: "Bế mạc Kỳ họp thứ 9 HĐND tỉnh\n13/12/2022" + lead))
        #expect(over.title == "Bế mạc Kỳ họp thứ 9 HĐND tỉnh")
    }

    /// A date line that spells its month, in Vietnamese or English; a line that writes it in digits
    /// comes first (a site's clock that spells it is older than the article).
    @Test func aDateLineMaySpellItsMonth() {
        #expect(ArticleHeader.publicationDate(in: "03:15 CH @ Thứ Hai - 08 Tháng Giêng, 2024")?.iso == "2024-01-08")
        #expect(ArticleHeader.publicationDate(in: "Thứ Năm, 12 tháng 1, 2012")?.iso == "2012-01-12")
        #expect(ArticleHeader.publicationDate(in: "Thứ Bảy, 14 tháng mười hai, 2019")?.iso == "2019-12-14")
        #expect(ArticleHeader.publicationDate(in: "18 giờ:42 phút Thứ ba, ngày 17 tháng 11 , 2020")?.iso == "2020-11-17")
        // (A blog's month written short: "Th2".)
        #expect(ArticleHeader.publicationDate(in: "Đã đăng vào 23 Th2, 2020 lúc 14:33")?.iso == "2020-02-23")
        #expect(ArticleHeader.publicationDate(in: "Đã đăng vào 23 Th13, 2020 lúc 14:33") == nil)
        #expect(ArticleHeader.publicationDate(in: "June 30, 2022 | 08:49 GMT+7")?.iso == "2022-06-30")
        #expect(ArticleHeader.publicationDate(in: "30 June 2022")?.iso == "2022-06-30")
        #expect(ArticleHeader.publicationDate(in: "Ngày 5 tháng 6, 2023 Bộ Y tế họp khẩn") == nil)
        let lead = "\nSáng 3/3, Ban Bí thư tổ chức hội nghị sơ kết công tác phòng, chống tham nhũng tại Hà Nội.\n"
        let clocked = Extractor().extract(Article(source: "a.txt", text: "Thứ 6, ngày 16 tháng 8, 2019, 8:36:21 Chiều\n"
            + "Sơ kết công tác phòng, chống tham nhũng\n09:55 04/03/2026" + lead))
        #expect(clocked.date?.iso == "2026-03-04")
        #expect(clocked.meeting?.date?.iso == "2026-03-03")
        // (A clock left as cached, to the second, may be older than the article: the byline under the title dates it.)
        let cached = Extractor().extract(Article(source: "b.txt", text: "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\n\n"
            + "Sơ kết công tác phòng, chống tham nhũng\n\nVăn Hoa - Việt Hà - 16:11, 04/03/2026\n" + lead))
        #expect(cached.date?.iso == "2026-03-04")
        #expect(cached.meeting?.date?.iso == "2026-03-03")
        let minutes = Extractor().extract(Article(source: "c.txt", text: "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25\n\n"
            + "Sơ kết công tác phòng, chống tham nhũng\n\nVăn Hoa - Việt Hà - 16:11, 04/03/2026\n" + lead))
        #expect(minutes.date?.iso == "2019-08-23")
    }

    /// A page's clock may stand a day behind the day a meeting was held (another time zone): held
    /// is held ("đã"), not still to come; a day later still is.
    @Test func aClockADayBehindWhatWasHeld() {
        let page = "HĐND huyện tổ chức kỳ họp bất thường\n22:19 10/10/2017\n"
        let held = Extractor().extract(Article(source: "a.txt", text: page
            + "Sáng ngày 11/10/2017, HĐND huyện Hương Sơn khoá XIX đã tổ chức kỳ họp bất thường lần thứ 7.\n"))
        #expect(held.meeting?.date?.iso == "2017-10-11")
        let later = Extractor().extract(Article(source: "b.txt", text: page
            + "Sáng ngày 12/10/2017, HĐND huyện Hương Sơn khoá XIX đã tổ chức kỳ họp bất thường lần thứ 7.\n"))
        #expect(later.meeting == nil)
    }

    @Test func noDateLineInTheBodysWords() {
        #expect(ArticleHeader.publicationDate(in: "Sốt xuất huyết(12/01/2004)") == nil)
        #expect(ArticleHeader.publicationDate(in: "(12/01/2004)")?.iso == "2004-01-12")
        // An event's time, labelled so, is no date line either.
        #expect(ArticleHeader.publicationDate(in: "Thời gian: ngày 12-2-2006 (15 tháng giêng ÂL).") == nil)
        // (above the body, a date line still gives it)
        let dated = "Chi bộ Sở tổ chức Hội nghị sơ kết\n14-06-2023 14:15\n" + Self.timeline
        #expect(Extractor().extract(Article(source: "b.txt", text: dated)).date?.iso == "2023-06-14")
    }

    /// A date line that carries the page's tools beside its date: the views, "In bài viết", a spelled month.
    @Test(arguments: [
        ("28/08/2017    Lượt xem: 1835    In bài viết   Độ tương phản", "2017-08-28"),
        ("2 tháng mười một 2018     131 lượt xem", "2018-11-02"),
    ])
    func aDateLineWithThePagesTools(line: String, date: String) {
        let a = Extractor().extract(Article(source: "a.txt", text: "Phòng Giáo dục huyện Phú Giáo tổng kết năm học 2016-2017\n\n" + line
            + "\n\nSáng ngày 22-8, Phòng Giáo dục và đào tạo huyện Phú Giáo đã tổ chức hội nghị tổng kết năm học 2016 - 2017."))
        #expect(a.date?.iso == date)
    }

    /// A date line with its label right under the first paragraph (a standfirst); not a day told in
    /// the body further down.
    @Test func aLabelledDateLineUnderTheStandfirst() {
        let a = Extractor().extract(Article(source: "a.txt", text: "Kết quả tiếp công dân hàng tháng\n\nBáo cáo tình hình, kết quả công "
            + "tác tiếp công dân của Lãnh đạo UBND tỉnh, Lãnh đạo các Sở, ban, ngành và UBND các huyện trong tháng 10/2020.\n"
            + "cms-publish-date 23/10/2020 | 09:45  | cms-view-count: 19681\n\nTrong tháng 10/2020, Thủ trưởng các sở tiếp 01 lượt với 01 người."))
        #expect(a.date?.iso == "2020-10-23")
        let told = Extractor().extract(Article(source: "b.txt", text: "Kết quả tiếp công dân hàng tháng\n\nBáo cáo tình hình, kết quả công "
            + "tác tiếp công dân của Lãnh đạo UBND tỉnh, Lãnh đạo các Sở, ban, ngành và UBND các huyện trong tháng 10/2020.\n"
            + "Ngày 23/10/2020, Thủ trưởng các sở tiếp 01 lượt với 01 người.\n"))
        #expect(told.date == nil)
    }

    /// A date line in brackets after its label ("[ Cập nhật vào ngày (13/04/2021) ]"), and a date
    /// line a crawl glued to the lead ("19/07/2024Sáng nay (19/7), …"): the page's date, the
    /// headline over it, and the lead's "sáng nay" read against it.
    @Test func aBracketedOrGluedDateLine() throws {
        #expect(ArticleHeader.publicationDate(in: "[ Cập nhật vào ngày (13/04/2021) ] - [ Số lần xem: 539 ]")?.iso == "2021-04-13")
        let bracketed = Extractor().extract(Article(source: "a.txt", text: "Văn hóa xã hội\n"
            + "Đại hội Hội Bảo vệ Thiên nhiên và Môi trường tỉnh Hậu Giang nhiệm kỳ 2019 - 2024\n\n"
            + "[ Cập nhật vào ngày (13/04/2021) ] - [ Số lần xem: 539 ]\n\n"
            + "Ngày 12/4, Hội Bảo vệ Thiên nhiên và Môi trường Hậu Giang tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2019-2024.\n"))
        #expect(bracketed.date?.iso == "2021-04-13")
        #expect(bracketed.title == "Đại hội Hội Bảo vệ Thiên nhiên và Môi trường tỉnh Hậu Giang nhiệm kỳ 2019 - 2024")
        #expect(bracketed.meeting?.date?.iso == "2021-04-12")
        let glued = Extractor().extract(Article(source: "b.txt", text: "Thời sự địa phương\n"
            + "Bộ Chỉ huy Quân sự tỉnh Vĩnh Long tổ chức Đại hội Thi đua Quyết thắng giai đoạn 2019-2024\n"
            + "19/07/2024Sáng nay (19/7), Bộ Chỉ huy Quân sự tỉnh Vĩnh Long tổ chức Đại hội Thi đua Quyết thắng Lực lượng vũ trang "
            + "tỉnh giai đoạn 2019-2024. Đây là sự kiện chính trị quan trọng của cán bộ, chiến sĩ Lực lượng vũ trang tỉnh.\n"))
        #expect(glued.date?.iso == "2024-07-19")
        #expect(glued.title == "Bộ Chỉ huy Quân sự tỉnh Vĩnh Long tổ chức Đại hội Thi đua Quyết thắng giai đoạn 2019-2024")
        let meeting = try #require(glued.meeting)
        #expect(meeting.date?.iso == "2024-07-19")
        #expect(meeting.host == "Bộ Chỉ huy Quân sự tỉnh Vĩnh Long")
        // (or a portal's date in ISO order, a dash between)
        let iso = Extractor().extract(Article(source: "d.txt", text: "Sở Công Thương tổ chức Đại hội\n\n2015-03-24 - Ngày 10/3, Đảng bộ "
            + "Sở Công Thương tỉnh Lai Châu đã tổ chức Đại hội lần thứ II nhiệm kỳ 2015 - 2020 tại hội trường của Sở.\n"))
        #expect(iso.date?.iso == "2015-03-24")
        #expect(iso.meeting?.date?.iso == "2015-03-10")
        // (a headline's date in brackets stays the headline's; a lead's full date and its words stay the lead's)
        #expect(ArticleHeader.publicationDate(in: "Sốt xuất huyết vẫn đang tăng ở TP HCM(18/12/2003)") == nil)
        #expect(Extractor().extract(Article(source: "c.txt", text: "Ngày 19/07/2024, Bộ Chỉ huy Quân sự tỉnh tổ chức Đại hội Thi đua Quyết thắng.\n")).date == nil)
    }

    /// A portal's byline that dates the post ("Submitted by Ban biên tập on 18 October 2019"); the
    /// site's name after a store's date field over the headline; the site's clock over the page's
    /// sections, the title and the article's own date line in brackets.
    @Test func aBylineAFieldAndAClockOverTheHeadline() {
        #expect(ArticleHeader.publicationDate(in: "Submitted by Ban biên tập on 18 October 2019")?.iso == "2019-10-18")
        #expect(ArticleHeader.publicationDate(in: "Submitted by admin on 18/10/2019 - 08:15")?.iso == "2019-10-18")
        // (the date's label after the author's, "Ngày viết:", its month in English)
        #expect(ArticleHeader.publicationDate(in: "Người viết: admin - Ngày viết: Friday, Sep 24, 2021 | 16:27 - Lượt xem: 1250")?.iso
            == "2021-09-24")
        #expect(ArticleHeader.publicationDate(in: "Ngày viết: 24/09/2021")?.iso == "2021-09-24")
        // (the lead run on after the date with no space: the page's date, and the meeting's day in the lead)
        let glued = "Phật giáo tỉnh Hà Tĩnh họp về công tác tổ chức Đại hội lần thứ IV\nNgày đăng: 16/03/2022Ngày 11/03/2022, tại Trung tâm "
            + "Văn hóa Phật giáo tỉnh, Ban Thường trực Phật giáo tỉnh Hà Tĩnh tổ chức Hội nghị Công tác tổ chức Đại hội.\n"
        let article = Extractor().extract(Article(source: "g.txt", text: glued))
        #expect(article.date?.iso == "2022-03-16")
        #expect(article.meeting?.date?.iso == "2022-03-11")
        let lead = "\n\nChiều ngày 3/10, đồng chí Ngô Văn Tuấn, Tổng kiểm toán Nhà nước đã thăm và làm việc với tỉnh Phú Thọ. Tiếp và làm việc có các đồng chí lãnh đạo tỉnh."
        let field = ArticleHeader.read(CleanText(" date 2025-10-03 Phú Thọ 24h\nTổng kiểm toán Nhà nước thăm và làm việc với tỉnh Phú Thọ" + lead))
        #expect(field.title == "Tổng kiểm toán Nhà nước thăm và làm việc với tỉnh Phú Thọ")
        #expect(field.date?.iso == "2025-10-03")
        // (a section's name after the field, "Xã hội", is no headline either)
        let headline = "Hơn 9.600 phụ nữ là chủ doanh nghiệp, quản lý Hợp tác xã, chủ hộ kinh doanh được hỗ trợ nâng cao năng lực"
        #expect(ArticleHeader.read(CleanText(" date 2025-12-22 Xã hội\n" + headline + lead)).title == headline)
        let clock = ArticleHeader.read(CleanText("Thứ năm, Ngày 17 Tháng 9 Năm 2021\n\nPhóng sự ảnh\n\nGiới thiệu chung\n\n"
            + "Lịch sử phát triển ngành Thống kê tỉnh Hà Giang\n\n(10/05/2017 08:53)\n\nNgay trong thời gian đầu cách mạng mới thành công, "
            + "ngày 06/5/1946, Chủ tịch Hồ Chí Minh đã ký sắc lệnh số 61/SL quy định bộ máy tổ chức ngành Thống kê."))
        #expect(clock.title == "Lịch sử phát triển ngành Thống kê tỉnh Hà Giang")
        #expect(clock.date?.iso == "2017-05-10")
        // (not a forum's post, its author's lines and the day they joined under it)
        let forum = ArticleHeader.read(CleanText("14 di sản văn hóa phi vật thể quốc gia vừa được công nhận năm 2023\n\nChủ đề   RSS\n"
            + " • #598749 18/02/2023\n\n  nguyenhoaibao12061999\n  Top 25\n  Dân Luật bậc 1\n\n  Tham gia:03/08/2022\n  Số điểm: 78451\n\n"
            + "  Ngày 14/02/2023 Bộ VHTTDL đã ban hành hàng loạt các Quyết định về việc công bố Danh mục di sản văn hóa phi vật thể quốc gia."))
        #expect(forum.title == "14 di sản văn hóa phi vật thể quốc gia vừa được công nhận năm 2023")
        #expect(forum.date?.iso == "2023-02-18")
        // (nor under the clock and a portal's menu of short items, six of them: the headline's own date line)
        let menu = ArticleHeader.read(CleanText("18:21 EDT Thứ hai, 15/08/2022\n\nThông tin phục vụ điều hành\n\nCM PCTN\n\nTTHC\n\n"
            + "He thong iso\n\nTra cứu văn bản\n\nLiên kết website\n\nHội nghị tổng kết 4 năm thi hành Luật Khiếu nại, Luật Tố cáo\n\n"
            + "Thứ hai - 02/01/2017 21:01\n       Ngày 27/12/2016, tại Hội trường Thanh tra tỉnh, UBND tỉnh Quảng Trị đã tổ chức Hội nghị."))
        #expect(menu.title == "Hội nghị tổng kết 4 năm thi hành Luật Khiếu nại, Luật Tố cáo")
        #expect(menu.date?.iso == "2017-01-02")
    }
}
