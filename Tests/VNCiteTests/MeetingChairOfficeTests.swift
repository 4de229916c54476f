import Testing
@testable import VNCite

/// The host read from the chair's office: an office whose ministry has a long name, written before
/// the name and a comma; a member of the Government who chairs as the head of a council.
@Suite struct MeetingChairOfficeTests {
    @Test(arguments: [
        ("Trước thực trạng đó, chiều 14/3, Bộ trưởng Bộ Nông nghiệp và Phát triển Nông thôn, Nguyễn Xuân Cường chủ trì cuộc họp "
            + "bàn giải pháp khống chế dịch tả lợn châu Phi.", "Bộ Nông nghiệp và Phát triển Nông thôn", "Nguyễn Xuân Cường"),
        ("Sáng 5/6, Bộ trưởng Bộ Lao động - Thương binh và Xã hội, Đào Ngọc Dung chủ trì hội nghị sơ kết công tác 6 tháng đầu năm.",
         "Bộ Lao động - Thương binh và Xã hội", "Đào Ngọc Dung"),
        // (the shorter one, read as before)
        ("Chiều 14/3, Bộ trưởng Bộ Y tế, Nguyễn Thị Kim Tiến chủ trì cuộc họp bàn giải pháp phòng chống dịch sởi.", "Bộ Y tế",
         "Nguyễn Thị Kim Tiến"),
    ])
    func aLongOfficeBeforeTheName(lead: String, host: String, chair: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.host == host)
        #expect(m.chair == chair)
    }

    @Test(arguments: [
        ("Chiều 14/6, Phó Thủ tướng Trần Lưu Quang - Chủ tịch Hội đồng thẩm định Quy hoạch Lâm nghiệp quốc gia chủ trì phiên họp "
            + "cho ý kiến về dự thảo Quy hoạch lâm nghiệp quốc gia thời kỳ 2021-2030.", "Hội đồng thẩm định Quy hoạch Lâm nghiệp quốc gia"),
        ("Sáng 2/3, Phó Thủ tướng Trương Hòa Bình, Chủ tịch Ủy ban An toàn giao thông Quốc gia chủ trì hội nghị trực tuyến "
            + "về bảo đảm trật tự an toàn giao thông.", "Ủy ban An toàn giao thông Quốc gia"),
        ("Chiều 9/1, Phó Thủ tướng Trịnh Đình Dũng - Trưởng Ban Chỉ đạo phòng chống thiên tai đã chủ trì cuộc họp về bão số 9.",
         "Ban Chỉ đạo phòng chống thiên tai"),
        // (the Government's own meeting stays the Government's)
        ("Sáng 2/6, Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tháng 5.", "Chính phủ"),
        ("Sáng 2/6, Phó Thủ tướng Lê Minh Khái chủ trì cuộc họp về tình hình giải ngân vốn đầu tư công.", "Chính phủ"),
    ])
    func aGovernmentMemberHeadingACouncil(lead: String, host: String) throws {
        #expect(try #require(meeting(lead)).host == host)
    }

    /// A dash glued to the first office's body ends it before the second office, as one written
    /// apart does; a place's capital "Thành" is its name's, not the verb "thành".
    @Test(arguments: [
        "Ông Trần Văn Nam- Phó Chủ tịch UBND huyện Kim Thành- Chủ tịch Hội đồng chủ trì hội nghị đánh giá sản phẩm OCOP.",
        "Ông Trần Văn Nam - Phó Chủ tịch UBND huyện Kim Thành - Chủ tịch Hội đồng chủ trì hội nghị đánh giá sản phẩm OCOP.",
    ])
    func aSecondOfficeAfterADash(lead: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.host == "UBND huyện Kim Thành")
        #expect(m.chair == "Trần Văn Nam")
    }

    /// Of two co-chairs joined by "và" after the first one's offices, the first named leads; not a
    /// name before a comma that opens the clause of another.
    @Test func theFirstOfTwoCoChairs() throws {
        let m = try #require(meeting("Sáng 8/5, đồng chí Nguyễn Huy Dũng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Thái Nguyên và ông "
            + "Nguyễn Đức Thiện, Tổng Giám đốc Tổng Công ty Điện lực miền Bắc đã chủ trì Hội nghị về phát triển hạ tầng điện."))
        #expect(m.chair == "Nguyễn Huy Dũng")
        // (long offices, "dự khuyết" among them, and a degree shortened before the second name)
        let long = try #require(meeting("Sáng 20/3/2024, Học viện Chính trị quốc gia Hồ Chí Minh tổ chức Hội thảo khoa học. Đồng chí Trịnh Việt Hùng, "
            + "Ủy viên dự khuyết BCH Trung ương Đảng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Thái Nguyên và PGS. TS Nguyễn Duy Bắc, Phó Giám "
            + "đốc Thường trực Học viện Chính trị Quốc gia Hồ Chí Minh, Chủ nhiệm Đề tài đồng chủ trì Hội thảo."))
        #expect(long.chair == "Trịnh Việt Hùng")
        // (the second's degrees written out in small letters, "Tiến sĩ, bác sĩ")
        let degrees = try #require(meeting("Chiều 12/1/2026, Bộ CHQS tỉnh và Sở Y tế Thanh Hóa tổ chức hội nghị ký kết quy chế phối hợp. "
            + "Đại tá Vũ Văn Tùng, Chỉ huy trưởng Bộ CHQS tỉnh và Tiến sĩ, bác sĩ Lê Văn Cường, Giám đốc Sở Y tế đồng chủ trì hội nghị."))
        #expect(degrees.chair == "Vũ Văn Tùng")
        let one = try #require(meeting("Theo ông Trần Văn Nam, Giám đốc Sở Y tế, Phó Chủ tịch UBND tỉnh Lê Văn Hòa đã chủ trì cuộc họp "
            + "về phòng chống dịch sởi."))
        #expect(one.chair == "Lê Văn Hòa")
    }

    /// Co-chairs listed by name, comma and offices, between semicolons, however long the list: the
    /// first named leads; not in a list of who came, where the last one chairs.
    @Test func coChairsBetweenSemicolons() throws {
        let m = try #require(meeting("Ông Lê Hồng Anh, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư; Vương Đình Huệ, Ủy viên Trung ương Đảng, "
            + "Trưởng ban Kinh tế Trung ương; Phạm Thị Hải Chuyền, Ủy viên Trung ương Đảng, Bí thư Ban Cán sự Đảng, Bộ trưởng Bộ LĐ-TB-XH chủ trì hội nghị."))
        #expect(m.chair == "Lê Hồng Anh")
        let long = try #require(meeting("Đồng chí Nguyễn Bảo Lâm, Ủy viên BCH Hội Nhà báo Việt Nam, Chủ tịch Hội Nhà báo tỉnh, Phó trưởng Ban Thường trực "
            + "Ban tổ chức Giải thưởng; Nguyễn Ngọc Sơn, Tổng Biên tập Báo Thái Nguyên, Phó trưởng Ban tổ chức Giải thưởng; Nguyễn Nam Hải, "
            + "Phó Giám đốc Đài PT-TH tỉnh, Phó trưởng Ban Tổ chức Giải thưởng đồng chủ trì chương trình họp báo."))
        #expect(long.chair == "Nguyễn Bảo Lâm")
        let guests = try #require(meeting("Tham dự buổi họp có sự hiện diện của Ông Đặng Việt Dũng – Nguyên Phó Chủ tịch thường trực UBND TP. Đà Nẵng, "
            + "Chủ tịch danh dự Liên đoàn; Ông Nguyễn Trọng Thao – Phó Giám đốc Sở Văn hóa và Thể thao TP. Đà Nẵng; Ông Vũ Ngọc Liên – "
            + "Nguyên Chủ tịch Liên đoàn; Ông Trần Quốc Bảo – Chủ tịch Liên đoàn chủ trì cuộc họp."))
        #expect(guests.chair == "Trần Quốc Bảo")
    }

    /// The first of co-chairs whose offices name their bodies in full ("Ủy viên Bộ Chính trị"), or
    /// three listed with dashes, the second after a comma and "bà", or the others listed after a
    /// semicolon, or each office before its name with a semicolon between, or an office with small
    /// words of its own ("Trưởng Ban Vì sự tiến bộ của phụ nữ tỉnh"); the host of a list of
    /// bodies is the first ("Kho bạc Nhà nước Hải Phòng", a head of its own, not "Nhà nước Hải
    /// Phòng"); an emulation cluster's is the cluster, its members counted.
    @Test func coChairsAndCoHosts() throws {
        let m = try #require(meeting("Ngày 27-8, Ủy ban Trung ương MTTQ Việt Nam tổ chức hội nghị trực tuyến. Đồng chí Nguyễn Thiện Nhân, "
            + "Ủy viên Bộ Chính trị, Chủ tịch Ủy ban Trung ương MTTQ và đồng chí Nguyễn Hòa Bình, Ủy viên Trung ương Đảng, Viện trưởng "
            + "Viện KSNDTC chủ trì hội nghị."))
        #expect(m.chair == "Nguyễn Thiện Nhân")
        let three = try #require(meeting("Ngày 17.2, Thường trực HĐND tỉnh, UB.MTTQVN tỉnh và TAND tỉnh Tây Ninh tổ chức Hội nghị bầu "
            + "Trưởng, phó đoàn Hội thẩm. Bà Phan Thị Điệp- Phó Chủ tịch HĐND tỉnh, bà Nguyễn Thị Minh Lý- Phó Chủ tịch UB.MTTQVN tỉnh "
            + "và ông Bùi Đức Xuân- Chánh án TAND tỉnh chủ trì hội nghị."))
        #expect(three.chair == "Phan Thị Điệp")
        #expect(three.host == "Thường trực HĐND tỉnh")
        let hosts = try #require(meeting("Sáng 22/6, Kho bạc Nhà nước Hải Phòng, Thanh tra thành phố tổ chức Hội nghị tuyên truyền, "
            + "phổ biến Luật Thanh tra năm 2022."))
        #expect(hosts.host == "Kho bạc Nhà nước Hải Phòng")
        let named = try #require(meeting("Sáng ngày 28/8, tại trụ sở Tiếp công dân huyện, các đồng chí Đinh Hữu Tân TUV- Bí thư Huyện ủy- "
            + "chủ tịch HĐND huyện và Lê Ngọc Huấn Phó bí thư, chủ tịch UBND huyện đã chủ trì buổi tiếp công dân định kỳ tháng 8."))
        #expect(named.chair == "Đinh Hữu Tân")
        // (a commune's offices between them, "Bí thư Đảng ủy xã")
        let commune = try #require(meeting("Chiều ngày 1/10, xã Nhân Nghĩa đã tổ chức Hội nghị đối thoại với nhân dân. Đồng chí Bùi Hoàng "
            + "Lâm – huyện ủy viên - Bí thư Đảng ủy xã và đồng chí Nguyễn Hữu Lễ - Chủ tịch UBND xã đồng chủ trì hội nghị."))
        #expect(commune.chair == "Bùi Hoàng Lâm")
        #expect(named.kind == "buổi tiếp công dân")
        let citizens = try #require(meeting("Sáng 5/1, Chủ tịch UBND huyện tiếp công dân định kỳ tháng 1/2025."))
        #expect(citizens.kind == "buổi tiếp công dân")
        #expect(citizens.host == "UBND huyện")
        let many = try #require(meeting("Hội nghị Thường trực HĐND các tỉnh Trung du và miền núi phía Bắc lần thứ sáu, nhiệm kỳ 2016-2021 "
            + "diễn ra tại tỉnh Tuyên Quang sáng 12/6/2019."))
        #expect(many.host == nil)
        let treasury = try #require(meeting("Sáng 5/1, Kho bạc Nhà nước tỉnh Hải Dương tổ chức Hội nghị tổng kết công tác năm 2022."))
        #expect(treasury.host == "Kho bạc Nhà nước tỉnh Hải Dương")
        // (The others listed after a semicolon, their offices, then a colon.)
        let listed = try #require(meeting("Sáng ngày 10/10, tại Hà Nội, Hội nghị Đoàn Chủ tịch UBTƯ MTTQ Việt Nam lần thứ mười bốn đã khai "
            + "mạc. Ông Đỗ Văn Chiến, Bí thư Trung ương Đảng, Chủ tịch UBTƯ MTTQ Việt Nam; các Phó Chủ tịch UBTƯ MTTQ Việt Nam: "
            + "Trương Thị Ngọc Ánh, Ngô Sách Thực, Phùng Khánh Tài chủ trì Hội nghị."))
        #expect(listed.chair == "Đỗ Văn Chiến")
        // (Each office before its name, a semicolon between them: the first, whether more offices follow
        // its name or not.)
        for lead in ["Sáng 12/3/2019, Tỉnh ủy Lào Cai tổ chức hội nghị sơ kết công tác quý I. Bí thư Tỉnh ủy Nguyễn Văn An; Chủ tịch "
                        + "UBND tỉnh Trần Văn Bình đồng chủ trì hội nghị.",
                     "Sáng 12/3/2019, Tỉnh ủy Lào Cai tổ chức hội nghị sơ kết công tác quý I. Bí thư Tỉnh ủy Nguyễn Văn An, Trưởng đoàn "
                        + "ĐBQH tỉnh; Phó Bí thư Thường trực Tỉnh ủy Trần Văn Bình, Chủ tịch HĐND tỉnh đồng chủ trì hội nghị."] {
            #expect(try #require(meeting(lead)).chair == "Nguyễn Văn An")
        }
        // (The first's office with small words of its own, after a comma: "Trưởng Ban Vì sự tiến bộ của phụ nữ tỉnh".)
        let women = try #require(meeting("Sáng ngày 5/10, UBND tỉnh tổ chức họp Ban vì sự tiến bộ của phụ nữ tỉnh. Đồng chí Lê Trọng Yên, TUV, "
            + "Phó Chủ tịch UBND tỉnh, Trưởng Ban Vì sự tiến bộ của phụ nữ tỉnh và đồng chí Tôn Thị Ngọc Hạnh, TUV, Phó Chủ tịch UBND tỉnh "
            + "đồng chủ trì cuộc họp."))
        #expect(women.chair == "Lê Trọng Yên")
        // (An emulation cluster named by its members, counted.)
        let cluster = try #require(meeting("Sáng 12/11, Hội nghị Tổng kết hoạt động cụm thi đua năm 2022 của Cụm thi đua 5 thành phố trực "
            + "thuộc Trung ương đã diễn ra tại Hà Nội."))
        #expect(cluster.host == "Cụm thi đua 5 thành phố trực thuộc Trung ương")
    }

    /// A seat in the Secretariat ("Bí thư Trung ương Đảng") gives no body, as a membership gives none:
    /// the office after it does.
    @Test func aSeatInTheSecretariatIsNoOfficesBody() throws {
        let m = try #require(meeting("Ngày 24-9, đồng chí Nguyễn Khoa Điềm, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tư "
            + "tưởng – Văn hóa Trung ương, đã có buổi làm việc với lãnh đạo TPHCM về công tác quản lý báo chí."))
        #expect(m.host == "Ban Tư tưởng - Văn hóa Trung ương")
    }

    /// A company's board by itself is no host: the company its chairman also heads is.
    @Test func aBoardAloneIsNoHost() {
        #expect(meeting("(HNM) - Chủ tịch HĐQT kiêm Tổng Giám đốc Tổng công ty Đường sắt Việt Nam Nguyễn Hữu Bằng khẳng định như vậy tại "
            + "hội nghị tổng kết dự án “Lắp ráp, chế tạo đầu máy xe lửa trong nước” diễn ra ngày 9-10, tại Hà Nội.")?.host
            == "Tổng công ty Đường sắt Việt Nam")
    }

    /// A corporation written small after the board's abbreviation is read whole, not cut inside its head.
    @Test func aBoardOfACorporation() {
        #expect(meeting("Sáng 9/10, ông Nguyễn Hữu Bằng, Chủ tịch HĐQT Tổng công ty Bưu điện chủ trì hội nghị tổng kết năm 2020.")?.host
            == "HĐQT Tổng công ty Bưu điện")
    }
}
