import Testing
@testable import VNCite

/// A headline said again on the next line, shorter, under a line that glues the page's section or a
/// photo's mark to it; a headline after a page's bullet.
@Suite struct ArticleRepeatedHeadlineTests {
    @Test(arguments: [
        "Việt Nam chưa có thêm người mắc cúm A/H1N1 Xã hội\n\nViệt Nam chưa có thêm người mắc cúm A/H1N1\n\n",
        "Chủ động ứng phó với mưa lớn kèm lốc, sét, mưa đá trên biển. (Ảnh minh họa)\n\nChủ động ứng phó với mưa lớn kèm lốc, sét, mưa đá trên biển\n\n",
    ])
    func theShorterIsTheHeadline(top: String) {
        let a = Extractor().extract(Article(source: "a.txt", text: top + "Báo cáo với Thủ tướng Chính phủ về tình hình thời tiết, "
            + "Bộ Nông nghiệp và Phát triển nông thôn cho biết các địa phương đã chủ động triển khai nhiều biện pháp ứng phó."))
        #expect(a.title == top.split(separator: "\n").dropFirst().first.map(String.init))
    }

    /// (A line that only opens the same way, longer by a clause, is a headline of its own.)
    @Test func aLongerLineIsItsOwn() {
        let a = Extractor().extract(Article(source: "a.txt", text: "Hà Nội họp bàn phòng chống dịch tả lợn châu Phi tại các huyện ngoại thành phía Tây\n\n"
            + "Hà Nội họp bàn phòng chống dịch\n\nSáng 12/3, UBND thành phố Hà Nội đã họp bàn các biện pháp phòng chống dịch."))
        #expect(a.title == "Hà Nội họp bàn phòng chống dịch tả lợn châu Phi tại các huyện ngoại thành phía Tây")
    }

    @Test func aBulletBeforeTheHeadline() {
        let a = Extractor().extract(Article(source: "a.txt", text: "HOTLINE: 0834 244 333   |   THÔNG TIN TÒA SOẠN\n"
            + "  • Hội nghị trực tuyến của Chính phủ về phòng, chống thiên tai và TKCN\n  • 20/06/2019 17:38\n"
            + "  • Phát biểu kết luận tại Hội nghị trực tuyến của Chính phủ sáng nay, 20/6, Phó Thủ tướng đề nghị các địa phương chủ động."))
        #expect(a.title == "Hội nghị trực tuyến của Chính phủ về phòng, chống thiên tai và TKCN")
        #expect(a.date?.iso == "2019-06-20")
    }
}
