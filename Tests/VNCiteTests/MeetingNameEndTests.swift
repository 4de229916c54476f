import Testing
@testable import VNCite

/// A meeting's name ends before what was said there and before the next clause's speaker, not
/// inside a list of degrees or abbreviations, nor inside quotes or brackets.
@Suite struct MeetingNameEndTests {
    @Test(arguments: [
        ("Ông Raed Jouhi, người đứng đầu toà án, tuyên bố trong một cuộc họp báo hôm qua rằng phiên toà sẽ mở trong vài ngày tới.",
         "cuộc họp báo hôm qua"),
        ("Hôm qua, tại cuộc họp báo ở LHP Berlin, tài tử Jude Law đã khiêm tốn nói rằng vai diễn của anh chưa đủ sức thuyết phục.",
         "cuộc họp báo ở LHP Berlin"),
        ("Phát biểu tại Hội nghị thường niên tháng 3 của Hội vật lý Mỹ hôm qua, tiến sĩ William Ditto, thuộc Đại học Florida, đã "
            + "công bố một công trình nghiên cứu.", "Hội nghị thường niên tháng 3 của Hội vật lý Mỹ hôm qua"),
        ("Các đại biểu dự hội thảo khôi phục đàn gia cầm sáng nay đều cho rằng chưa thể nói được khi nào tái đàn.",
         "hội thảo khôi phục đàn gia cầm sáng nay"),
        // (not a list of degrees: "500 thạc sĩ, tiến sĩ")
        ("Sáng nay, Sở GD-ĐT TPHCM tổ chức hội nghị sơ kết chương trình đào tạo 500 thạc sĩ, tiến sĩ giai đoạn 2001-2005.",
         "hội nghị sơ kết chương trình đào tạo 500 thạc sĩ, tiến sĩ giai đoạn 2001-2005"),
        // (nor a list of abbreviations: "ĐH, CĐ", "HLV, VĐV")
        ("Sáng 23-12, Liên đoàn Thể dục Thể hình VN tổ chức lễ tổng kết và khen thưởng cho các HLV, VĐV đã hoàn thành nhiệm vụ.",
         "lễ tổng kết và khen thưởng cho các HLV, VĐV"),
    ])
    func theNameEndsBeforeWhatWasSaid(lead: String, what: String) throws {
        #expect(try #require(meeting(lead)).what == what)
    }

    @Test(arguments: [
        // Read on to the close of a title in quotes or of brackets …
        ("Sáng 17/8, hội thảo \"Trí thức Việt kiều với sự nghiệp xây dựng quê hương\", lần đầu tiên được tổ chức tại Hà Nội, đã thu hút 300 đại biểu.",
         "hội thảo \"Trí thức Việt kiều với sự nghiệp xây dựng quê hương\""),
        ("Sáng 29/3, hội nghị quan chức cấp cao 6 nước tiểu vùng sông Mekong (Campuchia, Trung Quốc, Lào, Myanmar, Thái Lan, Việt Nam) đã khai mạc tại Hà Nội.",
         "hội nghị quan chức cấp cao 6 nước tiểu vùng sông Mekong (Campuchia, Trung Quốc, Lào, Myanmar, Thái Lan, Việt Nam)"),
        ("Hôm qua, Tọa đàm “Có hay không chuyện tình trên mạng?” vừa được Nhà Văn hóa Phụ nữ tổ chức tại TP HCM.",
         "Tọa đàm “Có hay không chuyện tình trên mạng?”"),
        // … or cut before marks that the sentence does not close.
        ("Sáng qua, UBND tỉnh đã tổ chức lễ khánh thành tòa nhà trung tâm (12 Đinh Tiên Hoàng, TP Huế. Tòa nhà có 9 tầng.",
         "lễ khánh thành tòa nhà trung tâm"),
    ])
    func theNameIsNotCutInsideQuotesOrBrackets(lead: String, what: String) throws {
        #expect(try #require(meeting(lead)).what == what)
    }
}
