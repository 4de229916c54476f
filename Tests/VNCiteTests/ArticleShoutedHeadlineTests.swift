import Testing
@testable import VNCite

/// A headline in capitals, as ward and commune portals print it, is the title when it is long or has a year; a
/// short line in capitals is the page's owner or section.
@Suite struct ArticleShoutedHeadlineTests {
    /// Eight words in capitals or more, under the site's name in capitals and over the date line.
    @Test func aLongHeadlineInCapitalsIsTheTitle() {
        let article = Extractor().extract(Article(source: "a.txt", text: """
            Truy cập nội dung luôn

            TỔ CHỨC HỘI NGHỊ ĐÁNH GIÁ TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ I, TRIỂN KHAI NHIỆM VỤ QUÝ II NĂM 2024

            27/03/2024 15:43    7

            Ngày 27/3/2024 tại Phòng họp UBND thị trấn, đồng chí Võ Văn Triều - Chủ tịch UBND thị trấn chủ trì hội nghị đánh giá tình hình thực hiện các chỉ tiêu kinh tế - xã hội quý I năm 2024.
            """))
        #expect(article.title == "TỔ CHỨC HỘI NGHỊ ĐÁNH GIÁ TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ I, TRIỂN KHAI NHIỆM VỤ QUÝ II NĂM 2024")
        #expect(article.date == CalendarDate(year: 2024, month: 3, day: 27))
    }

    /// Five words in capitals with a year, over the body: no site's or body's name carries a year.
    @Test func aShortHeadlineInCapitalsWithAYear() {
        let article = Extractor().extract(Article(source: "a.txt", text: """
            BÀI TIN LỄ BẾ GIẢNG NĂM HỌC 2021-2022
            Khi tiếng ve rộn ràng khắp sân trường và những chùm phượng vĩ bừng nở đỏ rực rỡ báo hiệu mùa hè đến cũng là lúc một năm học nữa lại trôi qua.
            Ngày 28/5/2022, trường THCS Lý Thường Kiệt đã long trọng tổ chức Lễ Bế giảng năm học 2021-2022.
            """))
        #expect(article.title == "BÀI TIN LỄ BẾ GIẢNG NĂM HỌC 2021-2022")
    }

    /// The site's name in capitals over a headline in small letters is not the title.
    @Test func aShortLineInCapitalsIsThePagesOwner() {
        let article = Extractor().extract(Article(source: "b.txt", text: """
            ỦY BAN NHÂN DÂN TỈNH SƠN LA
            Hội nghị giao ban công tác quý III năm 2023
            12/10/2023 08:15
            Sáng 12/10, UBND tỉnh tổ chức hội nghị giao ban công tác quý III năm 2023.
            """))
        #expect(article.title == "Hội nghị giao ban công tác quý III năm 2023")
        let section = Extractor().extract(Article(source: "c.txt", text: """
            HOẠT ĐỘNG CỦA HĐND CÁC CẤP
            12/10/2023 08:15
            Sáng 12/10, Thường trực HĐND tỉnh tổ chức phiên họp thường kỳ tháng 10.
            """))
        #expect(section.title == nil)
    }

    /// A section's name over a longer headline, a blank line between, the body under it: the
    /// headline is the title.
    @Test func aSectionOverALongerHeadline() {
        let a = Extractor().extract(Article(source: "a.txt", text: "Ban Chỉ đạo Trung ương\n\nPhấn đấu giảm tỷ lệ hộ nghèo xuống dưới 5%\n\n"
            + "Ngày 16/1, tại cuộc họp về thực hiện nhiệm vụ giảm nghèo năm 2014 tại trụ sở Chính phủ, báo cáo của các địa phương cho thấy "
            + "tỷ lệ hộ nghèo toàn quốc còn khoảng 5,8-6%."))
        #expect(a.title == "Phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 5%")
    }
}
