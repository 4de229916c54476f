import Testing
@testable import VNCite

/// A portal's notices over the headline are not its title: a SharePoint portal's skip links in
/// Vietnamese, a log-in and a loading note, the label of a search box, a note that the site is on
/// trial, a greeting, a theme's bar of today's date (which dates nothing), a bulleted line of the
/// site's contacts, the outlet's masthead and a copy button, a rating box and a bar of views (also
/// between the headline and its date line).
@Suite struct ArticlePortalNoticeTests {
    static let pages: [(text: String, title: String, date: String?)] = [
        ("Bỏ qua Lệnh Ruy-băng\nBỏ qua nội dung chính\n\nHỘI THẢO THU GOM NƯỚC THẢI, THOÁT NƯỚC BỀN VỮNG VÀ GIẢI PHÁP CHỐNG NGẬP ĐÔ THỊ\n\n"
            + "Ngày 10/05/2022 tại Thành phố Cần Thơ, Cục Hạ tầng kỹ thuật – Bộ Xây dựng đã tổ chức Hội thảo thu gom nước thải.",
         "HỘI THẢO THU GOM NƯỚC THẢI, THOÁT NƯỚC BỀN VỮNG VÀ GIẢI PHÁP CHỐNG NGẬP ĐÔ THỊ", nil),
        ("Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...\n\nĐăng nhập\n\nĐang tải văn bản...\n\n"
            + "Nghị định 80/2014/NĐ-CP thoát nước và xử lý nước thải\n\nSố hiệu: 80/2014/NĐ-CP Loại văn bản: Nghị định\n"
            + "Nơi ban hành: Chính phủ Người ký: Nguyễn Tấn Dũng\n\nChính phủ ban hành Nghị định 80/2014/NĐ-CP về thoát nước và xử lý nước thải.",
         "Nghị định 80/2014/NĐ-CP thoát nước và xử lý nước thải", nil),
        ("• :\nWebsite đang trong giai đoạn thử nghiệm\n\nPhó Chủ tịch nước chủ trì phiên họp Hội đồng bảo trợ Quỹ Bảo trợ trẻ em Việt Nam\n\n"
            + " Chiều 26-11-2019, tại Phủ Chủ tịch, Phó Chủ tịch nước chủ trì phiên họp Hội đồng bảo trợ Quỹ Bảo trợ trẻ em Việt Nam.",
         "Phó Chủ tịch nước chủ trì phiên họp Hội đồng bảo trợ Quỹ Bảo trợ trẻ em Việt Nam", nil),
        ("CHÀO MỪNG CÁC BẠN ĐẾN VỚI TRANG TTĐT TRUNG TÂM VĂN HÓA - THỂ THAO VÀ TRUYỀN THANH - TRUYỀN HÌNH HUYỆN ĐẠI LỘC\n\n"
            + "UBND xã Đại Lãnh tổ chức Hội nghị sơ kết công tác sưu tầm hiện vật năm 2024\n\n     UBND xã Đại Lãnh vừa tổ chức Hội nghị sơ kết "
            + "công tác sưu tầm, hiến tặng hiện vật, cổ vật lịch sử văn hóa năm 2024.",
         "UBND xã Đại Lãnh tổ chức Hội nghị sơ kết công tác sưu tầm hiện vật năm 2024", nil),
        ("Thứ hai, Tháng Một 20, 2025\n\nKhám phá 33 bảo vật quốc gia vừa được công nhận\n\n(SGTT) - Phó Thủ tướng Lê Thành Long vừa ký "
            + "Quyết định số 1712/QĐ-TTg công nhận 33 bảo vật quốc gia.",
         "Khám phá 33 bảo vật quốc gia vừa được công nhận", nil),
        ("Thứ Hai, Tháng 4 28, 2025\n* Email: bbt.dongnama@gmail.com *Tòa soạn: 0989011688 - 0768908888\nspot_img\n\n"
            + "Đại hội Đại biểu Hội Khảo Cổ học Việt Nam toàn quốc lần thứ IV\n\nNgày 28/3/2025, tại Bảo tàng Lịch sử Quốc gia, Hội Khảo Cổ "
            + "học Việt Nam đã long trọng tổ chức đại hội đại biểu toàn quốc lần thứ IV, nhiệm kỳ 2025-2030.",
         "Đại hội Đại biểu Hội Khảo Cổ học Việt Nam toàn quốc lần thứ IV", nil),
        ("Cơ quan Trung ương của Hiệp hội Chống hàng giả & Bảo vệ thương hiệu Việt Nam\n  • Click để copy\n\nHội thảo “Hoàn thiện cơ chế phối "
            + "hợp giữa Đảng ủy, Hội đồng trường và Hiệu trưởng”\n\nSáng 19/10/2023, tại Hà Nội, Học viện Báo chí và Tuyên truyền tổ chức Hội thảo.",
         "Hội thảo “Hoàn thiện cơ chế phối hợp giữa Đảng ủy, Hội đồng trường và Hiệu trưởng”", nil),
        // (a rating box and a bar of views between the headline and its date line)
        ("Phường 11: Tổ chức Lễ khánh thành công trình\n\n[ Điểm đánh giá5/5 ]1 người đã bình chọn\nXem: 453 | Cật nhập: 5/21/2020 3:16:08 PM "
            + "| RSS\n\nNgày đăng: 20/5/2020\n\nSáng ngày 19/5/2020, Đảng ủy phường tổ chức Lễ khánh thành công trình.",
         "Phường 11: Tổ chức Lễ khánh thành công trình", "2020-05-20"),
        ("UBND phường tổ chức Lễ khánh thành công trình\n\nLượt xem: 453\n\nNgày đăng: 20/5/2020\n\nSáng ngày 19/5/2020, UBND phường tổ "
            + "chức Lễ khánh thành công trình.", "UBND phường tổ chức Lễ khánh thành công trình", "2020-05-20"),
        // (a sentence that opens on the same words is the headline)
        ("Cơ quan của Bộ Y tế vừa công bố kết quả kiểm tra\n\nSáng 19/10/2023, Bộ Y tế công bố kết quả kiểm tra an toàn thực phẩm.",
         "Cơ quan của Bộ Y tế vừa công bố kết quả kiểm tra", nil),
    ]

    @Test(arguments: pages)
    func theHeadlineUnderTheNotices(text: String, title: String, date: String?) {
        let read = Extractor().extract(Article(source: "a.txt", text: text))
        #expect(read.title == title)
        #expect(read.date?.description == date)
    }

    /// A weekday and a day alone atop the page is the site's clock over an archived article: it dates
    /// neither the article nor, as today, its meeting of 2010; under a section's name it is the article's date.
    @Test func theSitesClockAtopThePage() throws {
        let archived = Extractor().extract(Article(source: "a.txt", text: "Thứ ba,  19/10/2021\n\nHữu Lũng: Hiệp đồng phòng chống lụt bão "
            + "năm 2010\n\nLSO-Ngày 20/8/2010, UBND huyện Hữu Lũng đã tổ chức hội nghị hiệp đồng phòng chống lụt bão và tìm kiếm cứu nạn năm 2010."))
        #expect(archived.date == nil)
        #expect(archived.title == "Hữu Lũng: Hiệp đồng phòng chống lụt bão năm 2010")
        let held = try #require(archived.meeting)
        #expect(held.host == "UBND huyện Hữu Lũng")
        #expect(held.date?.description == "2010-08-20")
        let dated = Extractor().extract(Article(source: "a.txt", text: "Thời sự\nThứ Năm, 14/3/2024\n\nHội nghị tổng kết công tác "
            + "phòng chống thiên tai năm 2023\n\nSáng 14/3, UBND tỉnh tổ chức hội nghị tổng kết công tác phòng chống thiên tai năm 2023."))
        #expect(dated.date?.description == "2024-03-14")
        // (after a store's date field, the same day: the article's)
        let stored = Extractor().extract(Article(source: "a.txt", text: " date 2025-10-27 Thứ Hai, 27/10/2025\n\nBồi dưỡng nghiệp vụ "
            + "về công tác kiểm tra năm 2025\n\nNgày 27/10, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị bồi dưỡng nghiệp vụ."))
        #expect(stored.date?.description == "2025-10-27")
        #expect(stored.meeting?.date?.description == "2025-10-27")
    }

    /// Headlines that open on the same words are still headlines: a welcome that is news, a trial
    /// that is not the site's, a date spelled in a sentence.
    @Test(arguments: [
        "Chào mừng Ngày Doanh nhân Việt Nam 13/10\n\nSáng 12/10, Hiệp hội Doanh nghiệp tỉnh tổ chức gặp mặt các doanh nhân tiêu biểu.",
        "Bỏ qua quy định, doanh nghiệp bị xử phạt\n\nSở Xây dựng vừa ký quyết định xử phạt một doanh nghiệp vi phạm trật tự xây dựng.",
        "Đăng nhập dịch vụ công bằng tài khoản định danh\n\nTừ tháng 7, người dân có thể đăng nhập Cổng dịch vụ công quốc gia.",
    ])
    func headlinesThatOpenAlike(text: String) {
        let title = String(text.split(separator: "\n")[0])
        #expect(Extractor().extract(Article(source: "a.txt", text: text)).title == title)
    }
}
