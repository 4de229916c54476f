import Testing
@testable import VNCite

/// A meeting's name ends before what was said there and before the next clause's speaker, not
/// inside a list of degrees or abbreviations, nor inside quotes or brackets; its day and the place
/// it was held are its date and place, not its name.
@Suite struct MeetingNameEndTests {
    @Test(arguments: [
        ("Ông Raed Jouhi, người đứng đầu toà án, tuyên bố trong một cuộc họp báo hôm qua rằng phiên toà sẽ mở trong vài ngày tới.",
         "cuộc họp báo hôm qua"),
        ("Hôm qua, tại cuộc họp báo ở LHP Berlin, tài tử Jude Law đã khiêm tốn nói rằng vai diễn của anh chưa đủ sức thuyết phục.",
         "cuộc họp báo ở LHP Berlin"),
        ("Phát biểu tại Hội nghị thường niên tháng 3 của Hội vật lý Mỹ hôm qua, tiến sĩ William Ditto, thuộc Đại học Florida, đã "
            + "công bố một công trình nghiên cứu.", "Hội nghị thường niên tháng 3 của Hội vật lý Mỹ"),
        ("Các đại biểu dự hội thảo khôi phục đàn gia cầm sáng nay đều cho rằng chưa thể nói được khi nào tái đàn.",
         "hội thảo khôi phục đàn gia cầm"),
        // (not a list of degrees: "500 thạc sĩ, tiến sĩ")
        ("Sáng nay, Sở GD-ĐT TPHCM tổ chức hội nghị sơ kết chương trình đào tạo 500 thạc sĩ, tiến sĩ giai đoạn 2001-2005.",
         "hội nghị sơ kết chương trình đào tạo 500 thạc sĩ, tiến sĩ giai đoạn 2001-2005"),
        // (nor a list of abbreviations: "ĐH, CĐ", "HLV, VĐV")
        ("Sáng 23-12, Liên đoàn Thể dục Thể hình VN tổ chức lễ tổng kết và khen thưởng cho các HLV, VĐV đã hoàn thành nhiệm vụ.",
         "lễ tổng kết và khen thưởng cho các HLV, VĐV"),
        // the next sentence, after a full stop with no space (not "St.John’s", "TP.HCM")
        ("Sáng 12-3, tại TP Huế đã diễn ra cuộc hội thảo Phát triển làng nghề truyền thống (PTLN).Tham dự hội thảo có "
            + "Thứ trưởng Bộ Công nghiệp.", "cuộc hội thảo Phát triển làng nghề truyền thống (PTLN)"),
        ("Chiều qua, Trường Đại học St.John’s tổ chức họp báo về chuyến thi đấu của đội bóng tại TP.HCM và Hà Nội.",
         "họp báo về chuyến thi đấu của đội bóng tại TP.HCM và Hà Nội"),
        // the next clause's subject in small letters, or its time of today, after a comma
        ("Kết thúc hai ngày hội thảo về an toàn thực phẩm tại Đà Lạt, bộ trưởng y tế các nước ASEAN đã thống nhất lập mạng cảnh báo.",
         "hội thảo về an toàn thực phẩm"),
        ("Theo kết luận cuộc họp Thường trực Hội Nhà văn hôm qua, hôm nay Chủ tịch Hội đã ký quyết định kỷ luật.",
         "cuộc họp Thường trực Hội Nhà văn"),
        ("Hôm qua, tại phiên họp cuối cùng của hội nghị thường niên, tất cả 52 nước thành viên đã thông qua nghị quyết.",
         "phiên họp cuối cùng của hội nghị thường niên"),
        // a subject that counts the many after a comma ("hầu hết", "đa số", "phần lớn", "không ít")
        ("Kết thúc cuộc họp khẩn sáng nay giữa lãnh đạo Bộ Tài chính và các chuyên gia, hầu hết các ý kiến đều nhất trí giữ giá xăng.",
         "cuộc họp khẩn sáng nay giữa lãnh đạo Bộ Tài chính và các chuyên gia"),
        ("Chiều qua, trong cuộc họp của Liên đoàn Xe đạp VN, đa số thành viên đồng ý với mức kỷ luật treo giò vĩnh viễn.",
         "cuộc họp của Liên đoàn Xe đạp VN"),
        // what it asked for after a comma; a day's "buổi" with the day
        ("Sáng qua, Sở Giáo dục đã có cuộc họp với các trường chuyên tại Đà Nẵng, yêu cầu rà soát lại toàn bộ chương trình "
            + "dạy thêm.", "cuộc họp với các trường chuyên"),
        ("Trong phiên họp thường kỳ buổi chiều nay, đại diện Hàn Quốc đề xuất một kế hoạch ba bước.", "phiên họp thường kỳ"),
        // what the meeting was or agreed: "là", "nhất trí" (not a "là" of what it was about)
        ("Hội nghị Đối tác Nghị viện Á - Âu 3 là sự kiện mở đầu quan trọng tiến tới ASEM 5, khai mạc sáng nay tại Hà Nội.",
         "Hội nghị Đối tác Nghị viện Á - Âu 3"),
        ("Ngày 26-12, Hội nghị Tỉnh ủy Hưng Yên nhất trí áp dụng hình thức kỷ luật cảnh cáo ông Lưu Văn Thu, nguyên Giám đốc Sở.",
         "Hội nghị Tỉnh ủy Hưng Yên"),
        ("Sáng nay, Sở Văn hóa tổ chức họp báo giới thiệu Festival Huế là sự kiện văn hóa lớn nhất năm.",
         "họp báo giới thiệu Festival Huế là sự kiện văn hóa lớn nhất năm"),
        // a passive clause after a comma tells of it
        ("Đó là những vấn đề đáng chú ý trong phiên họp cuối năm của Chính phủ, được người phát ngôn của Thủ tướng thông báo chiều qua.",
         "phiên họp cuối năm của Chính phủ"),
        // what was said or shown of it after "được" (not "cây không được phép trồng")
        ("Chiều qua, phiên họp đầy tiếng tranh cãi của Quốc hội Hàn Quốc được truyền hình trực tiếp trên cả nước.",
         "phiên họp đầy tiếng tranh cãi của Quốc hội Hàn Quốc"),
        ("Buổi lễ tôn vinh, vẫn được coi là Oscar của bóng đá Italy, đã diễn ra hôm qua tại Milan.", "lễ tôn vinh"),
        ("Sáng nay, Công ty Công viên cây xanh đã tổ chức hội thảo về danh mục cây không được phép trồng trên đường phố.",
         "hội thảo về danh mục cây không được phép trồng trên đường phố"),
        // a "thì" that turns to what is said of it
        ("Hà Nội hôm qua lạnh buốt nhưng không khí ngày họp đầu tiên của hội nghị ban chấp hành (BCH) thì nóng bỏng, nhiều ý kiến tranh luận gay gắt.",
         "hội nghị ban chấp hành (BCH)"),
        // what it showed, when it began (not "để bắt đầu …", a purpose)
        ("Những con số công bố tại Hội nghị nữ doanh nhân Việt - Mỹ cho thấy phụ nữ làm chủ một phần tư số doanh nghiệp.",
         "Hội nghị nữ doanh nhân Việt - Mỹ"),
        ("Hội nghị thượng đỉnh G8 bắt đầu hôm nay ở khách sạn Gleneagles, xứ Scotland.", "Hội nghị thượng đỉnh G8"),
        ("Chiều qua, UBND TP đã có phiên họp thường kỳ tháng 12 để bắt đầu triển khai kế hoạch năm 2006.",
         "phiên họp thường kỳ tháng 12 để bắt đầu triển khai kế hoạch năm 2006"),
        // who organised it ("do X tổ chức", "do X chủ trì"), its host (not "do hạn hán gây ra")
        ("Tại hội thảo về liên lạc di động băng rộng do Ericsson vừa tổ chức ở Hà Nội, ông Backstrom cho rằng WiMax là một lựa chọn.",
         "hội thảo về liên lạc di động băng rộng"),
        ("Chiều qua, hội nghị khẩn cấp do Thủ tướng Phan Văn Khải chủ trì đã bàn biện pháp chống hạn.", "hội nghị khẩn cấp"),
        ("Sáng nay, Bộ NN-PTNT tổ chức cuộc họp đánh giá thiệt hại do hạn hán gây ra tại các tỉnh Tây Nguyên.",
         "cuộc họp đánh giá thiệt hại do hạn hán gây ra tại các tỉnh Tây Nguyên"),
        // who came, in a clause that opens on "Tham dự" (the second sentence names the meeting)
        ("Ngày 26/07/2022, tại trụ sở Viện KSND huyện, hai đơn vị đã ký kết quy chế phối hợp. Tham dự lễ ký kết có đồng chí "
            + "Trần Minh Luân - Viện trưởng Viện KSND huyện.", "lễ ký kết"),
        // a proper name that the count of words ran out inside, read to its end
        ("Chiều qua, UBND tỉnh Bình Định đã có buổi làm việc với Bộ trưởng Bộ Xây dựng về điều chỉnh quy hoạch theo hướng mở rộng phân khu "
            + "công nghiệp thuộc khu kinh tế Nhơn Hội.",
         "buổi làm việc với Bộ trưởng Bộ Xây dựng về điều chỉnh quy hoạch theo hướng mở rộng phân khu công nghiệp thuộc khu kinh tế Nhơn Hội"),
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
        // … and end there when what it was for follows the title.
        ("Sáng 5/3, Sở Tư pháp tổ chức hội thảo “Góp ý dự thảo Luật Đất đai (sửa đổi)” nhằm lấy ý kiến các chuyên gia, nhà khoa học.",
         "hội thảo “Góp ý dự thảo Luật Đất đai (sửa đổi)”"),
        ("Chiều 12/10, Hội Nông dân tỉnh tổ chức tọa đàm \"Nông dân với chuyển đổi số\" để trao đổi kinh nghiệm bán hàng qua mạng.",
         "tọa đàm \"Nông dân với chuyển đổi số\""),
        // … or cut before marks that the sentence does not close.
        ("Sáng qua, UBND tỉnh đã tổ chức lễ khánh thành tòa nhà trung tâm (12 Đinh Tiên Hoàng, TP Huế. Tòa nhà có 9 tầng.",
         "lễ khánh thành tòa nhà trung tâm"),
    ])
    func theNameIsNotCutInsideQuotesOrBrackets(lead: String, what: String) throws {
        #expect(try #require(meeting(lead)).what == what)
    }

    @Test(arguments: [
        ("Trưởng BTC Dương Nghiệp Khôi đã công bố thông tin trên ở cuộc họp báo giới thiệu V-League 2006 vào hôm qua, 6-1.",
         "cuộc họp báo giới thiệu V-League 2006"),
        ("Trong lễ khai mạc hội thảo Tầm Nhìn Việt Nam tại Kuala Lumpur hôm nay, Chủ tịch AFC đã phát biểu.", "hội thảo Tầm Nhìn Việt Nam"),
        ("Ông Nguyễn Long khẳng định tại lễ công bố cuộc thi chiều 29/3 tại Hà Nội.", "lễ công bố cuộc thi"),
        ("Hội thảo \"Kế hoạch phát triển kinh tế - xã hội 5 năm 2006-2010\" trong hai ngày 7-8/9 đã thu hút 200 đại biểu.",
         "Hội thảo \"Kế hoạch phát triển kinh tế - xã hội 5 năm 2006-2010\""),
        // A bare noun keeps them; a month that names a session, a place it was not held and words
        // in quotes stay.
        ("Thứ trưởng Nguyễn Văn A cho biết như vậy tại cuộc họp sáng nay.", "cuộc họp sáng nay"),
        ("Sáng nay, Phiên họp Chính phủ thường kỳ tháng 5 đã khai mạc tại Hà Nội.", "Phiên họp Chính phủ thường kỳ tháng 5"),
        ("Ngôi sao này đã nói như vậy tại buổi họp báo tuyên bố định cư ở Mỹ hôm qua.", "buổi họp báo tuyên bố định cư ở Mỹ"),
        ("Ngày 13-4, tại hội thảo “Những thách thức mới của marketing ở Việt Nam”, nhiều tham luận cho rằng Việt Nam thiếu nhân lực.",
         "hội thảo “Những thách thức mới của marketing ở Việt Nam”"),
    ])
    func theDayAndThePlaceAreNoPartOfTheName(lead: String, what: String) throws {
        #expect(try #require(meeting(lead)).what == what)
    }

    /// Who came, after the name's comma, is no part of it; a "dự" that opens "dự toán" is.
    @Test(arguments: [
        ("Ngày 5/12/2016, tại hội trường Sở KH&CN đã diễn ra buổi lễ công bố quyết định thành lập Đảng bộ Sở KH&CN, đến dự có đồng chí "
            + "Đinh Văn Hùng, Tỉnh ủy viên.", "lễ công bố quyết định thành lập Đảng bộ Sở KH&CN"),
        ("Sáng nay, Quốc hội tiến hành phiên thảo luận về thực hiện ngân sách 2005, dự toán ngân sách 2006.",
         "phiên thảo luận về thực hiện ngân sách 2005, dự toán ngân sách 2006"),
    ])
    func whoCameIsNoPartOfTheName(lead: String, what: String) throws {
        #expect(try #require(meeting(lead)).what == what)
    }

    /// A name cut by the count of its words ends on no "của", "và", "với"; "cuộc họp nội các" keeps its "các".
    @Test func aNameCutShortEndsOnNoWordThatLeadsOn() throws {
        let cut = try #require(meeting("Tin\nSáng nay, Ban Chỉ đạo phòng chống lụt bão thành phố đã tổ chức cuộc họp bàn phương án di dời "
            + "hơn 2.000 hộ dân sống ven sông ra khỏi vùng sạt lở nguy hiểm trước mùa mưa bão của các quận ven sông."))
        #expect(cut.what == "cuộc họp bàn phương án di dời hơn 2.000 hộ dân sống ven sông ra khỏi vùng sạt lở nguy hiểm trước mùa mưa bão")
        #expect(MeetingReader.withoutDanglingWord("cuộc họp nội các") == "cuộc họp nội các")
    }
}
