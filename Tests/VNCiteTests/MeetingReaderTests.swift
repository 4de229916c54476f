import Testing
@testable import VNCite

/// The meeting each seed reports, against the hand-checked answers (`meeting` in seeds.json).
@Suite struct MeetingReaderTests {
    func meetings() throws -> [Meeting?] {
        try Extractor().extract(seedArticles().map { Article(source: $0.source, text: $0.text) }).map(\.meeting)
    }

    @Test func seedsMeetings() throws {
        let m = try meetings()
        #expect(m[0]?.kind == "hội nghị")
        #expect(m[0]?.what == "hội nghị kiểm điểm tập thể, cá nhân lãnh đạo, quản lý năm 2022")
        #expect(m[0]?.host == "Sở Thông tin và Truyền thông")
        #expect(m[0]?.date == nil)
        #expect(m[2]?.kind == "hội nghị")
        #expect(m[2]?.what == "Hội nghị sơ kết công tác 6 tháng đầu năm 2023")
        #expect(m[2]?.host == "Chi bộ Sở Thông tin và Truyền thông")
        #expect(m[2]?.date?.iso == "2023-06-07")
        #expect(m[3]?.kind == "buổi làm việc")
        #expect(m[3]?.host == "Thường trực Tỉnh uỷ")
        #expect(m[3]?.date?.iso == "2017-02-10")
        #expect(m[4]?.kind == "sinh hoạt")
        #expect(m[4]?.what == "điểm sinh hoạt cấp ủy cơ sở tại Đảng ủy Sở Thông tin và Truyền thông")
        #expect(m[4]?.host == "Ban thường vụ Đảng ủy Khối các cơ quan tỉnh")
        #expect(m[4]?.date?.iso == "2018-06-13")  // "Chiều 13/6", the year from the article
        #expect(m[4]?.chair == "Trần Gia Long")
    }

    @Test func anArticleWithoutAMeetingSaysSo() {
        let text = "Nghị quyết số 57-NQ/TW là động lực phát triển khoa học, công nghệ của đất nước."
        #expect(Extractor().extract(Article(source: "a", text: text)).meeting == nil)
    }

    @Test(arguments: [
        ("Sáng ngày 10/02/2017, đồng chí Bí thư làm việc", "2017-02-10"),
        ("Ngày 7/6/2023, Chi bộ tổ chức hội nghị", "2023-06-07"),
        ("Chiều 13/6, Ban thường vụ tổ chức", "2018-06-13"),
        // the day written out in words
        ("Ngày 13 tháng 6 năm 2023, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 13", "2023-06-13"),
        ("Sáng 12 tháng 6, Ban thường vụ tổ chức", "2018-06-12"),
    ])
    func meetingDates(sentence: String, iso: String) {
        #expect(MeetingDate.read(sentence, articleDate: CalendarDate(year: 2018, month: 6, day: 14))?.iso == iso)
    }
}

/// Leads in the style of real news: what a meeting is, who held it, when, who chaired it.
@Suite struct MeetingLeadTests {
    @Test func aHeadlineRunIntoItsLeadIsItsOwnSentence() throws {
        let m = try #require(meeting("Ba năm nữa sẽ khắc phục tình trạng ngập nước (NLĐ)- Sáng 5-4, Ủy ban MTTQ TPHCM đã có buổi làm việc với Sở GTCC TP cùng một số địa phương."))
        #expect(m.kind == "buổi làm việc")
        #expect(m.host == "Ủy ban MTTQ TPHCM")
    }

    @Test(arguments: [
        // (text, title, kind, host): the lead opens on its day …
        ("Thí điểm trường công lập tự chủ tài chính Ngày 24-3, Ban Văn hóa - Xã hội HĐND TPHCM đã làm việc với Sở GD-ĐT về "
            + "thực hiện chủ trương xã hội hóa giáo dục.\nTheo báo cáo của Sở, năm nay có 12 trường thí điểm.",
         "Thí điểm trường công lập tự chủ tài chính", "buổi làm việc", "Ban Văn hóa - Xã hội HĐND TPHCM"),
        // … or on what the headline was ("Đó là"); the headline's "sẽ" is no meeting to come
        ("Luật Đấu thầu sẽ chấm dứt tình trạng khép kín Đó là khẳng định của Bộ trưởng KH-ĐT Võ Hồng Phúc ngày 26-9 "
            + "tại phiên họp thứ 33 của Ủy ban Thường vụ Quốc hội.\nBộ trưởng đưa ra lộ trình chấm dứt khép kín trong đấu thầu.",
         "Luật Đấu thầu sẽ chấm dứt tình trạng khép kín", "phiên họp", "Ủy ban Thường vụ Quốc hội"),
    ])
    func aHeadlineWhoseLineBreakWasLostEndsWhereTheLeadOpens(text: String, title: String, kind: String, host: String) {
        let article = Extractor().extract(Article(source: "a.txt", text: text))
        #expect(article.title == title)
        #expect(article.meeting?.kind == kind)
        #expect(article.meeting?.host == host)
    }

    @Test(arguments: [
        // A day of the headline's own, no lead after it: the line is the headline.
        "Hà Nội kỷ niệm 60 năm Ngày Quốc khánh với nhiều hoạt động văn hóa đặc sắc trên khắp các quận nội thành",
        "Giá xăng dầu tăng lần thứ ba trong năm: Sáng 5-3, các cửa hàng xăng dầu ở Hà Nội đã đồng loạt niêm yết giá mới",
    ])
    func aHeadlineWithADayOfItsOwnIsWhole(line: String) {
        #expect(Extractor().extract(Article(source: "a.txt", text: line + "\nNội dung bài viết ở đây.")).title == line)
    }

    @Test(arguments: [
        // (lead, kind, host)
        ("Ngày 14/3, Bộ Thương mại đã có cuộc họp với các doanh nghiệp xuất khẩu gạo để giải quyết tình hình.",
         "cuộc họp", "Bộ Thương mại"),
        // Ceremonies: a signing, a year's review, an honouring, a team's send-off.
        ("Lễ ký Nghị định thư bổ sung Hiệp định Hợp tác nghề cá Vịnh Bắc Bộ diễn ra chiều nay tại Bắc Kinh.", "lễ", ""),
        ("Sáng nay, Thanh tra TPHCM đã tổ chức lễ tổng kết công tác thanh tra năm 2005.", "lễ", "Thanh tra TPHCM"),
        ("Buổi lễ tôn vinh, vẫn được coi là Oscar của bóng đá Italy, đã diễn ra hôm qua.", "lễ", ""),
        ("Sáng nay, LĐBĐ Việt Nam đã tổ chức lễ xuất quân cho đội tuyển tham dự Tiger Cup.", "lễ", "LĐBĐ Việt Nam"),
        ("Sáng qua, Sở Y tế đã làm lễ khởi công xây dựng Bệnh viện Nhi đồng thành phố.", "lễ", "Sở Y tế"),
        // (an award, a recognition, a celebration of a title won)
        ("Chiều nay, Bộ Giáo dục và Đào tạo đã tổ chức lễ khen thưởng học sinh giỏi quốc tế và khu vực năm 2004.", "lễ",
         "Bộ Giáo dục và Đào tạo"),
        ("Sáng nay, Trung tâm chữa bệnh Phú Văn (Bình Phước) đã làm lễ công nhận 1.231 học viên cai nghiện giai đoạn I.", "lễ",
         "Trung tâm chữa bệnh Phú Văn (Bình Phước)"),
        ("LĐ Cầu lông TP.HCM vừa tổ chức lễ mừng công về thành tích tốt của đội tuyển cầu lông tại SEA Games 23.", "lễ", "LĐ Cầu lông TP.HCM"),
        // (a campaign's launch, a groundbreaking, a farewell, a ribbon-cutting)
        ("Sáng nay, Thành đoàn Hải Phòng đã tổ chức lễ ra quân chiến dịch Mùa hè xanh tại quảng trường thành phố.", "lễ",
         "Thành đoàn Hải Phòng"),
        ("Chiều qua, Tổng công ty Xây dựng Hà Nội đã làm lễ động thổ khu nhà ở cho công nhân tại Bắc Ninh.", "lễ",
         "Tổng công ty Xây dựng Hà Nội"),
        ("Tối qua, Liên đoàn Bóng chuyền Việt Nam đã tổ chức lễ chia tay huấn luyện viên trưởng người Trung Quốc.", "lễ",
         "Liên đoàn Bóng chuyền Việt Nam"),
        ("Sáng nay, UBND quận 7 đã làm lễ cắt băng khánh thành cây cầu nối hai phường.", "lễ", "UBND quận 7"),
        // (a handover received, a diploma given)
        ("Sáng nay, Hội Chữ thập đỏ tỉnh Nghệ An tổ chức lễ tiếp nhận 200 tấn gạo ủng hộ đồng bào vùng lũ.", "lễ",
         "Hội Chữ thập đỏ tỉnh Nghệ An"),
        ("Hôm qua, tại TP HCM, Trung tâm FPT Aptech tổ chức lễ phát bằng Lập trình viên cao cấp cho 49 học viên.", "lễ",
         "Trung tâm FPT Aptech"),
        // (the opening of a school year or a course)
        ("Sáng qua, Trường Trung học Nghiệp vụ Du lịch và Khách sạn TPHCM đã tổ chức lễ khai giảng năm học 2005-2006.", "lễ",
         "Trường Trung học Nghiệp vụ Du lịch và Khách sạn TPHCM"),
        ("Sáng 10/9, Sở Giao thông - Công chánh (GTCC) TP Hồ Chí Minh đã tổ chức một cuộc họp với các doanh nghiệp vận tải.",
         "cuộc họp", "Sở Giao thông - Công chánh (GTCC) TP Hồ Chí Minh"),
        ("Ngày 23-12, Đại hội Đảng bộ tỉnh Đồng Nai lần thứ VIII đã bế mạc, bầu Ban Chấp hành Đảng bộ gồm 49 đồng chí.",
         "đại hội", "Đảng bộ tỉnh Đồng Nai"),
        ("Cuộc họp do Bộ Tài chính chủ trì với sự tham gia của Bộ Công nghiệp đã đi đến kết luận về giá than.",
         "cuộc họp", "Bộ Tài chính"),
        ("Sáng nay, trong phiên họp khẩn cấp về dịch cúm gà của Bộ Nông nghiệp và Phát triển nông thôn, nhiều ý kiến cho rằng cần thận trọng.",
         "phiên họp", "Bộ Nông nghiệp và Phát triển nông thôn"),
        ("Chiều 9/12, Ban tổ chức Festival Hoa Đà Lạt tổ chức họp báo ra mắt Trung tâm Thông tin - Báo chí.",
         "họp báo", "Ban tổ chức Festival Hoa Đà Lạt"),
        ("Ngày 12/7, tại Hà Nội đã diễn ra hội nghị gồm đại diện các bộ, ngành, dưới sự chủ trì của Phó thủ tướng Vũ Khoan.",
         "hội nghị", "Chính phủ"),
        ("Hội nghị Bộ trưởng Kinh tế ASEAN không chính thức đã kết thúc chiều qua với cam kết chung về liên kết nội khối.",
         "hội nghị", "ASEAN"),
        ("Sáng nay, Tổ chức Lao động Quốc tế (ILO) tổ chức tọa đàm về việc làm cho thanh niên tại Hà Nội.",
         "tọa đàm", "Tổ chức Lao động Quốc tế (ILO)"),
        // The meeting in a clause of its own, the body opening the next.
        ("Kết thúc cuộc họp hôm qua về trách nhiệm trong vụ đổ tàu, Xí nghiệp Đầu máy Hà Nội ra nghị quyết đề nghị cách chức.",
         "cuộc họp", "Xí nghiệp Đầu máy Hà Nội"),
        // A name the grammar alone stops short of: lower-case words up to the verb.
        ("Chiều 9/12 Ban tổ chức Festival hoa Đà Lạt tổ chức họp báo ra mắt Trung tâm Thông tin - Báo chí.",
         "họp báo", "Ban tổ chức Festival hoa Đà Lạt"),
        ("Hôm qua đã diễn ra hội nghị góp ý Dự thảo Luật Dạy nghề do Ủy ban Văn hóa - Giáo dục -Thanh thiếu niên nhi đồng Quốc hội tổ chức.",
         "hội nghị", "Ủy ban Văn hóa - Giáo dục -Thanh thiếu niên nhi đồng Quốc hội"),
        ("Bộ trưởng Tài chính Anh, người chủ trì cuộc họp của nhóm bộ trưởng tài chính và các giám đốc ngân hàng trung ương các nước G7 vào ngày 3/12, kêu gọi nhượng bộ.",
         "cuộc họp", "G7"),
        // Who speaks at a working session with others, or at a press conference, speaks for its host.
        ("Tại buổi làm việc với các đơn vị liên quan ngày 23-2, ông Trần Đình Phú, Phó Giám đốc Sở GTCC, cho biết năm nay sẽ nạo vét nhiều hơn.",
         "buổi làm việc", "Sở GTCC"),
        ("Trong buổi họp báo sáng nay, ông Lê Minh Hoàng, Giám đốc công ty Điện lực TP HCM xin lỗi khách hàng.",
         "họp báo", "công ty Điện lực TP HCM"),
        // A body that "nhóm họp" held what it met in; an abbreviation with a hyphen is a name.
        ("Hôm nay, Hiệp hội Ngân hàng châu Á (ABA) nhóm họp tại Hà Nội để chuẩn bị cho hội nghị thường niên sẽ được tổ chức vào tháng 10.",
         "cuộc họp", "Hiệp hội Ngân hàng châu Á (ABA)"),
        ("Chiều 13/2, Bộ GD-ĐT đã có cuộc họp khẩn bàn biện pháp giải quyết hậu quả của vụ việc.", "cuộc họp", "Bộ GD-ĐT"),
        // The office that opens the clause after a working session or a press conference.
        ("Tại buổi làm việc mới đây với Bộ Giao thông Vận tải về đề án sắp xếp doanh nghiệp, Phó thủ tướng Nguyễn Tấn Dũng kết luận như vậy.",
         "buổi làm việc", "Chính phủ"),
        ("Tại buổi làm việc với Bộ Giao thông Vận tải về đề án sắp xếp, đổi mới doanh nghiệp, Phó thủ tướng Nguyễn Tấn Dũng kết luận như vậy.",
         "buổi làm việc", "Chính phủ"),
        // A head in lower case before a capital opens the next clause.
        ("Tại phiên họp thứ nhất ngày 25/2, ban chấp hành Hội Nạn nhân chất độc da cam/dioxin VN đã ra tuyên bố kêu gọi.",
         "phiên họp", "ban chấp hành Hội Nạn nhân"),
        ("Trong cuộc họp báo thường kỳ ngày 4-8, người phát ngôn Bộ Ngoại giao Lê Dũng nhấn mạnh ý nghĩa của Ngày ASEAN.",
         "họp báo", "Bộ Ngoại giao"),
        ("Tại buổi làm việc của đại diện Tập đoàn Technip với tỉnh Quảng Ngãi chiều 15/10, ông Gerard báo cáo tiến độ dự án.",
         "buổi làm việc", "Tập đoàn Technip"),
        // Who meets with others; a round and a level before the body's name; a unit of forest rangers.
        ("Sáng qua, tại cuộc họp với lãnh đạo các sở, ngành, Chủ tịch UBND TP HCM Lê Thanh Hải đã đề nghị báo cáo tiến độ.",
         "cuộc họp", "UBND TP HCM"),
        ("Tại phiên họp vòng 14 cấp chủ tịch Ủy ban Liên hợp phân giới vừa diễn ra tại Bắc Kinh, hai bên đã thảo luận lộ trình.",
         "phiên họp", "Ủy ban Liên hợp"),
        ("Hôm qua, Hạt kiểm lâm Sa Thầy đã làm việc với cơ quan chức năng trong tỉnh bàn hướng giải quyết vụ cháy rừng.",
         "buổi làm việc", "Hạt kiểm lâm Sa Thầy"),
        ("Sáng nay, hội nghị luật sư do Đoàn Luật sư TP.HCM phối hợp cùng Hội Luật châu Á tổ chức đã khai mạc.",
         "hội nghị", "Đoàn Luật sư TP.HCM"),
        // A province named with its rank held it itself.
        ("Sáng 27.4, TP.HCM đã long trọng tổ chức mít tinh kỷ niệm 31 năm ngày giải phóng miền Nam.", "mít tinh", "TP.HCM"),
        // Bodies that organised it together: the first; the occasion is background.
        ("Nhân dịp đoàn sang Pháp dự hội thảo quốc tế, tối 18/3, Hội Người Việt Nam tại Pháp phối hợp với Hội Sinh viên Việt Nam tại Pháp đã tổ chức hội thảo về chất độc da cam.",
         "hội thảo", "Hội Người Việt Nam"),
        // A head whose name is written in lower case, up to "đã".
        ("Đúng như dự đoán, trong cuộc họp ngày hôm qua, Cục dự trữ liên bang Mỹ (FED) đã quyết định nâng lãi suất.",
         "cuộc họp", "Cục dự trữ liên bang Mỹ (FED)"),
        // Deputies meeting their voters.
        ("Ngày 10/5/2023, Đoàn đại biểu Quốc hội tỉnh tổ chức tiếp xúc cử tri trước Kỳ họp thứ 5 tại huyện Phù Mỹ.",
         "tiếp xúc cử tri", "Đoàn đại biểu Quốc hội tỉnh"),
        // Who led the body, in an aside between its name and its verbs.
        ("Chiều 13/6, Đoàn công tác của Bộ Y tế do Thứ trưởng Nguyễn Văn Phong làm trưởng đoàn đã có buổi làm việc với UBND tỉnh.",
         "buổi làm việc", "Đoàn công tác của Bộ Y tế"),
        ("Chiều 13/6, Đoàn công tác của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng do đồng chí Nguyễn Văn Phong, Phó Trưởng Ban "
            + "Nội chính Trung ương làm trưởng đoàn đã có buổi làm việc với Ban Thường vụ Tỉnh ủy.",
         "buổi làm việc", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"),
        // (even when the leader's last office ends on a committee's name in small letters)
        ("Chiều 20/5, Đoàn kiểm tra số 3 của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực do ông Nguyễn Văn Phong, Ủy "
            + "viên Trung ương Đảng, Ủy viên Ban chỉ đạo làm Trưởng đoàn đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Long An.",
         "buổi làm việc", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"),
        // A delegation of a body written in small letters.
        ("Ngày 5/4, Đoàn công tác của ban thường vụ huyện ủy Krông Nô đã có buổi làm việc với đảng ủy xã Đức Xuyên.",
         "buổi làm việc", "Đoàn công tác của ban thường vụ huyện ủy Krông Nô"),
        // A supervision session.
        ("Sáng 20/9, Ban Pháp chế HĐND tỉnh đã tổ chức buổi giám sát việc thực hiện chính sách trợ giúp pháp lý tại huyện Tân Kỳ.",
         "buổi giám sát", "Ban Pháp chế HĐND tỉnh"),
        // Who visited and worked with another body, both verbs joined by "và".
        ("Ngày 20/7/2012, Hiệp hội Doanh nghiệp tỉnh Hưng Yên đã đến thăm và làm việc với Hiệp hội Doanh nghiệp tỉnh Thái Nguyên.",
         "buổi làm việc", "Hiệp hội Doanh nghiệp tỉnh Hưng Yên"),
        ("Chiều 4/3, Đoàn công tác của Sở Y tế do Giám đốc Nguyễn Văn Lâm dẫn đầu đã kiểm tra và làm việc với Trung tâm Y tế huyện.",
         "buổi làm việc", "Đoàn công tác của Sở Y tế"),
        // The body whose leaders open the next clause.
        ("Hôm qua, trong cuộc họp rút kinh nghiệm về trận hòa 1-1 với Thể Công, lãnh đạo CLB Đông Á Thép Pomina đã quyết định chấm dứt hợp đồng.",
         "cuộc họp", "CLB Đông Á Thép Pomina"),
        ("Tại Hội nghị về tình hình thu thuế với các doanh nghiệp ngoài quốc doanh hôm qua 16/9, lãnh đạo Tổng cục Thuế đã thừa nhận tình trạng thất thu.",
         "hội nghị", "Tổng cục Thuế"),
        // A ceremony that opens a meeting reports the meeting.
        ("Sáng nay, lễ khai mạc Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ VIII đã diễn ra tại Biên Hòa.",
         "đại hội", "Đảng bộ tỉnh Đồng Nai"),
        // The chair's office names the host.
        ("Chiều qua, hội nghị đại biểu chuyên trách về dự thảo Luật Nhà ở kết thúc. Chủ trì thảo luận, Phó Chủ tịch Quốc hội Nguyễn Văn Yểu khẳng định như vậy.",
         "hội nghị", "Quốc hội"),
        // A club by its abbreviation and name.
        ("Chiều nay, lãnh đạo CLB Đà Nẵng đã có cuộc họp với HLV trưởng Lê Thụy Hải để chấm dứt hợp đồng.", "cuộc họp", "CLB Đà Nẵng"),
        ("Sáng qua, CLB Hòa Phát Hà Nội đã chính thức làm lễ xuất quân chuẩn bị cho mùa giải mới.", "lễ", "CLB Hòa Phát Hà Nội"),
        // Who ended it held it.
        ("Chiều nay, nguyên thủ 21 nước APEC đã kết thúc cuộc họp ở Hàn Quốc bằng việc ra tuyên bố chung.", "cuộc họp", "APEC"),
    ])
    func meetingsAndTheirHosts(lead: String, kind: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == kind)
        #expect(m.host == (host.isEmpty ? nil : host))
    }

    @Test func aSessionIsHeldByTheElectedBodyTheLeadNames() throws {
        let m = try #require(meeting("HĐND Thừa Thiên Huế ủng hộ dự án đồi Vọng Cảnh\n\nHôm qua, tại kỳ họp bất thường, UBND tỉnh Thừa Thiên Huế đã báo cáo giải trình về dự án."))
        #expect(m.kind == "kỳ họp")
        #expect(m.host == "HĐND Thừa Thiên Huế")
    }

    @Test(arguments: [
        ("Quốc hội Philippines phê chuẩn bà Arroyo tái đắc cử\nRạng sáng nay, sau một phiên họp kéo dài thâu đêm, cơ quan lập pháp "
         + "Philippines đã chính thức khẳng định Tổng thống Gloria Macapagal Arroyo là người chiến thắng.", "Quốc hội Philippines"),
        ("Chưa dám nói thật!\nPhiên họp ngày 7-6 (kỳ họp thứ 7 Quốc hội khóa XI) bàn về dự thảo Luật Thực hành tiết kiệm, chống lãng "
         + "phí xôn xao hẳn lên khi một đại biểu cho biết con số dự chi.", "Quốc hội"),
    ])
    func aSittingIsHeldByTheElectedBodyTheLeadNames(text: String, host: String) {
        #expect(meeting(text)?.host == host)
    }

    @Test(arguments: [
        // planned, put off, or only in passing
        "Một hội nghị chuyên về vấn đề này sẽ sớm được tổ chức trong tháng 4 tới.",
        "Nhằm giải quyết dứt điểm tình hình, cuộc họp giữa các bên liên quan sẽ diễn ra vào chiều 15/12.",
        "Dự kiến ngày 15/5 tới, trong cuộc họp thường niên của Ngân hàng Phát triển châu Á, 13 thành viên sẽ quyết định.",
        "Sau cuộc họp, giá cổ phiếu của công ty tăng mạnh trong phiên giao dịch sáng nay.",
        // words that fold like meeting words
        "Tiền vệ này vừa ký hợp đồng 3 năm với câu lạc bộ, trị giá 2 tỉ đồng, hôm qua.",
        "Ủy ban đã tổng hợp báo cáo thiệt hại do cơn bão gây ra trong ngày hôm qua.",
        "Quốc hội thảo luận về dự án Luật Doanh nghiệp trong phiên chiều qua.",
        // not meetings
        "Hôm qua, các vận động viên đã lên đường tham dự Đại hội Thể thao Đông Nam Á.",
        "Chủ tịch Đại hội đồng LHQ hôm qua kêu gọi các nước kiềm chế.",
        "Hiện tại, cô đang chuẩn bị cho album mới và một buổi làm việc với đạo diễn.",
        // tomorrow, last week, a question, the sidelines, the run-up
        "Buổi làm việc ngày mai chủ yếu giải quyết nốt những vấn đề kỹ thuật, hai bên đã thống nhất.",
        "Hai bên không đạt được thỏa thuận nào trong phiên họp tuần trước giữa hai bộ trưởng, hôm qua EU cho biết.",
        "Tại kỳ họp này, Quốc hội sẽ có thay đổi gì trong cách thức chất vấn, thưa ông?",
        "Trả lời phỏng vấn bên lề Hội thảo về chính sách thương mại tổ chức tại Đà Nẵng, ông John Berry nhấn mạnh.",
        "Trong khuôn khổ các hoạt động tiến tới hội nghị cấp cao APEC, hôm qua Bộ Ngoại giao tổ chức giải golf giao hữu.",
        "Sau khi tham dự Hội nghị thượng đỉnh Tiểu vùng sông Mekong, hôm qua Thủ tướng đã đến thăm tỉnh Vân Nam.",
        // What something is for.
        "Để đảm bảo an toàn giao thông phục vụ Đại hội Đảng toàn quốc lần thứ X diễn ra vào trung tuần tháng 4, Công an Hà Nội hôm qua đã có thông báo phân luồng.",
    ])
    func noMeeting(lead: String) {
        #expect(meeting(lead) == nil)
    }

    @Test func noFragmentIsAHost() {
        // A meeting with no body named has no host, never the words before its verb.
        let m = meeting("Lúc này thì bóng đá Việt Nam tiếp tục tổ chức hội thảo về đào tạo trẻ, hôm qua.")
        #expect(m?.host == nil)
        let coach = meeting("HLV Georgi Yartsev đứng ra tổ chức họp báo sau trận đấu chiều qua.")
        #expect(coach?.host == nil)
    }

    @Test func aMeetingNamedOnlyAsTheConference() throws {
        // Portal style: the lead tells what the body did; captions and speeches say "tại Hội nghị".
        let article = """
            Năm 2022, Đảng ủy Sở Nông nghiệp và Phát triển nông thôn đã lãnh đạo các chi bộ trực thuộc hoàn thành tốt nhiệm vụ được giao trong năm.
            Đồng chí Lê Văn Hùng, Phó Bí thư Đảng ủy báo cáo tại Hội nghị
            Phát biểu chỉ đạo tại Hội nghị, đồng chí Nguyễn Văn Nam, Bí thư Đảng ủy, Giám đốc Sở ghi nhận những kết quả đã đạt được.
            """
        let m = try #require(meeting(article))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "Đảng ủy Sở Nông nghiệp và Phát triển nông thôn")
        // Once is a mention; two different meetings make neither the article's (past the lead).
        let lead = String(repeating: "Năm 2022, ngành nông nghiệp đã đạt nhiều kết quả trong sản xuất lúa gạo và chăn nuôi.\n", count: 6)
        #expect(meeting(lead + "Ông Lê Văn Hùng cho biết tại Hội nghị, ngành sẽ tiếp tục cố gắng.") == nil)
        #expect(meeting(lead + "Ông Hùng phát biểu tại Hội nghị, rồi tại Đại hội, và lại tại Hội nghị.") == nil)
    }

    @Test func successIsNoPartOfAName() throws {
        // "chào mừng Đại hội X của Đảng thành công": a congress celebrated, not held; "Đảng thành
        // công" is no body.
        let m = try #require(meeting("Sáng 27.4, thành phố long trọng tổ chức mít tinh chào mừng Đại hội X của Đảng thành công."))
        #expect(m.kind == "mít tinh")
        #expect(m.host == nil)
    }

    @Test func theClauseAfterTheMeetingsOwnAndAnotherMeetingsDay() throws {
        let m = try #require(meeting("Tin\nTại cuộc họp, các nhà tổ chức cho biết: UNESCO đã công nhận Cát Bà trong kỳ họp tổ chức tại Paris ngày 29-10-2004."))
        #expect(m.host == nil)  // the organisers are nobody named; UNESCO acted elsewhere
        #expect(m.date == nil)  // the day is the Paris session's
    }

    @Test func aSpeakerAtAConferenceIsNoHost() throws {
        // At a conference a speaker may be a guest: the host stays unknown rather than guessed,
        // and an office inside a quotation is nobody's apposition.
        let guest = try #require(meeting("Tại hội nghị sáng nay, ông Nguyễn Văn A, Thứ trưởng Bộ Y tế, cho biết sẽ tăng kiểm tra."))
        #expect(guest.host == nil)
        let quoted = try #require(meeting("\"Tôi đề nghị Chủ tịch UBND tỉnh xem xét\", một đại biểu phát biểu tại buổi họp báo chiều qua."))
        #expect(quoted.host == nil)
    }

    @Test func theFirstDayOfTheSentenceIsItsOwn() {
        // No article date: "19-1" has no year, and "1-2-2005" is another event's.
        let m = meeting("Chiều 19-1, ông Ngọc cho biết sau khi kết thúc phiên họp ban chỉ đạo ngày 18-1, phiên họp qua mạng sẽ tổ chức ngày 1-2-2005.")
        #expect(m != nil)
        #expect(m?.date == nil)
    }

    @Test func theDateIsTheMeetingsDay() throws {
        let article = CalendarDate(year: 2018, month: 6, day: 14)
        #expect(meeting("Chiều 13/6, Ban thường vụ Đảng ủy Khối tổ chức hội nghị sơ kết công tác.", date: article)?.date?.iso == "2018-06-13")
        #expect(meeting("Sáng nay, Sở Y tế tổ chức hội nghị triển khai công tác phòng dịch.", date: article)?.date?.iso == "2018-06-14")
        #expect(meeting("Hôm qua, Sở Y tế tổ chức hội nghị triển khai công tác phòng dịch.", date: article)?.date?.iso == "2018-06-13")
        // The day before the first of a month is the last of the month before.
        #expect(meeting("Hôm qua, Sở Y tế tổ chức hội nghị triển khai công tác phòng dịch.",
                        date: CalendarDate(year: 2016, month: 3, day: 1))?.date?.iso == "2016-02-29")
        // No year in the text and no article date: no date.
        #expect(meeting("Chiều 13/6, Sở Y tế tổ chức hội nghị triển khai công tác phòng dịch.")?.date == nil)
    }

    @Test func theChairIsWhoTheTextSaysChaired() {
        #expect(meeting("Ngày 12/7, tại Hà Nội đã diễn ra hội nghị triển khai Hiệp định, dưới sự chủ trì của Phó thủ tướng Vũ Khoan.")?.chair == "Vũ Khoan")
        #expect(meeting("Chiều 13/6, Đảng ủy Sở tổ chức hội nghị. Đồng chí Trần Gia Long, Tỉnh ủy viên, Bí thư Đảng ủy chủ trì hội nghị.")?.chair
            == "Trần Gia Long")
        // A foreign chair in apposition; a place is no name.
        #expect(meeting("Bộ trưởng Tài chính Anh Gordon Brown, người chủ trì cuộc họp của các nước G7 ngày 3/12, kêu gọi nhượng bộ.")?.chair
            == "Gordon Brown")
        #expect(meeting("Đại biểu Hà Nội, người chủ trì cuộc họp của tổ đại biểu ngày 3/12, đề nghị giảm phí.")?.chair == nil)
        // A foreign name after an office, right before "chủ trì"; not a country.
        #expect(meeting("Quyết định được đưa ra trong cuộc họp nội các do Thủ tướng Lee Hae-Chan chủ trì sáng nay.")?.chair == "Lee Hae-Chan")
        #expect(meeting("Hôm qua, Thủ tướng Anh Tony Blair chủ trì cuộc họp nội các bàn về Iraq.")?.chair == "Tony Blair")
        #expect(meeting("Hôm qua, hội nghị do New Zealand chủ trì đã khai mạc tại Wellington.")?.chair == nil)
        // "giao … chủ trì" assigns a task.
        #expect(meeting("Hôm qua, Văn phòng Chính phủ tổ chức cuộc họp. Thủ tướng giao Bộ Xây dựng chủ trì, phối hợp với Hà Nội.")?.chair == nil)
    }

    @Test func articleDatesComeFromDateLinesOnly() {
        #expect(ArticleHeader.publicationDate(in: "2025-11-03T08:15:00+07:00")?.iso == "2025-11-03")
        #expect(ArticleHeader.publicationDate(in: "2025-11-03 08:15")?.iso == "2025-11-03")
        #expect(ArticleHeader.publicationDate(in: "20191105")?.iso == "2019-11-05")
        #expect(ArticleHeader.publicationDate(in: "Thứ Hai, 10/02/2017 16:51")?.iso == "2017-02-10")
        #expect(ArticleHeader.publicationDate(in: "Cập nhật: 14/6/2023")?.iso == "2023-06-14")
        #expect(ArticleHeader.publicationDate(in: "Ngày đăng: 12-06-2023")?.iso == "2023-06-12")
        #expect(ArticleHeader.publicationDate(in: "Ngày 14/06/2023 08:30")?.iso == "2023-06-14")
        // a weekday in digits or a time before the date's comma (not a list of days)
        #expect(ArticleHeader.publicationDate(in: "Thứ 4, 14/06/2023")?.iso == "2023-06-14")
        #expect(ArticleHeader.publicationDate(in: "T4, 14/06/2023 16:51")?.iso == "2023-06-14")
        #expect(ArticleHeader.publicationDate(in: "Cập nhật lúc 16:51, 14/06/2023")?.iso == "2023-06-14")
        #expect(ArticleHeader.publicationDate(in: "14/06/2023")?.iso == "2023-06-14")
        // one field of a line of fields
        #expect(ArticleHeader.publicationDate(in: "Cập nhật: 12/04/2022 | Chuyên mục: Chính quyền điện tử")?.iso == "2022-04-12")
        #expect(ArticleHeader.publicationDate(in: "VĂN PHÒNG TỈNH UỶ | TIN HOẠT ĐỘNG") == nil)
        // (a letter's date in the body, with no time: the letter's)
        #expect(ArticleHeader.publicationDate(in: "Ngày 27-4-2006") == nil)
        #expect(ArticleHeader.publicationDate(in: "Sáng 5/2/2004, Bộ Nông nghiệp họp khẩn về dịch cúm gà") == nil)
    }

    /// A short text's related headlines, each with its date in brackets (VnExpress ends a story with
    /// them), and whatever lies under the first paragraph — a timeline, a birth date, an event's
    /// time — give neither the article's date nor its title, nor the meeting's date.
    @Test(arguments: [
        ("Sốt xuất huyết tăng cao ở phía Nam vào đầu năm 2004\n"
            + "Dự báo này được đưa ra tại Hội nghị Phòng chống dịch khu vực phía Nam diễn ra sáng nay tại TP HCM.\n"
            + "Theo đánh giá của Viện Pasteur TP HCM, số mắc sốt xuất huyết tiếp tục tăng.\n"
            + "Sốt xuất huyết(12/01/2004)\nSốt xuất huyết vẫn đang tăng ở TP HCM(18/12/2003)\n",
         "Sốt xuất huyết tăng cao ở phía Nam vào đầu năm 2004"),
        (MeetingLeadTests.timeline, "Khởi động phiên 4 đàm phán song phương với Nhật Bản"),
    ])
    func datesInTheBodyGiveNeitherTheArticlesDateNorItsTitle(text: String, title: String) {
        let a = Extractor().extract(Article(source: "a.txt", text: text))
        #expect(a.date == nil)
        #expect(a.title == title)
        #expect(a.meeting?.date == nil)
    }

    static let timeline = "Khởi động phiên 4 đàm phán song phương với Nhật Bản\n"
        + "Hôm nay, các chuyên viên cao cấp Việt Nam và Nhật Bản bắt đầu nhóm họp tại Hà Nội, mở đầu phiên đàm phán song phương "
        + "lần thứ 4, kéo dài 2 ngày.\nTiến trình gia nhập WTO của Việt Nam\n- Tháng 12/1994: Bắt đầu nộp đơn gia nhập WTO\n"
        + "- 4/1/1995, WTO tiếp nhận đơn\n"

    /// A portal prints its section over the date line and the headline under it; a headline over
    /// its date line stays the title.
    @Test func thePagesSectionOverTheDateLineIsNoTitle() {
        let lead = "\n\nTrong hai ngày 11-12/12, HĐND tỉnh Bình Định tổ chức Kỳ họp thứ 9.\n\nKỳ họp đã xem xét các báo cáo."
        let sectioned = Extractor().extract(Article(source: "a.txt", text: "Thời sự - Chính trị\nThứ Ba, 13/12/2022 - 09:30\n\n"
            + "Bế mạc Kỳ họp thứ 9 HĐND tỉnh khóa XIII" + lead))
        #expect(sectioned.title == "Bế mạc Kỳ họp thứ 9 HĐND tỉnh khóa XIII")
        #expect(sectioned.date?.iso == "2022-12-13")
        let fielded = Extractor().extract(Article(source: "b.txt", text: "Cập nhật: 13/12/2022 | Chuyên mục: Chính quyền\n\n"
            + "Bế mạc Kỳ họp thứ 9 HĐND tỉnh khóa XIII" + lead))
        #expect(fielded.title == "Bế mạc Kỳ họp thứ 9 HĐND tỉnh khóa XIII")
        #expect(fielded.date?.iso == "2022-12-13")
        let over = Extractor().extract(Article(source: "c.txt", text: "Bế mạc Kỳ họp thứ 9 HĐND tỉnh\n13/12/2022" + lead))
        #expect(over.title == "Bế mạc Kỳ họp thứ 9 HĐND tỉnh")
    }

    @Test func noDateLineInTheBodysWords() {
        #expect(ArticleHeader.publicationDate(in: "Sốt xuất huyết(12/01/2004)") == nil)
        #expect(ArticleHeader.publicationDate(in: "(12/01/2004)")?.iso == "2004-01-12")
        // An event's time, labelled so, is no date line either.
        #expect(ArticleHeader.publicationDate(in: "Thời gian: ngày 12-2-2006 (15 tháng giêng ÂL).") == nil)
        // (above the body, a date line still gives it)
        let dated = "Chi bộ Sở tổ chức Hội nghị sơ kết\n14-06-2023 14:15\n" + Self.timeline
        #expect(Extractor().extract(Article(source: "b.txt", text: dated)).date?.iso == "2023-06-14")
    }
}
