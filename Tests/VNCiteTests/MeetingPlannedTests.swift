import Testing
@testable import VNCite

/// A meeting held, or one only planned or put off: what its purpose says is to come, or what is
/// to come after a time just past, does not make it planned; a congress put off, or one its
/// preparatory committee prepares, is not held; nor is one its clause says was not held or not
/// attended ("không … tổ chức hội nghị", "không đến dự buổi họp").
@Suite struct MeetingPlannedTests {
    @Test(arguments: [
        ("Ngày 13/2, Hội nghị ĐBQH chuyên trách đã khai mạc tại Hà Nội để đóng góp ý kiến vào các dự luật sẽ được trình Quốc hội thông qua tại kỳ họp thứ 9 sắp tới.",
         "hội nghị", "Hội nghị ĐBQH chuyên trách"),
        ("Cuộc họp sáng nay tại Sở Tài nguyên môi trường nhằm hoàn chỉnh đề cương dự án cho thấy, vẫn chưa có sự thống nhất ý kiến.",
         "cuộc họp", "Cuộc họp sáng nay tại Sở Tài nguyên môi trường nhằm hoàn chỉnh đề cương dự án"),
        // a time just past places it; what its participants will do is theirs
        ("Trong tuyên bố chung bế mạc hội nghị viện trợ cho những nước chịu ảnh hưởng của sóng thần hôm qua, các nhà lãnh "
            + "đạo cam kết sẽ thiết lập hệ thống cảnh báo sớm.", "hội nghị", "hội nghị viện trợ"),
        // what it decided is what is to come of it
        ("Cuộc làm việc giữa Sở Công nghiệp với các công ty điện lực sáng 12/3 đã đi đến kết luận sẽ giữ nguyên giá điện sinh hoạt.",
         "cuộc làm việc", "Cuộc làm việc giữa Sở Công nghiệp"),
        ("Cuộc họp diễn ra chiều 9/4 đã thống nhất sẽ đề nghị UBND thành phố cho tạm dừng dự án.", "cuộc họp", "Cuộc họp"),
        // the preparations are its subject, or what it prepares for
        ("Hôm nay, UBND TP HCM có buổi làm việc cùng các ban ngành về công tác chuẩn bị đấu giá quyền sử dụng đất.",
         "buổi làm việc", "buổi làm việc cùng các ban ngành"),
        ("Cuộc họp xây dựng kế hoạch tập huấn, thi đấu của đội tuyển chuẩn bị cho SEA Games 23 đã nhất trí tập trung cả hai đội.",
         "cuộc họp", "Cuộc họp xây dựng kế hoạch tập huấn"),
        ("Chiều nay, đặc phái viên Christopher Hill có cuộc gặp trực tiếp với người đồng cấp Triều Tiên, nhằm chuẩn bị cho cuộc "
            + "thương thuyết khai mạc vào ngày mai.", "cuộc gặp", "cuộc gặp trực tiếp"),
        // (the last of the purposes its "để" lists)
        ("Chiều 11/11, Hiệp hội Doanh nghiệp tỉnh Thanh Hóa tổ chức Hội nghị Ban Chấp hành mở rộng để kiện toàn tổ chức và thống "
            + "nhất phương án nhân sự, chuẩn bị Đại hội lần thứ 4, nhiệm kỳ 2025-2030.", "hội nghị", "Hội nghị Ban Chấp hành mở rộng"),
        // the words of its title in quotes are the title's
        ("Tọa đàm \"Luật Dữ liệu: Doanh nghiệp cần chuẩn bị gì?\" do Bộ Công an tổ chức tại Hà Nội vừa qua thu hút nhiều chuyên gia.",
         "tọa đàm", "Tọa đàm \"Luật Dữ liệu: Doanh nghiệp cần chuẩn bị gì?\""),
        ("Hội thảo “Doanh nghiệp sẽ làm gì với dữ liệu” do Bộ Công an tổ chức chiều qua tại Hà Nội.",
         "hội thảo", "Hội thảo “Doanh nghiệp sẽ làm gì với dữ liệu”"),
    ])
    func aPurposeAfterHoldingIsNoPlan(lead: String, kind: String, named: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == kind)
        #expect(m.what.hasPrefix(named))
    }

    @Test(arguments: [
        // a purpose before any verb of holding: still to come
        "Hội nghị nhằm thúc đẩy hợp tác giữa hai nước sẽ diễn ra tại Hà Nội vào tháng 5.",
        "Hội nghị nhằm thống nhất kế hoạch tuyển sinh sẽ diễn ra vào ngày 5/3 tại Đà Nẵng.",
        "Cuộc họp sẽ thông qua phương án giá điện mới vào cuối tháng này.",
        // a saying quoted whole keeps its future; a title in quotes does not hide the sentence's
        "Ông Nguyễn Văn A cho biết: \"Tỉnh sẽ tổ chức hội nghị xúc tiến đầu tư vào tháng 5\".",
        "Hội thảo \"Doanh nghiệp và dữ liệu\" sẽ được tổ chức tại Hà Nội vào ngày 20/12.",
        // a meeting whose topic a sentence names, to be held ("chủ đề của một cuộc hội thảo sẽ được tổ chức")
        "Đó là chủ đề của một cuộc hội thảo sẽ được tổ chức tại Trung tâm Văn hóa Kinh Bắc do Chủ tịch tỉnh Bắc Ninh chủ trì diễn ra vào ngày 14/7/2012.",
        // holding such meetings in general: an activity, or its time
        "So với quy định cũ, Nghị định mới ban hành có mức phạt tăng lên gấp nhiều lần đặc biệt là trong hoạt động tổ chức họp báo.",
        "Cụ thể những hành vi và mức phạt tương ứng về những lỗi khi tổ chức họp báo được quy định tại Điều 11 Nghị định 119/2020.",
        // a need, and the title's congress that the lead says must be held
        "Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII: Các địa phương đẩy nhanh việc tổ chức Đại hội\n\nTheo Chỉ thị số 16 "
            + "của Ban Bí thư về lãnh đạo Đại hội Hội Nông dân các cấp, một trong những nhiệm vụ trọng tâm đó là cần phải tổ chức Đại hội "
            + "Hội Nông dân các cấp theo đúng tiến độ.",
        // what another clause prepares for is no meeting's name ("Đại hội X … và chuẩn bị cho …")
        "Chào mừng thành công Đại hội X của Đảng và chuẩn bị cho một mùa du lịch mới, tối 29.4, tỉnh Quảng Ninh đã tổ chức lễ khai hội du lịch Hạ Long 2006.",
        // a session decided on, to come; the rules of a session, a document
        "Ủy ban Thường vụ Quốc hội quyết định triệu tập Kỳ họp bất thường lần thứ 3, Quốc hội khóa XV để xem xét công tác nhân sự.",
        "Kế hoạch triển khai công tác bầu cử đại biểu Quốc hội khoá XV và bầu cử đại biểu HĐND các cấp\n\nMở hội nghị triển khai công tác "
            + "bầu cử đại biểu Quốc hội và bầu cử đại biểu HĐND các cấp ở huyện, thành, thị.",
        "Triệu tập đủ thành phần ở cấp tỉnh, cấp huyện dự Hội nghị trực tuyến triển khai công tác bầu cử của Hội đồng Bầu cử quốc gia.",
        "Bắc Quang: Quyết định triệu tập Kỳ họp thứ Nhất HĐND huyện khóa XXI, nhiệm kỳ 2021-2026\n\nSố lượng đại biểu được triệu tập là 35 đại biểu.",
        "(QNO) – Thường trực Tỉnh ủy vừa thống nhất chủ trương tổ chức gặp mặt và đối thoại với người có uy tín trong đồng bào dân tộc thiểu số.",
        "Quyết định căn cứ Luật Tổ chức Quốc hội và Nội quy kỳ họp Quốc hội ban hành kèm theo Nghị quyết số 102/2015/QH13.",
        // the congress ahead, not the event held
        "Hướng tới Đại hội lần thứ XIII Công đoàn Việt Nam nhiệm kỳ 2023-2028, ngày 19/11/2023, Liên đoàn lao động huyện đã tổ chức giải bóng chuyền hơi.",
        // put off
        "Hôm nay, Ban trù bị Đại hội Liên đoàn bóng đá Việt Nam nhiệm kỳ V đã quyết định lùi thời gian tổ chức đại hội, từ 29-30/5 thành 1-2/6.",
        "Hôm qua, Bộ Thống nhất yêu cầu dời địa điểm cuộc họp tới Bình Nhưỡng.",
        // a meeting a numbered plan sets out
        "Ngày 07/11/2017, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số 1970/KH-SVHTTDL tổ chức tọa đàm kỷ niệm Ngày di sản văn hóa.",
        // what may take place, what is funded or registered for, what is called for
        "Hôm nay, các đảng đối lập sẽ trình đơn. Cùng ngày, có thể diễn ra cuộc gặp giữa ông Trần Thuỷ Biển và đối thủ Liên Chiến.",
        "Thủ tướng vừa phê duyệt kinh phí tổ chức lễ kỷ niệm 60 năm Cách mạng tháng 8 với số tiền 71 tỷ đồng.",
        "Đến nay đã có 13 nước đăng ký tham dự Festival Biển Nha Trang và Hội thảo quốc tế các vịnh đẹp nhất thế giới.",
        "Tổng thống Mỹ George Bush kêu gọi LHQ nhanh chóng tổ chức một phiên họp bàn về bản báo cáo.",
        // (or wanted, or opposed)
        "Hôm sau, Tổng thống Bush thông báo với các cố vấn về mong muốn tổ chức hội nghị thượng đỉnh với Thủ tướng Anh.",
        "Mới đây, sinh viên Trường ĐH Hoa Sen phản đối trường tổ chức lễ tốt nghiệp tại Nhà thi đấu Nguyễn Du.",
        // (or ordered, by a guidance to the sections under it)
        "Ban Thư ký Hội Sinh viên trường thông báo đến các LCHSV khoa tiến hành tổ chức Đại hội gồm những nội dung sau:",
        // later today it may still be to come
        "Theo dự đoán của các nhà phân tích, trong buổi họp chiều nay, FED sẽ thảo luận nhiều vấn đề về lạm phát.",
        // a standing committee is a body
        "Uỷ ban Thường vụ Đại hội Đại biểu Nhân dân toàn quốc hôm qua quyết định, đặc khu sẽ không tiến hành bỏ phiếu.",
        // the committee that prepares a congress speaks for it
        "Nguồn tin từ Ban Trù bị Đại hội LĐBĐ VN khóa V hôm qua cho biết ông Hỷ là ứng viên số 1.",
        // what the next sentence says this is, is the gathering to come (an ellipsis before a small
        // letter ends no sentence)
        "Ngày 8 và 9/12 tới, gần 100 nhà đầu tư nước ngoài trong lĩnh vực quỹ đầu tư, ngân hàng... nhóm họp tại TP HCM. "
            + "Đây là lần đầu tiên VN tổ chức hội nghị kêu gọi đầu tư gián tiếp.",
        // the title names the meeting the lead says is to come
        "Quốc hội Iraq họp phiên đầu tiên\nSau những thương lượng đến tận phút chót giữa các phe phái, các nghị sĩ Iraq hôm nay sẽ "
            + "nhóm họp lần đầu tiên kể từ sau khi chế độ Saddam Hussein sụp đổ.",
        // a seminar's schedule after a sentence told in the future: an advert
        "Bà Susan Burge, đại diện Đại học East Anglia, sẽ trực tiếp giới thiệu và phỏng vấn học sinh. Hội thảo được tổ chức tại Hà Nội "
            + "và TP HCM từ ngày 3 đến 10/5.",
        // ready for it is not yet held
        "Theo tin từ Hiệp hội chế biến và xuất khẩu Việt Nam (VASEP), về cơ bản Việt Nam đã sẵn sàng cho việc tổ chức Hội nghị "
            + "Liên minh tôm toàn cầu (GSOL) vào tháng 10 năm nay.",
        // a meeting its clause says was not held, or not attended
        "\"NATO không đạt đồng thuận về việc tổ chức hội nghị\", một nhà ngoại giao giấu tên nói.",
        "Em bị cô giáo phạt đứng vì cha em không đến dự buổi họp phụ huynh.",
        "5 thành viên người Shiite trong Hội đồng điều hành không xuất hiện tại lễ ký ở Baghdad hôm qua, vì thế buổi lễ bị hủy bỏ.",
        // told in the future past a list that ends the clause of its name
        "Hội nghị An ninh Đông Á quy tụ các nhà lãnh đạo ASEAN, Trung Quốc, Nhật và Hàn Quốc dự kiến diễn ra ở Malaysia tháng 12.",
        "Ông Ali Larijani thông báo một cuộc họp giữa Iran và các quan chức 3 nước EU là Anh, Pháp và Đức sẽ được tổ chức tại Vienne.",
        // what happened before it
        "Quyết định này được công bố hôm qua, chỉ ba ngày trước khi diễn ra một cuộc họp quan trọng của Hội đồng Bảo an.",
        "Sáng nay, các bộ trưởng đã gặp riêng để thống nhất lập trường trước khi khai mạc hội nghị thượng đỉnh ASEAN.",
    ])
    func notHeld(lead: String) {
        #expect(meeting(lead) == nil)
    }

    /// What a purpose that opens the sentence prepares for is not the meeting's future.
    /// A meeting to be held as a purpose or as a plan's subject, one its members are summoned to, and
    /// the congresses of every level, are no meeting held; holding one that is criticised still is.
    @Test(arguments: [
        "Ngày 24/2, Ban Thường vụ Huyện ủy Thanh Hà đã chọn Đảng bộ xã Tân Việt và Đảng bộ Xí nghiệp thủy lợi để tổ chức đại hội điểm nhiệm kỳ 2020-2025.",
        "Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương đã khẩn trương ban hành Kế hoạch số 08 về tổ chức đại hội các đảng bộ trực thuộc.",
        "Ngày 10/9/2020, Ban Tuyên giáo Trung ương đã hướng dẫn thảo luận các văn kiện tại đại hội đảng bộ các cấp.",
        // (a list after it names none either)
        "Ngày 19/3/2013, UBND tỉnh đã ban hành Quyết định số 17/2013/QĐ-UBND quy định về tổ chức hội nghị, hội thảo quốc tế trên địa bàn tỉnh.",
        "Thủ tướng Chính phủ vừa đồng ý với đề xuất của Bộ Kế hoạch và Đầu tư về việc tổ chức Hội nghị Thủ tướng với doanh nghiệp.",
        // (a guide's subject, a verb of seeing to it before "tổ chức")
        "Thực hiện Hướng dẫn số 38-HD/QU ngày 31/5/2022 của Ban thường vụ Quận uỷ về việc chỉ đạo tổ chức Đại hội Chi bộ trực thuộc Đảng bộ cơ sở nhiệm kỳ 2022 -2025. Đảng uỷ phường Khương Thượng đã bám sát sự chỉ đạo của Quận uỷ Đống Đa.",
        // (many units, one meeting each)
        "Trong dịp này, các cấp ủy đảng cũng tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị số 05 của Bộ Chính trị.",
        "Đến ngày 30/10/2020, toàn bộ 67 Đảng bộ tỉnh, thành phố, Đảng bộ trực thuộc Trung ương đã tổ chức thành công đại hội nhiệm kỳ 2020-2025.",
        "Năm 2005, 97,9% các đơn vị hành chính sự nghiệp tổ chức hội nghị cán bộ công chức.",
        "Từ ngày 10/3 đến 12/3/2015, ba Chi bộ trực thuộc Đảng bộ Sở Công Thương đã tổ chức Đại hội lần thứ IV nhiệm kỳ 2015 - 2017.",
        // (a body told to hold it)
        "Ủy ban Thường vụ Quốc hội đã chỉ đạo Ban Công tác đại biểu tổ chức Hội nghị toàn quốc tổng kết công tác HĐND năm 2022.",
        // (told by "giao" alone, a list of names, what it is charged with)
        "Vừa qua, UBND huyện Vĩnh Linh giao UBND thị trấn Hồ Xá, Cửa Tùng, Bến Quan chịu trách nhiệm tổ chức lễ công bố thị trấn đạt chuẩn đô thị văn minh.",
        "Ngày 5/3/2024, UBND huyện giao UBND thị trấn Hồ Xá tổ chức hội nghị tổng kết.",
        // (an order before a name that holds "giao": "công trình giao thông")
        "Bộ trưởng chỉ đạo Cục giám định và Quản lý chất lượng công trình giao thông tổ chức cuộc họp với sự tham gia của các nhà khoa học.",
        // (the session to come, after the body whose it is)
        "Trên cơ sở đề nghị của Chính phủ, UBTVQH bổ sung Nghị quyết vào chương trình để Quốc hội xem xét thông qua tại kỳ họp Quốc hội tới.",
        // (its members summoned to it)
        "Phó Chủ tịch Thường trực HĐND TP Hà Nội vừa ký giấy triệu tập các đại biểu HĐND TP về dự kỳ họp chuyên đề (kỳ họp thứ 6) liên quan công tác nhân sự.",
    ])
    func aMeetingToBeHeldOrOfEveryLevel(lead: String) {
        #expect(meeting(lead) == nil)
    }

    /// A body that held the meeting is no body told to hold it: a name that holds "giao" ("Bộ Ngoại
    /// giao"), a session of a body whose name ends the clause.
    @Test func heldByABodyWhoseNameHoldsAnOrdersWord() {
        #expect(meeting("Ngày 5/3/2024, Bộ Ngoại giao tổ chức họp báo thường kỳ.")?.host == "Bộ Ngoại giao")
        #expect(meeting("Ngày 5/3/2024, Sở Giao Thông Vận Tải tổ chức hội nghị tổng kết.")?.host == "Sở Giao Thông Vận Tải")
        #expect(meeting("Sáng 5/3/2024, Quốc hội đã thông qua luật tại kỳ họp Quốc hội khóa XV.")?.host == "Quốc hội")
    }

    /// A steering committee's name holds "chỉ đạo", no order: its conference was held.
    @Test func aSteeringCommitteeHoldsItsOwnConference() throws {
        let m = try #require(meeting("Ngày 9-9, tại Long An, Ban Chỉ đạo Phòng chống lụt bão Trung ương tổ chức hội nghị chuyên đề "
            + "về an toàn dân cư vùng lũ các tỉnh ĐBSCL."))
        #expect(m.host == "Ban Chỉ đạo Phòng chống lụt bão Trung ương")
    }

    /// Many units as the partners of one body that held it: its meeting.
    @Test func manyPartnersOfOneBodyHoldNoMeetingEach() throws {
        let m = try #require(meeting("Sáng 1-1, Bộ Giao thông Vận tải phối hợp với các địa phương tổ chức lễ khởi công 12 dự án thành phần cao tốc Bắc - Nam."))
        #expect(m.kind == "lễ khởi công")
        #expect(m.host == "Bộ Giao thông Vận tải")
        // (nor units counted after a body named in capitals and "và": they held one meeting with it)
        #expect(meeting("Ngày 19/2/2020, Đảng ủy Đồn Biên phòng Thanh Thủy và Đảng ủy 5 xã biên giới huyện Vị Xuyên tổ chức Hội nghị "
            + "sơ kết.")?.host == "Đảng ủy Đồn Biên phòng Thanh Thủy")
    }

    /// A meeting held every year, with no day said, is a custom; one held on its day every month is news.
    @Test func aYearlyHabitIsNoMeetingReported() throws {
        #expect(meeting("Cứ đến hẹn lại lên, hàng năm, Tổng cục Hải quan lại phối hợp với VCCI tổ chức hội thảo đối thoại với doanh nghiệp. "
            + "Tuy nhiên, nhiều ý kiến cho rằng các buổi đối thoại này chưa phát huy tác dụng.") == nil)
        // (or on every occasion, by custom)
        #expect(meeting("Như đã thành thông lệ, cứ mỗi dịp Tết đến, Hội Cựu chiến binh phường lại tổ chức buổi gặp mặt các hội viên cao tuổi.") == nil)
        #expect(meeting("Sáng 5/3, UBND tỉnh tổ chức phiên họp thường kỳ hàng tháng để đánh giá tình hình kinh tế - xã hội.")?.host == "UBND tỉnh")
        // (the meeting of every term)
        #expect(meeting("Ngay sau khi hoàn thiện tổ chức, nhân sự cho nhiệm kỳ mới, ở Hội nghị Trung ương lần thứ 4 của mỗi khóa, "
            + "Ban Chấp hành Trung ương lại tập trung cho công tác xây dựng, chỉnh đốn Đảng.") == nil)
        // (a habit in someone's quoted words is theirs)
        #expect(meeting("“Thị trường này sẽ tăng trưởng 30% mỗi năm”, Giám đốc Công ty FPT khẳng định tại lễ ký kết hợp tác với tập đoàn NEC sáng nay.")?.kind == "lễ ký kết")
    }

    @Test func aPurposeThatPreparesIsNoPlan() throws {
        let m = try #require(meeting("Nhằm giúp doanh nghiệp chủ động chuẩn bị chuyển đổi sang hóa đơn điện tử, ngày 17/11, Cục Thuế tỉnh Bình Dương "
            + "tổ chức hội nghị tập huấn Nghị định 123/2020/NĐ-CP cho gần 1.200 doanh nghiệp.", date: CalendarDate(year: 2021, month: 11, day: 18)))
        #expect(m.host == "Cục Thuế tỉnh Bình Dương")
        #expect(m.date?.iso == "2021-11-17")
    }

    /// A meeting two months or more before the article's date is history, not the news.
    @Test func aMeetingOfYearsAgoIsHistory() {
        let lead = "Ngày 25/10/2017, Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII ban hành Nghị quyết số 19-NQ/TW về đổi mới "
            + "hệ thống tổ chức các đơn vị sự nghiệp công lập."
        #expect(meeting(lead, date: CalendarDate(year: 2020, month: 11, day: 16)) == nil)
        #expect(meeting(lead, date: CalendarDate(year: 2017, month: 10, day: 26))?.kind == "hội nghị")
        // (and before the State's founding: a day of 1930 is read, to be told as history)
        let first = "Từ ngày 14 - 31/10/1930, tại Hội nghị BCH Trung ương Đảng thứ nhất, Hội nghị đã thông qua Nghị quyết về Phụ nữ vận động."
        #expect(meeting(first, date: CalendarDate(year: 2022, month: 10, day: 5)) == nil)
        #expect(meeting(first)?.date?.iso == "1930-10-14")
    }

    /// A meeting noun that goes on the name ("Hội nghị giao ban") does not take the future from it.
    @Test func aCompoundNameIsPlannedWhole() {
        #expect(meeting("Hội nghị giao ban công tác xây dựng Đảng khu vực Tây Nguyên sẽ được tổ chức tại Pleiku.") == nil)
    }

    /// After a sentence told in the future, a meeting its own sentence places today is held.
    @Test func aScheduleIsNoReportButTodaysMeetingIs() throws {
        let m = try #require(meeting("Bộ Thương mại sẽ trình đề án lên Chính phủ. Hội thảo được tổ chức sáng nay tại Hà Nội."))
        #expect(m.kind == "hội thảo")
    }

    /// "Sau cuộc họp" mentions a meeting in passing, unless the lead opens on what came of one held
    /// today or just past ("sáng nay", "vừa tổ chức", "mới đây").
    @Test func aLeadThatOpensOnTheOutcomeOfTodaysMeeting() throws {
        let m = try #require(meeting("Sau cuộc họp sáng nay, LĐBĐ Việt Nam quyết định tổ chức một bảng đấu trên sân Mỹ Đình."))
        #expect(m.kind == "cuộc họp")
        #expect(m.host == "LĐBĐ Việt Nam")
        #expect(meeting("Giá thép tăng. Các doanh nghiệp cho biết, sau cuộc họp hôm qua, giá sẽ còn tăng nữa.") == nil)
        #expect(meeting("Sau cuộc họp, LĐBĐ Việt Nam hôm qua quyết định tổ chức một bảng đấu trên sân Mỹ Đình.") == nil)
        // (just past, as the meeting's own words say: "vừa tổ chức", "mới đây")
        let justHeld = try #require(meeting("Tạm đình chỉ điều tra vụ án\nTin từ Tổng cục Cảnh sát phía Nam, sau cuộc họp vừa tổ chức "
            + "của Bộ Công an, Viện kiểm sát nhân dân tối cao và một số đơn vị liên quan, Viện kiểm sát ra quyết định tạm đình chỉ điều tra vụ án."))
        #expect(justHeld.kind == "cuộc họp")
        let lately = try #require(meeting("AFC phàn nàn\nSau cuộc họp của Ban chấp hành LĐBĐ châu Á (AFC) tại Kuala Lumpur mới đây, "
            + "Chủ tịch Mohamed bin Hammam cho biết AFC không hài lòng."))
        #expect(lately.host == "Ban chấp hành LĐBĐ châu Á (AFC)")
        // … or on the outcome of one whose day it names, when it opens the sentence
        let named = try #require(meeting("Sau cuộc họp vào ngày 8/12, Ngân hàng trung ương Anh đã quyết định duy trì lãi suất ở mức 4,5%."))
        #expect(named.host == "Ngân hàng trung ương Anh")
        #expect(meeting("Các nhà phân tích yêu cầu hai tổng thống tuyên bố quan hệ sẽ tiến triển sau hội nghị thượng đỉnh ở Bratislava ngày 24/2.") == nil)
    }

    /// What the lead tells was made public right after the meeting, by the passive's "được" and its
    /// verb ("được … đưa ra sau cuộc họp"), reports the meeting; not what will only be decided after it,
    /// nor what is to come.
    @Test func aDecisionMadePublicAfterTheMeeting() throws {
        let m = try #require(meeting("Pháp Mở rộng khai mạc vào chủ nhật\nTừ năm 2006, giải sẽ bắt đầu sớm hơn một ngày. "
            + "Quyết định này được đưa ra sau cuộc họp của Ban điều hành giải tại Paris, hôm thứ bảy."))
        #expect(m.kind == "cuộc họp")
        let lastNight = try #require(meeting("Kỷ luật cầu thủ\nQuyết định này được lãnh đạo Ủy ban TDTT đưa ra sau cuộc họp chiều qua."))
        #expect(lastNight.kind == "cuộc họp")
        #expect(meeting("Án treo giò\nMức án treo giò chính thức chỉ được quyết định sau cuộc họp giữa hai đồng chủ tịch CLB Pjico SLNA là "
            + "Trần Nghĩa Vinh và Trịnh Thanh Tài.") == nil)
        #expect(meeting("Thượng viện Mỹ\nDự kiến Thượng viện sẽ chấp thuận để bà Rice làm ngoại trưởng, sau phiên họp ngày 18/1.") == nil)
    }

    /// A lead sentence that says a meeting was held is not undone by the next one's plans, which
    /// are what came of it; a meeting the sentence does not say was held is.
    @Test func whatCameOfAMeetingHeldIsNoMeetingToCome() throws {
        let m = try #require(meeting("Phấn đấu 100% trẻ mồ côi được chăm sóc\n"
            + "Ngày 6-4, sau 2 ngày làm việc, hội nghị tổng kết công tác dân số 5 năm đã kết thúc tại Hà Nội. "
            + "Hội nghị đã đề ra mục tiêu cho giai đoạn 2006-2010, theo đó, VN sẽ phấn đấu giảm tỉ lệ sinh."))
        #expect(m.kind == "hội nghị")
        #expect(meeting("Mỹ sẽ ra hạn chót cho Bình Nhưỡng\n"
            + "Washington có thể ra hạn cuối để Bình Nhưỡng trả lời liệu họ có trở lại hội đàm đa phương hay không, tờ báo cho biết hôm qua. "
            + "Cuộc hội đàm sẽ được nối lại vào tháng tới tại Bắc Kinh nếu hai bên đồng ý.") == nil)
    }

    @Test(arguments: [
        // what a body decided after it, or what the meeting was held on the occasion of, is to come
        "Sau cuộc họp sáng nay, LĐBĐ Việt Nam quyết định sẽ tổ chức một bảng đấu của Tiger Cup 2004 trên sân Mỹ Đình.",
        "Thạc sĩ Nguyễn Thạc Minh đã cho biết như vậy tại buổi họp báo nhân Tuần lễ quốc gia không thuốc lá sẽ diễn ra vào 26 đến 31-5.",
        // what was said there, after "rằng"
        "Tân tổng thống Ukraina Yushchenko hôm qua khẳng định trong cuộc gặp với người đồng nhiệm Nga Putin rằng ông sẽ duy trì quan hệ chặt chẽ.",
        "Ông Sergei Abeltsev phát biểu trong phiên họp hôm qua của hạ viện Nga rằng ông muốn đề nghị hoãn quyền miễn trách của Gorbachev.",
        // the plan a meeting held ("đã họp") took up
        "Ngày 22/4, Hội nghị Ban thường vụ Trung ương Đoàn lần thứ 14 (khóa IX) đã họp cho ý kiến về kế hoạch tổ chức Đại hội Đoàn các cấp.",
    ])
    func whatIsToComeOfItIsNoPlanOfIt(lead: String) {
        #expect(meeting(lead) != nil)
    }

    @Test func aPostponedDeadlineIsNoPostponedMeeting() throws {
        let m = try #require(meeting("Trong cuộc họp sáng nay (12/11) với Đại sứ các nước cung cấp lao động cho Malaysia, các nước đề nghị lùi thời hạn đến ngày 31/12."))
        #expect(m.kind == "cuộc họp")
    }

    /// A day after the article's own is still to come: "Theo kế hoạch, sáng 16/6, UBND tỉnh tổ chức
    /// hội nghị …" in an article of Wednesday 14/6/2023 reports no meeting; the same lead of a day
    /// already past does, and so does a meeting that began before the article and goes on.
    @Test(arguments: [("sáng 16/6", nil), ("sáng 13/6", "2023-06-13"), ("từ ngày 12 đến 16/6", "2023-06-12")])
    func aMeetingOfADayAfterTheArticlesIsToCome(day: String, held: String?) {
        let text = "Thứ Tư, 14/06/2023 16:51\n\nXúc tiến đầu tư\n\nTheo kế hoạch, \(day), UBND tỉnh tổ chức hội nghị xúc tiến đầu tư vào khu kinh tế."
        let article = Extractor().extract(Article(source: "a.txt", text: text))
        #expect(article.date?.iso == "2023-06-14")
        #expect(article.meeting?.date?.iso == held)
        #expect((article.meeting != nil) == (held != nil))
    }
}
