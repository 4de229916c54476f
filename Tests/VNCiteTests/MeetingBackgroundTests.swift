import Testing
@testable import VNCite

/// What a lead mentions as background is not its meeting; a host's name is whole.
@Suite struct MeetingBackgroundTests {
    @Test(arguments: [
        "Dù rất bận rộn với Kỳ họp thứ 6 - Quốc hội khoá 11, cuối tuần qua, các đại biểu đã cùng ký thư gửi giới nghị sĩ Mỹ.",
        "Mặc dù hội nghị đã bế mạc từ chiều qua, nhiều đại biểu vẫn ở lại thành phố để tham quan các khu công nghiệp.",
        // What the news relates to is background too.
        "Liên quan vụ xô xát tại lễ động thổ khu đô thị mới ngày 5/3, công an huyện đã bắt giữ thêm ba người.",
        "Liên quan đến những phát biểu tại hội nghị hôm qua, Bộ Ngoại giao đã gửi công hàm phản đối.",
    ])
    func aConcessionIsBackground(lead: String) {
        #expect(meeting(lead) == nil)
    }

    @Test(arguments: [
        "Ngày 23-12-2005, Phó Chủ tịch Quốc hội đã trao Nghị quyết số 54/2005/NQ-QH11 (đã được Quốc hội khóa XI, kỳ họp thứ 8 thông qua) cho ông Đỗ Bình Dương.",
        "Ông Thuần, nguyên Bí thư Đảng ủy (tại Đại hội Đảng bộ xã Tân Nghĩa tháng 7 vừa qua, ông đã bị đưa ra khỏi Cấp ủy), hôm qua đã bị tạm giữ.",
    ])
    func aMeetingInBracketsIsAnAside(lead: String) {
        #expect(meeting(lead) == nil)
    }

    @Test func aBracketClosedInsideAWordRunOnEndsTheAside() {
        #expect(meeting("Chiều 12/9, Phó chủ tịch nước dẫn đầu đoàn đại biểu Việt Nam đến New York (Mỹ)tham dự Hội nghị cấp cao "
            + "Đại hội đồng Liên Hiệp Quốc (LHQ) năm 2005.")?.kind == "hội nghị")
        // (A bracket the sentence never closes is a slip, no aside: the meeting after it is held.)
        let open = meeting("Ngày 28/9/2016, Ban Thường trực Ủy ban MTTQ huyện Lạng Giang (Bắc Giang tổ chức hội nghị triển khai, phát "
            + "động Cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\".")
        #expect(open?.kind == "hội nghị")
        #expect(open?.date?.iso == "2016-09-28")
    }

    @Test func aCommaInsideAQuotedTitleDoesNotHideItsSe() {
        // The meeting's name runs through its quoted title to "sẽ diễn ra": it is to come.
        #expect(meeting("Xúc tiến đầu tư tại Nhật Bản\n"
            + "Hội thảo \"Giới thiệu môi trường, cơ hội đầu tư vào Việt Nam\" sẽ diễn ra tại Tokyo và Osaka từ ngày 10 đến 15/4, do Cục Đầu tư nước ngoài phối hợp với Bộ Ngoại giao tổ chức.") == nil)
        #expect(meeting("Xúc tiến đầu tư tại Nhật Bản\n"
            + "Hội thảo “Giới thiệu môi trường, cơ hội đầu tư vào Việt Nam” đã diễn ra tại Tokyo hôm qua, do Cục Đầu tư nước ngoài phối hợp với Bộ Ngoại giao tổ chức.")?.host == "Cục Đầu tư nước ngoài")
    }

    @Test(arguments: ["Bộ GTVT đề nghị UBND TP Cần Thơ tổ chức họp báo", "Sở Y tế yêu cầu các bệnh viện tổ chức giao ban hằng tuần"])
    func aBodyAskedToHoldItHeldNothing(title: String) {
        #expect(meeting(title + "\n"
            + "Theo tin từ Bộ GTVT, Bộ trưởng vừa có văn bản về sự cố sập cầu tạm trên quốc lộ 91 sáng qua, khiến hai xe tải rơi xuống sông.") == nil)
    }

    @Test func twoMeetingsJoinedByAndShareWhatIsSaidOfThem() {
        // "sắp diễn ra" is said of both: neither was held.
        #expect(meeting("Đây là hoạt động quan trọng, nhằm bảo vệ tuyệt đối Đại hội Đảng toàn quốc lần thứ 10 và Hội nghị "
            + "Cấp cao APEC lần thứ 14 sắp diễn ra tại nước ta.") == nil)
        // (The first named in quotes too.)
        #expect(meeting("Hội thảo “Nâng cao năng lực đo lường” và lễ kỷ niệm Ngày Đo lường Việt Nam năm 2021 sẽ được tổ chức tại "
            + "Hà Nội vào ngày 15/01/2021.") == nil)
    }

    @Test(arguments: [
        "Tối qua, lễ khai mạc Festival Biển Bà Rịa - Vũng Tàu 2006 đã diễn ra tại quảng trường Bãi Trước.",
        "Lễ khai mạc Hội chợ đã diễn ra hoành tráng tối qua với hơn 500 gian hàng.",
        "Chiều qua, 29-9, lễ khai mạc vòng chung kết giải bóng đá U21 – Cúp Báo Thanh Niên 2005 đã diễn ra trên sân vận động Quy Nhơn.",
        "Lễ khai mạc của vòng chung kết bóng đá châu Âu 2004 tối qua chỉ kéo dài trong khoảng 15 phút.",
    ])
    func theOpeningOfAFestivalIsNoMeeting(lead: String) {
        #expect(meeting(lead) == nil)
    }

    @Test func whatTheNextClauseWillDoAtItIsPlanned() {
        // The meeting's name ends at "ông …", but its "sẽ" is still read.
        #expect(meeting("Tại hội thảo diễn ra lúc 9h30 ngày 10/12, ông Greg Draper, đại diện Đại học Monash, sẽ giới "
            + "thiệu các chương trình học bổng.") == nil)
    }

    @Test func anOpenLettersAddressIsNoMeeting() {
        // A letter's salutation names the session its readers sit in; the letter is the news.
        #expect(meeting("Trách nhiệm phải là tôi nếu dự án lọc dầu đặt sai chỗ\nTrong bức thư ngỏ gửi Quốc hội hôm qua, nguyên thủ "
            + "tướng Võ Văn Kiệt khẳng định ông vẫn chọn Dung Quất.\nKính thưa đồng chí Chủ tịch Quốc hội\nKính thưa các vị đại biểu "
            + "Quốc hội đang tham dự kỳ họp lần thứ 7 khóa XI\nTheo dõi kỹ phiên chất vấn và trả lời chất vấn, tôi rất mừng.") == nil)
    }

    @Test func whatIsDoneForAMeetingIsNotItsReport() {
        // "cho hội nghị": the meeting is what the news is for, not the news.
        #expect(meeting("Tàu bảo dưỡng cáp quang không thể vào sửa chữa ngay vì phía Trung Quốc không cho phép với lý do "
            + "bảo vệ an ninh cho hội nghị WTO đang diễn ra tại Hong Kong.") == nil)
    }

    @Test(arguments: [
        // A member suspended from a party's meetings; a place where a community gathers.
        "Hôm qua, Ban thường vụ Tỉnh ủy Khánh Hòa đã đình chỉ sinh hoạt cấp ủy và sinh hoạt Đảng với ông Nguyễn Thành Thái.",
        "Hôm qua, cảnh sát đã khám xét một điểm sinh hoạt của cộng đồng người Hồi giáo ở nước này.",
    ])
    func aSuspensionOrAGatheringPlaceIsNoSession(lead: String) {
        #expect(meeting(lead) == nil)
    }

    @Test(arguments: [
        // Meetings counted are many, none of them the one reported.
        "Sau 6 cuộc họp, Quận uỷ Tây Hồ, Hà Nội, đã ra quyết định kỷ luật cảnh cáo ông Trần Gia.",
        "Bất chấp mọi thuyết phục của các thày cô, gần chục cuộc họp bàn về chuyện của Tĩnh, \"cô gái chân đất\" vẫn nộp đơn xin nghỉ.",
        "(PLO)- Hàng loạt hội nghị chuyên đề về giải ngân vốn đầu tư công đã được Thành ủy tổ chức cùng với việc ban hành những quyết định.",
        // (counted before the noun's classifier, "buổi", "cuộc" or "kỳ")
        "Trong 3 ngày từ 17 đến 19/3/2021, Trung tâm kiểm soát bệnh tật tỉnh Vĩnh Phúc tổ chức 5 buổi mít tinh diễu hành cổ động phòng "
            + "chống lao.",
        "Thành lập ngày 12/3/1990, qua 30 năm hoạt động với 6 kỳ Đại hội, Hội Làm vườn tỉnh đã trưởng thành và phát triển không ngừng.",
        // Kinds of meeting listed in small letters.
        "Cuối năm nay, khách sạn ở Hà Nội đều đã kín phòng, do lượng khách du lịch, tham dự hội nghị, hội thảo tăng đột biến.",
        "Trang web này quảng bá hoạt động của Câu lạc bộ Tổ chức hội nghị, hội thảo (MICE) do 23 khách sạn trong cả nước lập ra.",
    ])
    func meetingsCountedAreNoOneMeeting(lead: String) {
        #expect(meeting(lead) == nil)
    }

    /// The documents a sentence opens on as its basis, the meeting one of them came from and their days,
    /// are not the news: the meeting the main clause holds is, on its own day.
    @Test func aMeetingAndADayInTheBasisListAreTheDocuments() throws {
        let m = try #require(meeting("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003, Kết luận của Thường trực "
            + "HĐND huyện tại hội nghị liên tịch ngày 30/10/2014, ngày 1/12 HĐND huyện Tân Yên tổ chức tiếp xúc cử tri trước kỳ họp thứ 11."))
        #expect(m.kind == "tiếp xúc cử tri")
        #expect(m.host == "HĐND huyện Tân Yên")
        #expect(m.date == nil)
        let dated = try #require(meeting("Thực hiện Kế hoạch của UBND tỉnh, ngày 5/3/2024, Sở Tư pháp tổ chức hội nghị phổ biến Luật Đất đai."))
        #expect(dated.date?.iso == "2024-03-05")
    }

    @Test func aMeetingNamedInCapitalsIsNoListOfKinds() {
        #expect(meeting("Trước giờ khai mạc Đại hội, lễ khánh thành Bia đá ghi toàn văn Thư Hồ Chủ Tịch đã diễn ra trang trọng tại Pleiku.") != nil)
    }

    @Test func aPlaceNamedAfterAMeetingIsNotThatMeeting() throws {
        let m = try #require(meeting("Hôm qua, 21/4 tại Trung tâm báo chí Đại hội X, Bộ trưởng Ngoại giao Nguyễn Dy Niên "
            + "đã tổ chức cuộc họp báo giới thiệu chính sách đối ngoại."))
        #expect(m.kind == "họp báo")
    }

    @Test func aCaptionRunIntoTheLeadEndsAtTheOutletsMark() throws {
        // The caption's "đại hội" names no body; the lead after "(NLĐ) -" does.
        let m = try #require(meeting("Xử lý tốt nhiều vấn đề đối ngoại Chủ tịch nước phát biểu tại đại hội - Ảnh: TTXVN (NLĐ) - "
            + "Sáng 28-12, Đại hội Đại biểu Đảng bộ Khối các cơ quan Trung ương lần thứ VI đã khai mạc tại Hà Nội với 197 đại biểu."))
        #expect(m.kind == "đại hội")
        #expect(m.host == "Đảng bộ Khối các cơ quan Trung ương")
    }

    @Test func theSameMeetingOutsideAConcessionIsTheNews() throws {
        let m = try #require(meeting("Chiều qua, hội nghị xúc tiến đầu tư do UBND tỉnh Bình Dương tổ chức đã bế mạc sau hai ngày làm việc."))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "UBND tỉnh Bình Dương")
    }

    /// "chưa đầy" is "less than", not "not yet"; "đề xuất" a proposal, not a meeting proposed;
    /// "so với dự kiến", "hơn dự kiến" measure against a plan what was held; a meeting its own clause
    /// says was held ("đã có buổi làm việc") is not planned by an earlier clause's "chưa", "sẽ".
    @Test(arguments: [
        ("Khi chưa đầy 50 ngày nữa hạn ngạch dệt may được bãi bỏ, Hiệp hội Dệt may Việt Nam đã tổ chức hội nghị tại Hà Nội.",
         "hội nghị"),
        ("Trong cuộc họp liên ngành về giá xăng dầu hôm qua, đề xuất giảm giá của Bộ Tài chính không được nhiều bộ ủng hộ.",
         "cuộc họp"),
        ("Sớm một ngày so với dự kiến, chiều nay, kỳ họp thứ 8 Quốc hội khoá XI đã bế mạc.", "kỳ họp"),
        ("Hội nghị giữa chính phủ và phe đối lập đã kết thúc hôm qua, kéo dài hơn dự kiến hai ngày.", "hội nghị"),
        // A meeting that prepares another is held ("phiên họp chuẩn bị cho hội nghị …").
        ("Hôm qua, trong phiên họp chuẩn bị cho hội nghị BCH LĐBĐVN khóa V sẽ diễn ra vào hôm nay, sau khi tham khảo Bộ luật Hình sự, thường trực LĐBĐVN đã quyết định bãi miễn chức vụ của ông Thanh.",
         "phiên họp"),
        // What an earlier clause says is not yet done, or promised, is not the meeting its own "đã" holds.
        ("Liên quan đến việc 7 hộ dân chưa đồng ý phương án di dời, UBND phường 22 đã có buổi làm việc tìm hướng giải quyết.",
         "buổi làm việc"),
        ("Chiều 9-9, một ngày trước thời điểm mà ông Tổng Giám đốc hứa sẽ giải quyết hết tình trạng nước bẩn, Tổng Công ty Cấp nước Sài Gòn đã có buổi làm việc với các chuyên gia.",
         "buổi làm việc"),
    ])
    func wordsThatOnlyLookPlanned(lead: String, kind: String) throws {
        #expect(try #require(meeting(lead)).kind == kind)
    }

    @Test(arguments: [
        "Bộ Tài chính chưa tổ chức hội nghị lấy ý kiến doanh nghiệp về biểu thuế mới.",
        "Hiệp hội đã đề xuất tổ chức hội thảo về thị trường dệt may vào cuối năm.",
        // one proposed
        "Trưởng đoàn đàm phán Mỹ hôm qua cho rằng đề xuất hội đàm về cùng giải trừ quân bị từ Bình Nhưỡng là vô ích.",
        // a noun set aside in passing is set aside whole ("trước cuộc họp báo", not its "họp báo")
        "Tuyên bố đưa ra hôm qua trước cuộc họp báo truyền hình trực tiếp lần đầu tiên của ông Bush kể từ chiến tranh Iraq.",
    ])
    func plannedStaysPlanned(lead: String) {
        #expect(meeting(lead) == nil)
    }

    @Test func aSteeringCommitteeNamedInFull() throws {
        let m = try #require(meeting("Ngày 16/2, đoàn công tác của Ban chỉ đạo Phòng chống lụt bão trung ương đã có buổi làm việc với UBND tỉnh Quảng Nam."))
        #expect(m.kind == "buổi làm việc")
        #expect(m.host == "Ban chỉ đạo Phòng chống lụt bão trung ương")
    }

    @Test(arguments: [
        ("Quốc hội khoá", "Quốc hội"), ("Đảng ủy Khối nhiệm kỳ", "Đảng ủy Khối"), ("HĐND tỉnh khóa XVI", "HĐND tỉnh khóa XVI"),
        ("Bộ Y tế", "Bộ Y tế"), ("Cục Dự trữ liên", "Cục Dự trữ"), ("Chính phủ thường", "Chính phủ"),
        ("Bộ Tài chính", "Bộ Tài chính"), ("Quỹ Dân số Liên hợp quốc", "Quỹ Dân số Liên hợp quốc"),
        ("Cục Quản lý cạnh", "Cục Quản lý"),
    ])
    func aQualifierOrHalfAWordLeftHangingIsDropped(name: String, host: String) {
        #expect(HostReader.withoutDanglingQualifier(name) == host)
    }

    /// "cựu" (former) never ends a name: "Hội cựu (du học sinh …)" is no host.
    @Test func aNameCutAfterFormerIsNoHost() throws {
        let m = try #require(meeting("Gala nhạc từ thiện\nBuổi gặp mặt thường niên của Hội cựu du học sinh Australia (VGAC) năm 2004 "
            + "diễn ra tối qua tại Hà Nội."))
        #expect(m.host == nil)
    }

    @Test(arguments: [
        ("Đảng X", "Đảng"), ("Đảng Dân Chủ", "Đảng Dân Chủ"), ("Ban Chấp hành Trung ương khóa X", "Ban Chấp hành Trung ương khóa X"),
    ])
    func aRomanNumberAfterTheHeadIsTheCongresss(name: String, host: String) {
        #expect(HostReader.withoutDanglingQualifier(name) == host)
    }

    /// A term is the congress's or the session's, not the body's.
    @Test(arguments: [
        ("QH khoá XI", "QH", "khoá XI"), ("HĐND tỉnh nhiệm kỳ 2004-2009", "HĐND tỉnh", "nhiệm kỳ 2004-2009"),
        ("Ban Chấp hành Trung ương khóa X", "Ban Chấp hành Trung ương", "khóa X"), ("Hội Điện ảnh VN khóa 6", "Hội Điện ảnh VN", "khóa 6"),
    ])
    func aTermIsNoPartOfTheBody(name: String, body: String, term: String) throws {
        let split = try #require(HostReader.withoutTerm(name))
        #expect(split.body == body && split.term == term)
    }

    @Test func aNameWithoutATermIsLeftWhole() {
        for name in ["Quốc hội", "khóa XI", "Bệnh viện Nhi đồng 2", "Hội Khoa học Kỹ thuật"] { #expect(HostReader.withoutTerm(name) == nil) }
    }

    @Test(arguments: [
        // An outlet's mark in brackets is no abbreviation of the name: it ends there.
        ("UBND tỉnh (NLĐ) - Tại Hội nghị tổng kết", "UBND tỉnh"),
        ("Hội đồng nhân dân (HĐND) thành phố Hà Nội đã họp", "Hội đồng nhân dân (HĐND) thành phố Hà Nội"),
        // A second field in small letters after "và" runs to its own name; a second party, a person
        // or a time does not.
        ("Tổng công ty Thủy tinh và gốm xây dựng (Viglacera) đã họp", "Tổng công ty Thủy tinh và gốm xây dựng (Viglacera)"),
        ("Hiệp hội lương thực VN và đại diện Bộ Nông nghiệp Nhật Bản đã họp", "Hiệp hội lương thực VN"),
        ("LĐBĐ VN (VFF) và trung tá Doãn Công Huân đã làm việc", "LĐBĐ VN (VFF)"),
        ("Ban chỉ đạo phòng chống SARS và cúm gia cầm chiều 2/11", "Ban chỉ đạo phòng chống SARS"),
        // (or to the unit of the article's own place; not to a second body's head before it)
        ("Liên hiệp Các hội khoa học và kỹ thuật tỉnh tổ chức đại hội", "Liên hiệp Các hội khoa học và kỹ thuật tỉnh"),
        ("Sở Văn hóa và thể thao thành phố tổ chức hội nghị", "Sở Văn hóa và thể thao thành phố"),
        ("Sở Y tế và bệnh viện tỉnh tổ chức hội nghị", "Sở Y tế"),
        ("Sở Y tế và người dân tỉnh 5 năm qua", "Sở Y tế"),
        // A steering committee is named by its task in small letters, to a mark, a time or a verb.
        ("Ban chỉ đạo quốc gia phòng chống dịch cúm A trên người, PGS.TS Nguyễn Đức Hiền cho biết",
         "Ban chỉ đạo quốc gia phòng chống dịch cúm A trên người"),
        ("Ban Chỉ đạo Quốc gia Phòng chống dịch cúm gia cầm vào chiều 16-1", "Ban Chỉ đạo Quốc gia Phòng chống dịch cúm gia cầm"),
        ("Ban chỉ đạo Đổi mới Doanh nghiệp cũng chỉ ra một số công ty", "Ban chỉ đạo Đổi mới Doanh nghiệp"),
        // "hàng" only in "ngân hàng", "hàng hải": not "hàng tháng", "hàng loạt".
        ("Thường trực HĐND hàng tháng mời cơ quan có trách nhiệm", "Thường trực HĐND"),
        ("Quốc hội hàng loạt dự án luật", "Quốc hội"),
        ("Cảng vụ hàng hải Hải Phòng tổ chức cuộc họp", "Cảng vụ hàng hải Hải Phòng"),
        ("Hiệp hội ngân hàng Việt Nam tổ chức hội thảo", "Hiệp hội ngân hàng Việt Nam"),
        // (the country's full name, "xã hội chủ nghĩa" in small letters)
        ("Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XI đã ban hành Luật Thanh niên",
         "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XI"),
    ])
    func howFarANameGoesOn(text: String, name: String) throws {
        let lead = LeadWords(text)
        let r = try #require(BodyGrammar.read(lead, at: 0, catalog: .standard))
        #expect(lead.text(r) == name)
    }

    @Test(arguments: [
        ("Đoàn Chủ tịch Ủy", "Đoàn Chủ tịch"), ("Tỉnh Ủy", "Tỉnh Ủy"), ("Thành Ủy Cần Thơ", "Thành Ủy Cần Thơ"),
        // (an ellipsis after the name)
        ("Hội Dệt may thêu đan TP.HCM...", "Hội Dệt may thêu đan TP.HCM"), ("Sở Y tế TP.HCM…", "Sở Y tế TP.HCM"),
    ])
    func aCapitalisedHalfOfUyBanIsDropped(name: String, host: String) {
        #expect(HostReader.withoutDanglingQualifier(name) == host)
    }

    @Test(arguments: ["Hội", "Hội liên", "Đoàn Chủ", "Cục Xúc", "Ủy ban Điều", "Trung tâm"])
    func aHeadAloneOrCutAtItsFirstWordIsNoHost(name: String) {
        #expect(HostReader.withoutDanglingQualifier(name) == nil)
    }

    @Test(arguments: [
        "Ngày 3/12, Tổ chức Giáo dục Apollo tổ chức hội thảo du học tại 67 Lê Văn Hưu, từ 14h30 đến 17h. Học sinh sẽ được cung cấp thông tin về học bổng.",
        "Công ty tư vấn Đức Anh tổ chức buổi hội thảo với sinh viên ngày 4/11, từ 3-6h chiều tại 96 Lò Đúc, Hà Nội.",
        "Hội thảo được tổ chức ngày 23/4 từ 16h đến 20h tại khách sạn Kim Đô, 133 Nguyễn Huệ, quận 1.",
        // an hour, and what will be done at it, in one sentence
        "Hội thảo diễn ra lúc 9h ngày 12/5 tại Trung tâm Hội nghị quốc gia, các chuyên gia sẽ giới thiệu chương trình đào tạo.",
        // (or in the next sentence)
        "Vào 9h ngày 8/5 trường St Andrews có buổi hội thảo tại văn phòng ISC. Ông Rulzion Rattray sẽ phỏng vấn trực tiếp các ứng viên.",
        // where to sign up: a sentence that tells the reader, or an e-mail address
        "Chương trình thực tập là nội dung chính của hội thảo do Apollo tổ chức vào ngày 10/5. Đăng ký trực tiếp tại văn phòng Apollo, quận 1.",
        "Học viện MDIS tổ chức hội thảo về tuyển sinh vào ngày 14/8 tại Khách sạn Duxton. Chi tiết xin gửi về mdisvietnam@hn.vnn.vn.",
    ])
    func anAddressAndAnHourAdvertise(lead: String) {
        #expect(meeting("Hội thảo tuyển sinh\n" + lead) == nil)
    }

    /// A seminar on studying abroad or scholarships that the lead does not tell as done or just past.
    @Test func aStudyAbroadSeminarToComeAdvertises() throws {
        #expect(meeting("Cơ hội du học ĐH Zeeland, Hà Lan\nTừ 13/7 đến 17/7, Công ty Atlantic kết hợp với ĐH Zeeland tổ chức "
            + "cuộc hội thảo với quy mô lớn tại các thành phố Hà Nội, TP HCM.") == nil)
        let held = try #require(meeting("Hội thảo du học Mỹ\nSáng qua, Tổ chức Giáo dục Apollo đã tổ chức hội thảo du học tại Hà Nội."))
        #expect(held.kind == "hội thảo")
    }

    @Test func anAddressOrAnHourAloneIsNews() throws {
        let m = try #require(meeting("Bàn giải pháp chống ngập\n"
            + "Lúc 8h sáng nay, UBND TP Cần Thơ đã tổ chức hội nghị bàn giải pháp chống ngập tại trụ sở số 2 Hòa Bình."))
        #expect(m.host == "UBND TP Cần Thơ")
        // (what will be done, at an hour of a day just past, is a plan told at the meeting)
        let told = try #require(meeting("Bàn giải pháp chống ngập\n"
            + "Tại hội nghị khai mạc lúc 8h sáng qua, Sở Xây dựng Cần Thơ cho biết sẽ nạo vét toàn bộ kênh rạch nội ô."))
        #expect(told.kind == "hội nghị")
        // Nor a count: "tại 4 thành phố".
        #expect(MeetingReader.streetAddress(LeadWords("hội thảo tại 4 thành phố lớn").words, at: 3) == false)
        #expect(MeetingReader.isClockTime("14h30-18h30") && MeetingReader.isClockTime("3-6h") && !MeetingReader.isClockTime("H5N1"))
        // Nor a page's date line with its hour and an "@" that is no e-mail address.
        let dated = try #require(meeting("Tổng kết công tác năm 2023\n\n03:15 CH @ Thứ Hai - 08 Tháng Giêng, 2024\n\n"
            + "Ngày 5/1, Chính phủ tổ chức Hội nghị trực tuyến toàn quốc tổng kết công tác năm 2023."))
        #expect(dated.host == "Chính phủ")
    }

    @Test func onTheEveOfAMeeting() {
        #expect(meeting("Giá dầu giảm mạnh trước thềm cuộc họp OPEC\n"
            + "Giá dầu thế giới đồng loạt hạ xuống dưới 40 USD/thùng trước thông tin OPEC sẽ tăng sản lượng khai thác.") == nil)
    }

    @Test func aQuotationsFutureIsTheSpeakers() throws {
        let m = try #require(meeting("Địa phương chưa sẵn sàng đón người cai nghiện\n"
            + "“Địa phương sợ học viên trở về sẽ ảnh hưởng tới thành tích nên tìm cách từ chối”, Giám đốc Trung tâm chữa bệnh Phú Văn phản ánh tại buổi làm việc với Đoàn đại biểu HĐND TP HCM cuối tuần qua."))
        #expect(m.kind == "buổi làm việc")
        #expect(m.host == "Đoàn đại biểu HĐND TP HCM")
    }

    @Test func aContinentInAName() throws {
        let m = try #require(meeting("Kinh tế châu Á tăng trưởng mạnh\n"
            + "Các nhà lãnh đạo đánh giá cao tiềm năng khu vực tại hội nghị thường niên lần thứ 37 của Ngân hàng Phát triển châu Á (ADB) vừa được tổ chức ở Hàn Quốc."))
        #expect(m.host == "Ngân hàng Phát triển châu Á (ADB)")
        let europe = try #require(meeting("EU mở cửa\nChủ tịch Ủy ban châu Âu Romano Prodi đã khẳng định như vậy trong cuộc họp báo chiều 11/3 tại Hà Nội."))
        #expect(europe.host == "Ủy ban châu Âu")
    }

    @Test func aPresidiumIsNamedWhole() throws {
        let m = try #require(meeting("Sáng nay, Hội nghị Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam đã họp phiên bất thường."))
        #expect(m.host == "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam")
    }

    @Test(arguments: [
        "Trong buổi họp sơ kết công tác phòng chống dịch cúm gia cầm H5N1 chiều qua, đại diện ngành thú y cho biết nguy cơ tái dịch còn lớn.",
        "Ngày 18/3, Ban tổ chức cuộc thi Những cuốn sách vàng lần III-2006 họp báo công bố những cuốn đoạt giải.",
        "Sáng 26-2, Hội nghị Đại biểu (ĐB) Quốc hội chuyên trách lần thứ 8 đã kết thúc.",
    ])
    func noHalfNameVirusOrEditionAsHost(lead: String) throws {
        // (They were "H5N1", "III-2006" and "ĐB": no host is better.)
        #expect(try #require(meeting(lead)).host == nil)
    }

    /// A meeting placed by a month alone is long past or still to come, not the news; the meeting
    /// the sentence reports held is.
    @Test func aMeetingPlacedByAMonthIsNotTheNews() throws {
        #expect(meeting("Thủ tướng Anh đề xuất hội nghị Trung Đông\nÔng Tony Blair hôm qua đề nghị được đứng ra chủ trì hội nghị "
            + "Trung Đông kéo dài một ngày trong tháng 3/2005 tại London.") == nil)
        #expect(meeting("Kerry chỉ trích\nJohn Kerry hôm qua nhắc lại lời ông nói tại cuộc họp báo hồi tháng 1-2006.") == nil)
        let held = try #require(meeting("Cuối tháng 3, công khai danh sách ứng cử\nSau khi chốt lại thời gian tiến hành Đại hội LĐBĐ VN "
            + "nhiệm kỳ V vào trung tuần tháng 4-2005, hôm qua (4-3), Bộ trưởng - Chủ nhiệm Ủy ban TDTT Nguyễn Danh Thái và Ban Thường "
            + "vụ LĐBĐ VN đã có cuộc làm việc kéo dài hơn 2 giờ."))
        #expect(held.kind == "cuộc làm việc")
        // A month said to be past, with no year: background (not the month of another event the name
        // goes on to, nor a day of that month).
        #expect(meeting("Rootkit nguy hiểm\nTheo Microsoft, phần mềm này đang lây lan sang Windows. Microsoft đã cảnh báo lần đầu "
            + "tiên về nguy cơ này tại một hội nghị an ninh mạng tháng 2 vừa qua.") == nil)
        #expect(meeting("Ngành TDTT nhìn lại\nNgành TDTT TPHCM có dịp nhìn lại chính mình bằng lễ tổng kết năm 2005 vào cuối tháng 1 "
            + "vừa qua, thời điểm nhiều người tất bật đón Xuân.") == nil)
        #expect(meeting("Hai bên đã thông qua biên bản của phiên họp thứ hai diễn ra tháng trước của Ủy ban hỗn hợp.") == nil)
        #expect(try #require(meeting("Thanh tra vào cuộc\nHôm qua, Thanh tra Ủy ban TDTT đã vào TPHCM để có cuộc làm việc với Ban Giám "
            + "đốc Sở TDTT TP về vụ ẩu đả tại cuộc đua xe đạp Tour Thái Lan vào tháng 5 vừa qua.")).kind == "cuộc làm việc")
        // (not the month a session is named by)
        #expect(try #require(meeting("Sáng nay, phiên họp thường kỳ tháng 2-2006 của Chính phủ đã khai mạc tại Hà Nội.")).kind == "phiên họp")
    }

    /// The committee that organises a meeting is named after it; naming the committee reports no
    /// meeting.
    @Test(arguments: [
        "Ông Nguyễn Thiện Nhân, Phó Chủ tịch Thường trực UBND TPHCM, vừa được cử làm Trưởng Ban Tổ chức Hội nghị Cấp cao APEC năm 2006 của TP.",
        "Một nhóm tín đồ đạo Cơ đốc hôm qua đã chỉ trích Ban tổ chức lễ trao giải Oscar khi chọn diễn viên hài Chris Rock.",
        // (nor naming its delegates)
        "Sáng 16/8, Đoàn đại biểu Đại hội Hội Cựu giáo chức tỉnh nhiệm kỳ 2023-2028 đã vào Lăng viếng Chủ tịch Hồ Chí Minh.",
    ])
    func anOrganisingCommitteeIsNoMeeting(lead: String) {
        #expect(meeting("Tiêu đề bài báo\n" + lead) == nil)
    }

    /// A steering committee named after a congress holds the press conference the lead reports.
    @Test func aSteeringCommitteesPressConference() throws {
        let m = try #require(meeting("Chiều 18/10/2024, Ban chỉ đạo Đại hội đại biểu các dân tộc thiểu số tỉnh Đắk Lắk lần thứ IV năm 2024 tổ chức "
            + "họp báo cung cấp thông tin liên quan đến đại hội."))
        #expect(m.kind == "họp báo")
    }
}
