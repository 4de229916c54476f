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
        // Who presents a topic at it, in a caption said twice, is a guest: the conference is reported, with no host.
        let presented = try #require(meeting("""
            An Giang: Truyền thông về đổi mới Chương trình giáo dục phổ thông
            TS. Vũ Đình Chuẩn, Vụ trưởng Vụ Giáo dục Trung học, Bộ GD&ĐT báo cáo chuyên đề tại Hội nghị.
            Đây cũng là dịp giúp cho các lực lượng của ngành nhận thức đúng, đầy đủ và sâu sắc về Chương trình giáo dục phổ thông mới.
            Tham dự hội nghị có các đồng chí lãnh đạo Sở GD&ĐT, Sở Thông tin và Truyền thông.
            TS. Vũ Đình Chuẩn, Vụ trưởng Vụ Giáo dục Trung học, Bộ GD&ĐT báo cáo chuyên đề tại Hội nghị.
            """))
        #expect(presented.kind == "hội nghị")
        #expect(presented.host == nil)
    }

    /// Once "tại Đại hội" under a headline that is the congress's own name is that congress; not
    /// under a headline that says something of a congress.
    @Test func aCongressNamedOnceUnderItsOwnNameAsHeadline() throws {
        let body = "\nTheo báo cáo tại Đại hội, trong nhiệm kỳ 2015 - 2020, Đảng bộ Sở đã lãnh đạo thực hiện có hiệu quả các nhiệm vụ được giao.\n"
        let m = try #require(meeting("Đại hội Đảng bộ Sở Tài nguyên và Môi trường tỉnh Bình Phước nhiệm kỳ 2020 - 2025" + body))
        #expect(m.kind == "đại hội")
        #expect(m.host == "Đảng bộ Sở Tài nguyên và Môi trường tỉnh Bình Phước")
        #expect(meeting("Đại hội Đảng X có nhiệm vụ nhìn thẳng vào sự thật" + body) == nil)
        // (A congress of delegates; the guests' line under it names it too.)
        let delegates = "Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh Bến Tre lần thứ X, nhiệm kỳ 2024 – 2029\n"
        #expect(try #require(meeting(delegates + body)).host == "Mặt trận Tổ quốc Việt Nam tỉnh Bến Tre")
        let guests = try #require(meeting("Đại hội Hội Cựu chiến binh huyện Chợ Lách lần thứ VII\n\nĐến dự đại hội có các đồng chí: Nguyễn Thị Kim Ngân, nguyên Chủ tịch Quốc hội; "
            + "lãnh đạo tỉnh và 316 đại biểu chính thức.\n\nTrong 5 năm qua, hệ thống mặt trận tỉnh có nhiều đổi mới.\n"))
        #expect(guests.kind == "đại hội")
        // (A headline that says something of it, over the lead that opens on its guests: reported, `aMeetingsGuestsUnderItsHeadline`.)
        #expect(meeting("Đại hội Đảng X có nhiệm vụ nhìn thẳng vào sự thật\n\nĐến dự đại hội có các đồng chí lãnh đạo tỉnh.\n")?.kind == "đại hội")
    }

    /// A headline that opens on a meeting's noun, over a lead that opens on its guests' line, is the
    /// meeting reported; not over a lead that opens on anything else.
    @Test func aMeetingsGuestsUnderItsHeadline() throws {
        let title = "Hội nghị tổng kết công tác tòa án và công tác hội thẩm nhân dân huyện Lắk năm 2020\n\n"
        let m = try #require(meeting(title + "Dự Hội nghị có ông Y Thông Kbua – Phó Chánh án Tòa án nhân dân tỉnh; lãnh đạo HĐND huyện.\n\n"
            + "Năm 2020, Tòa án nhân dân huyện đã hoàn thành các chỉ tiêu.\n"))
        #expect(m.kind == "hội nghị")
        #expect(m.host == nil)
        #expect(meeting(title + "Năm 2020, Tòa án nhân dân huyện đã hoàn thành các chỉ tiêu. Dự Hội nghị có lãnh đạo huyện.\n") == nil)
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
}
