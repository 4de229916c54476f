import Testing
@testable import VNCite

/// Bodies that hold a meeting and bodies that do not: a religious house, a palace or house of
/// culture, a grassroots union, a bank's branch, an emulation cluster, an agency, an embassy, a
/// foreign party, an association whose name a verb follows, the army's numbered units, a sector's
/// trade union, a port authority, a tax office, and not an organisation the meeting is about.
@Suite struct MeetingHostBodyTests {
    @Test(arguments: [
        // A religious house or church is a body.
        ("Sáng qua, Giáo hội Phật giáo Việt Nam tỉnh Lâm Đồng đã tổ chức trọng thể lễ khánh thành ngôi chùa mới.",
         "Giáo hội Phật giáo Việt Nam tỉnh Lâm Đồng"),
        ("Ngày 8-4, Thiền viện Trúc Lâm đã tổ chức lễ khánh thành chánh điện.", "Thiền viện Trúc Lâm"),
        // (the Youth Union's committee of a district or a town)
        ("Ngày 13-6, tại xóm Đoàn Kết II, Huyện đoàn Định Hóa đã tổ chức Lễ ra quân chiến dịch tình nguyện hè 2013.", "Huyện đoàn Định Hóa"),
        ("Sáng 8-3, tại Trường THPT Bắc Sơn, Thị đoàn Phổ Yên tổ chức Lễ ra quân phát động Tháng Thanh niên năm 2019.", "Thị đoàn Phổ Yên"),
        // (a stamp's issue, a ceremony too)
        ("Chiều 2-2, tại Hà Nội, Tổng công ty Bưu chính Việt Nam tổ chức Lễ phát hành bộ tem Kỷ niệm 80 năm thành lập Đảng.",
         "Tổng công ty Bưu chính Việt Nam"),
        // So is a palace of culture ("Cung Văn hóa", "Cung Thiếu nhi").
        ("Sáng 22-1, Cung Văn hóa Lao động (CVHLĐ) TPHCM tổ chức lễ đón nhận Huân chương Lao động hạng I do Chủ tịch nước trao tặng.",
         "Cung Văn hóa Lao động (CVHLĐ) TPHCM"),
        ("Tọa đàm “Có hay không chuyện tình trên mạng?” vừa được Nhà Văn hóa Phụ nữ TP tổ chức đã thu hút gần 200 bạn trẻ tham dự.",
         "Nhà Văn hóa Phụ nữ TP"),
        // A grassroots union; a bank's branch; an emulation cluster or bloc, named by its members.
        ("Ngày 14/2/2023, Công đoàn cơ sở Sở Thông tin và Truyền thông phối hợp với lãnh đạo Sở tổ chức Hội nghị cán bộ, công chức năm 2023.",
         "Công đoàn cơ sở Sở Thông tin và Truyền thông"),
        ("Sáng 11/12, Ngân hàng Nhà nước chi nhánh tỉnh tổ chức hội nghị kết nối ngân hàng - doanh nghiệp năm 2023.",
         "Ngân hàng Nhà nước chi nhánh tỉnh"),
        ("Sáng 11/12, Cụm thi đua các tỉnh Bắc Trung Bộ tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.",
         "Cụm thi đua các tỉnh Bắc Trung Bộ"),
        // A specialised school ("THPT chuyên") and its Party cell, its place in brackets after it.
        ("Sáng 2-7, Chi bộ Trường THPT chuyên Hùng Vương (TP. Pleiku, tỉnh Gia Lai) tổ chức lễ kết nạp Đảng cho 4 học sinh lớp 12.",
         "Chi bộ Trường THPT chuyên Hùng Vương"),
        // A high court or procuracy, its seat in its name.
        ("Chiều 23-8-2021, Tòa án nhân dân (TAND) cấp cao tại Đà Nẵng tổ chức hội nghị trực tuyến rút kinh nghiệm việc tổ chức phiên tòa xét xử trực tuyến.",
         "Tòa án nhân dân (TAND) cấp cao tại Đà Nẵng"),
        ("Sáng 5/1/2023, Viện kiểm sát nhân dân cấp cao tại Hà Nội tổ chức hội nghị triển khai công tác năm 2023.",
         "Viện kiểm sát nhân dân cấp cao tại Hà Nội"),
        // A port authority; a province's tax office as named since 2025.
        ("Ngày 15/01/2015, Cảng vụ hàng hải Hải Phòng tổ chức cuộc họp tổng kết công tác phối hợp kiểm tra, giám sát hoạt động hàng hải.",
         "Cảng vụ hàng hải Hải Phòng"),
        ("Chiều 10/9, Thuế tỉnh Cao Bằng tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống ngành Thuế Việt Nam.", "Thuế tỉnh Cao Bằng"),
        ("Sáng 11/12, Khối thi đua các cơ quan Đảng tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2023.",
         "Khối thi đua các cơ quan Đảng tỉnh"),
        // A party of another country, in small letters before its name.
        ("Trong cuộc họp đảng Likud tối qua, Thủ tướng Israel Ariel Sharon tuyên bố sẽ đưa kế hoạch ra biểu quyết.", "đảng Likud"),
        ("Hôm qua, Thủ tướng Einars Repse đã công bố quyết định từ chức trong một cuộc họp của đảng Kỷ nguyên Mới.", "đảng Kỷ nguyên Mới"),
        // An agency ("Cơ quan …") is a body.
        ("Ngày 21/12, Cơ quan điều tra Bộ Công an họp với Viện kiểm sát thống nhất phê chuẩn quyết định khởi tố bị can.",
         "Cơ quan điều tra Bộ Công an"),
        ("Cơ quan lập pháp Đài Loan hôm nay nhóm họp để bàn cách tháo gỡ thế bế tắc chính trị sau cuộc bầu cử.", "Cơ quan lập pháp Đài Loan"),
        ("Tại một cuộc họp báo do Cơ quan quản lý an toàn lao động nhà nước (SAWS) và Bộ Giám sát phối hợp tổ chức, giám đốc SAWS Li "
            + "Yizhong cho biết 222 người đã bị trừng phạt.", "Cơ quan quản lý an toàn lao động nhà nước (SAWS)"),
        // An embassy or a consulate is a body; the city or country it sits in is part of its name.
        ("Chiều 7/4, Đại sứ quán Australia tại Hà Nội tổ chức gặp mặt 20 thanh niên tham gia chương trình Sứ giả trẻ.",
         "Đại sứ quán Australia tại Hà Nội"),
        ("Tối 2/9, Tổng Lãnh sự quán Nhật Bản tổ chức lễ kỷ niệm 30 năm quan hệ ngoại giao.", "Tổng Lãnh sự quán Nhật Bản"),
        ("Sáng nay, Hội Người Việt Nam tại Pháp đã tổ chức hội thảo về tiếng Việt cho thế hệ trẻ.", "Hội Người Việt Nam tại Pháp"),
        ("Tối 23-2, Tổng Lãnh sự quán Singapore tại TPHCM đã tổ chức buổi họp mặt Chương trình hợp tác Singapore.",
         "Tổng Lãnh sự quán Singapore tại TPHCM"),
        // ("Bản tổ chức" is no organising committee, "Ban tổ chức".)
        ("Tối 2/9, Bộ Ngoại giao Nhật Bản tổ chức hội thảo về quan hệ ngoại giao hai nước.", "Bộ Ngoại giao Nhật Bản"),
        // What a body's head shared there is no part of its name.
        ("Đó là biện pháp được ông Jean Marc, Chủ tịch Hiệp hội các nhà sản xuất Pháp chia sẻ trong buổi gặp gỡ với báo giới sáng nay.",
         "Hiệp hội các nhà sản xuất Pháp"),
        // A section's label before a dash: the next clause's opening word is no part of a name.
        ("HĐND - Tại Kỳ họp thứ 4 - HĐND tỉnh khóa XIX, phiên chất vấn và trả lời chất vấn đã diễn ra sôi nổi.", "HĐND"),
        // A sector's union, its two fields joined by "và" before its abbreviation in brackets; a
        // congress named by its body, whose name goes on in small letters.
        ("Trong 02 ngày (06-07/6), Công đoàn ngành Giáo dục và Đào tạo (GD&ĐT) Bắc Kạn tổ chức Đại hội lần thứ VI, nhiệm kỳ 2023-2028.",
         "Công đoàn ngành Giáo dục và Đào tạo (GD&ĐT) Bắc Kạn"),
        ("Sáng ngày 28/3/2018, Đại hội Công đoàn ngành Giáo dục tỉnh Sóc Trăng khóa VI, nhiệm kỳ 2018 - 2023 được tổ chức trọng thể.",
         "Công đoàn ngành Giáo dục tỉnh Sóc Trăng"),
        // (Abbreviations listed in the meeting's name, before the body that opens the next clause.)
        ("Tại Hội nghị tổng kết năm học khối các trường ĐH, CĐ, Bộ GD&ĐT đã khẳng định sẽ tổ chức một kỳ thi quốc gia.", "Bộ GD&ĐT"),
    ])
    func aHouseOfWorshipOrAnAssociationHoldsIt(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    @Test(arguments: [
        "Lễ ký kết Thỏa thuận kết thúc đàm phán song phương giữa VN với New Zealand về việc VN gia nhập WTO đã diễn ra tại Hà Nội ngày 25-1.",
        "Sáng nay, hội thảo về cải cách LHQ đã khai mạc tại Tokyo.",
    ])
    func anOrganisationTheMeetingIsAboutIsNoHost(lead: String) {
        #expect(meeting(lead) != nil)
        #expect(meeting(lead)?.host == nil)
    }

    /// A bracket the text closed past the organiser's name ("(Trường ĐHSP TP.HCM tổ chức)") is closed
    /// where the name ends.
    /// The term after a body and its comma is the body's: the meeting is that body's sitting, not
    /// the next sentence's, which names who chaired it.
    @Test(arguments: [
        "Trong hai ngày 11-12/12, HĐND tỉnh Bình Định khóa XIII, nhiệm kỳ 2021-2026 tổ chức Kỳ họp thứ 9. "
            + "Chủ trì kỳ họp có đồng chí Huỳnh Thị Thu Hằng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.",
        "Ngày 11/12, HĐND tỉnh Bình Định khóa XIII, nhiệm kỳ 2021 - 2026 tổ chức Kỳ họp thứ 9. "
            + "Chủ trì kỳ họp có đồng chí Huỳnh Thị Thu Hằng, Chủ tịch HĐND tỉnh.",
    ])
    func aTermAfterTheBodysComma(lead: String) throws {
        let m = try #require(meeting(lead, date: CalendarDate(year: 2022, month: 12, day: 13)))
        #expect(m.host == "HĐND tỉnh Bình Định")
        #expect(m.what == "Kỳ họp thứ 9, HĐND tỉnh Bình Định khóa XIII")
        #expect(m.date?.iso == "2022-12-11")
        #expect(m.chair == "Huỳnh Thị Thu Hằng")
    }

    /// Where a body lies, in brackets with a comma, is an aside between its name and its verb.
    @Test(arguments: [
        ("Trong ngày 18/5, Hội Nông dân xã Cát Hanh (huyện Phù Cát, tỉnh Bình Định) tổ chức Đại hội đại biểu lần thứ XI.",
         "Hội Nông dân xã Cát Hanh"),
        ("Trong 2 ngày 9 và 10/7, HĐND xã Hà Mòn (huyện Đăk Hà, tỉnh Kon Tum) tổ chức Kỳ họp thứ 6, khóa XI.", "HĐND xã Hà Mòn"),
        ("Ngày 18/5, Sở Y tế (tỉnh Bình Định) tổ chức hội nghị tổng kết công tác năm.", "Sở Y tế"),
    ])
    func wherePlacedInBrackets(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    /// Or between commas, an administrative unit and its name, right before the verbs: the body with
    /// its place (not a city that opens its clause after a place: "tại Cung Văn hóa Hữu nghị, thành
    /// phố Hà Nội đã tổ chức").
    @Test(arguments: [
        ("Sáng ngày 28/5/2025, Trường Tiểu học Phan Chu Trinh, Quận Gò Vấp đã long trọng tổ chức Lễ Tổng kết năm học 2024 - 2025.",
         "Trường Tiểu học Phan Chu Trinh, Quận Gò Vấp"),
        ("Sáng 20/5, Hội Nông dân xã Tân Phú, huyện Đồng Phú, tỉnh Bình Phước tổ chức Đại hội đại biểu lần thứ X.",
         "Hội Nông dân xã Tân Phú, huyện Đồng Phú, tỉnh Bình Phước"),
        ("Hôm qua, tại Cung Văn hóa Hữu nghị, thành phố Hà Nội đã tổ chức lễ mít tinh kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh.",
         "thành phố Hà Nội"),
    ])
    func wherePlacedBetweenCommas(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    /// A body after "tại" is where the meeting was held, not who held it.
    @Test func aVenueIsNoHost() throws {
        let m = try #require(meeting("Sáng 26-12, tại Trung tâm Hội nghị Quốc gia Mỹ Đình (Hà Nội) Đại hội đại biểu toàn quốc Hội Nông "
            + "dân Việt Nam lần thứ VIII, nhiệm kỳ 2023-2028 đã khai mạc trọng thể."))
        #expect(m.host == "Hội Nông dân Việt Nam")
        #expect(m.place == "Trung tâm Hội nghị Quốc gia Mỹ Đình (Hà Nội)")
    }

    @Test func aBracketLeftOpenIsClosed() {
        #expect(meeting("Tụt hậu\nTại hội thảo \"Đổi mới phương pháp dạy học\" do Viện Khoa học giáo dục (Trường ĐHSP Hà Nội tổ "
            + "chức), TS Lê Văn Nam nhận xét: \"Nhiều giáo viên chưa quen cách dạy mới\".")?.host == "Viện Khoa học giáo dục (Trường ĐHSP Hà Nội)")
    }

    /// A head in small letters before its capitalised qualifier, as news writes foreign and lesser
    /// bodies, is the body whose meeting it is ("của hạ viện Nga"); not a head alone.
    @Test(arguments: [
        ("Ông Abeltsev phát biểu trong phiên họp hôm qua của hạ viện Nga rằng ông muốn điều tra cựu lãnh đạo Xô viết.", "hạ viện Nga"),
        ("Sáng nay, phiên họp khẩn cấp của chính phủ Chechnya đã quyết định tăng cường an ninh tại thủ phủ Grozny.", "chính phủ Chechnya"),
        ("Trong cuộc họp của ban Kinh tế ngân sách HĐND TP HCM hôm qua, nhiều đại biểu đề nghị giảm phí.",
         "ban Kinh tế ngân sách HĐND TP HCM"),
    ])
    func aHeadInSmallLettersWithItsQualifier(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    @Test func aHeadInSmallLettersAloneIsNoHost() {
        #expect(meeting("Hôm qua, cuộc họp của chính phủ đã kéo dài tới tận đêm khuya mà chưa có kết luận.")?.host == nil)
    }

    /// A government's cabinet holds its own sitting, in small letters or not, with its country when
    /// one follows; a country has one cabinet, so "nội các" alone is a body.
    @Test(arguments: [
        ("Quyết định được đưa ra trong cuộc họp nội các do Thủ tướng Lee Hae-Chan chủ trì.", "nội các"),
        ("\"Chúng ta đang lâm vào một tình huống khó khăn\", ông Olmert phát biểu tại phiên họp Nội các Israel hôm nay.", "Nội các Israel"),
        ("Vấn đề an ninh được đem ra bàn thảo tại cuộc họp hôm qua của nội các, ông Erekat cho biết.", "nội các"),
    ])
    func aCabinetHoldsItsSitting(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    /// The army's units are named by their numbers: "Quân khu 3" is not "Quân khu 7"; a naval region
    /// by its number and its service ("Vùng 2 Hải quân").
    @Test(arguments: [
        ("Sáng 27/6, Đảng ủy Quân khu 3 tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết 765.", "Đảng ủy Quân khu 3"),
        ("Sáng 5/6, Bộ Tư lệnh Quân khu 7 tổ chức hội nghị tổng kết công tác quốc phòng địa phương.", "Bộ Tư lệnh Quân khu 7"),
        ("Sáng 5/6, Đảng ủy Sư đoàn 312 tổ chức hội nghị tổng kết công tác Đảng.", "Đảng ủy Sư đoàn 312"),
        // (and a naval region by its number and its service)
        ("Sáng 12/1, Bộ Tư lệnh Vùng 2 Hải quân tổ chức hội nghị tổng kết công tác năm 2020.", "Bộ Tư lệnh Vùng 2 Hải quân"),
        // (the time it held it between the name and the verb)
        ("Đảng ủy Quân khu 3 vào sáng nay (27/6/2022) tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết 765.", "Đảng ủy Quân khu 3"),
    ])
    func aNumberedUnitHeldIt(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    /// Many bodies ("các Ban HĐND huyện") are no one's name; the one named before them held it.
    @Test func manyBodiesAreNoName() {
        #expect(meeting("Ngày 26 tháng 12 năm 2019, Thường trực Hội đồng nhân dân huyện, các Ban Hội đồng nhân dân huyện tổ chức họp để "
            + "thảo luận kế hoạch giám sát năm 2020.")?.host == "Thường trực Hội đồng nhân dân huyện")
        #expect(meeting("Ngày 26 tháng 12 năm 2019, các Ban Hội đồng nhân dân huyện tổ chức họp để thảo luận kế hoạch giám sát năm 2020.")?
            .host == nil)
    }

    /// A second field after a dash in small letters, to the place that ends the name.
    @Test func aSecondFieldAfterADash() {
        #expect(meeting("Ngày 15.6, Hội Khuyến học - cựu giáo chức huyện Bắc Trà My tổ chức đại hội lần thứ I (nhiệm kỳ 2021 - 2026).")?
            .host == "Hội Khuyến học - cựu giáo chức huyện Bắc Trà My")
    }

    /// A committee of a body opens a name of its own: the place before it, its comma missing, is no
    /// part of the host's name.
    @Test func aCommitteeOpensItsOwnName() {
        #expect(meeting("Ngày 6/6/2023, tại trụ sở Trung ương Đảng Ban Chấp hành Trung ương Đảng khóa XIII đã họp bất thường để xem "
            + "xét thi hành kỷ luật.")?.host == "Ban Chấp hành Trung ương Đảng")
    }

    /// Two offices joined by "và" are two bodies, not one name: the first office's body held it.
    @Test func twoOfficesAreNoOneName() {
        #expect(meeting("Sáng 10/9/2024, Bí thư Huyện ủy và Chủ tịch UBND huyện U Minh Thượng (Kiên Giang) đã có buổi gặp gỡ, đối "
            + "thoại với 60 hội viên nông dân tiêu biểu.")?.host == "Huyện ủy")
    }

    /// A meeting with the cabinet is not its sitting ("cuộc gặp nội các": talks keep no host, and
    /// one would let a meeting told deep in an article through).
    @Test(arguments: [("cuộc họp nội các", "nội các"), ("phiên họp Nội các Anh", "Nội các Anh"), ("cuộc gặp nội các", nil)])
    func onlyTheCabinetsSitting(words: String, host: String?) throws {
        let lead = LeadWords("Hôm qua, ông Abe đã có " + words + " để bàn về ngân sách.")
        let noun = try #require(lead.words.firstIndex { $0.lower == "cuộc" || $0.lower == "phiên" })
        #expect(HostReader.host(lead, noun: noun, length: 2, catalog: .standard) == host)
    }

    /// (So a statement made at one, in an article about a summit put off, reports no meeting.)
    @Test func aStatementAtACabinetEncounterReportsNoMeeting() {
        let article = """
            Cuộc gặp thượng đỉnh Israel - Palestine lại bị hoãn
            Chính quyền Palestine cho biết, sự thất bại trong các cuộc đàm phán chuẩn bị đã khiến cuộc gặp giữa Thủ tướng Ariel Sharon và Tổng thống Mahmoud Abbas, theo kế hoạch diễn ra hôm nay, một lần nữa không thực hiện được.
            Thủ tướng Israel tuyên bố trong cuộc gặp nội các: "Chúng ta không thể tham dự cuộc họp mà không có sự chuẩn bị đầy đủ".
            """
        #expect(meeting(article) == nil)
    }

    /// A body named again by its head alone is the longer name before it; "thông tin" after a
    /// capital is the verb that tells it, no field of the name.
    @Test func aBodyNamedAgainByItsHead() {
        #expect(meeting("Lãnh đạo Cục Đường bộ Việt Nam thông tin, Cục vừa có buổi làm việc với các cơ quan liên quan để thống "
            + "nhất việc đưa 4 bộ cân vào sử dụng.")?.host == "Cục Đường bộ Việt Nam")
        #expect(meeting("Theo ông Nguyễn Văn A, Hội vừa tổ chức hội nghị với các chi hội cơ sở.")?.host == nil)
        #expect(meeting("Sáng nay, Sở Văn hóa thông tin tỉnh tổ chức hội nghị tổng kết.")?.host == "Sở Văn hóa thông tin tỉnh")
    }

    /// A sector ("ngành GTVT") inside an office's long name, its commas and all, is no body: the
    /// short name in brackets after it is, or the name the office opens.
    @Test func aSectorInsideALongNameIsNoBody() {
        let office = "Sáng 8/8, Thủ tướng Phạm Minh Chính, Trưởng Ban Chỉ đạo Nhà nước các công trình, dự án quan trọng quốc gia, "
            + "trọng điểm ngành GTVT"
        #expect(meeting(office + " (Ban Chỉ đạo) chủ trì họp phiên thứ 13 của Ban Chỉ đạo.")?.host == "Ban Chỉ đạo")
        #expect(meeting(office + " chủ trì phiên họp thứ 13 của Ban Chỉ đạo.")?.host == "Ban Chỉ đạo Nhà nước các công trình")
    }
}
