import Testing
@testable import VNCite

/// A portal's frame around its headline, as pages are copied: a stamp in brackets with the date
/// before the time, a breadcrumb set apart by runs of spaces, a count of views, a section's pair of
/// fields right over the headline.
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
    ])
    func theHeadlineInsideItsFrame(text: String, title: String, date: String?) {
        let read = Extractor().extract(Article(source: "a.txt", text: text))
        #expect(read.title == title)
        #expect(read.date?.description == date)
    }

    @Test(arguments: ["3181 Lượt xem", "1.204 lượt đọc"])
    func aCountOfViewsIsThePages(line: String) {
        let text = CleanText(line)
        #expect(PageChrome.holds(text, 0..<text.count))
    }
}
