import Testing
@testable import VNCite

/// A portal's frame around its headline, as pages are copied: a stamp in brackets with the date
/// before the time, a breadcrumb set apart by runs of spaces, a count of views, a section's pair of
/// fields right over the headline, a section's name beside the date line, a portal's box titles,
/// the bar left after a headline whose site's name was cut, the site's phone numbers and address, a
/// print button, empty brackets.
@Suite struct ArticlePageFrameTests {
    @Test(arguments: [
        ("Biểu dương người có uy tín tiêu biểu (20/12/2018 14:40)\n\nSáng ngày 20/12, Ban Dân tộc tỉnh tổ chức hội nghị tổng kết "
            + "chính sách đối với người có uy tín và biểu dương người có uy tín tiêu biểu năm 2018.",
         "Biểu dương người có uy tín tiêu biểu", "2018-12-20"),
        ("Trang chủ    Thực tiễn    Công tác quản lý nhà nước đối với tôn giáo ở Quảng Bình\nThứ ba, 23 Tháng 5 2017 13:23\n3181 Lượt xem\n\n"
            + "Công tác quản lý nhà nước đối với tôn giáo ở Quảng Bình\n\n(LLCT) - Đại hội XII của Đảng khẳng định cần quan tâm và tạo điều "
            + "kiện cho tổ chức tôn giáo sinh hoạt theo hiến chương, điều lệ đã được Nhà nước công nhận.",
         "Công tác quản lý nhà nước đối với tôn giáo ở Quảng Bình", "2017-05-23"),
        ("Chính quyền - đoàn thể\nHiệp thương cử bổ sung chức danh Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Đông Giang\n(QNO) - Sáng 21/2, "
            + "Ủy ban MTTQ Việt Nam huyện Đông Giang tổ chức hội nghị lần thứ 13 hiệp thương cử bổ sung chức danh Phó Chủ tịch.",
         "Hiệp thương cử bổ sung chức danh Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Đông Giang", nil),
        // (a portal's box titles, and the "null" its template printed before the headline)
        ("Xuất bản thông tin\n\nnull Trực tuyến Hội nghị toàn quốc quán triệt Nghị quyết Đại hội XIII của Đảng\n\nChi tiết bài viết Tin tức\n\n"
            + "Trực tuyến Hội nghị toàn quốc quán triệt Nghị quyết Đại hội XIII của Đảng\n\nSáng ngày 27/3, Ban Bí thư Trung ương Đảng khai mạc "
            + "Hội nghị toàn quốc nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII của Đảng bằng hình thức trực tuyến.",
         "Trực tuyến Hội nghị toàn quốc quán triệt Nghị quyết Đại hội XIII của Đảng", nil),
        // (the bar that stood before the site's name in the page's title)
        ("Hội nghị toàn quốc nghiên cứu, quán triệt Nghị quyết Hội nghị Trung ương 6 |\nSáng 5/12, Bộ Chính trị, Ban Bí thư Trung ương "
            + "Đảng tổ chức Hội nghị toàn quốc nghiên cứu, học tập, quán triệt các Nghị quyết Hội nghị lần thứ 6.",
         "Hội nghị toàn quốc nghiên cứu, quán triệt Nghị quyết Hội nghị Trung ương 6", nil),
        // (a section's name right under the date line, or right over it)
        ("20/02/2017 - 09:52\n\nĐảng bộ TP Cần Thơ\n\n77,56% đảng viên học tập, quán triệt Nghị quyết Trung ương 4 khóa XII\n\n(CT)- Theo báo "
            + "cáo của Ban Tuyên giáo Thành ủy Cần Thơ, đến nay, các cấp ủy đảng đã tổ chức 216 lớp học tập, quán triệt Nghị quyết.",
         "77,56% đảng viên học tập, quán triệt Nghị quyết Trung ương 4 khóa XII", "2017-02-20"),
        ("acecook\n\nTổng Bí thư chủ trì hội nghị sơ kết về thực hiện Nghị quyết 57-NQ/TW\n\nSự kiện\n02/07/2025 17:12\nSáng 2/7, tại Hà Nội, "
            + "Ban Chỉ đạo Trung ương tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.",
         "Tổng Bí thư chủ trì hội nghị sơ kết về thực hiện Nghị quyết 57-NQ/TW", "2025-07-02"),
        // (the site's phone numbers over the headline)
        ("0915 801 778 – 0915 391 778\n\nHội nghị biểu dương các tổ chức tôn giáo có đóng góp trong sự nghiệp xây dựng và bảo vệ Tổ quốc\n\n"
            + "Ngày 30/8/2022, tại Hội trường Thống Nhất, Thủ tướng Chính phủ Phạm Minh Chính đã chủ trì Hội nghị biểu dương các tổ chức "
            + "tôn giáo có đóng góp trong sự nghiệp xây dựng và bảo vệ Tổ quốc.",
         "Hội nghị biểu dương các tổ chức tôn giáo có đóng góp trong sự nghiệp xây dựng và bảo vệ Tổ quốc", nil),
        // (the site's address, and phone numbers under a label or after a hotline's words with no colon)
        ("Địa chỉ: Số 5, phố Phạm Văn Bạch, quận Cầu Giấy, Hà Nội\n\nHiến máu: 0976990066\n\nĐặt lịch khám theo yêu cầu: 1900969670\n\n"
            + "Bộ trưởng Đào Hồng Lan làm Trưởng Ban Chỉ đạo quốc gia Vận động hiến máu tình nguyện\n\nPhó Thủ tướng Chính phủ Trần Hồng Hà "
            + "vừa ký Quyết định số 409/QĐ-TTg ngày 19/4/2023 về việc thay đổi, bổ sung thành viên Ban Chỉ đạo.",
         "Bộ trưởng Đào Hồng Lan làm Trưởng Ban Chỉ đạo quốc gia Vận động hiến máu tình nguyện", nil),
        ("Đường dây nóng hỗ trợ   1900 54 54 81\n\nBưu điện tỉnh Bình Định: Tổ chức chương trình Roadshow giới thiệu dịch vụ hành chính công\n\n"
            + "Ngày 01/8, Bưu điện tỉnh đã tổ chức chương trình Roadshow truyền thông giới thiệu dịch vụ hành chính công cho người dân.",
         "Bưu điện tỉnh Bình Định: Tổ chức chương trình Roadshow giới thiệu dịch vụ hành chính công", nil),
        // (a template's name left as the page's title; an image's alternative text)
        ("MonrePortal.CMS - View_ChiTietThongBao\n\nHội nghị triển khai Luật Đất đai năm 2024 tại tỉnh Sơn La\n\nSáng 5/3/2024, Sở Tài "
            + "nguyên và Môi trường tỉnh Sơn La tổ chức hội nghị triển khai Luật Đất đai năm 2024.",
         "Hội nghị triển khai Luật Đất đai năm 2024 tại tỉnh Sơn La", nil),
        ("image banner\nKỳ họp thứ 3 HĐND xã Đông Sơn khóa XIX\n\nNgày 11 tháng 01 năm 2012, Hội đồng nhân dân xã Đông Sơn khoá XIX tổ chức "
            + "kỳ họp thứ 3.",
         "Kỳ họp thứ 3 HĐND xã Đông Sơn khóa XIX", nil),
        // (a portal's search box and its trust badge, written without marks)
        ("Tìm kiếm tin tức\nChung nhan Tin Nhiem Mang\nHội nghị đánh giá kết quả quản lý Khu bảo vệ thủy sản năm 2019\nNgày cập nhật "
            + "10/12/2019\n\nNgày 04/12/2019, Chi cục Thủy sản tỉnh Thừa Thiên Huế tổ chức Hội nghị đánh giá kết quả quản lý Khu bảo vệ thủy sản.",
         "Hội nghị đánh giá kết quả quản lý Khu bảo vệ thủy sản năm 2019", "2019-12-10"),
        // (the logo's text, lines of marks alone, the reader's sizes and contrast, the count of visitors online)
        ("Logo\nĐại hội đại biểu Đảng bộ Tập đoàn Điện lực Việt Nam lần thứ IV, nhiệm kỳ 2025-2030\n\n    Ngày 10/8/2025 tại Hà Nội, "
            + "Đảng bộ Tập đoàn Điện lực Việt Nam đã trang trọng tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2025-2030.",
         "Đại hội đại biểu Đảng bộ Tập đoàn Điện lực Việt Nam lần thứ IV, nhiệm kỳ 2025-2030", nil),
        (".\n\nĐủ kiểu trộm điện: Nộp tiền phạt và bồi thường khá nặng\n\n.\n\nĐối với các trường hợp trộm cắp điện năng, bên cạnh việc "
            + "lập biên bản xử phạt theo Nghị định số 68/2010/NĐ-CP còn bị truy thu lại số tiền bồi thường.",
         "Đủ kiểu trộm điện: Nộp tiền phạt và bồi thường khá nặng", nil),
        ("|\n  • :\n  • :\nA- A A+ | Tăng tương phản Giảm tương phản\n\nTổng công ty Điện lực miền Trung - Hành trình 49 năm xây dựng và "
            + "phát triển\n\nCách đây vừa tròn 49 năm, ngày 7/10/1975, Bộ trưởng Bộ Điện và Than ký Quyết định thành lập Công ty Điện lực miền Trung.",
         "Tổng công ty Điện lực miền Trung - Hành trình 49 năm xây dựng và phát triển", nil),
        ("Truy cập hiện tại\n\nĐang có 81 khách và không thành viên đang online\n\nNhững chuyển biến của đời sống tôn giáo tại An Giang\n\n"
            + "(TGAG)- Ngày 09/8/2018, Viện Nghiên cứu Tôn giáo và Ban Tôn giáo - Sở Nội vụ An Giang phối hợp tổ chức Tọa đàm khoa học.",
         "Những chuyển biến của đời sống tôn giáo tại An Giang", nil),
        // (the page's section between a store's date field and the headline, and an outlet's mark with no brackets)
        (" date 2025-09-17 Thời sự Tổng Bí thư Tô Lâm gợi mở 4 định hướng trọng tâm trong công tác khuyến học Với tinh thần xây dựng "
            + "xã hội học tập, Tổng Bí thư mong muốn mỗi gia đình trở thành một tế bào học tập.",
         "Tổng Bí thư Tô Lâm gợi mở 4 định hướng trọng tâm trong công tác khuyến học", "2025-09-17"),
        (" date 2025-08-14 Xã hội Gặp mặt kỷ niệm 80 năm Ngày truyền thống ngành Bưu điện Việt Nam ĐNO - Ngày 13/8, Bưu điện và Viễn thông "
            + "Quảng Nam tổ chức gặp mặt kỷ niệm 80 năm Ngày truyền thống ngành Bưu điện Việt Nam (15/8/1945 - 15/8/2025).",
         "Gặp mặt kỷ niệm 80 năm Ngày truyền thống ngành Bưu điện Việt Nam", "2025-08-14"),
        // (the print button after the headline, brackets left empty, and a long headline in capitals that ends on a full stop)
        ("Không Tiết Giảm Điện Trong Tháng 04/2011 In\nThứ tư, 20 Tháng 4 2011 05:14\n\nTập đoàn Điện lực Việt Nam vừa có văn bản yêu cầu "
            + "các Tổng Công ty điện lực thực hiện cung ứng điện tháng 4 năm 2011 theo phương thức không điều hòa tiết giảm điện.",
         "Không Tiết Giảm Điện Trong Tháng 04/2011", "2011-04-20"),
        ("Bắc Triều Tiên kỷ niệm ngày sinh ông Kim Châng In\nBình Nhưỡng kỷ niệm ngày sinh lần thứ 64 của nhà lãnh đạo Kim Châng In "
            + "với nhiều hoạt động lớn trong cả nước, từ các cuộc mít tinh đến các buổi biểu diễn nghệ thuật.",
         "Bắc Triều Tiên kỷ niệm ngày sinh ông Kim Châng In", nil),
        ("Chính sách đặc thù hỗ trợ vùng dân tộc thiểu số miền núi giai đoạn 2017-2020 ()\n\n        Ngày 31/10/2016, Thủ tướng Chính phủ "
            + "ban hành Quyết định số 2085/QĐ-TTg về việc phê duyệt Chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số.",
         "Chính sách đặc thù hỗ trợ vùng dân tộc thiểu số miền núi giai đoạn 2017-2020", nil),
        ("BƯU ĐIỆN TỈNH SÓC TRĂNG TỔ CHỨC HỘI NGHỊ NGƯỜI LAO ĐỘNG VÀ BIỂU DƯƠNG LAO ĐỘNG GIỎI, LAO ĐỘNG SÁNG TẠO GIAI ĐOẠN 2015-2019; "
            + "HỘI NGHỊ TRIỂN KHAI KẾ HOẠCH NĂM 2020.\n\n         Nhằm tổng kết đánh "
            + "giá tình hình hoạt động sản xuất kinh doanh năm 2019 và triển khai kế hoạch năm 2020; đồng thời biểu dương các gương Lao động giỏi,"
            + "\n\n          Giám đốc và Thường vụ Công đoàn Bưu điện tỉnh Sóc Trăng tiến hành tổ chức Hội nghị người lao động.",
         "BƯU ĐIỆN TỈNH SÓC TRĂNG TỔ CHỨC HỘI NGHỊ NGƯỜI LAO ĐỘNG VÀ BIỂU DƯƠNG LAO ĐỘNG GIỎI, LAO ĐỘNG SÁNG TẠO GIAI ĐOẠN 2015-2019; "
            + "HỘI NGHỊ TRIỂN KHAI KẾ HOẠCH NĂM 2020.", nil),
    ])
    func theHeadlineInsideItsFrame(text: String, title: String, date: String?) {
        let read = Extractor().extract(Article(source: "a.txt", text: text))
        #expect(read.title == title)
        #expect(read.date?.description == date)
    }

    /// A date line labelled in English under a headline that ends on a full stop is the page's date.
    @Test func aPublishDateUnderTheHeadline() {
        let read = Extractor().extract(Article(source: "a.txt", text: "khối phường\n\nĐảng ủy phường Kim Mã tổ chức hội nghị tọa đàm “Học tập "
            + "và làm theo tấm gương đạo đức Hồ Chí Minh” khối các đoàn thể chính trị xã hội phường.\nPublish date 22/09/2014 | 00:00\n\n"
            + "Ngày 16/9/2014, Đảng ủy phường Kim Mã tổ chức hội nghị tọa đàm khối các đoàn thể chính trị - xã hội của phường."))
        #expect(read.date?.description == "2014-09-22")
    }

    /// The site's clock over its contacts dates nothing: the seminar of half a year before is reported.
    @Test func theSitesClockOverItsContacts() throws {
        let read = Extractor().extract(Article(source: "a.txt", text: "Thứ sáu 20/06/2025 17:28\nEmail: danchuphapluat@moj.gov.vn\n"
            + "Hotline: 024.627.397.37 - 024.62.739.735\n\nTăng cường sự chủ động tiếp cận pháp luật của người dân\n\nĐây là vấn đề được "
            + "thảo luận tại Hội thảo đánh giá tình hình triển khai Đề án do Bộ Tư pháp tổ chức ngày 16/12/2024."))
        #expect(read.date == nil)
        #expect(read.title == "Tăng cường sự chủ động tiếp cận pháp luật của người dân")
        let m = try #require(read.meeting)
        #expect(m.host == "Bộ Tư pháp")
        #expect(m.date?.iso == "2024-12-16")
    }

    /// A long first line that opens as a lead does is the lead, not a headline, and its meeting is read.
    @Test func aLeadOnTheFirstLine() throws {
        let read = Extractor().extract(Article(source: "a.txt", text: "Chiều nay, đồng chí Hà Sỹ Đồng- UVBTVTU, Phó Chủ tịch Thường trực "
            + "UBND tỉnh chủ trì buổi làm việc với Ban Dân tộc tỉnh về công tác chuẩn bị tổ chức Đại hội Đại biểu các dân tộc thiểu số cấp "
            + "huyện, cấp tỉnh lần thứ IV năm 2024\n\nTại buổi làm việc, Ban Dân tộc tỉnh đã báo cáo về công tác chuẩn bị tổ chức Đại hội."))
        #expect(read.title == nil)
        let m = try #require(read.meeting)
        #expect(m.kind == "buổi làm việc")
        #expect(m.chair == "Hà Sỹ Đồng")
    }

    @Test(arguments: ["3181 Lượt xem", "1.204 lượt đọc"])
    func aCountOfViewsIsThePages(line: String) {
        let text = CleanText(line)
        #expect(PageChrome.holds(text, 0..<text.count))
    }

    /// A headline whose line break was lost with no space left, the lead's day glued to its last
    /// word; not after a stray letter.
    @Test func aLeadGluedToItsHeadlineWithNoSpace() {
        let unspaced = Extractor().extract(Article(source: "c.txt", text: "Lan tỏa các giá trị di sản văn hóa ở Quảng BìnhNgày 19/11, Hội Di sản "
            + "văn hóa Việt Nam tỉnh Quảng Bình tổ chức tọa đàm nhân kỷ niệm 15 năm Ngày Di sản Văn hóa Việt Nam.\nTại buổi tọa đàm, các đại biểu đã thảo luận."))
        #expect(unspaced.title == "Lan tỏa các giá trị di sản văn hóa ở Quảng Bình")
        let stray = Extractor().extract(Article(source: "d.txt", text: "Đề nghị khởi tố Hai Chi tội danh giết người xTheo nguồn tin từ cơ quan Cảnh "
            + "sát điều tra tỉnh Bình Thuận, Ban chuyên án đã cơ bản hoàn tất kết luận điều tra.\nVụ việc diễn ra năm ngoái."))
        #expect(stray.title == nil)
    }

    /// A store's date field over a paper's menu and sections; the page's own date line of that day
    /// under the headline and its authors, named in their own case once or twice: the headline over
    /// them is the title (not a line of the menu).
    @Test(arguments: ["Đức Nhật\nĐức Nhật", "Bá Cường - Nguyễn Phúc"])
    func theHeadlineOverItsAuthorsUnderAStoreDate(authors: String) {
        let text = " date 2025-09-11 Bạn cần biết Tiện ích Liên hệ\nTheo dõi báo trên\nYoutube Facebook Tiktok Zalo\nThời sự Dân sinh\n\n"
            + "Gia Lai ký kết hợp tác chuyển đổi số với Viettel\n\n" + authors + "\n11/09/2025 18:15 GMT+7\n\nNgày 11.9, UBND tỉnh Gia Lai "
            + "và Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) tổ chức lễ ký kết thỏa thuận hợp tác về chuyển đổi số."
        let read = Extractor().extract(Article(source: "a.txt", text: text))
        #expect(read.title == "Gia Lai ký kết hợp tác chuyển đổi số với Viettel")
        #expect(read.date?.description == "2025-09-11")
    }

    /// A breadcrumb of the home page and a section ("Trang chủ Chính trị - Xã hội"), a banner's slot
    /// ("Banner TOP phải 3"), a banner's slogan over the headline, and the site's clock over the
    /// article's labelled date line are no title and no date of the article.
    @Test func aBannersLinesOverTheHeadline() {
        let crumb = ArticleHeader.read(CleanText("Trang chủ Chính trị - Xã hội\n15:07 | 22/08/2021 GMT+7\n\n"
            + "Kết luận của Bộ Chính trị về công tác người Việt Nam ở nước ngoài trong tình hình mới\n\n"
            + "Để tiếp tục thực hiện tốt Nghị quyết 36, Bộ Chính trị đã ban hành Kết luận số 12-KL/TW về công tác người Việt Nam ở nước ngoài."))
        #expect(crumb.title == "Kết luận của Bộ Chính trị về công tác người Việt Nam ở nước ngoài trong tình hình mới")
        #expect(crumb.date?.iso == "2021-08-22")
        // (its steps glued together, with no space between them)
        #expect(ArticleHeader.read(CleanText("Trang chủTin tức - Sự kiện\n\nTự hào ngành thủy lợi Việt Nam\n\n"
            + "Ngành Thủy lợi được thành lập ngay từ khi đất nước giành được độc lập.")).title == "Tự hào ngành thủy lợi Việt Nam")
        // (a headline that opens on the words is a headline)
        #expect(ArticleHeader.read(CleanText("Trang chủ UEFA tự phá kỷ lục\n\nTrang web của UEFA nhận hơn 10 triệu lượt truy cập trong ngày khai mạc giải đấu năm nay.")).title
            == "Trang chủ UEFA tự phá kỷ lục")
        let clock = ArticleHeader.read(CleanText("Banner TOP trái 1\nBanner TOP phải 3\nPhóng sự ảnh Thứ hai, 25/11/2024 , 04:17 am\n"
            + "Cập nhật : 10/06/2012 , 05:06(GMT +7)\nBộ trưởng Nguyễn Quân thăm và làm việc với tỉnh Trà Vinh\n\n"
            + "Sáng ngày 30/5/2012, Đoàn công tác của Bộ Khoa học và Công nghệ do Bộ trưởng Nguyễn Quân dẫn đầu đã làm việc với UBND tỉnh Trà Vinh."))
        #expect(clock.title == "Bộ trưởng Nguyễn Quân thăm và làm việc với tỉnh Trà Vinh")
        #expect(clock.date?.iso == "2012-06-10")
        let slogan = "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVI, nhiệm kỳ 2015 - 2020\n\n"
        let lead = "Ngày 18/5/2020, Sở Khoa học và Công nghệ đã tổ chức Tọa đàm kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2020 tại thành phố Lạng Sơn."
        #expect(ArticleHeader.read(CleanText("Nhảy đến nội dung\n" + slogan + "Sở Khoa học và Công nghệ Lạng Sơn tổ chức Tọa đàm kỷ niệm Ngày "
            + "Khoa học và Công nghệ Việt Nam 18-5\n\n" + lead)).title == "Sở Khoa học và Công nghệ Lạng Sơn tổ chức Tọa đàm kỷ niệm Ngày Khoa học và Công nghệ Việt Nam 18-5")
        // (the slogan's words with no headline under them are the headline)
        #expect(ArticleHeader.read(CleanText(slogan + lead)).title == "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVI, nhiệm kỳ 2015 - 2020")
    }

    /// A template's placeholder over the headline ("Your Website Title"); a stamp glued to the
    /// first line's headline ("… lần thứ V(27/11/2020)") or in square brackets ("… năm 2022
    /// [17-05-2022]"): the page's date, not the title's words.
    @Test func aPlaceholderAndStampsOfTheHeadline() {
        let lead = "\nSáng ngày 30/7/2020, UBND huyện Tịnh Biên tổ chức Đại hội thi đua yêu nước lần thứ VI (giai đoạn 2015 - 2020) với sự tham dự của 220 đại biểu."
        #expect(ArticleHeader.read(CleanText("Your Website Title\nĐại hội thi đua yêu nước huyện Tịnh Biên lần thứ VI" + lead)).title
            == "Đại hội thi đua yêu nước huyện Tịnh Biên lần thứ VI")
        let glued = ArticleHeader.read(CleanText("Đại hội Thi đua yêu nước ngành Xây dựng lần thứ V(27/11/2020)\n" + lead))
        #expect(glued.title == "Đại hội Thi đua yêu nước ngành Xây dựng lần thứ V")
        #expect(glued.date?.iso == "2020-11-27")
        let square = ArticleHeader.read(CleanText("Tin tức sự kiện\n\n  • Chi cục Văn thư - Lưu trữ tổ chức Tết trồng cây năm 2022 [17-05-2022]\n" + lead))
        #expect(square.title == "Chi cục Văn thư - Lưu trữ tổ chức Tết trồng cây năm 2022")
        #expect(square.date?.iso == "2022-05-17")
    }

    /// A page's tag (or one cut at its start), its menu of media and a frame line are no headline; "Ngày tạo:" labels
    /// the date; a badge's day over its month and year, and an earlier day under the site's clock,
    /// date the article.
    @Test func tagsMenusBadgesAndAClockOverTheDate() {
        let lead = "\nChiều 5/10, ông Nghiêm Xuân Cường, Phó Chủ tịch UBND tỉnh Quảng Ninh chủ trì cuộc họp quán triệt các nội dung chỉ đạo."
        #expect(ArticleHeader.read(CleanText("# vệ sinh môi trường rừng\nUBND tỉnh Quảng Ninh quán triệt chỉ đạo về phòng cháy rừng" + lead)).title
            == "UBND tỉnh Quảng Ninh quán triệt chỉ đạo về phòng cháy rừng")
        // (A longer tag cut at its start, its first word in small letters; a site's "Site banner".)
        #expect(ArticleHeader.read(CleanText("# ải tạo, sửa chữa hè, đường đô thị\nHải Phòng: Đẩy nhanh tiến độ cải tạo, sửa chữa hè, "
            + "đường đô thị" + lead)).title == "Hải Phòng: Đẩy nhanh tiến độ cải tạo, sửa chữa hè, đường đô thị")
        #expect(ArticleHeader.read(CleanText("Site banner\n\nUBND tỉnh Quảng Ninh quán triệt chỉ đạo về phòng cháy rừng" + lead)).title
            == "UBND tỉnh Quảng Ninh quán triệt chỉ đạo về phòng cháy rừng")
        #expect(ArticleHeader.read(CleanText(" date 2025-10-18 Video Báo Ảnh Báo in Podcast Chuyển động trẻ Emagazine Infographic\n\n"
            + "Ông Nguyễn Viết Ý giữ chức Chủ tịch Liên đoàn Cầu lông tỉnh Gia Lai\n" + lead)).title == "Ông Nguyễn Viết Ý giữ chức Chủ tịch Liên đoàn Cầu lông tỉnh Gia Lai")
        #expect(ArticleHeader.read(CleanText("iPod video mở rộng biên giới podcast\n\nApple vừa giới thiệu phiên bản iPod mới có thể xem video và nghe podcast.")).title
            == "iPod video mở rộng biên giới podcast")
        #expect(ArticleHeader.read(CleanText("Skip Ribbon Commands\nSkip to main content\n\nCông ty Khai thác thủy lợi đón Huân chương Lao động hạng Ba" + lead)).title
            == "Công ty Khai thác thủy lợi đón Huân chương Lao động hạng Ba")
        let created = ArticleHeader.read(CleanText("THÔNG TIN PHỔ BIẾN GIÁO DỤC PHÁP LUẬT\n\nTỈNH THANH HÓA\n\nThanh Hóa ban hành Đề án phát triển thể dục thể thao\n\n"
            + "Ngày tạo:  03/01/2023 17:54:37" + lead))
        #expect(created.title == "Thanh Hóa ban hành Đề án phát triển thể dục thể thao")
        #expect(created.date?.iso == "2023-01-03")
        let badge = ArticleHeader.read(CleanText("Trường Hải Quan Việt Nam\n10\n09/2021\n\nChúc mừng 76 năm thành lập Hải quan Việt Nam" + lead))
        #expect(badge.title == "Chúc mừng 76 năm thành lập Hải quan Việt Nam")
        #expect(badge.date?.iso == "2021-09-10")
        let clock = ArticleHeader.read(CleanText("Thứ Hai, 22/07/2019 6:03:54 CH\nNgày 22/03/2019 15:06:23\nThành lập Ban Chỉ đạo Ngày chạy Olympic tỉnh Vĩnh Long" + lead))
        #expect(clock.title == "Thành lập Ban Chỉ đạo Ngày chạy Olympic tỉnh Vĩnh Long")
        #expect(clock.date?.iso == "2019-03-22")
    }
}
