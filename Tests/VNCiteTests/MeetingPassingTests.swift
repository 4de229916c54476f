import Testing
@testable import VNCite

/// A meeting the news came after is the setting of the one the sentence goes on to hold; what
/// was said right after a meeting is still that meeting's.
@Suite struct MeetingPassingTests {
    @Test func thePressConferenceAfterTheSessionIsTheNews() throws {
        let m = try #require(meeting("Chiều 11/12, ngay sau khi bế mạc Kỳ họp thứ 12, Thường trực HĐND tỉnh tổ chức họp báo "
            + "thông tin kết quả kỳ họp."))
        #expect(m.kind == "họp báo")
        #expect(m.host == "Thường trực HĐND tỉnh")
    }

    @Test func theSittingChairedAfterAnotherBodyClosedItsSessionIsTheNews() throws {
        let m = try #require(meeting("Chiều 12.4, ngay sau khi Quốc hội khóa XIII bế mạc kỳ họp cuối cùng, Thủ tướng Nguyễn Xuân Phúc "
            + "đã chủ trì phiên họp đầu tiên với các thành viên Chính phủ mới được kiện toàn."))
        #expect(m.kind == "phiên họp")
        #expect(m.host == "Chính phủ")
    }

    @Test func theCommitteesFirstPlenumRightAfterTheCongressIsTheNews() throws {
        let m = try #require(meeting("Chiều ngày 30-12, ngay sau khi Đại hội đại biểu Hội CCB Việt Nam thông báo kết quả bầu Ban Chấp hành "
            + "T.Ư Hội khóa VII, Ban Chấp hành khóa mới đã tiến hành Hội nghị lần thứ nhất để bầu Ban Thường vụ Trung ương Hội khóa VII."))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "Ban Chấp hành")
    }

    @Test func whatWasSaidAfterAMeetingIsItsNews() throws {
        let m = try #require(meeting("Ngày 25-4, ngay sau kết thúc cuộc họp liên ngành của Tổ Điều hành thị trường trong nước, "
            + "ông Hoàng Thọ Xuân, Vụ trưởng Vụ Chính sách trong nước, khẳng định chưa tăng giá xăng dầu."))
        #expect(m.kind == "cuộc họp")
    }

    /// The plenum that adopted a document the sentence cites by number or date is no meeting it reports.
    @Test(arguments: [
        "Ban Thường vụ Tỉnh ủy Bình Định vừa ban hành Kế hoạch số 18-KH/TU ngày 6/12/2021 thực hiện Kết luận số 21-KL/TW ngày "
            + "25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng.",
        "Theo Ban Tổ chức Tỉnh ủy, thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII và Kế hoạch "
            + "số 135-KH/TU ngày 22/9/2022 của Tỉnh ủy Hưng Yên, công tác phát triển đảng viên tiếp tục được quan tâm.",
        // the plenum set off by a comma; a meeting the document is about
        "Phó Thủ tướng đã ký Quyết định 212/QĐ-TTg ban hành Kế hoạch tổng kết 15 năm thực hiện Nghị quyết số 13-NQ/TW ngày "
            + "18/3/2002, Hội nghị lần thứ 5, Ban Chấp hành Trung ương Đảng khóa IX về kinh tế tập thể.",
        // (no mark after the document's date)
        "Ban Thường vụ Thành ủy yêu cầu tổ chức thực hiện nghiêm túc Nghị quyết số 21-NQ/TW ngày 16-6-2022 Hội nghị lần thứ năm Ban "
            + "Chấp hành Trung ương Đảng khóa XIII về tăng cường củng cố, xây dựng tổ chức cơ sở đảng.",
        "Ngày 10/9, Ban Tuyên giáo Trung ương đã ban hành hướng dẫn thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.",
        // the congresses of one level, many
        "Đến ngày 20-8-2020, Đảng bộ tỉnh Gia Lai có 21/21 đảng bộ trực thuộc Tỉnh ủy đã hoàn thành đại hội đảng bộ cấp huyện.",
        "(Báo Quảng Ngãi)- Đến thời điểm này, Quảng Ngãi đã cơ bản hoàn thành đại hội chi, đảng bộ cấp cơ sở và đang tổ chức đại "
            + "hội đảng bộ cấp huyện và tương đương, nhiệm kỳ 2020 - 2025.",
        // each of many
        "Kết quả rất tốt. Không khí dân chủ thể hiện rõ ở từng đại hội, các tầng lớp nhân dân đồng thuận, tin tưởng các đại biểu được bầu.",
        // meetings the document rules on, a verb of leading or holding between, each of a list
        "Ngày 31-3, đồng chí Đinh Thế Huynh, Thường trực Ban Bí thư đã ký ban hành Chỉ thị số 02-CT/TW của Ban Bí thư về lãnh đạo đại hội "
            + "Hội cựu chiến binh các cấp và Đại hội đại biểu toàn quốc Hội Cựu chiến binh Việt Nam lần thứ VI.",
        "UBND tỉnh vừa có chỉ đạo thực hiện Quyết định số 27/2023/QĐ-TTg ngày 8-11-2023 của Thủ tướng Chính phủ quy định tổ chức lễ động "
            + "thổ, lễ khởi công và lễ khánh thành công trình.",
        // the meeting where what is now carried out was said
        "Thực hiện chỉ đạo của Thủ tướng Chính phủ tại cuộc họp Thường trực Chính phủ ngày 15/4/2020 về phòng, chống dịch Covid-19, "
            + "Chủ tịch UBND tỉnh yêu cầu các sở, ngành tiếp tục thực hiện quyết liệt các biện pháp.",
    ])
    func thePlenumThatAdoptedACitedDocument(lead: String) {
        #expect(meeting(lead) == nil)
    }

    /// A meeting kept safe is not the one held ("bảo đảm an ninh trật tự Đại hội …", "bảo vệ Đại hội"); who came and
    /// gave a directing speech at the ceremony held is its guest, not its host.
    @Test func theCongressKeptSafeIsNotTheCeremonyHeld() throws {
        #expect(meeting("Sáng 15/12, Giám đốc Công an tỉnh phát lệnh cho lực lượng công an toàn tỉnh ra quân bảo đảm an ninh trật tự "
            + "Đại hội Đảng toàn quốc lần thứ 13 và Tết Nguyên đán.")?.kind != "đại hội")
        let m = try #require(meeting("Sáng 15/12, lực lượng công an toàn tỉnh ra quân bảo đảm an ninh, an toàn Đại hội Đảng toàn quốc "
            + "lần thứ 13. Chủ tịch UBND tỉnh Lê Trí Thanh dự và phát biểu chỉ đạo tại buổi lễ ra quân."))
        #expect(m.kind == "lễ ra quân")
        #expect(m.host == nil)
        #expect(meeting("Ngày 8/1, Đại tá Nguyễn Văn Hùng, Phó Cục trưởng Cục Tác chiến dẫn đầu đoàn công tác kiểm tra công tác sẵn "
            + "sàng chiến đấu, bảo vệ Đại hội Đại biểu toàn quốc lần thứ XIV của Đảng tại Bộ Chỉ huy Quân sự tỉnh Bạc Liêu.") == nil)
    }

    /// The conference that studies such a document is reported, not the meetings the document rules on.
    @Test func theConferenceOnADocumentIsReported() throws {
        let m = try #require(meeting("Sáng 12/3, Tỉnh ủy tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW về tổ chức đại hội đảng bộ các cấp."))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "Tỉnh ủy")
    }

    /// Its own session is still reported: "của" after no cited document.
    @Test func theOpeningOfTheConferenceIsReported() throws {
        let m = try #require(meeting("Sáng 5/10, tại phiên khai mạc của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII, "
            + "Tổng Bí thư phát biểu."))
        #expect(m.kind == "hội nghị")
    }

    /// A meeting listed after one still ahead is ahead too; a meeting noun in a venue's name, or one
    /// that names a term ("nhiệm kỳ Đại hội XIII"), names no meeting.
    @Test(arguments: [
        "Ngày 24-10, UBND tỉnh có văn bản về việc đẩy mạnh phong trào thi đua chào mừng đại hội đảng bộ các cấp tiến tới Đại hội "
            + "đại biểu toàn quốc lần thứ XIV của Đảng, Đại hội Thi đua yêu nước toàn quốc lần thứ XI.",
        "Ngày 15/12, tại Trung tâm tổ chức hội nghị FLC Hạ Long, các nhà khoa học trao đổi về di sản văn hóa của thành phố.",
        // (nor the places of its holding)
        "Chiều ngày 22/8/2024, Phó Giám đốc Sở Y tế Quảng Ninh cùng đoàn công tác của Sở đã đi kiểm tra tại các địa điểm đón tiếp đại "
            + "biểu và tổ chức Hội nghị.",
        "Tổng Thư ký Hiệp hội Chế biến và Xuất khẩu thuỷ sản (VASEP) cho hay Việt Nam vừa được lựa chọn làm địa điểm tổ chức Hội nghị "
            + "Tổng quan ngành tôm toàn cầu 2005.",
        // (nor a term named by its congress)
        "Sáng 28/8, tỉnh đã báo cáo kết quả thực hiện nhiệm vụ quân sự từ đầu nhiệm kỳ Đại hội XIII của Đảng đến nay.",
    ])
    func aMeetingAheadOrAVenue(lead: String) {
        #expect(meeting(lead) == nil)
    }

    /// (Not a list that a verb of holding ends: the meeting after it was held.)
    @Test func aMeetingHeldAfterOneAhead() throws {
        let m = try #require(meeting("Hướng tới Đại hội Đảng bộ tỉnh lần thứ XX, ngày 12/5, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị "
            + "góp ý dự thảo văn kiện."))
        #expect(m.host == "Ban Thường vụ Tỉnh ủy")
        // (So after one hailed for its success; but a congress held successfully is the one reported.)
        let hailed = try #require(meeting("Chào mừng thành công Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, ngày 20-10-2020, Hội LHPN thành "
            + "phố Tuyên Quang đã tổ chức hội nghị kỷ niệm 90 năm ngày thành lập Hội LHPN Việt Nam."))
        #expect(hailed.kind == "hội nghị")
        #expect(hailed.host == "Hội LHPN thành phố Tuyên Quang")
        let held = try #require(meeting("Ngày 20-10-2020, Đảng bộ tỉnh Tuyên Quang đã tổ chức thành công Đại hội đại biểu lần thứ XVII."))
        #expect(held.kind == "đại hội")
    }

    /// A meeting noun of a programme in the opening clause names the meeting the clause's subject
    /// then holds under a name that holds it; the body of a session's name is no co-host.
    @Test func theProgrammeOpensOnTheMeetingHeld() throws {
        let m = try #require(meeting("Chiều 26/4, tiếp tục chương trình tiếp xúc cử tri chuẩn bị cho Kỳ họp thứ 5, Quốc hội khóa XV, "
            + "Đoàn đại biểu Quốc hội tỉnh đã tổ chức hội nghị tiếp xúc cử tri phường Thanh Châu."))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "Đoàn đại biểu Quốc hội tỉnh")
    }

    /// The session a law was passed at, told as the law's history, is no meeting reported; the
    /// session that passes it, told as news, is.
    @Test(arguments: [
        "Luật Đất đai năm 2024 được Quốc hội khóa XV thông qua ngày 18/01/2024 tại kỳ họp bất thường lần thứ 5 với nhiều điểm mới.",
        "Luật Đất đai năm 2013 được Quốc hội thông qua tại kỳ họp thứ 6 và có hiệu lực từ ngày 1/7/2014.",
        "Bộ luật Hình sự năm 2015 đã được Quốc hội thông qua vào ngày 27/11/2015 trong kỳ họp thứ 10.",
        // (the session between the legislature and "thông qua")
        "Luật Biên phòng Việt Nam năm 2020 đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp thứ 10 thông qua ngày 11 tháng 11 năm 2020 và có hiệu lực từ ngày 01/01/2022.",
        // (the law's name before a comma, its day spelled out)
        "Luật Hợp tác xã, đã được Quốc hội thông qua ngày 20 tháng 11 năm 2012 tại kỳ họp thứ 4 Khóa XIII và có hiệu lực từ ngày 01/7/2013.",
        // (with what it holds before the comma)
        "Luật Biên phòng Việt Nam 2020 gồm 6 chương, 36 điều được Quốc hội khóa XIV thông qua tại Kỳ họp thứ 10. Luật có hiệu lực thi hành từ ngày 1 tháng 1 năm 2022.",
        // (the session fronted, then the law or its bill "passed" at it)
        "Ngày 17/6/2010, tại kỳ họp thứ 7 Quốc hội khóa XII, dự án Luật Bưu chính đã được Quốc hội biểu quyết thông qua và có hiệu lực thi hành từ ngày 01/01/2011.",
        // (the session fronted after a day with its year, then the legislature that passed a law)
        "Ngày 11/11/2020, tại Kỳ họp thứ 10, Quốc hội khóa XIV đã thông qua Luật Biên phòng Việt Nam, Luật có hiệu lực thi hành từ ngày 01/01/2022.",
        "Ngày 28/11/2023, tại Kỳ họp thứ 6 Quốc hội khóa XV đã thông qua Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở.",
        // (a council's resolution too; a headline that leaves "được" out)
        "Nghị quyết số 12/2020/NQ-HĐND được HĐND tỉnh khóa XIII thông qua tại kỳ họp thứ 19 và có hiệu lực từ ngày 18/9/2020.",
        "Nghị quyết thông qua tại Kỳ họp thứ 19, HĐND tỉnh khoá XIII",
        // (the law inside the sentence, commas in its name, told of by who spread it)
        "Tại chương trình, các cán bộ, chiến sĩ Đội chữa cháy và CNCH khu vực 12 đã phổ biến những điểm mới, nổi bật của Luật Phòng "
            + "cháy, chữa cháy và cứu nạn, cứu hộ được thông qua tại kỳ họp thứ 8, Quốc hội khóa XV – chính thức có hiệu lực từ ngày 1-7-2025.",
        "Đó là mục đích của Kế hoạch tuyên truyền, phổ biến các Luật được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV "
            + "thông qua tại kỳ họp thứ 6 vừa được Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh ban hành vào ngày 04/3/2019.",
        // (the session between the legislature and "thông qua", the laws named after the sentence's first words)
        "Cụ thể các Luật được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp thứ 6 thông qua gồm: Luật Bảo vệ bí "
            + "mật nhà nước; Luật Công an nhân dân; Luật Đặc xá.",
    ])
    func theSessionALawWasPassedAt(text: String) {
        #expect(meeting(text) == nil)
    }

    @Test func theSessionThatPassesALaw() throws {
        let m = try #require(meeting("Sáng 18/1, tại kỳ họp bất thường lần thứ 5, Quốc hội đã thông qua Luật Đất đai (sửa đổi)."))
        #expect(m.kind == "kỳ họp")
        #expect(m.host == "Quốc hội")
        let passed = try #require(meeting("Luật Thủ đô vừa được Quốc hội thông qua tại kỳ họp thứ 4 sáng nay với 92% đại biểu tán thành."))
        #expect(passed.host == "Quốc hội")
        let spread = try #require(meeting("Nhiều ý kiến về Luật Thủ đô vừa được Quốc hội thông qua tại kỳ họp thứ 4 sáng nay."))
        #expect(spread.host == "Quốc hội")
        let fronted = try #require(meeting("Sáng 17/6, tại kỳ họp thứ 7, Luật Bưu chính đã được Quốc hội thông qua với 88% đại biểu tán thành."))
        #expect(fronted.host == "Quốc hội")
        let morning = try #require(meeting("Sáng 28/11/2023, tại Kỳ họp thứ 6, Quốc hội đã thông qua Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở."))
        #expect(morning.host == "Quốc hội")
    }

    /// A notice of a meeting's conclusions is a document, not the meeting; the meeting's close is; a
    /// plenum's conclusion is a document too.
    @Test func aNoticeOfAMeetingsConclusions() throws {
        #expect(meeting("Chính phủ đã ban hành nhiều Nghị quyết; Thủ tướng ra chỉ thị và nhiều thông báo kết luận cuộc họp chuyên đề "
            + "của Phó Thủ tướng về vấn đề này.") == nil)
        let closed = try #require(meeting("Kết luận cuộc họp chiều 5/3, Bộ trưởng Bộ Y tế yêu cầu các bệnh viện khẩn trương triển khai."))
        #expect(closed.kind == "cuộc họp")
        // (and a central plenum's conclusion, a document)
        #expect(meeting("Sáng 5/3/2019, Đảng ủy tổ chức quán triệt các Nghị quyết, Kết luận Hội nghị Trung ương 8 khóa XII cho đảng viên.") == nil)
        #expect(meeting("Ban Thường vụ Quận ủy tổ chức 14 lớp học tập Nghị quyết và Kết luận Hội nghị lần thứ 7 Ban Chấp hành Trung ương "
            + "Đảng (khóa XI) cho 4.207 cán bộ, đảng viên.") == nil)
        let spoken = try #require(meeting("Phát biểu kết luận hội nghị, đồng chí Đỗ Thanh Bình, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy "
            + "nhấn mạnh: Năm 2024 là năm thứ tư thực hiện Nghị quyết Đại hội XIII của Đảng."))
        #expect(spoken.kind == "hội nghị")
    }

    /// The session petitions are sent to, a monthly sitting, a plan's subject: no meeting reported;
    /// but the papers sent to a seminar, the meeting a sitting prepares, the agenda under a title
    /// that reports the opening do not undo the meeting.
    @Test func meetingsNamedButNotReported() throws {
        #expect(meeting("VOV.VN - Báo cáo kết quả giám sát việc giải quyết, trả lời kiến nghị của cử tri gửi đến kỳ họp thứ 2 Quốc hội "
            + "khóa 15, tỷ lệ này đạt được là 100%.") == nil)
        #expect(meeting("Đối với ý kiến cần có kết quả giải quyết mà kéo dài, cần đưa vào nội dung làm việc tại phiên họp của Thường "
            + "trực HĐND hàng tháng; mời cơ quan có trách nhiệm cùng dự họp.") == nil)
        #expect(meeting("Thực hiện Kế hoạch số 02/KH-HĐND, ngày 22 tháng 9 năm 2025 của Thường trực Hội đồng nhân dân xã về việc tiếp xúc "
            + "cử tri trước kỳ họp thường lệ cuối năm 2025.") == nil)
        let papers = try #require(meeting("“Trên dưới đồng lòng, trong ngoài một ý chí”\nGần 30 tham luận của các đồng chí lão thành cách "
            + "mạng, các nhà nghiên cứu khoa học, lãnh đạo các tổ chức thành viên của Mặt trận được trình bày và gửi đến hội thảo đã "
            + "khẳng định: Trải qua chặng đường hơn 75 năm, Mặt trận Dân tộc thống nhất VN đều có chung một mục đích thống nhất.\n"))
        #expect(papers.kind == "hội thảo")
        let prepares = try #require(meeting("Chiều 16-5, Thường trực HĐND tỉnh tổ chức hội nghị thống nhất nội dung, chương trình chuẩn bị "
            + "kỳ họp thứ 6, HĐND tỉnh khóa IX."))
        #expect(prepares.host == "Thường trực HĐND tỉnh")
        #expect(prepares.kind == "hội nghị")
        let agenda = try #require(meeting("Ủy ban Pháp luật của Quốc hội khai mạc Phiên họp toàn thể lần thứ 6\n\nTại phiên họp, Ủy ban "
            + "Pháp luật của Quốc hội sẽ họp thẩm tra các dự án: Luật Thanh tra (sửa đổi).\n"))
        #expect(agenda.host == "Ủy ban Pháp luật của Quốc hội")
        #expect(agenda.kind == "phiên họp")
        let sitting = try #require(meeting("Thực hiện Luật Hoạt động giám sát của Quốc hội và HĐND; theo Chương trình kỳ họp đã được "
            + "thông qua, sáng 7/12, HĐND Thành phố khai mạc phiên chất vấn và trả lời chất vấn."))
        #expect(sitting.kind == "phiên chất vấn")
        #expect(sitting.host == "HĐND Thành phố")
    }

    /// A second congress, joined by "và" to the one a resolution names, is the resolution's too: no
    /// congress was held.
    @Test func theSecondOfTwoResolutionsIsNoCongress() {
        let m = meeting("Chiều 9-8, đồng chí Tô Lâm, Tổng Bí thư, Chủ tịch nước thăm và làm việc với Ban Thường vụ Thành ủy Hà Nội để nghe "
            + "báo cáo về tình hình thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Đại hội Đảng bộ thành phố lần thứ XVII.")
        #expect(m?.kind != "đại hội")
        // (after a comma too; the congress whose clause says it was held is held)
        let held = meeting("Phấn khởi sau nửa nhiệm kỳ thực hiện Nghị quyết Đại hội lần thứ XIII của Đảng, Đại hội Đảng bộ tỉnh Bắc Ninh lần "
            + "thứ XX, Đại hội Hội Văn học nghệ thuật tỉnh Bắc Ninh lần thứ V được tổ chức trọng thể ngày 27/10/2023.")
        #expect(held?.host == "Hội Văn học nghệ thuật tỉnh Bắc Ninh")
        #expect(meeting("Sáng 5/10/2020, phấn khởi thực hiện Nghị quyết Đại hội lần thứ XII của Đảng, Đại hội Đảng bộ tỉnh lần thứ XIX, "
            + "Hội Nông dân tỉnh Bắc Ninh tổ chức Hội nghị tổng kết.")?.kind == "hội nghị")
    }

    /// The task of meeting voters, no one meeting; a delegation's "công tác" is no task.
    @Test func theTaskOfMeetingVotersIsNoMeeting() throws {
        #expect(meeting("21:12 17/12/2019\nTừ đầu nhiệm kỳ 2016 - 2021 đến nay, đại biểu HĐND thị xã Ba Đồn đã thực hiện tốt công tác tiếp xúc cử "
            + "tri (TXCT) trước và sau các kỳ họp của HĐND thị xã và tổ chức TXCT chuyên đề.") == nil)
        let m = try #require(meeting("Sáng 5/7, Đoàn công tác tiếp xúc cử tri của Đoàn ĐBQH tỉnh đã tiếp xúc cử tri xã Hải An."))
        #expect(m.kind == "tiếp xúc cử tri")
    }

    /// A meeting named again after a dash is the one named before it: set aside with it, held with it.
    @Test func aMeetingNamedAgainAfterADashIsTheFirst() throws {
        #expect(meeting("Giải quyết thấu đáo tâm tư của cử tri\nTrước thềm Kỳ họp thứ 21 - kỳ họp thường lệ giữa năm 2024, hoạt động TXCT, "
            + "tiếp công dân tiếp tục được các đại biểu HĐND tỉnh Nghệ An chú trọng thực hiện.") == nil)
        let m = try #require(meeting("Sáng 9/7, HĐND tỉnh Nghệ An khai mạc Kỳ họp thứ 21 - kỳ họp thường lệ giữa năm 2024."))
        #expect(m.what == "Kỳ họp thứ 21 - kỳ họp thường lệ giữa năm 2024")
        #expect(m.host == "HĐND tỉnh Nghệ An")
    }

    /// A meeting's resolution adopted is adopted at that meeting, which is held; a central plenum's
    /// resolution is only studied.
    @Test func aMeetingWhoseResolutionIsAdoptedIsHeld() throws {
        let m = try #require(meeting("Chiều 12.11, Ban Chấp hành Đảng bộ TP.Hà Nội đã biểu quyết thông qua Nghị quyết Hội nghị lần thứ 2 "
            + "Ban Chấp hành Đảng bộ thành phố khóa XVIII, nhiệm kỳ 2025 - 2030.", date: CalendarDate(year: 2025, month: 11, day: 12)))
        #expect(m.kind == "hội nghị")
        #expect(m.date == CalendarDate(year: 2025, month: 11, day: 12))
        #expect(meeting("Chiều 12.11, Đảng ủy xã Tân Lập đã thông qua Nghị quyết Hội nghị Trung ương 4 khóa XIII.") == nil)
        #expect(meeting("Chiều 12.11, Đảng ủy xã Tân Lập đã học tập Nghị quyết Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh.") == nil)
    }
}
