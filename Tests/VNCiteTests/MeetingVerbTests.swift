import Testing
@testable import VNCite

/// Meetings told with their verbs: a gathering or a review a body organised, what is to come after a
/// meeting already held; "hôm 10/11" as its day; who attended, who chaired as a body, and a venue
/// named after meetings.
@Suite struct MeetingVerbTests {
    @Test(arguments: [
        ("Sáng 11-9, Ban Cơ yếu Chính phủ đã tổ chức gặp mặt hơn 600 cán bộ, chiến sĩ và nhân viên cơ yếu.", "Ban Cơ yếu Chính phủ"),
        ("Sáng 18/8, tại Nhà hát lớn, UBND TP Hà Nội tổ chức gặp mặt truyền thống các chiến sĩ tham gia Cách mạng Tháng 8.", "UBND TP Hà Nội"),
    ])
    func aGatheringABodyOrganisedWithoutItsClassifier(lead: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == "gặp mặt")
        #expect(m.host == host)
    }

    /// A review a body organised, named without "hội nghị"; a conference's "tổng kết" stays the conference.
    @Test func aReviewABodyOrganised() throws {
        let m = try #require(meeting("Chiều 26/4, Đảng ủy Khối các cơ quan tỉnh tổ chức sơ kết 5 năm thực hiện Chỉ thị 05 của Bộ Chính trị."))
        #expect(m.kind == "sơ kết")
        #expect(m.host == "Đảng ủy Khối các cơ quan tỉnh")
        let conference = try #require(meeting("Ngày 6-4, sau 2 ngày làm việc, hội nghị tổng kết công tác dân số 5 năm (2001- 2005) đã kết thúc "
            + "tại Hà Nội. Hội nghị đã đề ra mục tiêu, theo đó, VN sẽ phấn đấu giảm tỉ lệ sinh."))
        #expect(conference.kind == "hội nghị")
        // (after "tiến hành" too; a contract it signs is the act, no ceremony)
        let carried = try #require(meeting("Ngày 3/2/2026, Hội Sinh vật cảnh tỉnh Gia Lai tiến hành tổng kết hoạt động năm 2025 và triển khai nhiệm vụ năm 2026."))
        #expect(carried.kind == "tổng kết")
        #expect(carried.host == "Hội Sinh vật cảnh tỉnh Gia Lai")
        #expect(meeting("Ngày 3/2/2026, Ngân hàng Hong Kong và Thượng Hải vừa tiến hành ký kết hợp đồng mua 10% cổ phần của một ngân hàng.") == nil)
    }

    /// A review said with its verb alone, right after its body, in a sentence that opens on its day;
    /// without the day or a body, a summing-up, no meeting.
    @Test func aReviewByItsVerbAlone() throws {
        let m = try #require(meeting("Ngày 5/7/2017, Hội Sinh vật cảnh tỉnh Tiền Giang sơ kết hoạt động 6 tháng đầu năm và đề ra kế hoạch 6 tháng cuối năm."))
        #expect(m.kind == "sơ kết")
        #expect(m.host == "Hội Sinh vật cảnh tỉnh Tiền Giang")
        #expect(m.date == CalendarDate(year: 2017, month: 7, day: 5))
        #expect(try #require(meeting("Chiều 17-1-2006, Sở GTCC Hà Nội đã tổng kết về vận tải hành khách công cộng bằng taxi.")).host == "Sở GTCC Hà Nội")
        #expect(meeting("Năm ngoái, hãng thông tấn Reuters đã tổng kết rằng virus làm các doanh nghiệp thiệt hại tới 55 tỷ USD mỗi năm.") == nil)
    }

    /// A review a body was told to hold is a task, none held: after "giao", "yêu cầu" … and the bodies
    /// told; not after the noun "chỉ đạo", nor once the text says it was done.
    @Test func aReviewGivenAsATask() throws {
        #expect(meeting("Chủ tịch UBND thành phố vừa ký ban hành Chỉ thị số 04/CT-UBND ngày 19-4-2022 về công tác phòng, chống thiên tai. "
            + "Theo đó, UBND thành phố giao các sở, ban, ngành, UBND các quận, huyện theo chức năng, nhiệm vụ tổ chức tổng kết, "
            + "đánh giá, rút kinh nghiệm về công tác phòng, chống thiên tai năm 2021.") == nil)
        #expect(meeting("Ngày 3/5, UBND tỉnh yêu cầu Sở Y tế tổ chức sơ kết công tác phòng chống dịch.") == nil)
        let held = try #require(meeting("Thực hiện chỉ đạo của UBND tỉnh, chiều 26/4, Sở Y tế tổ chức sơ kết công tác phòng chống dịch 6 tháng đầu năm."))
        #expect(held.host == "Sở Y tế")
        let steered = try #require(meeting("Ngày 31/1, Ban chỉ đạo Tổng điều tra kinh tế (TĐTKT) tổ chức tổng kết TĐTKT năm 2017."))
        #expect(steered.host == "Ban chỉ đạo Tổng điều tra kinh tế (TĐTKT)")
    }

    /// A ceremony a body organised, named without "lễ"; in the older spelling with "i"; a dialogue;
    /// an announcement ("buổi công bố"); a rally written "Mittinh".
    @Test(arguments: [
        ("Hôm qua, Tổng Liên đoàn lao động Việt Nam tổ chức kỷ niệm 80 năm ngày thành lập Công đoàn Việt Nam.", "lễ kỷ niệm",
         "Tổng Liên đoàn lao động Việt Nam"),
        ("Sáng 20.7, Tỉnh đoàn Đồng Nai đã tổ chức tuyên dương 12 Gương mặt trẻ tiêu biểu năm 2023.", "lễ tuyên dương", "Tỉnh đoàn Đồng Nai"),
        ("Chiều 24/3, Ban thường vụ Tỉnh đoàn Nghệ An tổ chức lễ kỉ niệm 85 năm ngày thành lập Đoàn TNCS Hồ Chí Minh.", "lễ kỷ niệm",
         "Ban thường vụ Tỉnh đoàn Nghệ An"),
        ("Sáng 12/12, Quốc hội bế mạc kì họp thứ hai.", "kỳ họp", "Quốc hội"),
        ("Ngày 26/6/2018, UBND tỉnh tổ chức buổi đối thoại với hơn 200 doanh nghiệp về thủ tục đất đai.", "buổi đối thoại", "UBND tỉnh"),
        // (the verb, with the citizens it was held with)
        ("Sáng ngày 17/10/2023, tại nhà văn hóa thôn Dược Sơn, chủ tịch UBND xã Hưng Đạo đã đối thoại với nhân dân hai thôn Dược Sơn, "
            + "Vườn Đào.", "buổi đối thoại", "UBND xã Hưng Đạo"),
        // (the meeting that announces an inspection's decision)
        ("Sáng 5/3, Thanh tra tỉnh Bến Tre tổ chức buổi công bố quyết định thanh tra tại UBND huyện Mỏ Cày Nam.", "buổi công bố",
         "Thanh tra tỉnh Bến Tre"),
        // (a rally, its word written as one)
        ("Sáng ngày 05/6/2022, tại Sân vận động huyện, UBND huyện Vân Canh đã tổ chức Lễ Mittinh hưởng ứng Ngày Môi trường thế giới.",
         "lễ mít tinh", "UBND huyện Vân Canh"),
        ("Sáng 2/9, Thành đoàn tổ chức míttinh kỷ niệm Quốc khánh với 2.000 đoàn viên thanh niên.", "mít tinh", "Thành đoàn"),
        ("Ngày 13-11-2025, tại Đà Nẵng, Tòa án nhân dân tỉnh đã tổ chức buổi trao đổi kinh nghiệm giải quyết các vụ án.", "buổi trao đổi",
         "Tòa án nhân dân tỉnh"),
        ("Sáng 1-12-2023, Sở Y tế tỉnh Quảng Trị đã tổ chức lễ mít-tinh hưởng ứng Ngày Thế giới phòng chống AIDS.", "lễ mít tinh",
         "Sở Y tế tỉnh Quảng Trị"),
        // (a ceremony named by what it opens or starts, and a forum, right after "tổ chức")
        ("Ngày 7-9, Tổng công ty Bia - Rượu - Nước giải khát Hà Nội tổ chức khánh thành nhà máy bia tại Mê Linh.", "lễ khánh thành",
         "Tổng công ty Bia - Rượu - Nước giải khát Hà Nội"),
        ("Sáng 5/4, Sở Giao thông - Công chính đã tổ chức khởi công dự án cầu Thủ Thiêm bắc qua sông Sài Gòn.", "lễ khởi công",
         "Sở Giao thông - Công chính"),
        ("Ngày 18/01, Bộ Chỉ huy Quân sự tỉnh tổ chức phát động Phong trào thi đua Quyết thắng năm 2024.", "lễ phát động", "Bộ Chỉ huy Quân sự tỉnh"),
        ("Ngày 22-8, Hội Doanh nhân trẻ Việt Nam tổ chức Diễn đàn Kinh tế tư nhân Việt Nam 2025 tại TP HCM.", "diễn đàn",
         "Hội Doanh nhân trẻ Việt Nam"),
        // (the opening or the close of a course, a gathering, and one a programme names)
        ("Chiều 13/8, Trường Chính trị tỉnh Thanh Hóa tổ chức khai giảng lớp Trung cấp lý luận chính trị hệ tập trung K52A.", "lễ khai giảng",
         "Trường Chính trị tỉnh Thanh Hóa"),
        ("Ngày 30/11/2023, Trường Chính trị tỉnh đã tổ chức Lễ Bế giảng và trao chứng chỉ cho học viên lớp Bồi dưỡng ngạch chuyên viên.",
         "lễ bế giảng", "Trường Chính trị tỉnh"),
        // (a school's graduation, by its own noun)
        ("Sáng 20/5/2024, Trường Cao đẳng Công Thương Thành phố Hồ Chí Minh đã long trọng tổ chức Lễ tốt nghiệp cho sinh viên khóa 45.",
         "lễ tốt nghiệp", "Trường Cao đẳng Công Thương Thành phố Hồ Chí Minh"),
        ("Ngày 31/5/2020, Trường Trung cấp Phật học tỉnh tổ chức Lễ cấp phát văn bằng cho Tăng Ni sinh.", "lễ cấp phát văn bằng",
         "Trường Trung cấp Phật học tỉnh"),
        ("Chiều 15/10, Huyện ủy Châu Đức tổ chức họp mặt kỷ niệm 90 năm Ngày truyền thống ngành Tuyên giáo.", "họp mặt", "Huyện ủy Châu Đức"),
        ("Sáng 18/10, Cơ quan Đảng uỷ Khối các cơ quan tỉnh tổ chức chương trình Gặp mặt Kỷ niệm ngày thành lập các ban xây dựng Đảng.",
         "gặp mặt", "Cơ quan Đảng uỷ Khối các cơ quan tỉnh"),
    ])
    func aCeremonyOrADialogueABodyHeld(lead: String, kind: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == kind)
        #expect(m.host == host)
    }

    /// Holding as a task, planned or ruled on, is no ceremony held; nor is any conversation.
    @Test(arguments: [
        "Sáng 12/3, Thường trực Thành ủy nghe báo cáo tiến độ triển khai tổ chức kỷ niệm Ngày giải phóng Thủ đô.",
        "Phó thủ tướng Phạm Gia Khiêm vừa phê duyệt Đề cương tổ chức kỷ niệm những ngày lễ lớn năm 2004-2005.",
        "Theo tôi, cuộc đối thoại giữa các thế hệ trong gia đình là rất cần thiết.",
        "Ủy ban MTTQ xã tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân theo Quyết định 99-QĐ/TW.",
        "Chiều qua, đại biểu Nguyễn Văn A phát biểu trên diễn đàn Quốc hội về giá xăng dầu.",
        "Tỉnh đang đẩy nhanh việc tổ chức khởi công các dự án giao thông trọng điểm.",
        "100% cơ sở Hội tổ chức phát động và thực hiện phong trào nông dân thi đua sản xuất kinh doanh giỏi.",
        "Kế hoạch nêu rõ: Hoạt động tập trung vào công tác tuyên truyền; tổ chức phát động và tổng kết phong trào thi đua đặc biệt.",
        "Sau 20 năm, các cựu học sinh đã họp mặt tại trường cũ vào sáng qua.",
    ])
    func noCeremonyHeld(lead: String) {
        #expect(meeting(lead) == nil)
    }

    /// A review held as a programme is what the lead goes on to call it ("Tại hội nghị").
    @Test func aReviewsProgrammeIsTheMeetingTheLeadNames() throws {
        let m = try #require(meeting("Ngày 18-1, Trung tâm Y tế dự phòng TPHCM đã tổ chức chương trình tổng kết mạng lưới tư vấn HIV/AIDS năm 2005.\n"
            + "Tại hội nghị, Giám đốc Trung tâm cho biết số người nhiễm HIV năm 2005 vẫn tiếp tục tăng."))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "Trung tâm Y tế dự phòng TPHCM")
    }

    @Test(arguments: [
        "Sau nhiều năm xa cách, hai anh em đã gặp mặt nhau tại sân bay Tân Sơn Nhất sáng qua.",
        "Chiều qua, Thủ tướng Tony Blair gặp mặt các nhà báo trước cửa số 10 phố Downing.",
    ])
    func aMeetingOfPeopleWithoutItsClassifierIsNone(lead: String) {
        #expect(meeting(lead)?.kind != "gặp mặt")
    }

    @Test(arguments: [
        // to come
        "Ngày mai, các bộ trưởng tài chính 15 nước thuộc Liên minh châu Âu (EU) sẽ họp tại Punchestown (Ireland).",
        // asked for
        "Đông Á.Thép Pomina thấp thỏm đợi kết quả, lãnh đạo CLB đề nghị LĐBĐ TPHCM họp để bàn phương án tồn tại.",
        // a room, a gathering
        "Phòng họp ảo của Bộ Giáo dục sẽ mở cửa chính thức từ 19/12 cho 40 uỷ viên.",
        "Hôm qua, các chuyên gia y tế, lương thực và thú y trên toàn thế giới tụ họp ở Rome để bàn về dịch cúm gà.",
        // work going on, no day said
        "Bộ Công an đang làm việc với nước bạn để xúc tiến việc dẫn giải bị can về Việt Nam.",
        "Các kỹ sư của Viện Cambridge-MIT (CMI) đang làm việc với những thiết kế máy bay mới ít tiếng ồn.",
    ])
    func noBodyMet(lead: String) {
        #expect(meeting(lead) == nil)
    }

    /// A reception with its classifier, and a ceremony that confers a title after death; not a
    /// contact with the press.
    @Test func aReceptionAndACeremony() throws {
        let reception = try #require(meeting("Chiều 24/2, Phó Chủ tịch Ủy ban nhân dân tỉnh Bùi Minh Thạnh đã chủ trì buổi tiếp Đoàn đại biểu "
            + "Hội đồng tỉnh Ibaraki (Nhật Bản)."))
        #expect(reception.kind == "buổi tiếp")
        #expect(reception.host == "Ủy ban nhân dân tỉnh")
        #expect(meeting("Sáng 19/7, tỉnh Thừa Thiên Huế long trọng tổ chức lễ truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng”.")?
            .kind == "lễ truy tặng")
        #expect(meeting("Sáng nay, trong buổi tiếp xúc với báo chí, luật sư của bị cáo cho biết sẽ kháng cáo.")?.kind != "buổi tiếp")
    }

    @Test func aMeetingToComeIsNotTheOneHeld() throws {
        // a press conference held, which presents a contest to come
        let m = try #require(meeting("Chiều 5.4, Hội Tin học VN, Bộ GD-ĐT và Hội Sinh viên VN đã tổ chức họp báo giới thiệu "
            + "Olympic tin học Sinh viên lần thứ 15 năm 2006 sẽ được tổ chức từ 6-8.5 tại Hà Nội."))
        #expect(m.kind == "họp báo")
        #expect(m.host == "Hội Tin học VN")
        // but a plan to hold one is no meeting
        #expect(meeting("Sáng nay, Ủy ban Mặt trận Tổ quốc TP HCM triển khai kế hoạch tổ chức hội nghị cho ứng cử viên "
            + "đại biểu HĐND các cấp gặp gỡ, tiếp xúc cử tri.") == nil)
    }

    @Test func aDayAfterHomIsItsDay() throws {
        let m = try #require(meeting("\"Giá thuốc ở VN quá cao\", tiến sĩ R. Laing của WHO nói trong cuộc họp với Bộ Y tế hôm 10/11.",
                                     date: CalendarDate(year: 2005, month: 11, day: 12)))
        #expect(m.kind == "cuộc họp")
        #expect(m.date == CalendarDate(year: 2005, month: 11, day: 10))
        // since a meeting is background
        #expect(meeting("Kể từ hội thảo trực tuyến hôm 19/2, chúng tôi đã đóng 8.600 quán bar Internet.") == nil)
    }

    @Test func whoAttendedHostedNothing() throws {
        let text = """
            Hội nghị phổ biến các văn bản pháp luật đối ngoại

            Trong hai ngày 05 và 06-04-2006, tại Sở Ngoại vụ TP.HCM đã diễn ra Hội nghị phổ biến Luật ký kết, gia nhập và \
            thực hiện điều ước quốc tế (ĐƯQT) và Dự án Pháp lệnh ký kết và thực hiện thỏa thuận quốc tế do Bộ Ngoại giao chủ trì. \
            Tham dự Hội nghị có ông Vũ Mão, Chủ nhiệm Ủy ban Đối ngoại của Quốc hội, ông Lê Công Phụng, Thứ trưởng thường trực Bộ Ngoại giao.
            """
        let m = try #require(meeting(text))
        #expect(m.host == "Bộ Ngoại giao")
        #expect(m.what.hasPrefix("Hội nghị phổ biến Luật ký kết"))
    }

    @Test(arguments: [
        "Năm nay, 47 doanh nghiệp Việt Nam đã tham gia hội chợ tổ chức tại Trung tâm Hội nghị và Triển lãm Hồng Kông từ ngày 21 - 24/4/2006.",
        "Phó thủ tướng vừa yêu cầu hoàn thành giải phóng mặt bằng khu đất xây dựng Trung tâm Hội nghị quốc gia trước ngày 30/12.",
    ])
    func aVenueIsNoMeeting(lead: String) {
        #expect(meeting(lead) == nil)
    }

    @Test(arguments: [
        ("Hôm qua, Tổng thư ký NATO Jaap de Hoop Scheffer chủ trì cuộc họp của các ngoại trưởng.", "NATO"),
        ("Hôm 9-12, LĐBĐ VN và HLV trưởng A.Riedl đã có cuộc họp tổng kết năm 2005.", nil),
        // (a foreign name written with its initial: "J.Solana", not a word of "EU")
        ("Hôm qua, các ngoại trưởng cùng Cao ủy phụ trách chính sách đối ngoại EU J.Solana đã nhóm họp tại Berlin (Đức).", "EU"),
        ("Tổng Thư ký LHQ Kofi Annan trong bài diễn văn khai mạc Hội nghị Thượng đỉnh thế giới về thảm họa sóng thần tại Jakarta hôm qua đã kêu gọi.", "LHQ"),
    ])
    func aPersonEndsABody(lead: String, host: String?) throws {
        #expect(try #require(meeting(lead)).host == host)
    }

    @Test func aNameMayGoOnInSmallLetters() throws {
        let m = try #require(meeting("Cục Xúc tiến thương mại vừa triệu tập cuộc họp lần 1 ban chỉ đạo quốc tế về Diễn đàn Doanh nghiệp Á - Âu."))
        #expect(m.host == "Cục Xúc tiến thương mại")
    }

    /// "đã có", "vừa có" a meeting says it was held when a body or an office-holder had it; not a
    /// reporter, nor a person with no office.
    @Test func aMeetingABodyHadWasHeld() throws {
        let m = try #require(meeting("Tiêu đề bài báo\nTin từ Bộ GD-ĐT cho biết, liên Bộ GD-ĐT, Tài chính và LĐ - TB-XH vừa có cuộc hội "
            + "thảo với đại diện các trường ĐH, CĐ để xem xét điều chỉnh tăng học bổng."))
        #expect(m.kind == "hội thảo")
        #expect(try #require(meeting("Tiêu đề bài báo\nBộ trưởng Ngoại giao Philippines Delia Albert đã có cuộc hội đàm dài 4 giờ đồng hồ "
            + "với đại sứ Mỹ.")).kind == "hội đàm")
        #expect(meeting("Tiêu đề bài báo\nNgay buổi chiều cùng ngày chúng tôi đã có một cuộc gặp gỡ thú vị với cô gái này tại tư gia.") == nil)
        #expect(meeting("Tiêu đề bài báo\nĐạo diễn Ron Howard đã có cuộc gặp với ông Jacques Chirac khi tới Pháp chọn diễn viên.") == nil)
    }

    /// The lead says "họp" alone; the title names the meeting and its host.
    @Test func theTitleNamesTheMeetingTheLeadToldWithTheVerb() throws {
        let m = try #require(meeting("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15\n\nNgày 11/12, dưới sự chủ trì của đồng chí "
            + "Lê Trường Lưu, Bí thư Tỉnh ủy, Ban Chấp hành Đảng bộ tỉnh đã họp cho ý kiến về các báo cáo quan trọng."))
        #expect(m.kind == "hội nghị")
        #expect(m.what == "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15")
        #expect(m.host == "Ban Chấp hành Đảng bộ tỉnh")
        // (A title about another meeting, with no host of its own, leaves the lead's.)
        let other = try #require(meeting("Chuẩn bị chu đáo cho Hội nghị xúc tiến đầu tư năm 2024\n\nSáng 11/12, UBND tỉnh đã họp bàn "
            + "công tác chuẩn bị cho hội nghị xúc tiến đầu tư dự kiến tổ chức vào tháng 3 năm sau."))
        #expect(other.kind == "cuộc họp")
    }
}
