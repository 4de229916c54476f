import Testing
@testable import VNCite

/// A site's own lines round a headline are not its title, nor part of it: the title of its box of
/// links, a detail page's name with the site's after it, the site's name with its address and
/// numbers, the buttons of the letters' size after the headline, a byline that credits the
/// pictures ("Hải Yến. Ảnh: Thu Hà") between the headline and its date line, a section's name right
/// over the headline ("Tin tức"), a menu's items a crawl glued ("Góc nhìn giáo dụcChuyện học đường"), the
/// site's hot line ("Hot line 1900 54 54 81"), a breadcrumb from "Home", and the site's slogan over a
/// headline with its day in brackets.
@Suite struct ArticleSiteLinesTests {
    static let pages: [(text: String, title: String, date: String?)] = [
        ("Liên kết website\n\nHội Nông dân tỉnh Nghệ An - Địa chỉ: 37 Lê Hồng Phong, TP Vinh. Điện thoại: (0238) 3844 129  Fax: 0238.3842 612\n\n"
            + "Hội Nông dân tỉnh tổ chức Hội nghị Ban Chấp hành mở rộng\n\nNgày 12/4/2019, tại TP Vinh, Hội Nông dân tỉnh Nghệ An đã tổ chức "
            + "Hội nghị Ban Chấp hành mở rộng lần thứ 5, khóa IX.",
         "Hội Nông dân tỉnh tổ chức Hội nghị Ban Chấp hành mở rộng", nil),
        ("Chi tiết tin tức - Sở Tư pháp tỉnh Long An\n\nĐại hội Chi bộ Sở Tư pháp nhiệm kỳ 2020 - 2025\n\nNgày 12-05-2020\n\n"
            + "Sáng ngày 10/5/2020, Chi bộ Sở Tư pháp đã tổ chức Đại hội Chi bộ nhiệm kỳ 2020 - 2025.",
         "Đại hội Chi bộ Sở Tư pháp nhiệm kỳ 2020 - 2025", "2020-05-12"),
        ("Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm A A\n\n08/07/2018\nNgày 6/7/2018, Sở Nội vụ tổ chức Hội nghị "
            + "sơ kết công tác thi đua khen thưởng 6 tháng đầu năm 2018.",
         "Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm", "2018-07-08"),
        ("Trao học bổng cho 50 học sinh vượt khó học giỏi\n\nMinh Anh. Ảnh: Ngọc Tú\n12/09/2024 - 09:15\nTrao học bổng cho 50 học sinh "
            + "vượt khó học giỏi\n\nSáng 11/9, Hội Khuyến học tỉnh tổ chức lễ trao học bổng cho 50 học sinh vượt khó học giỏi.",
         "Trao học bổng cho 50 học sinh vượt khó học giỏi", "2024-09-12"),
        ("Tin tức\nTrường Đại học Nông Lâm tổ chức hội nghị tổng kết công tác Hội đồng Trường năm 2024\nChiều ngày 27/12/2024, tại phòng "
            + "họp số 1, Trường Đại học Nông Lâm đã tổ chức Hội nghị tổng kết công tác Hội đồng Trường năm 2024.",
         "Trường Đại học Nông Lâm tổ chức hội nghị tổng kết công tác Hội đồng Trường năm 2024", nil),
        // (a kind of news, "Tin …", over a headline with its day in brackets, the reader's sizes under it)
        ("Tin KHCN trong tỉnh\nLễ công bố quyết định thành lập Đảng bộ Sở Khoa học và Công nghệ tỉnh BR-VT (12/12/2016)\n-   +   A-   A+   In  \n\n"
            + "Ngày 5/12 tại hội trường Sở KH&CN đã diễn ra buổi lễ công bố quyết định thành lập Đảng bộ Sở KH&CN, đến dự có đồng chí Đinh Văn Hùng.",
         "Lễ công bố quyết định thành lập Đảng bộ Sở Khoa học và Công nghệ tỉnh BR-VT", "2016-12-12"),
        ("Góc nhìn giáo dụcChuyện học đường\n\nCó nên tổ chức lễ tốt nghiệp ở nhà hát lớn?\n\nMới đây, sinh viên một trường đại học "
            + "phản đối trường tổ chức lễ tốt nghiệp tại nhà thi đấu và muốn được dời đến nhà hát của thành phố.",
         "Có nên tổ chức lễ tốt nghiệp ở nhà hát lớn?", nil),
        // (the site's hot line, two words, over the headline; a breadcrumb from "Home" that ends on it)
        ("Hot line   1900 54 54 81\n\nHội nghị Ban Chấp hành Đoàn Tổng công ty lần thứ VI, nhiệm kỳ 2017 – 2022\n\nChiều 12/10/2018, Đoàn TNCS "
            + "Hồ Chí Minh Tổng công ty Bưu điện Việt Nam đã tổ chức Hội nghị Ban Chấp hành lần thứ VI, nhiệm kỳ 2017 – 2022.",
         "Hội nghị Ban Chấp hành Đoàn Tổng công ty lần thứ VI, nhiệm kỳ 2017 – 2022", nil),
        ("Home / Doanh nghiệp / Tập đoàn công nghiệp cao su: đại hội thi đua yêu nước lần thứ V\n\nTập đoàn công nghiệp cao su: đại hội thi "
            + "đua yêu nước lần thứ V\n\nNgày 29/07/2020; Tập đoàn công nghiệp cao su đã tổ chức Đại hội thi đua yêu nước lần thứ V.",
         "Tập đoàn công nghiệp cao su: đại hội thi đua yêu nước lần thứ V", nil),
        // (a headline with its day in brackets under the site's slogan)
        ("SINH NĂNG LƯỢNG - DƯỠNG TƯƠNG LAI\n\nHội nghị người lao động năm 2011 Cơ quan Tổng Công ty Điện lực Dầu khí Việt Nam (10/01/2011)\n\n"
            + "Trong không khí thi đua sôi nổi của cả nước, sáng ngày 10/01/2011 Tổng công ty đã tổ chức Hội nghị người lao động năm 2011.",
         "Hội nghị người lao động năm 2011 Cơ quan Tổng Công ty Điện lực Dầu khí Việt Nam", "2011-01-10"),
    ]

    @Test(arguments: pages)
    func theHeadlineAmongTheSitesLines(text: String, title: String, date: String?) {
        let read = Extractor().extract(Article(source: "a.txt", text: text))
        #expect(read.title == title)
        #expect(read.date?.description == date)
    }

    /// A headline that ends on a capital of its own keeps it; a line of names and the word "ảnh" in
    /// a headline is no byline.
    @Test func headlinesThatLookLikeTheSitesLines() {
        let grade = Extractor().extract(Article(source: "a.txt", text: "Trường THPT Chu Văn An đạt chuẩn quốc gia mức độ A\n\n"
            + "15/03/2020\nNgày 14/3, UBND tỉnh tổ chức lễ công bố trường đạt chuẩn quốc gia."))
        #expect(grade.title == "Trường THPT Chu Văn An đạt chuẩn quốc gia mức độ A")
        #expect(ArticleHeader.creditsPhotos("Hải Yến. Ảnh: Thu Hà"))
        #expect(ArticleHeader.creditsPhotos("Bài: Minh Anh - Ảnh: Ngọc Tú"))
        #expect(!ArticleHeader.creditsPhotos("Triển lãm ảnh: Hà Nội mùa thu"))
        #expect(!ArticleHeader.creditsPhotos("Ông Thành: Tôi sẽ trở lại"))
        let bank = Extractor().extract(Article(source: "a.txt", text: "VietinBank ra mắt ứng dụng mới\n\n12/05/2023\n\nNgày 11/5, VietinBank "
            + "tổ chức lễ ra mắt ứng dụng ngân hàng số mới."))
        #expect(bank.title == "VietinBank ra mắt ứng dụng mới")
    }
}
