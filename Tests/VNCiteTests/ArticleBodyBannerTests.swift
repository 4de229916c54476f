import Testing
@testable import VNCite

/// A body's name atop a page, over the article's headline, is the page's owner: the headline under
/// it is the title. A body's name with no headline under it, and a headline in capitals over its
/// lead, are still the title; so are a site's name, a slogan and a photo's caption over it.
@Suite struct ArticleBodyBannerTests {
    private func title(_ text: String) -> String? { ArticleHeader.read(CleanText(text)).title }

    static let front = "MTTQ Phường 3 tổ chức Hội nghị giao ban dư luận xã hội Quý 1 và triển khai chương trình công tác Mặt trận năm 2020"
    static let lead = "\n\nVào chiều ngày 25/02/2020, Ủy ban Mặt trận Tổ quốc Phường 3 tổ chức Hội nghị giao ban dư luận xã hội Quý 1 và "
        + "triển khai chương trình công tác Mặt trận năm 2020."

    @Test func aBodysNameInCapitalsOverTheHeadline() {
        #expect(title("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nQUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH\n\n" + Self.front + Self.lead) == Self.front)
        let union = "Sở Tài nguyên và Môi trường tổ chức Đại hội Công đoàn cơ sở lần thứ X, nhiệm kỳ 2023 – 2028"
        #expect(title("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH TRÀ VINH\n\nTRUNG TÂM CÔNG NGHỆ THÔNG TIN TÀI NGUYÊN VÀ MÔI TRƯỜNG\n\n" + union
            + "\n\nSáng ngày 11/02/2023, Công đoàn cơ sở Sở Tài nguyên và Môi trường tổ chức Đại hội Công đoàn cơ sở lần thứ X.") == union)
    }

    @Test func aBodysNameOverTheHeadline() {
        #expect(title("Ủy ban Mặt trận Tổ quốc Việt Nam Quận 5\n\n" + Self.front + Self.lead) == Self.front)
    }

    @Test func aBodysNameOrAHeadlineInCapitalsOverTheLeadIsTheTitle() {
        #expect(title("Ủy ban Mặt trận Tổ quốc Phường 3" + Self.lead) == "Ủy ban Mặt trận Tổ quốc Phường 3")
        #expect(title("HĐND TỈNH GIÁM SÁT CHUYÊN ĐỀ Y TẾ TẠI HUYỆN BẢO LÂM" + Self.lead) == "HĐND TỈNH GIÁM SÁT CHUYÊN ĐỀ Y TẾ TẠI HUYỆN BẢO LÂM")
        // (A headline in capitals that opens on a meeting, over a headline in small letters.)
        #expect(title("HỘI NGHỊ TỔNG KẾT 4 NĂM THI HÀNH LUẬT KHIẾU NẠI, LUẬT TỐ CÁO\n\nTổng kết 4 năm thi hành Luật Khiếu nại" + Self.lead)
            == "HỘI NGHỊ TỔNG KẾT 4 NĂM THI HÀNH LUẬT KHIẾU NẠI, LUẬT TỐ CÁO")
    }

    /// A call in capitals closed by "!" over the headline is the portal's slogan.
    @Test func aSloganOverTheHeadline() {
        #expect(title("CHUNG TAY ỦNG HỘ PHÒNG, CHỐNG DỊCH COVID-19!\n\n" + Self.front + Self.lead) == Self.front)
        #expect(title("CHUNG TAY ỦNG HỘ PHÒNG, CHỐNG DỊCH COVID-19!" + Self.lead) == "CHUNG TAY ỦNG HỘ PHÒNG, CHỐNG DỊCH COVID-19!")
    }

    /// The site's name and its clock, a slogan quoted whole, then the headline over its own date line:
    /// the headline is the title and its date line dates the page.
    @Test func aSiteNameClockAndQuotedSloganOverTheHeadline() {
        let list = "Danh sách xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật năm 2022 trên địa bàn tỉnh Ninh Bình"
        let header = ArticleHeader.read(CleanText("TRANG THÔNG TIN ĐIỆN TỬ PHỔ BIẾN GIÁO DỤC PHÁP LUẬT TỈNH NINH BÌNH\nThứ năm, 25/07/2024 |\n"
            + "\"THỰC HIỆN PHÁP LUẬT LÀ QUYỀN VÀ NGHĨA VỤ CỦA MỖI CÔNG DÂN\"\n\n" + list + "\n\nThứ sáu, 24/02/2023\n\n"
            + "Căn cứ Quyết định số 25/2021/QĐ-TTg của Thủ tướng Chính phủ ngày 22/7/2021 quy định về xã, phường, thị trấn đạt chuẩn."))
        #expect(header.title == list)
        #expect(header.date?.iso == "2023-02-24")
        let union = "Đoàn thanh niên phường tổ chức tổng kết công tác đoàn và phong trào thanh niên năm 2020"
        let ward = ArticleHeader.read(CleanText("Thứ sáu, 17/05/2024\nTrang thông tin điện tử UBND Phường Vân Giang\n\n" + union
            + "\n\nThứ ba, 05/01/2021 Đã xem: 9\n\nNgày 03/01/2021, BCH Đoàn thanh niên phường Vân Giang đã tổ chức hội nghị tổng kết."))
        #expect(ward.title == union)
        #expect(ward.date?.iso == "2021-01-05")
    }

    /// A photo's caption with its credit over the headline is no title.
    @Test func aCaptionOverTheHeadline() {
        #expect(title("Việc tăng giá cả nhiên liệu, vật liệu ảnh hưởng tiêu cực đến các hoạt động đầu tư xây dựng. (Ảnh minh họa: TTXVN)\n\n"
            + "Kịp thời công bố giá vật liệu xây dựng\n\nTrước tình hình giá cả nhiên liệu, vật liệu xây dựng chủ yếu đang có nhiều "
            + "biến động, Bộ Xây dựng vừa có văn bản 959/BXD-KTXD gửi UBND các tỉnh.") == "Kịp thời công bố giá vật liệu xây dựng")
    }
}
