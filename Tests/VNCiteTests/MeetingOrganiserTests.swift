import Testing
@testable import VNCite

/// The body that organised a meeting, named by "do X tổ chức" or "được X tổ chức" however late
/// in the sentence, and the elected body that came to oversee a working session.
@Suite struct MeetingOrganiserTests {
    let title = "Doanh nghiệp than thủ tục hoàn thuế kéo dài\n"

    @Test func anOrganiserWhoseNameHoldsAnAnd() throws {
        let m = try #require(meeting(title
            + "Phát biểu tại cuộc họp tháo gỡ vướng mắc về thuế cho doanh nghiệp do Trung tâm Xúc tiến thương mại và đầu tư Cần Thơ (ITPC) tổ chức hôm qua, bà Lê Thị Hoa cho biết hồ sơ phải chờ nhiều tháng."))
        #expect(m.host == "Trung tâm Xúc tiến thương mại và đầu tư Cần Thơ (ITPC)")
        // The meeting's name stops where its organiser begins.
        #expect(m.what == "cuộc họp tháo gỡ vướng mắc về thuế cho doanh nghiệp")
    }

    /// An organiser with a long name: a bank's full name, its short name in brackets and its branch.
    @Test func anOrganiserWithALongName() throws {
        let m = try #require(meeting("Lễ Bàn giao “Nhà Đại đoàn kết - 2023” do Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam "
            + "(Agribank) Chi nhánh tỉnh Bình Định phối hợp với Ủy ban MTTQ Việt Nam tỉnh Bình Định tổ chức."))
        #expect(m.host == "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam (Agribank) Chi nhánh tỉnh Bình Định")
    }

    /// An organiser named by its head alone, which is a name by itself, however late it comes; not a
    /// chair's office.
    @Test(arguments: [
        ("Sáng 14/8, Hội nghị toàn quốc sơ kết 5 năm thực hiện công tác cán bộ, đánh giá kết quả năm 2023 được Bộ Chính trị tổ chức dưới sự chủ trì của Tổng Bí thư Nguyễn Văn Phong.",
         "Bộ Chính trị"),
        ("Chiều 2/3, hội nghị quán triệt, triển khai các văn bản mới của Trung ương, của tỉnh do Tỉnh ủy tổ chức dưới sự chủ trì của Bí thư Tỉnh ủy Trần Văn Hòa.",
         "Tỉnh ủy"),
    ])
    func anOrganiserThatIsANameByItself(lead: String, host: String) throws {
        #expect(try #require(meeting(lead)).host == host)
    }

    /// An aside in brackets after the organiser's name ("gọi tắt là …") is no part of it.
    @Test func anOrganiserWithAnAsideInBrackets() throws {
        let m = try #require(meeting("Chống buôn lậu vẫn bị động\n"
            + "Tại hội nghị về công tác chống buôn lậu do Ban Chỉ đạo phòng chống buôn lậu và gian lận thương mại T.Ư (gọi tắt là Ban 127/TW) tổ chức hôm qua tại Hà Nội, Phó thủ tướng Vũ Khoan đánh giá công tác còn bị động."))
        #expect(m.host == "Ban Chỉ đạo phòng chống buôn lậu và gian lận thương mại T.Ư")
    }

    /// The organising committee of an event, named by the event, held what it organised; its name
    /// runs to the verbs, its year and small letters and all.
    @Test(arguments: [
        ("Sáng 7-4, Ban Tổ chức Cuộc đua xe đạp tranh Cúp Truyền hình lần thứ 17 năm 2005 đã tổ chức buổi họp báo để giới thiệu về cuộc đua.",
         "Ban Tổ chức Cuộc đua xe đạp tranh Cúp Truyền hình lần thứ 17 năm 2005"),
        ("Chiều qua, BTC giải bóng đá chuyên nghiệp Việt Nam 2005 tổ chức họp báo giới thiệu giải tại TP HCM.",
         "BTC giải bóng đá chuyên nghiệp Việt Nam 2005"),
        ("Ban tổ chức bảng A Tiger Cup tại Việt Nam hôm nay đã tổ chức buổi họp kỹ thuật với các đội.",
         "Ban tổ chức bảng A Tiger Cup tại Việt Nam"),
        // (after a body listed before it with a comma, the first of them; not after the place of the clause)
        ("Ngày 14-9, tại Hà Nội, UBND tỉnh Gia Lai, Ban tổ chức Lễ hội văn hóa cồng chiêng tổ chức họp báo giới thiệu lễ hội.", "UBND tỉnh Gia Lai"),
        ("Sáng 5/3/2024, tại Hà Nội, Ban tổ chức Giải bóng đá Vô địch quốc gia tổ chức buổi họp báo.", "Ban tổ chức Giải bóng đá Vô địch quốc gia"),
        // (its year after a comma, past the chair's office)
        ("Ngày 24/8, Ban Tổ chức Đại hội Thể dục thể thao huyện Yên Lập lần thứ IX, năm 2021 đã tổ chức Hội nghị họp Ban Tổ chức. "
            + "Đồng chí Đinh Hải Nam, Phó Chủ tịch UBND huyện, Trưởng Ban Tổ chức chủ trì hội nghị.",
         "Ban Tổ chức Đại hội Thể dục thể thao huyện Yên Lập lần thứ IX, năm 2021"),
        // (an event's steering committee, named by its event)
        ("Ngày 12-9, Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số (DTTS) tỉnh lần thứ III, năm 2019 tổ chức cuộc họp nhằm rà soát công tác chuẩn bị.",
         "Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số (DTTS) tỉnh lần thứ III, năm 2019"),
    ])
    func anEventsOrganisingCommittee(lead: String, host: String) throws {
        #expect(try #require(meeting(lead)).host == host)
    }

    @Test func theFirstOfTwoOrganisersLateInTheSentence() throws {
        let m = try #require(meeting("Tỷ lệ sinh giảm mạnh ở đồng bằng\n"
            + "Đó là thông tin được đưa ra tại cuộc hội thảo ngày 5-12 tại Hà Nội để công bố kết quả cuộc điều tra biến động dân số giữa kỳ năm 2005 do Tổng cục Thống kê và Quỹ Dân số Liên Hiệp Quốc tổ chức."))
        #expect(m.host == "Tổng cục Thống kê")
    }

    /// A long name, then ", do X tổ chức": still the organiser; a "do" late and with no comma before
    /// it is something else's ("do Ngân hàng … (ADB) và tổ chức hợp tác … khởi xướng").
    @Test func theOrganiserAfterALongName() throws {
        let m = try #require(meeting("Đây là nội dung của Hội nghị tổng kết 5 năm thực hiện Chỉ thị của Thủ tướng về phát huy vai trò của người "
            + "có uy tín trong đồng bào dân tộc thiểu số trong sự nghiệp xây dựng và bảo vệ Tổ quốc, do Ủy ban Trung ương Mặt trận Tổ quốc "
            + "Việt Nam phối hợp với Bộ Công an tổ chức hôm nay tại Hà Nội."))
        #expect(m.host == "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")
        let other = try #require(meeting("Hôm nay, tại cuộc họp Ban chỉ đạo lần thứ 5 ở Manila (Philippines), Việt Nam trở thành nước thứ 23 "
            + "trong khu vực ký bản kế hoạch hành động chống tham nhũng khu vực do Ngân hàng phát triển châu Á (ADB) và tổ chức hợp tác "
            + "phát triển kinh tế (OECD) khởi xướng."))
        #expect(other.host == nil)
    }

    @Test func anOrganisationKnownByItsOwnName() throws {
        let m = try #require(meeting("Máy tính \"bó tay\" với tài sản của Bill Gates\nPhát biểu tại một hội nghị do Microsoft tổ chức ở "
            + "Lisbon hôm qua, ông nói rằng một máy tính thông thường không thể xử lý đúng các số liệu tài chính của ông."))
        #expect(m.host == "Microsoft")
        // (a person's name is Vietnamese syllables: no organisation by itself)
        let p = try #require(meeting("Tin\nPhát biểu tại một hội thảo do Nguyễn Văn An tổ chức ở Hà Nội hôm qua, ông nói rằng giá sẽ tăng."))
        #expect(p.host == nil)
    }

    @Test func doAfterACommaStillNamesTheOrganiser() throws {
        let m = try #require(meeting("Hàng nghìn người dự mít tinh phòng chống sốt xuất huyết\n"
            + "Buổi mít tinh diễn ra vào lúc 18 giờ chiều nay tại quảng trường trung tâm thành phố Cần Thơ, do Bộ Y tế phối hợp với UBND TP Cần Thơ tổ chức."))
        #expect(m.host == "Bộ Y tế")
    }

    @Test(arguments: [
        ("do Bộ Nội vụ và Ủy ban MTTQ Việt Nam chủ trì", "Bộ Nội vụ"),
        ("do Đại học Quốc gia TP.HCM và Sở Tài nguyên - Môi trường tổ chức", "Đại học Quốc gia TP.HCM"),
        // One body whose name holds "và": no head after it.
        ("do Bộ Khoa học và Công nghệ tổ chức", "Bộ Khoa học và Công nghệ"),
        // A list with commas, however long; how the first joined the next is no part of its name.
        ("do Hội Kiến trúc sư Việt Nam, UBND thành phố Đà Lạt, Sở Xây dựng Lâm Đồng tổ chức", "Hội Kiến trúc sư Việt Nam"),
        ("do Ủy ban Khoa học Công nghệ và Môi trường Quốc hội kết hợp với Văn phòng luật sư Lê Lê tổ chức",
         "Ủy ban Khoa học Công nghệ và Môi trường Quốc hội"),
    ])
    func twoOrganisersGiveTheFirst(organisers: String, host: String) throws {
        let m = try #require(meeting("Bàn cách quản lý đất đô thị\n"
            + "Hội nghị giao ban về quản lý đất đô thị các tỉnh phía Nam đã diễn ra tại Đồng Nai sáng 10/4, " + organisers + "."))
        #expect(m.host == host)
    }

    @Test func whoConvenedItOrganisedIt() throws {
        let m = try #require(meeting("Bão số 4 đổ bộ vào Cà Mau\n"
            + "Tại cuộc họp khẩn do Ủy ban phòng chống lụt bão TƯ triệu tập hôm nay tại TP HCM, các tỉnh phía Nam cho biết đã sẵn sàng."))
        #expect(m.host == "Ủy ban phòng chống lụt bão TƯ")
    }

    @Test func thePassiveNamesTheOrganiserToo() throws {
        let m = try #require(meeting("Bàn giải pháp phần mềm cho doanh nghiệp nhỏ\n"
            + "Chiều qua, một cuộc hội thảo về giải pháp phần mềm quản lý cho doanh nghiệp nhỏ và vừa đã được Hội Tin học TP HCM tổ chức tại quận 3."))
        #expect(m.host == "Hội Tin học TP HCM")
    }

    @Test func aMeetingThatOpensTheSentenceHasItsOrganiserAnywhereInIt() throws {
        // The noun is the sentence's subject: "đã được … tổ chức" is its verb, past commas and brackets.
        let m = try #require(meeting("Triển khai đợt cao điểm trấn áp tội phạm khu vực phía Nam\n"
            + "Hội nghị triển khai kế hoạch mở đợt cao điểm tấn công trấn áp tội phạm, bảo đảm trật tự an toàn xã hội khu vực "
            + "các tỉnh, TP phía Nam (từ Đà Nẵng trở vào) đã được Bộ Công an tổ chức ngày hôm qua, 8-3, tại TPHCM."))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "Bộ Công an")
    }

    @Test func aDoThatNamesNoOrganiserGivesNoHost() throws {
        // "do … phê duyệt" is who approved the plan, not who held the meeting.
        let m = try #require(meeting("Bàn tiến độ dự án nâng cấp quốc lộ\n"
            + "Chiều qua, cuộc họp bàn tiến độ dự án nâng cấp quốc lộ 1A đoạn qua tỉnh theo phương án do Bộ Giao thông vận tải phê duyệt năm ngoái đã diễn ra tại trụ sở tỉnh."))
        #expect(m.host == nil)
    }

    @Test(arguments: [
        ("Ngày 3/11, tại buổi làm việc với Ban Pháp chế của HĐND TP Đà Nẵng, VKSND TP Đà Nẵng cho biết còn hơn 800 bị án chưa thi hành án.",
         "Ban Pháp chế của HĐND TP Đà Nẵng"),
        ("Tại buổi làm việc với Ban Kinh tế - Ngân sách (KT-NS) HĐND TP chiều 14-3 về tình hình sử dụng kho bãi, Công ty Lương thực TP đưa ra một báo cáo sơ sài.",
         "Ban Kinh tế - Ngân sách (KT-NS) HĐND TP"),
        ("Sáng qua, tại buổi làm việc với Đoàn ĐBQH tỉnh Nghệ An, Sở Y tế đã báo cáo tình hình thu chi bảo hiểm y tế.",
         "Đoàn ĐBQH tỉnh Nghệ An"),
        // said with the verb, by someone who is no body
        ("Đại diện Sở Tài chính TP Đà Nẵng đã nêu nhiều khó khăn khi làm việc với Ban Kinh tế - Ngân sách HĐND thành phố hôm nay.",
         "Ban Kinh tế - Ngân sách HĐND thành phố"),
        // the delegation of deputies itself, as the subject (not "Quốc hội TPHCM" out of its name)
        ("Chiều 5/3, Đoàn đại biểu Quốc hội TPHCM đã có buổi làm việc với Sở Y tế về dự án luật.", "Đoàn đại biểu Quốc hội TPHCM"),
    ])
    func aWorkingSessionWithACouncilIsTheCouncils(lead: String, host: String) throws {
        let m = try #require(meeting("Kiểm tra công tác của các ngành\n" + lead))
        #expect(m.kind == "buổi làm việc")
        #expect(m.host == host)
    }

    @Test func aCouncilMemberAsksSoTheCouncilOversees() throws {
        let m = try #require(meeting("Mỗi tháng biên phòng phát hiện một vụ buôn lậu\n"
            + "\"Vì sao lực lượng biên phòng chỉ phát hiện 17 vụ?\". Một đại biểu HĐND TP Cần Thơ chất vấn tại buổi làm việc với Bộ đội Biên phòng hôm qua."))
        #expect(m.host == "HĐND TP Cần Thơ")
    }

    @Test func aSpokesmanOfThePrimeMinisterSpeaksForTheGovernment() throws {
        let m = try #require(meeting("Thủ tướng yêu cầu không biếu quà Tết\n"
            + "Người phát ngôn của Thủ tướng, ông Nguyễn Văn Quốc đã cho biết như vậy trong cuộc họp báo thường kỳ chiều 28/1."))
        #expect(m.host == "Chính phủ")
        // The organiser the text names comes before the speaker's office.
        let named = try #require(meeting("Không công khai việc kê khai tài sản\n"
            + "Ông Nguyễn Văn Quốc, người phát ngôn của Thủ tướng, đã trả lời báo chí như vậy trong cuộc họp báo do Văn phòng Chính phủ tổ chức chiều qua."))
        #expect(named.host == "Văn phòng Chính phủ")
    }

    @Test func aNameInSmallLettersAfterCua() throws {
        let m = try #require(meeting("Trao giải cho đạo diễn trẻ\n"
            + "Tối qua, 170 đạo diễn đã đến dự lễ trao giải thưởng của Hội đạo diễn điện ảnh Việt Nam lần thứ nhất tại Hà Nội."))
        #expect(m.host == "Hội đạo diễn điện ảnh Việt Nam")
        // A time is no part of a name: "Hội Nông dân Việt Nam từ ngày 18 đến 25-4".
        let time = try #require(meeting("Tin\nSáng nay, hội nghị lần thứ 12 của Hội Nông dân Việt Nam từ ngày 18 đến 25-4 đã khai mạc tại Hà Nội."))
        #expect(time.host == "Hội Nông dân Việt Nam")
    }

    @Test func aMinisterWhoWorksWithAProvinceSpeaksForTheMinistry() throws {
        let m = try #require(meeting("Bộ trưởng ăn thịt gà\n"
            + "Ngày 8/12, Bộ trưởng Bộ NNPTNT Cao Đức Phát cùng đoàn cán bộ của Bộ đã về làm việc với tỉnh Đồng Nai về phòng chống dịch."))
        #expect(m.kind == "buổi làm việc")
        #expect(m.host == "Bộ NNPTNT")
    }

    @Test func aBodyNamedAfterATitleInQuotes() throws {
        let m = try #require(meeting("Nghiệm thu công trình lịch sử\n"
            + "Sáng 26-9, tại Dinh Thống Nhất, Hội đồng Chỉ đạo biên soạn “Lịch sử Nam Bộ kháng chiến” tổ chức kỳ họp lần thứ 3."))
        #expect(m.host == "Hội đồng Chỉ đạo biên soạn “Lịch sử Nam Bộ kháng chiến”")
    }

    @Test(arguments: [
        ("do Trung tâm Nghiên cứu giới, gia đình và môi trường tổ chức", "Trung tâm Nghiên cứu giới, gia đình và môi trường"),
        ("do Viện Kinh tế, Viện Nghiên cứu và Phát triển Pháp cùng Đại học Mở tổ chức", "Viện Kinh tế"),
        ("do Ban Thường vụ Thành Đoàn và Bộ chỉ huy Quân sự thành phố phối hợp tổ chức", "Ban Thường vụ Thành Đoàn"),
        ("do Đảng ủy Khối cơ sở Bộ Công nghiệp tại TPHCM tổ chức", "Đảng ủy Khối cơ sở Bộ Công nghiệp tại TPHCM"),
        // Where the body is, after "ở", is no part of its name; inside a later one of a list it is.
        ("do Bệnh viện Bạch Mai ở Hà Nội tổ chức", "Bệnh viện Bạch Mai"),
        ("do Ủy ban Trung ương MTTQ VN, Ủy ban về Người VN ở nước ngoài và UBND TP Hà Nội phối hợp tổ chức",
         "Ủy ban Trung ương MTTQ VN"),
        // An organisation known by a name of its own, first of two.
        ("do Vinasa và Cơ quan Xúc tiến công nghệ thông tin Hàn Quốc (KIPA) tổ chức", "Vinasa"),
    ])
    func anOrganisersNameOrItsFirst(organisers: String, host: String) throws {
        let m = try #require(meeting("Bàn về giáo dục\nHội thảo về chất lượng giáo dục " + organisers + " đã khai mạc sáng qua tại Hà Nội."))
        #expect(m.host == host)
    }

    @Test(arguments: [
        ("Chiều ngày 3/8, Cục thú y TP Cần Thơ đã có cuộc họp khẩn với các quận huyện về phòng chống dịch.", "Cục thú y TP Cần Thơ"),
        ("Sáng 21/2, Tổng cục tình báo chiến lược (Bộ Công an) tổ chức lễ kỷ niệm 60 năm ngày thành lập lực lượng.",
         "Tổng cục tình báo chiến lược (Bộ Công an)"),
        ("Sáng qua, Tổ chức tên miền quốc tế (ICANN) đã tổ chức hội nghị thường niên tại Hà Nội.", "Tổ chức tên miền quốc tế (ICANN)"),
        ("Chiều nay, Vụ Tổ chức cán bộ (Bộ Thương mại) đã có buổi làm việc đột xuất với Vụ trưởng Xuất nhập khẩu.",
         "Vụ Tổ chức cán bộ (Bộ Thương mại)"),
        // longer when an abbreviation in brackets closes the name
        ("Trong cuộc họp thường niên mới đây, Liên đoàn khiêu vũ thể thao quốc tế (IDSF) đã chấp nhận Việt Nam là thành viên.",
         "Liên đoàn khiêu vũ thể thao quốc tế (IDSF)"),
        ("Hôm qua, Ban giám đốc Cơ quan năng lượng nguyên tử quốc tế (IAEA) đã nhóm họp khẩn cấp tại Vienna (Áo).",
         "Ban giám đốc Cơ quan năng lượng nguyên tử quốc tế (IAEA)"),
    ])
    func aSubjectWhoseNameGoesOnInSmallLetters(lead: String, host: String) throws {
        #expect(try #require(meeting("Tin trong ngày\n" + lead)).host == host)
    }

    @Test func aCaptionsMentionThenTheReportThatNamesTheHost() throws {
        let m = try #require(meeting("Đặt niềm tin vào thế hệ trẻ Các đại biểu dự mít tinh tại Trung tâm Hội nghị quốc tế Hà Nội Tối 25-3, "
            + "tại Trung tâm Hội nghị quốc tế Hà Nội, T.Ư Đoàn TNCS Hồ Chí Minh long trọng tổ chức mít-tinh kỷ niệm 75 năm Ngày thành lập Đoàn."))
        #expect(m.kind == "mít tinh")
        #expect(m.host == "T.Ư Đoàn TNCS Hồ Chí Minh")
    }

    @Test func thePartiesOfAMeetingNamedInSmallLetters() throws {
        let m = try #require(meeting("Da giày theo kiện\nTrong buổi họp khẩn sáng 12/7 giữa Hiệp hội da giày VN (Lefaso), Hiệp hội da giày TP HCM và các nhà sản xuất, Lefaso đề nghị bầu ban thường trực."))
        #expect(m.host == "Hiệp hội da giày VN (Lefaso)")
    }

    @Test(arguments: [
        ("Sáng nay (18/4), tại hội trường Ba Đình, Đại hội Đảng toàn quốc lần thứ X đã chính thức khai mạc.", "Đảng"),
        // (At most ten words after the head when a "và" joins two of them.)
        ("Trung tâm Nước sinh hoạt và Vệ sinh môi trường nông thôn TPHCM vừa tổ chức lễ khởi công trạm cấp nước.",
         "Trung tâm Nước sinh hoạt và Vệ sinh môi trường nông thôn TPHCM"),
        // "phương" of "địa phương" only: "Quốc hội phương (án)" is "Quốc hội".
        ("Chiều qua, tại kỳ họp này Quốc hội phương án sắp xếp lại các bộ đã được thảo luận sôi nổi.", "Quốc hội"),
    ])
    func namesThatEndWhereTheyShould(lead: String, host: String) throws {
        #expect(try #require(meeting("Tin trong ngày\n" + lead)).host == host)
    }

    @Test func aNameIsNotCutInsideACompound() throws {
        // "hành" of "chấp hành", "điều hành" only: "Hiệp hội hành (vi động vật)" names no body.
        let m = try #require(meeting("Tin trong ngày\nSáng qua, tại cuộc họp thường niên của Hiệp hội hành vi động vật, ông A cho biết."))
        #expect(m.host == nil)
    }

    @Test func theNextClauseStartsAtAComma() throws {
        // Sixteen words on, "Đảng" of "Ban tổ chức T.Ư Đảng" opens no clause.
        let m = try #require(meeting("Tin trong ngày\nTại hội nghị về công tác xây dựng Đảng và tổ chức cán bộ do Ban tổ chức T.Ư Đảng tổ chức sáng qua, ông A nhấn mạnh."))
        #expect(m.host == "Ban tổ chức T.Ư Đảng")
    }

    @Test func aListOfNumbersInTheNameDoesNotEndTheSentencesReach() throws {
        let m = try #require(meeting("Nội dung sách giáo khoa\nÔng Lê Ngọc Điệp, trưởng phòng Tiểu học, đã đưa ra những nhận xét như vậy tại Hội nghị "
            + "đánh giá kết quả sau 3 năm triển khai đại trà chương trình SGK lớp 1, 2, 3 mới, do Bộ Giáo dục và Đào tạo tổ chức tại TP HCM."))
        #expect(m.host == "Bộ Giáo dục và Đào tạo")
        // Nor the comma of a task's pair ("phương hướng, nhiệm vụ"), however far into the name.
        let pair = try #require(meeting("Theo thông tin từ hội nghị trực tuyến sơ kết công tác bảo đảm trật tự an toàn giao thông quý 1 và "
            + "triển khai phương hướng, nhiệm vụ quý 2-2024 do Ủy ban An toàn giao thông quốc gia tổ chức ngày 24-4 tại Hà Nội, trong "
            + "quý 1, vẫn còn 22 địa phương có số người chết do tai nạn giao thông tăng."))
        #expect(pair.host == "Ủy ban An toàn giao thông quốc gia")
    }

    @Test func aDashThatOpensTheParagraphIsNoPartOfTheClause() throws {
        let m = try #require(meeting("Đậu xe thế nào tại trung tâm TP.HCM?\n- Sau buổi làm việc với Hiệp hội Taxi TP mới đây, "
            + "UBND quận 1 thống nhất qui hoạch 16 tuyến đường cho taxi dừng đậu."))
        #expect(m.host == "UBND quận 1")
    }

    @Test func theLeadAfterTheOutletsMarkBeforeItsHeadline() throws {
        let m = try #require(meeting("Triệu tập Đại hội X của Đảng từ ngày 18 đến 25-4 (NLĐ)- Hội nghị lần thứ 14 Ban Chấp hành Trung ương Đảng khóa IX đã bế mạc ngày 24-3 sau 5 ngày làm việc tại Hà Nội."))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "Ban Chấp hành Trung ương Đảng")
    }

    @Test func anOutletsMarkAfterAFullStopEndsTheHeadline() throws {
        let m = try #require(meeting("Đoàn thể dục nghệ thuật Đan Mạch biểu diễn xuyên Việt (NLĐ).- Trong cuộc họp báo tại Hà Nội sáng qua, Đại sứ Đan Mạch công bố chủ đề của chuyến biểu diễn."))
        #expect(m.host == nil)
    }

    @Test func aWorkingSessionWithADepartmentIsTheSubjects() throws {
        let m = try #require(meeting("Kiểm tra công tác của các ngành\n"
            + "Sáng qua, Thường trực HĐND tỉnh Nghệ An đã có buổi làm việc với Sở Tài chính về tình hình thu ngân sách."))
        #expect(m.host == "Thường trực HĐND tỉnh Nghệ An")
    }
}

extension MeetingOrganiserTests {
    /// The organiser after a name whose topics are listed with commas, in small letters.
    @Test func theOrganiserAfterTopicsListedWithCommas() throws {
        let m = try #require(meeting("Tại buổi Tọa đàm về xây dựng và bảo vệ thương hiệu, đấu tranh chống hàng giả, hàng vi phạm sở hữu "
            + "trí tuệ (SHTT) do Hiệp hội Chống hàng giả và Bảo vệ thương hiệu Việt Nam (Vatap) phối hợp với Cục Quản lý Thị trường "
            + "tổ chức sáng nay (20/6), Phó Thủ tướng chỉ đạo các lực lượng phải nâng cao trách nhiệm."))
        #expect(m.host == "Hiệp hội Chống hàng giả và Bảo vệ thương hiệu Việt Nam (Vatap)")
    }
}
