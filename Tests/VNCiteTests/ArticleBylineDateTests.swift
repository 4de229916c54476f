import Testing
@testable import VNCite

/// The page's date where portals print it besides the top's date line: right under the title
/// (also under a page's clock over it)
/// ("Ngày 16/04/2004"), or in the byline under the text ("Thu Hà - 08/03/2024"); never a letter's
/// place and day, a deadline or a schedule's day that ends a text.
@Suite struct ArticleBylineDateTests {
    static let lead = "Ngày 14/4, Đảng ủy xã Phong Thạnh Tây A tổ chức hội nghị sơ kết 2 năm thực hiện Nghị quyết Trung ương 5 (khóa IX) về đổi mới hệ thống chính trị ở cơ sở."

    func header(_ text: String) -> (title: String?, date: String?) {
        let a = Extractor().extract(Article(source: "a.txt", text: text))
        return (a.title, a.date?.iso)
    }

    @Test(arguments: [
        ("BẠC LIÊU ONLINE\n\nPhong Thạnh Tây A: Sơ kết 2 năm thực hiện Nghị quyết Trung ương 5\n\nNgày 16/04/2004\n\n" + lead, "2004-04-16"),
        ("BÁO PHÚ THỌ ĐIỆN TỬ\nXây dựng chính quyền\n\nPhong Thạnh Tây A: Sơ kết 2 năm thực hiện Nghị quyết Trung ương 5\n\nNgày 02/10/2024 | 08:20\n\n" + lead,
         "2024-10-02"),
    ])
    func aDayLineUnderTheTitle(text: String, date: String) {
        #expect(header(text) == ("Phong Thạnh Tây A: Sơ kết 2 năm thực hiện Nghị quyết Trung ương 5", date))
    }

    /// The page's clock over the title, the article's date under it: the date under it, and the
    /// meeting of its lead dated by it (by the clock, months before, it was history and no meeting).
    @Test func theArticlesDateUnderThePagesClock() throws {
        let text = "Thứ 5, 28/11/2024, 20:49[GMT+7]\nPhong Thạnh Tây A: Sơ kết 2 năm thực hiện Nghị quyết Trung ương 5\n"
            + "Thứ 6, 16/04/2004 | 14:39:56\n" + Self.lead
        #expect(header(text) == ("Phong Thạnh Tây A: Sơ kết 2 năm thực hiện Nghị quyết Trung ương 5", "2004-04-16"))
        #expect(try #require(Extractor().extract(Article(source: "a.txt", text: text)).meeting).date?.iso == "2004-04-14")
        // (So with both written "Ngày … Tháng … Năm …", the clock with its time, the date with its readers' count.)
        let spelled = "Ngày 01 Tháng 03 Năm 2024 / Thời gian 02:32\n\nPhong Thạnh Tây A: Sơ kết 2 năm thực hiện Nghị quyết Trung ương 5\n\n"
            + "Ngày 30 Tháng 12 Năm 2022 - 95779 Lượt xem\n\nNgày 29/12, Đảng ủy xã Phong Thạnh Tây A tổ chức hội nghị sơ kết."
        #expect(header(spelled) == ("Phong Thạnh Tây A: Sơ kết 2 năm thực hiện Nghị quyết Trung ương 5", "2022-12-30"))
        #expect(try #require(Extractor().extract(Article(source: "a.txt", text: spelled)).meeting).date?.iso == "2022-12-29")
        // (A later date under the title is no article's: the clock stays.)
        #expect(header("Thứ 6, 16/04/2004\nPhong Thạnh Tây A: Sơ kết 2 năm thực hiện Nghị quyết Trung ương 5\n"
                       + "Thứ 5, 28/11/2024\n" + Self.lead).date == "2004-04-16")
    }

    @Test(arguments: [
        ("Thu Hà - 08/03/2024", "2024-03-08"),
        ("QUANG MINH - Nhân Dân điện tử, 13-07-2012", "2012-07-13"),
        ("NGỌC TÚ - Cập nhật: 15/10/2015 09:02", "2015-10-15"),
        ("Ban biên tập\nNgày đăng: 15/05/2024", "2024-05-15"),
        // A letter signed with its place, a deadline, a schedule's day, a poem's place.
        ("Quảng Ngãi, 3/3/2005", nil),
        ("TPHCM, ngày 31-12-2004\nTM. Ủy ban MTTQ VN TPHCM", nil),
        ("Hạn nộp hồ sơ: 30/11/2005", nil),
        ("27/11/2005\n8h-10h30", nil),
        ("Bucharest, 19/3/1969", nil),
    ] as [(String, String?)])
    func theBylineUnderTheText(byline: String, date: String?) {
        #expect(header("Sơ kết 2 năm thực hiện Nghị quyết Trung ương 5 ở Phong Thạnh Tây A\n\n" + Self.lead + "\n\n" + byline).date == date)
    }

    /// With no date line at the top, the title is the first line that is not the page's name or
    /// breadcrumb; the date is the byline's.
    @Test func theTitleUnderThePagesNameWithTheDateBelow() {
        let text = "BÁO BÌNH ĐỊNH ĐIỆN TỬ\nKinh tế › Nông nghiệp - Nông thôn\nChủ tịch UBND tỉnh đối thoại với nông dân: Gỡ khó cho liên kết sản xuất\n"
            + Self.lead + "\n\nNGỌC TÚ - Cập nhật: 15/10/2015 09:02"
        #expect(header(text) == ("Chủ tịch UBND tỉnh đối thoại với nông dân: Gỡ khó cho liên kết sản xuất", "2015-10-15"))
    }

    /// The author's name in capitals and the line of offices under it stand between the headline and
    /// the date line: the headline is over them (not a line in capitals of a place over the headline).
    @Test func theHeadlineOverTheAuthorsNameAndOffices() {
        let text = "Những định hướng lớn để xây dựng, phát triển tỉnh Bình Định đến năm 2030\n\nHỒ QUỐC DŨNG\n"
            + "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh Bình Định\n15:39, ngày 22-06-2023\n\n" + Self.lead
        #expect(header(text) == ("Những định hướng lớn để xây dựng, phát triển tỉnh Bình Định đến năm 2030", "2023-06-22"))
        let place = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG\n\nTỈNH QUẢNG NGÃI\n\nQuảng Ngãi ký kết thỏa thuận hợp tác về chuyển đổi số\n\n14/04/2022\n\n" + Self.lead
        #expect(header(place) == ("Quảng Ngãi ký kết thỏa thuận hợp tác về chuyển đổi số", "2022-04-14"))
    }

    /// A byline by its label, or the author's name with the offices on one line, between the headline
    /// and the date line.
    @Test func theHeadlineOverABylineOnOneLine() {
        let labelled = "Chia sẻ niềm tin - Nâng cao vị thế\n\nTăng cường năng lực trợ giúp pháp lý cho phụ nữ khuyết tật tại tỉnh Nghệ An\n\n"
            + "  • Thực hiện: Trần Nhung\n  • 06/10/2020\n  • 0 Bình luận\n\n" + Self.lead
        #expect(header(labelled) == ("Tăng cường năng lực trợ giúp pháp lý cho phụ nữ khuyết tật tại tỉnh Nghệ An", "2020-10-06"))
        let offices = "Bộ đội Biên phòng phát huy truyền thống trong xây dựng thế trận biên phòng toàn dân vững mạnh\n\nHoàng Xuân Chiến "
            + "Trung tướng, Ủy viên Trung ương Đảng, Tư lệnh Bộ đội Biên phòng\n22:44, ngày 01-03-2019\n\n" + Self.lead
        #expect(header(offices) == ("Bộ đội Biên phòng phát huy truyền thống trong xây dựng thế trận biên phòng toàn dân vững mạnh", "2019-03-01"))
    }

    /// The page's stamp on a line of its own under the authors under the lead: the article's date,
    /// and the lead's meeting dated by it (not a line of other words, nor a stamp with no authors over it).
    @Test func aStampUnderTheAuthorsUnderTheLead() throws {
        let top = "Hội nghị trực tuyến Ban Chỉ đạo kỳ thi tốt nghiệp THPT năm 2024\n\nSáng ngày 20/6, Ban Chỉ đạo cấp Quốc gia thi "
            + "tốt nghiệp THPT năm 2024 tổ chức hội nghị trực tuyến toàn quốc về công tác chuẩn bị tổ chức kỳ thi. Dự hội nghị tại điểm "
            + "cầu tỉnh Thanh Hóa có đồng chí Đầu Thanh Tùng, Phó Chủ tịch UBND tỉnh.\n\n"
        let stamped = top + "Cẩm Tú – Quang Hòa\n\n20/06/2024 20:00\n\nKỳ thi tốt nghiệp THPT năm 2024 sẽ diễn ra từ ngày 26/6 đến 29/6."
        #expect(header(stamped).date == "2024-06-20")
        #expect(try #require(Extractor().extract(Article(source: "a.txt", text: stamped)).meeting).date?.iso == "2024-06-20")
        #expect(header(top + "Cẩm Tú – Quang Hòa\n\nHạn chót 20/06/2024 20:00\n\nKỳ thi sẽ diễn ra.").date == nil)
        #expect(header(top + "Kỳ thi tốt nghiệp THPT năm 2024 sẽ diễn ra từ ngày 26/6 đến 29/6.\n\n20/06/2024 20:00\n\nKỳ thi sẽ diễn ra.").date == nil)
    }
}
