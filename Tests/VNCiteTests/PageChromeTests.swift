import Testing
@testable import VNCite

/// A page saved whole carries its breadcrumb, its tools, its site's name and its captions around the
/// article: none of them is the title or the lead, and the meeting is read from the lead.
@Suite struct PageChromeTests {
    static let page = """
        CỔNG TTĐT HUYỆN YÊN THÀNH - NGHỆ AN
        Trang chủ > Tin tức - Sự kiện > Hoạt động của huyện
        Cỡ chữ: A+ A-     In bài viết | Chia sẻ

        Đại hội điểm Đảng bộ xã Tăng Thành lần thứ XXVI, nhiệm kỳ 2025 - 2030 thành công tốt đẹp

        Thứ Sáu, 21/02/2025 | 16:05     Lượt xem: 1.387

        Đồng chí Nguyễn Văn Hải - Phó Bí thư Thường trực Huyện ủy phát biểu chỉ đạo Đại hội. Ảnh: Hoài Thu

        Đồng chí Nguyễn Văn Hải, Phó Bí thư Thường trực Huyện ủy dự và chỉ đạo Đại hội đại biểu Đảng bộ xã Tăng Thành lần thứ \
        XXVI, nhiệm kỳ 2025 - 2030, diễn ra trong ngày 20/02. Đồng chí Lê Văn Hòa, Bí thư Đảng ủy xã chủ trì Đại hội.

        Dự Đại hội có 150 đại biểu, đại diện cho 412 đảng viên.
        """

    @Test func aPageSavedWhole() throws {
        let a = Extractor().extract(Article(source: "a.txt", text: Self.page))
        #expect(a.title == "Đại hội điểm Đảng bộ xã Tăng Thành lần thứ XXVI, nhiệm kỳ 2025 - 2030 thành công tốt đẹp")
        #expect(a.date?.iso == "2025-02-21")
        let m = try #require(a.meeting)
        #expect(m.kind == "đại hội")
        #expect(m.what.hasPrefix("Đại hội đại biểu Đảng bộ xã Tăng Thành lần thứ XXVI"))
        #expect(m.date?.iso == "2025-02-20")
        #expect(m.chair == "Lê Văn Hòa")
    }

    @Test(arguments: [
        "Trang chủ > Tin tức > Xây dựng Đảng", "Trang chủ / Tin tức / Tin hoạt động ngành", "Tin tức » Đoàn thể",
        "Cỡ chữ A+ A-  |  In bài viết  |  Gửi email", "Xem với cỡ chữ A+ A-", "Lượt xem: 1.532", "Số lần xem: 306", "Số lượt xem:2082",
        "Bình luận (0)",
        "Tăng cỡ chữ Giảm cỡ chữ", "In bài Chia sẻ",
        "Cổng thông tin điện tử huyện Krông Pắc - tỉnh Đắk Lắk", "UBND HUYỆN THỌ XUÂN - TỈNH THANH HÓA",
        "Liên hệ quảng cáo: (04)39.431.943 - (04)39.447.011", ": toasoandko@gmail.com | : (04) 38.228.302",
        "Nhảy đến nội dung", "Truy cập nội dung luôn", "Số lượt truy cập", "Thống kê truy cập", "Xem chi tiet tin_new - Sở Tư pháp",
        "http://hdndcaobang.gov.vn", "www.baohaiduong.vn",
    ])
    func linesOfThePage(line: String) {
        let text = CleanText(line)
        #expect(PageChrome.holds(text, 0..<text.count))
    }

    /// The font's tools between the date line and the headline leave the headline the title.
    /// The site's hotline after a store's date field is the page's too: the headline is under it.
    @Test func aHotlineAfterTheStoresDateField() {
        let a = Extractor().extract(Article(source: "a.txt", text: " date 2025-09-26 Hotline: 0865015015 Tiền Phong Nhật báo Sinh viên Việt "
            + "Nam Hoa Học trò Tòa soạn Quảng cáo\n\nXã hội\n\nQuyết tâm đưa Quảng Trị trở thành cực tăng trưởng mới của miền Trung\n\n"
            + "Hoàng Nam\nTPO - Đại hội đại biểu Đảng bộ tỉnh Quảng Trị lần thứ I là sự kiện chính trị đặc biệt quan trọng của tỉnh."))
        #expect(a.title == "Quyết tâm đưa Quảng Trị trở thành cực tăng trưởng mới của miền Trung")
        #expect(a.date?.iso == "2025-09-26")
    }

    @Test func aHeadlineUnderTheFontsTools() {
        let a = Extractor().extract(Article(source: "a.txt", text: "28/04/2021\nTăng cỡ chữ Giảm cỡ chữ\n"
            + "Huyện ủy Chợ Mới sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW\n"
            + "Sáng 27/4/2021, Huyện ủy Chợ Mới tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."))
        #expect(a.title == "Huyện ủy Chợ Mới sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW")
        #expect(a.date?.iso == "2021-04-28")
    }

    /// The weather box's temperatures are the page's, not a headline ("Đà Lạt 20°C" is no title).
    @Test func theWeatherIsNoHeadline() {
        let a = Extractor().extract(Article(source: "a.txt", text: "28/04/2021\nBình Phước, 30°C/27°C - 33°C\n"
            + "Huyện ủy Chợ Mới sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW\n"
            + "Sáng 27/4/2021, Huyện ủy Chợ Mới tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."))
        #expect(a.title == "Huyện ủy Chợ Mới sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW")
        #expect(PageChrome.weather(CleanText("Nhiệt độ nước biển tăng thêm 2°C so với năm ngoái, các nhà khoa học cho biết."), 0..<79) == false)
    }

    /// The site's name over its address, then the address, are the page's; the headline is under them.
    @Test func theSitesNameOverItsAddress() {
        let a = Extractor().extract(Article(source: "a.txt", text: "Đoàn Đại biểu Quốc hội và Hội Đồng Nhân Dân tỉnh Cao Bằng\n\n"
            + "http://hdndcaobang.gov.vn\n\n\nThường trực HĐND huyện Thạch An tiếp xúc cử tri ngành Giáo dục\n\n"
            + "Thường trực HĐND huyện Thạch An khóa XX vừa tổ chức Hội nghị tiếp xúc cử tri chuyên đề ngành Giáo dục và Đào tạo."))
        #expect(a.title == "Thường trực HĐND huyện Thạch An tiếp xúc cử tri ngành Giáo dục")
    }

    /// A line of the site's links under its clock, or a section's two names set apart by a comma, over
    /// the headline, is no title.
    @Test func theSitesLinksAndASectionsNamesOverTheHeadline() {
        let links = Extractor().extract(Article(source: "a.txt", text: "Thứ năm, ngày 28 tháng 3 năm 2024\nThư điện tử Liên hệ Sơ đồ trang\n\n"
            + "Những thành tựu nổi bật của Sở Nội vụ tỉnh Hưng Yên\n\nĐăng ngày 28 - 08 - 2015\n100%\n\nCách đây 70 năm, dưới sự lãnh đạo "
            + "của Đảng, nhân dân ta đã nhất tề đứng lên làm nên cuộc cách mạng giải phóng kỳ diệu trong lịch sử dân tộc ta."))
        #expect(links.title == "Những thành tựu nổi bật của Sở Nội vụ tỉnh Hưng Yên")
        #expect(links.date?.iso == "2015-08-28")
        let section = Extractor().extract(Article(source: "a.txt", text: "Chỉ đạo, Điều hành\n\nĐại hội đại biểu toàn quốc Hội Cựu chiến binh "
            + "Việt Nam lần thứ VII diễn ra từ ngày 29-31/12\n\nĐây là sự kiện chính trị góp phần khẳng định vị trí, vai trò của Hội Cựu "
            + "chiến binh Việt Nam trong sự nghiệp xây dựng, bảo vệ Tổ quốc."))
        #expect(section.title == "Đại hội đại biểu toàn quốc Hội Cựu chiến binh Việt Nam lần thứ VII diễn ra từ ngày 29-31/12")
    }

    /// Headlines and sentences that open on a tool's words are no tools.
    @Test(arguments: [
        "Trang chủ của Microsoft không hề hấn gì", "Chia sẻ video qua mạng: xu thế phát triển mới của thời đại",
        "Bình luận trên được đưa ra tại Vienna khi IAEA nhóm họp về vấn đề Iran.", "Có chủ trương từ 3 năm trước song đến nay vẫn dang dở.",
        "Liên hệ: Ban Tổ chức đã thống nhất lịch làm việc với các đoàn", "Giới thiệu Trang chủ mới của Bộ Nội vụ",
    ])
    func wordsOfTheArticle(line: String) {
        let text = CleanText(line)
        #expect(!PageChrome.holds(text, 0..<text.count))
    }

    /// "Ngày 24 tháng 02 năm 2025" over the title is the page's date; under a paragraph, a letter's.
    @Test func aDayOnItsOwnLine() {
        let over = Extractor().extract(Article(source: "a.txt", text: "Trang chủ > Tin tức > Xây dựng Đảng\nNgày 24 tháng 02 năm 2025\n\n"
            + "Huyện ủy Tam Dương quán triệt Nghị quyết 57-NQ/TW\n\nHuyện ủy Tam Dương tổ chức Hội nghị học tập, quán triệt Nghị quyết."))
        #expect(over.date?.iso == "2025-02-24")
        #expect(over.title == "Huyện ủy Tam Dương quán triệt Nghị quyết 57-NQ/TW")
        let letter = Extractor().extract(Article(source: "b.txt", text: "Thư của Hội Phụ nữ Việt Nam gửi các tổ chức Hàn Quốc. Hội Liên hiệp "
            + "phụ nữ Việt Nam tối 27-4 đã gửi thư tới Bộ Bình đẳng giới Hàn Quốc. Sau đây là một số nội dung của bức thư.\n"
            + "Ngày 27-4-2006\nHội Liên hiệp Phụ nữ Việt Nam xin gửi tới các bạn lời chào hữu nghị!\nChúng tôi viết thư này."))
        #expect(letter.date == nil)
    }

    /// The site's contacts over the title are neither title nor lead.
    @Test func theSitesContacts() throws {
        let a = Extractor().extract(Article(source: "a.txt", text: ": toasoandko@gmail.com | : (04) 38.228.302\n"
            + "Liên hệ quảng cáo: (04)39.431.943 - (04)39.447.011\n07:30:00 - Thứ sáu, 09/11/2018\n\n"
            + "Hưng Yên: Tổng kết 5 năm thực hiện Quyết định 217, 218 của Bộ Chính trị\n\n"
            + "Ngày 8/11, Ban Thường trực Ủy ban MTTQ tỉnh Hưng Yên tổ chức Hội nghị tổng kết 5 năm thực hiện Quyết định số 217, 218 của Bộ Chính trị.\n"))
        #expect(a.title == "Hưng Yên: Tổng kết 5 năm thực hiện Quyết định 217, 218 của Bộ Chính trị")
        #expect(try #require(a.meeting).host == "Ban Thường trực Ủy ban MTTQ tỉnh Hưng Yên")
    }

    /// A caption is read after the lead: it tells the meeting the lead does not.
    @Test func aCaptionAfterTheLead() {
        let m = meeting("Phối hợp hành động vì nạn nhân chất độc da cam\n"
            + "Đoàn Hội Hữu nghị Pháp - Việt trong buổi làm việc tại báo Tuổi Trẻ chiều 21-6-2005 - Ảnh: Thanh Đạm\n"
            + "Chiều qua, ông Francis Gendreau, chủ tịch Hội Hữu nghị Pháp - Việt, đã đến thăm báo Tuổi Trẻ.\n")
        #expect(m?.kind == "buổi làm việc")
        #expect(m?.what.contains("Ảnh") == false)
    }
}
