import Foundation
import Testing
@testable import VNCite

/// The article's title, read from its first lines: a headline ends at the outlet's mark that opens
/// the lead run on in its line; a headline of two or three words stands over the body.
@Suite struct ArticleHeaderTests {
    /// The article's title ends at the outlet's mark, whatever opens the lead after it.
    @Test(arguments: [
        ("Lãnh đạo TPHCM tiếp xã giao đại diện Quỹ Từ thiện Ford, Mỹ (NLĐ)- Chiều 5-1, Phó Chủ tịch UBND TP đã tiếp đoàn.",
         "Lãnh đạo TPHCM tiếp xã giao đại diện Quỹ Từ thiện Ford, Mỹ"),
        ("Một học sinh lớp 4 bỏ nhà ra đi (NLĐ)- Trước lúc bỏ nhà ra đi, em M.L., học sinh lớp 4C, có để lại lá thư viết tay.",
         "Một học sinh lớp 4 bỏ nhà ra đi"),
        ("Ký 2 văn kiện hợp tác Việt Nam-Chile (NLĐO) – Ngày 23-1, Bộ trưởng Ngoại giao Chile đã có các cuộc hội kiến tại Hà Nội.",
         "Ký 2 văn kiện hợp tác Việt Nam-Chile"),
    ])
    func aHeadlineEndsAtTheOutletsMark(line: String, title: String) {
        #expect(Extractor().extract(Article(source: "a.txt", text: line + "\nNội dung bài viết ở đây.")).title == title)
    }

    /// A headline whose line break was lost: the lead opens on a word that opens sentences and no
    /// name, its clause closed by a comma; the meeting is read from that lead. Not a place's name
    /// such a word opens ("bãi Sau"), and not a lead that runs on with no comma.
    @Test func aLeadRunOnIntoItsHeadlineOpensOnAPreposition() {
        let glued = Extractor().extract(Article(source: "a.txt", text: """
             Sẽ kiểm tra toàn bộ các trạm thu phí Quốc lộ 1 Trong phiên họp thường kỳ tháng 3 sáng qua, Bộ Giao thông Vận tải đã yêu cầu các đơn vị báo cáo số liệu thu phí.
            Các đơn vị phải gửi báo cáo trước ngày 15-4.
            """))
        #expect(glued.title == "Sẽ kiểm tra toàn bộ các trạm thu phí Quốc lộ 1")
        #expect(glued.meeting?.kind == "phiên họp")
        #expect(glued.meeting?.host == "Bộ Giao thông Vận tải")
        let beach = Extractor().extract(Article(source: "b.txt", text: """
            Đến Vũng Tàu, du khách thường tắm ở bãi Sau mà quên rằng ở bãi Trước có một bãi tắm nhỏ khá yên tĩnh: Bãi Dứa.
            Không ồn ào, không đông đúc, bãi Dứa là nơi nghỉ ngơi của nhiều gia đình.
            """))
        #expect(beach.title == nil)
        let name = Extractor().extract(Article(source: "c.txt", text: """
            Khai mạc Hội thao công nhân viên chức TPHCM Sau Trận chung kết kéo co nam diễn ra rất hấp dẫn với sự cổ vũ của hàng ngàn công nhân.
            Hội thao kéo dài đến hết tháng 5.
            """))
        #expect(name.title == nil)
    }

    /// A lead that opens on a time, "ngày" and its day ("Tối ngày 4-2,") run on into its headline; not
    /// a quotation that a colon opens inside a sentence.
    @Test func aLeadOnATimeAndItsDayRunOnIntoItsHeadline() {
        let glued = Extractor().extract(Article(source: "a.txt", text: """
             Khách sạn tư nhân trong nước đầu tiên được xếp hạng 5 sao Tối ngày 4-2, Tổng cục Du lịch Việt Nam đã công bố quyết định xếp hạng 5 sao cho khách sạn.
            Đây là khách sạn 5 sao đầu tiên do một doanh nghiệp trong nước thành lập.
            """))
        #expect(glued.title == "Khách sạn tư nhân trong nước đầu tiên được xếp hạng 5 sao")
        let quoted = Extractor().extract(Article(source: "b.txt", text: """
            18h30 chiều ngày 22/4, trong cuộc nói chuyện qua điện thoại với báo Thanh Niên, giám đốc điều hành câu lạc bộ Lê Khắc Chính đã thông báo một tin xấu vừa xảy ra với đội. Ông Chính tường thuật:" Sáng ngày 22/4, chúng tôi đến Nam Định để chuẩn bị cho lượt trận tiếp theo của giải vô địch quốc gia."
            Đội bóng đã phải hoãn chuyến tập huấn.
            """))
        #expect(quoted.title == nil)
    }

    /// A short headline that asks or exclaims, with the caption or the lead run on after it; not
    /// a cry of one word that opens a story, nor a long first sentence that asks.
    @Test func aHeadlineThatAsksEndsAtItsQuestionMark() {
        let asks = Extractor().extract(Article(source: "a.txt", text: """
             Bồi dưỡng văn hóa ngoài giờ, lợi cho ai? Các em học sinh một trường THCS ở quận 6 đi học thêm về dưới cơn mưa Ảnh: H.L Đa số các trung tâm bồi dưỡng văn hóa ngoài giờ “ăn chia” với nhà trường.
            Nhiều phụ huynh không biết điều này.
            """))
        #expect(asks.title == "Bồi dưỡng văn hóa ngoài giờ, lợi cho ai?")
        let cry = Extractor().extract(Article(source: "b.txt", text: """
            Đùng! Một tiếng nổ lớn phát ra từ quán cà phê ở đầu hẻm làm hai người bị thương, nhiều bàn ghế bị hư hỏng nặng.
            Công an đang điều tra vụ việc.
            """))
        #expect(cry.title == nil)
        let long = Extractor().extract(Article(source: "c.txt", text: """
            Một nhà hàng mới được khai trương gần nhà, bạn muốn biết giá cả thế nào, có những món đặc sản gì? Hãy gọi điện cho tổng đài để được tư vấn miễn phí.
            Dịch vụ này đang được nhiều người sử dụng.
            """))
        #expect(long.title == nil)
    }

    /// A headline of two or three words over the body's first paragraph; not a caption's credit nor
    /// a letter's greeting.
    @Test func aShortHeadlineOverTheBody() {
        let body = "\nPhiên giao dịch sáng nay, VF1 được khớp lệnh nhiều nhất với 14.220 chứng chỉ quỹ, giá giảm 100 đồng xuống 8.700 đồng."
        #expect(Extractor().extract(Article(source: "a.txt", text: "VF1 đắt khách" + body)).title == "VF1 đắt khách")
        #expect(Extractor().extract(Article(source: "a.txt", text: "Ảnh: TTXVN" + body)).title == nil)
        #expect(Extractor().extract(Article(source: "a.txt", text: "Mẹ kính," + body)).title == nil)
    }

    /// Never a date from the body: not the last day of a headline's list of days ("ngày 18,19,
    /// 20-4-2006" is when the water is cut), nor a schedule's line under a paragraph that ends in a
    /// colon ("… theo lịch sau:" then "18h30, thứ Bảy 26/02/2005").
    @Test func aScheduleIsNoPublicationDate() {
        let cut = Extractor().extract(Article(source: "a.txt", text: """
            Lịch cúp nước ngày 18,19, 20-4-2006
            Ngã tư Bình Triệu đến cầu Ông Dầu quốc lộ 13, KP1, KP2 - phường Hiệp Bình Chánh (HBC); UBND phường HBC, Q.Thủ Đức.
            Thời gian: từ 22g ngày 17-4 đến 5g ngày 18-4-2006.
            """))
        #expect(cut.date == nil)
        #expect(cut.title == "Lịch cúp nước ngày 18,19, 20-4-2006")
        let talk = Extractor().extract(Article(source: "b.txt", text: """
            Học bổng du học Anh
            Trong tháng 3, Ông James Burnett, Hiệu trưởng trường Mander Portman Woodward, sẽ có buổi nói chuyện tại TP HCM và Hà Nội theo lịch sau:
            TP HCM
            Buổi nói chuyện
            18h30, thứ Bảy 26/02/2005
            """))
        #expect(talk.date == nil)
        #expect(talk.title == "Học bổng du học Anh")
        // A portal's date line above the title is still read: "Thứ hai, 26/12/2022, 13:45".
        #expect(Extractor().extract(Article(source: "c.txt", text: "Thứ hai, 26/12/2022, 13:45\nSở TTTT tổng kết năm 2022\nNội dung bài viết.")).date?.iso == "2022-12-26")
    }

    /// An export's date field, its label before an ISO date; the meeting's day read against it.
    @Test func anExportsLabelledDateField() throws {
        #expect(ArticleHeader.publicationDate(in: "date: 2026-02-26")?.iso == "2026-02-26")
        #expect(ArticleHeader.publicationDate(in: "Published: 2025-11-03T08:15:00+07:00")?.iso == "2025-11-03")
        #expect(ArticleHeader.publicationDate(in: "Ngày đăng: 2025-11-03 08:15")?.iso == "2025-11-03")
        #expect(ArticleHeader.publicationDate(in: "Đăng ngày 28 - 10 - 2019")?.iso == "2019-10-28")
        #expect(ArticleHeader.publicationDate(in: "Date night: 2026 plans") == nil)
        let article = Extractor().extract(Article(source: "e.txt", text: "date: 2026-02-26\nChiều 25/2, Tỉnh ủy Thanh Hóa tổ chức hội nghị tổng kết."))
        #expect(article.date?.iso == "2026-02-26")
        #expect(try #require(article.meeting).date?.iso == "2026-02-25")
    }

    /// A store's date field opening the first line, the headline after it; a month alone gives no day.
    @Test func aDateFieldOpeningTheFirstLine() throws {
        let page = Extractor().extract(Article(source: "f.txt", text: " date 2026-02-09 Tiếp tục đẩy mạnh tuyên truyền, phổ biến Luật Biên "
            + "phòng Việt Nam\n\nChiều 9/2, Bộ Quốc phòng tổ chức hội nghị trực tuyến tổng kết 5 năm thực hiện Đề án."))
        #expect(page.date?.iso == "2026-02-09")
        #expect(page.title == "Tiếp tục đẩy mạnh tuyên truyền, phổ biến Luật Biên phòng Việt Nam")
        #expect(try #require(page.meeting).date?.iso == "2026-02-09")
        let month = Extractor().extract(Article(source: "g.txt", text: " date 2023-10 Ban Chấp hành Đảng bộ tỉnh đánh giá kết quả 9 tháng"
            + "\n\nSáng 29/9, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị."))
        #expect(month.date == nil)
        #expect(month.title == "Ban Chấp hành Đảng bộ tỉnh đánh giá kết quả 9 tháng")
        #expect(ArticleHeader.exportDateField(CleanText("date night 2023"), 0..<15) == nil)
        // (The headline after the field is the title, not a lead that announces a congress to come.)
        let announced = Extractor().extract(Article(source: "h.txt", text: " date 2025-11-11 Đại hội đại biểu Hiệp hội Doanh nghiệp tỉnh "
            + "Thanh Hóa dự kiến diễn ra vào tháng 12/2025\n\nChiều 11/11, Hiệp hội Doanh nghiệp tỉnh Thanh Hóa tổ chức Hội nghị Ban "
            + "Chấp hành mở rộng lần thứ XII để kiện toàn tổ chức."))
        #expect(try #require(announced.meeting).date?.iso == "2025-11-11")
        // (A month alone gives the year of a day the lead writes without it, not a day "sáng nay" needs.)
        let dayOfMonth = Extractor().extract(Article(source: "i.txt", text: " date 2025-06 Kết nối cung - cầu sản phẩm\n\nSáng 4/6, tại "
            + "thành phố Vinh, Sở Công Thương tổ chức Hội nghị kết nối giao thương."))
        #expect(dayOfMonth.date == nil)
        #expect(try #require(dayOfMonth.meeting).date?.iso == "2025-06-04")
        let today = Extractor().extract(Article(source: "j.txt", text: " date 2025-06 Kết nối cung - cầu sản phẩm\n\nSáng nay, tại "
            + "thành phố Vinh, Sở Công Thương tổ chức Hội nghị kết nối giao thương."))
        #expect(try #require(today.meeting).date == nil)
        // (The page's section between the field and the headline, the lead run on: the lead's day in the field's month.)
        let section = Extractor().extract(Article(source: "l.txt", text: " date 2024-08 Thời sự Ký kết Quy chế phối hợp bảo vệ an ninh "
            + "trong lĩnh vực điện lực Chiều 8/8, Công ty Điện lực Nghệ An và Công an tỉnh đã thực hiện ký kết Quy chế phối hợp.\n\n"
            + "Tham dự lễ ký kết, về phía Công an tỉnh Nghệ An có đồng chí Đại tá Lê Văn Thái."))
        #expect(section.title == "Ký kết Quy chế phối hợp bảo vệ an ninh trong lĩnh vực điện lực")
        #expect(try #require(section.meeting).date?.iso == "2024-08-08")
        // (The outlet's name after a bullet, a menu's item, then the headline.)
        let bullet = Extractor().extract(Article(source: "k.txt", text: " date 2025-12-19   • Huế ngày nay Online\nKết nối và lan tỏa đam mê "
            + "nghiên cứu khoa học\n\nHNN.VN - Sáng 19/12, Trường Đại học Sư phạm tổ chức Hội thảo Quốc gia các nhà nghiên cứu trẻ năm 2025."))
        #expect(bullet.title == "Kết nối và lan tỏa đam mê nghiên cứu khoa học")
    }

    /// A title keeps the dashes the page writes ("–", "—"), which the scanner reads as "-"; the
    /// meeting is read from it all the same. In an NFD text too, where the offsets move.
    @Test(arguments: [
        "Hà Nội – Hải Phòng: Hội nghị xúc tiến đầu tư năm 2023",
        "Hà Nội \u{2014} Hải Phòng: Hội nghị xúc tiến đầu tư năm 2023",
        "Hà Nội - Hải Phòng: Hội nghị xúc tiến đầu tư năm 2023",
    ])
    func aTitleKeepsItsDashes(title: String) {
        let body = "\nNgày 12/3/2023\nSáng 12/3, UBND thành phố Hải Phòng tổ chức Hội nghị xúc tiến đầu tư năm 2023 với 300 doanh nghiệp."
        let read = Extractor().extract(Article(source: "a.txt", text: title + body))
        #expect(read.title == title)
        #expect(read.meeting?.host == "UBND thành phố Hải Phòng")
        let nfd = Extractor().extract(Article(source: "b.txt", text: (title + body).decomposedStringWithCanonicalMapping))
        #expect(nfd.title == title)
    }

    /// The headline the page repeats over its lead, with its en dash, is the lead's meeting all the same.
    @Test func aRepeatedHeadlineWithItsDash() throws {
        let headline = "Đại hội Công đoàn ngành Giáo dục tỉnh Sóc Trăng Khóa VI, nhiệm kỳ 2018 – 2023"
        let read = Extractor().extract(Article(source: "a.txt", text: "Hôm nay, ngày 22 tháng 05 năm 2019\n"
            + "Chủ đề năm học: \"Tăng cường nề nếp kỷ cương, nêu gương đạo đức nhà giáo để nâng cao chất lượng giáo dục\"\n"
            + headline + "\n 572\n 30/03/2018\n" + headline + "\n\n" + headline + "\n\n"
            + "      Sáng ngày 28/3/2018, tại Trường Cao đẳng Sư phạm tỉnh Sóc Trăng, Đại hội Công đoàn ngành Giáo dục tỉnh Sóc Trăng khóa VI, "
            + "nhiệm kỳ 2018 - 2023 được tổ chức trọng thể. Tham dự Đại hội có TS.Vũ Minh Đức – Chủ tịch Công đoàn Giáo dục Việt Nam."))
        #expect(read.title == headline)
        let m = try #require(read.meeting)
        #expect(m.host == "Công đoàn ngành Giáo dục tỉnh Sóc Trăng")
        #expect(m.date?.description == "2018-03-28")
    }

    /// Portal pages as copied: a headline ending on a full stop over its date line; a stray "."
    /// between the date line and the headline; a date glued to the headline's last word; the
    /// headline said again with its date in brackets; a section's name, a frame and tools over it.
    @Test(arguments: [
        ("Tổ chức đối thoại với các hộ dân khiếu nại việc cưỡng chế, thu hồi đất tại xã Đắk Ngo, huyện Tuy Đức.\n"
            + "cms-publish-date 17/04/2018 | 08:03  | cms-view-count: 3413\n\nỦy ban nhân dân tỉnh Đắk Nông tổ chức đối thoại với các hộ dân.",
         "Tổ chức đối thoại với các hộ dân khiếu nại việc cưỡng chế, thu hồi đất tại xã Đắk Ngo, huyện Tuy Đức.", "2018-04-17"),
        ("Thứ Hai, 29/03/2021, 17:16 (GMT+7)\n.\n\nTiền Giang: Triển khai Luật Bảo vệ môi trường năm 2020\n\n(ABO) Sáng 29-3, Sở Tài "
            + "nguyên và Môi trường Tiền Giang tổ chức Hội nghị triển khai Luật Bảo vệ môi trường năm 2020.",
         "Tiền Giang: Triển khai Luật Bảo vệ môi trường năm 2020", "2021-03-29"),
        ("Họp trực tuyến ứng phó bão số 1028-12-2016\n\nĐể chủ động ứng phó với diễn biến của bão số 10, sáng ngày 27/12/2016, Ban "
            + "Chỉ đạo Trung ương về Phòng, chống thiên tai đã họp trực tuyến với các địa phương.",
         "Họp trực tuyến ứng phó bão số 10", "2016-12-28"),
        ("Khẩn trương hoàn thành cấp giấy chứng nhận quyền sử dụng đất lâm nghiệp trước ngày 20/12/2010\nTin tức nổi bật\n"
            + "Khẩn trương hoàn thành cấp giấy chứng nhận quyền sử dụng đất lâm nghiệp trước ngày 20/12/2010 (22/11/2010)\n"
            + "Theo văn bản 2642/UBND-KT ngày 19/11/2010, Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện rà soát lại công việc.",
         "Khẩn trương hoàn thành cấp giấy chứng nhận quyền sử dụng đất lâm nghiệp trước ngày 20/12/2010", "2010-11-22"),
        // (a day alone in the first line's brackets; a date and a time glued to the headline)
        ("Sở Xây dựng Hà Nội tích cực triển khai các nhiệm vụ trọng tâm trong năm 2021 (21/01/2021)\n\nChiều 20/01, Sở Xây dựng Hà Nội "
            + "tổ chức Hội nghị tổng kết nhiệm vụ công tác năm 2020.",
         "Sở Xây dựng Hà Nội tích cực triển khai các nhiệm vụ trọng tâm trong năm 2021", "2021-01-21"),
        ("Bộ Công thương phát động tiết kiệm điện toàn quốc năm 202323/05/2023 10:05:00 SA\nNgày 22/5/2023, tại Tập đoàn Điện lực Việt "
            + "Nam, Bộ Công Thương tổ chức Hội nghị phát động tiết kiệm điện.",
         "Bộ Công thương phát động tiết kiệm điện toàn quốc năm 2023", "2023-05-23"),
        // (a section's name over the headline; a page's frame and tools; a headline said twice)
        ("Trong tỉnh\n\nCác ngân hàng sẽ giải ngân 21.000 tỷ đồng vào Thanh Hóa\n\nHơn 21.000 tỷ đồng đã được các ngân hàng cam kết "
            + "tài trợ cho các dự án trọng điểm của Thanh Hóa.", "Các ngân hàng sẽ giải ngân 21.000 tỷ đồng vào Thanh Hóa", nil),
        ("Skip to main content\nChế độ ban đêm In trang Xuất PDF Đọc nội dung\n-A A +A\n\nĐại hội Đảng bộ Sở Giao thông vận tải\n\n"
            + "Ngày 05/6/2020, Đảng bộ Sở Giao thông vận tải Lạng Sơn đã tổ chức Đại hội Đảng bộ nhiệm kỳ 2020-2025.",
         "Đại hội Đảng bộ Sở Giao thông vận tải", nil),
        ("Chi tiết - Sở Tư pháp\n\nHội đàm Sở Tư pháp 2 tỉnh Quảng Trị - Savannakhet\n\nSáng 12/5, Sở Tư pháp tỉnh Quảng Trị và Sở Tư pháp "
            + "tỉnh Savannakhet tổ chức hội đàm thường niên.", "Hội đàm Sở Tư pháp 2 tỉnh Quảng Trị - Savannakhet", nil),
        ("Hương Khê: Triển khai phong trào làm giao thông nông và công tác an toàn giao thông năm 2020.\n\nHương Khê: Triển khai phong "
            + "trào làm giao thông nông và công tác an toàn giao thông năm 2020.\nCác đồng chí Phó chủ tịch UBND huyện vừa chủ trì hội nghị.",
         "Hương Khê: Triển khai phong trào làm giao thông nông và công tác an toàn giao thông năm 2020.", nil),
    ])
    func aPortalsHeaderAsCopied(text: String, title: String, date: String?) {
        let read = Extractor().extract(Article(source: "a.txt", text: text))
        #expect(read.title == title)
        #expect(read.date?.description == date)
    }

    /// Not a sentence that ends on a full stop with no date line under it, nor another article's
    /// headline with its date in brackets under the title, nor the lead under a short headline.
    @Test func notASentenceNorARelatedHeadline() {
        let sentence = Extractor().extract(Article(source: "a.txt", text: """
            Ủy ban nhân dân tỉnh Đắk Nông tổ chức đối thoại với các hộ dân khiếu nại tại xã Đắk Ngo.
            Các hộ dân đã trình bày ý kiến của mình.
            """))
        #expect(sentence.title == nil)
        let related = Extractor().extract(Article(source: "b.txt", text: """
            Xét xử vụ án buôn lậu tại cảng Sài Gòn
            Vụ án Lã Thị Kim Oanh tiếp tục được xét xử (17/11/2003)
            Sáng nay, TAND TPHCM tiếp tục xét xử vụ án buôn lậu tại cảng Sài Gòn với 20 bị cáo.
            """))
        #expect(related.date == nil)
        let short = Extractor().extract(Article(source: "c.txt", text: """
            Cá nướng ngói
            Cá nướng trên ngói là kiểu ăn quen thuộc của người miền tây Nam Bộ
            Nguyên liệu:
            """))
        #expect(short.title != "Cá nướng trên ngói là kiểu ăn quen thuộc của người miền tây Nam Bộ")
    }
}

