import Testing
@testable import VNCite

/// A kicker over the headline, a short line that ends on a colon: the headline is the line under
/// it, and the lead under them still reports its meeting. Not a question's or a list's opening.
@Suite struct ArticleKickerTests {
    @Test(arguments: ["Thứ năm,  01/10/2020\n", ""])
    func theHeadlineIsUnderTheKicker(dateLine: String) throws {
        let a = Extractor().extract(Article(source: "a.txt", text: dateLine + "Hội nghị điển hình tiên tiến ngành thuế lần thứ V:\n\n"
            + "Gần 18.000 tập thể, cá nhân được khen thưởng\n\n"
            + "Ngày 18/8/2020, Tổng cục Thuế tổ chức hội nghị đại biểu điển hình tiên tiến lần thứ V theo hình thức trực tuyến toàn quốc.\n"))
        #expect(a.title == "Gần 18.000 tập thể, cá nhân được khen thưởng")
        let m = try #require(a.meeting)
        #expect(m.host == "Tổng cục Thuế")
        #expect(m.date == CalendarDate(year: 2020, month: 8, day: 18))
    }

    @Test(arguments: [
        "Hỏi: Tôi muốn biết thêm về bệnh viêm gan:\n- Mẹ chồng tôi năm nay 53 tuổi, bệnh này có dễ chuyển sang ung thư không?\n",
        "Sau đây là một số bài thuốc của lương y Trần Khiết, giảng viên y học cổ truyền của Trường Đại học Y Dược TP.HCM:\nBổ cốt chỉ hoàn dùng lâu ngày\n",
    ])
    func noKickerOverAQuestionOrAList(top: String) {
        let a = Extractor().extract(Article(source: "a.txt", text: top + "Xuất xứ: từ đời Thanh, bài thuốc được dùng rộng rãi trong dân gian để chữa đau lưng, mỏi gối."))
        #expect(a.title == nil)
    }
}
