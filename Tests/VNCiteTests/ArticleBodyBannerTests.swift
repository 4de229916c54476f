import Testing
@testable import VNCite

/// A body's name atop a page, over the article's headline, is the page's owner: the headline under
/// it is the title. A body's name with no headline under it, and a headline in capitals over its
/// lead, are still the title.
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
}
