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
    ])
    func meetingDates(sentence: String, iso: String) {
        #expect(MeetingReader.date(in: sentence, articleDate: CalendarDate(year: 2018, month: 6, day: 14))?.iso == iso)
    }
}

/// Leads in the style of real news: what a meeting is, who held it, when, who chaired it.
@Suite struct MeetingLeadTests {
    func meeting(_ text: String, date: CalendarDate? = nil) -> Meeting? {
        Extractor().extract(Article(source: "a.txt", text: text, date: date)).meeting
    }

    @Test func aHeadlineRunIntoItsLeadIsItsOwnSentence() throws {
        let m = try #require(meeting("Ba năm nữa sẽ khắc phục tình trạng ngập nước (NLĐ)- Sáng 5-4, Ủy ban MTTQ TPHCM đã có buổi làm việc với Sở GTCC TP cùng một số địa phương."))
        #expect(m.kind == "buổi làm việc")
        #expect(m.host == "Ủy ban MTTQ TPHCM")
    }
}
