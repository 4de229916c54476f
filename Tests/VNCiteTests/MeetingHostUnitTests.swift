import Testing
@testable import VNCite

/// The bodies of a ward's or a commune's residential units, and of units under a larger body: the
/// unit is part of the host's name ("Chi bộ tổ dân phố 5"); the body above it, after "trực thuộc"
/// or "thuộc", is not ("… trực thuộc Đảng bộ phường Yên Đổ").
@Suite struct MeetingHostWardUnitTests {
    @Test(arguments: [
        ("Sáng 10-8-2022, Chi bộ tổ dân phố 5 trực thuộc Đảng bộ phường Yên Đổ (TP. Pleiku, tỉnh Gia Lai) tổ chức Đại hội lần thứ XIII (nhiệm kỳ 2022-2025).",
         "Chi bộ tổ dân phố 5"),
        ("Tối 12/3/2023, Ban công tác Mặt trận khu phố 3 tổ chức hội nghị lấy ý kiến nhân dân.", "Ban công tác Mặt trận khu phố 3"),
        ("Ngày 20/5/2024, Chi hội Nông dân ấp Phú Hòa đã tổ chức Đại hội nhiệm kỳ 2024-2029.", "Chi hội Nông dân ấp Phú Hòa"),
        ("Sáng 15/9/2023, Trường Tiểu học Kim Đồng thuộc Phòng Giáo dục và Đào tạo huyện Bình Chánh đã tổ chức hội nghị viên chức.",
         "Trường Tiểu học Kim Đồng"),
        // (and a partner it held the meeting with after the body above it)
        ("Ngày 4-3-2024, Viện Lịch sử Đảng thuộc Học viện Chính trị Quốc gia Hồ Chí Minh phối hợp với Trường Chính trị tỉnh Vĩnh Phúc tổ chức hội thảo khoa học.",
         "Viện Lịch sử Đảng"),
        // (an aside in brackets before "thuộc")
        ("Ngày 10/7, Đồn Biên phòng A Xan (đóng tại Tây Giang) thuộc Bộ đội Biên phòng Quảng Nam tổ chức hội nghị sơ kết công tác.",
         "Đồn Biên phòng A Xan"),
        // (the bodies above between commas, one or two)
        ("Ngày 27-10-2016, Trại giam Sông Cái, thuộc Tổng cục VIII, Bộ Công an, tổ chức Lễ kỷ niệm 40 năm Ngày thành lập.",
         "Trại giam Sông Cái"),
        ("Sáng 5/3/2021, Bệnh viện Đa khoa khu vực Cai Lậy, trực thuộc Sở Y tế tỉnh Tiền Giang, đã tổ chức hội nghị viên chức.",
         "Bệnh viện Đa khoa khu vực Cai Lậy"),
        // (a border guard unit's Party committee, its head's small word inside the name)
        ("Ngày 19/2/2020, Đảng ủy Đồn Biên phòng Cửa khẩu Quốc tế Thanh Thủy tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 01.",
         "Đảng ủy Đồn Biên phòng Cửa khẩu Quốc tế Thanh Thủy"),
        // ("(TP. Pleiku": no sentence ends inside the brackets the abbreviation opens.)
        ("Sáng 10-8-2022, Hội Nông dân phường Yên Đổ (TP. Pleiku, tỉnh Gia Lai) tổ chức Đại hội lần thứ XIII.", "Hội Nông dân phường Yên Đổ"),
    ])
    func theUnitIsTheHost(lead: String, host: String) {
        let article = Extractor().extract(Article(source: "a.txt", text: lead + "\nCác đại biểu đã thảo luận và thống nhất nhiều nội dung quan trọng."))
        #expect(article.meeting?.host == host)
    }

    /// A cell's meeting named by the noun's own last words, the cell's name going on after them.
    @Test func theCellNamedInTheNounHeldIt() throws {
        let found = try #require(meeting("Lãnh đạo tỉnh dự sinh hoạt chi bộ thôn\nChiều ngày 7/11, đồng chí Nguyễn Long Biên, Phó Chủ tịch "
            + "UBND tỉnh dự sinh hoạt Chi bộ thôn Ma Oai, xã Phước Thắng (Bác Ái)."))
        #expect(found.host == "Chi bộ thôn Ma Oai")
        // (The noun alone names no cell.)
        #expect(meeting("Lãnh đạo tỉnh dự sinh hoạt chi bộ thôn\nChiều ngày 7/11, đồng chí Nguyễn Long Biên, Phó Chủ tịch UBND tỉnh dự "
            + "sinh hoạt chi bộ định kỳ tại thôn Ma Oai.")?.host == nil)
    }
}

/// A department of a ministry, "Vụ", whose name runs on in small letters past its capital.
@Suite struct MeetingHostDepartmentTests {
    @Test func aDepartmentsNameIsReadWhole() {
        let article = Extractor().extract(Article(source: "a.txt", text: """
            Chiều 26/11/2019, tại Hà Nội, bà Nguyễn Thị Tư, Vụ trưởng Vụ Dân tộc thiểu số đã tiếp Đoàn đại biểu Người có uy tín tỉnh Trà Vinh.
            Tại buổi gặp mặt, các đại biểu đã trao đổi nhiều nội dung.
            """))
        #expect(article.meeting?.host == "Vụ Dân tộc thiểu số")
    }

    /// A unit numbered with "số" and a deputies' group are bodies by their whole names.
    @Test(arguments: [
        ("Sáng 8/11/2015, Cụm thi đua số 1 đã tổ chức hội nghị tổng kết phong trào thi đua năm 2015.", "Cụm thi đua số 1"),
        // (a Party cell by its number alone, and the committee it belongs to after "trực thuộc")
        ("Ngày 28/02/2020, Chi bộ 1 trực thuộc Đảng bộ Ban Quản lý các KCN đã tiến hành tổ chức Đại hội nhiệm kỳ 2020-2022.", "Chi bộ 1"),
        // (numbered without "số", its member units listed after "gồm")
        ("Chiều 25/10/2024, Cụm thi đua 3 UBND TPHCM gồm các quận: 7, 12, Bình Tân, Tân Phú, Gò Vấp, đã tổ chức Hội nghị sinh hoạt "
            + "chuyên đề quý III năm 2024.", "Cụm thi đua 3 UBND TPHCM"),
        // (its members announced by a colon, bodies or places; after a comma, "bao gồm")
        ("Vừa qua, Cụm thi đua số 6 Tỉnh ủy gồm 5 đơn vị: Huyện ủy Ea H’leo, Krông Pắc, Krông Búk, Krông Năng và Thị ủy Buôn Hồ đã tổ "
            + "chức Hội nghị giao ban công tác thi đua năm 2015.", "Cụm thi đua số 6 Tỉnh ủy"),
        ("Chiều 15/4/2021, tại huyện Đức Trọng, Cụm thi đua số 1, bao gồm các địa phương: Đức Trọng, Di Linh, Đà Lạt và Bảo Lộc đã tổ "
            + "chức lễ ký kết giao ước thi đua năm 2021.", "Cụm thi đua số 1"),
        ("Sáng 8/11/2015, Cụm thi đua 5 đã tổ chức hội nghị tổng kết phong trào thi đua năm 2015.", "Cụm thi đua 5"),
        ("Sáng 6/8/2024, Tổ đại biểu HĐND tỉnh đã có buổi tiếp xúc với cử tri xã Minh Đức.", "Tổ đại biểu HĐND tỉnh"),
        // (with its constituency; in small letters before its council or assembly)
        ("Chiều 25/11/2022, Tổ Đại biểu Quốc hội TP.HCM đơn vị 10 đã có buổi tiếp xúc cử tri huyện Hóc Môn.",
         "Tổ Đại biểu Quốc hội TP.HCM đơn vị 10"),
        ("Ngày 17-5-2015, Tổ đại biểu QH – Đơn vị số 1 đã có buổi tiếp xúc với cử tri quận 4.", "Tổ đại biểu QH - Đơn vị số 1"),
        ("Ngày 23-11-2022, Đoàn Đại biểu Quốc hội (ĐBQH) đơn vị bầu cử số 1 đã tiếp xúc cử tri xã Phước Thắng.",
         "Đoàn Đại biểu Quốc hội (ĐBQH) đơn vị bầu cử số 1"),
        ("Ngày 8/6/2022, tổ đại biểu HĐND TP Hà Nội ứng cử tại quận Tây Hồ đã có buổi tiếp xúc cử tri quận Tây Hồ.",
         "tổ đại biểu HĐND TP Hà Nội ứng cử tại quận Tây Hồ"),
        // (its leader told between commas with his office, then "làm tổ trưởng")
        ("Sáng 27-5-2018, tổ đại biểu HĐND thành phố đơn vị quận Liên Chiểu, do ông Võ Công Chánh, Bí thư Quận ủy Liên Chiểu, "
            + "làm tổ trưởng, tổ chức tiếp xúc cử tri chuyên đề với công nhân.", "tổ đại biểu HĐND thành phố đơn vị quận Liên Chiểu"),
        // (an office that acts for another: "ủy quyền" is no "Tỉnh ủy")
        ("Ngày 15/2/2019, ông Hồ Tiến Thiệu, Phó Chủ tịch UBND tỉnh được Chủ tịch UBND tỉnh ủy quyền đã chủ trì tiếp công dân định kỳ.",
         "UBND tỉnh"),
    ])
    func aNumberedUnitOrADeputiesGroup(lead: String, host: String) {
        #expect(meeting("Tiêu đề của bài báo này\n" + lead)?.host == host)
    }

    /// An association named in small words up to the unit and the place that end it, a slash in its
    /// words ("chất độc da cam/dioxin"); a place whose name opens like a head is no body.
    @Test(arguments: [
        ("Ngày 9 - 10/4/2024, Hội Nạn nhân chất độc da cam/dioxin huyện Tiên Phước tổ chức Đại hội đại biểu lần thứ III.",
         "Hội Nạn nhân chất độc da cam/dioxin huyện Tiên Phước"),
        ("Sáng 12/5/2022, Hội Nạn nhân chất độc da cam tỉnh Quảng Nam tổ chức hội nghị tổng kết.", "Hội Nạn nhân chất độc da cam tỉnh Quảng Nam"),
        ("Sáng 12/5/2022, Hội nạn nhân chất độc da cam/dioxin thành phố Hội An tổ chức hội nghị tổng kết.", nil),
    ])
    func anAssociationToItsPlace(lead: String, host: String?) {
        #expect(meeting("Tiêu đề của bài báo này\n" + lead)?.host == host)
    }

    /// Who came, listed after "Tham dự cuộc họp có", speaks for no host.
    @Test func anAttendeesOfficeNamesNoHost() {
        #expect(meeting("Tiêu đề của bài báo này\nChiều 28/6/2021, Phó Thủ tướng Vũ Đức Đam đã họp khẩn cấp với các tỉnh. Tại điểm cầu "
            + "Phú Yên, tham dự cuộc họp có các đồng chí: Phạm Đại Dương, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy.")?.host == nil)
    }
}
