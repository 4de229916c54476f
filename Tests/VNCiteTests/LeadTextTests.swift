import Testing
@testable import VNCite

/// The lead's text as the meeting reader sees it: the byte search for meeting words, and words
/// with their punctuation, folded and small-letter forms.
@Suite struct LeadTextTests {
    func mayHold(_ sentence: String) -> Bool {
        let text = CleanText(sentence)
        return MeetingLead.mayHoldMeeting(text, 0..<text.count)
    }

    @Test func aSentenceWithAMeetingWordMayHoldAMeeting() {
        #expect(mayHold("Chiều 13/6, Ban Thường vụ Tỉnh ủy họp"))  // at the very end
        #expect(mayHold("Thường trực Tỉnh uỷ làm việc với Sở Thông tin và Truyền thông"))
        #expect(mayHold("Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh"))  // at the very start
        #expect(mayHold("HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2023"))
        #expect(mayHold("Sáng nay, tại Hà Nội, UBND thành phố tổ chức lễ khai mạc"))
    }

    @Test func wordsThatFoldLikeMeetingWordsDoNot() {
        // "hợp" and "lệ" fold as "họp" and "lễ" do; neither is a meeting.
        #expect(!mayHold("Giải pháp phù hợp với tỷ lệ tăng trưởng của tỉnh"))
        #expect(!mayHold("Giá lúa gạo tiếp tục tăng trong tuần qua"))
    }

    @Test func everyMeetingNounIsSought() throws {
        // "tiếp xúc cử tri" holds none of the common meeting words ("họp", "hội nghị", "lễ" …).
        #expect(mayHold("Ngày 12-4, Đoàn đại biểu Quốc hội tỉnh đã có buổi tiếp xúc cử tri huyện Hòa Vang"))
        let text = "Tiếp xúc cử tri\n\nNgày 12-4, Đoàn đại biểu Quốc hội tỉnh Quảng Nam đã có buổi tiếp xúc cử tri huyện Duy Xuyên. "
            + "Cử tri đã nêu nhiều kiến nghị về giải tỏa đền bù."
        let meeting = try #require(Extractor().extract(Article(source: "a.txt", text: text)).meeting)
        #expect(meeting.kind == "buổi tiếp xúc cử tri")
        #expect(meeting.what == "buổi tiếp xúc cử tri huyện Duy Xuyên")
        // "gặp khó khăn" is no meeting; "cuộc gặp" is.
        #expect(!mayHold("Nhiều doanh nghiệp gặp khó khăn trong việc tiếp cận vốn vay ngân hàng"))
        #expect(mayHold("Chiều qua, Thủ tướng đã có cuộc gặp với các doanh nghiệp"))
    }

    @Test func aLineCutToAWidthGoesOnWithItsSentence() throws {
        // A text wrapped at a fixed width: the day on the next line is the meeting's, and the
        // meeting's name runs on past its line.
        let text = "Sáng ngày\n7/6/2021, Thường trực HĐND huyện tổ chức Hội nghị liên tịch thống nhất nội\n"
            + "dung, chương trình Kỳ họp thứ nhất, HĐND huyện khóa XX, nhiệm kỳ 2021-2026.\n"
            + "Tham dự họp có đ/c Nguyễn Kim Diện, Tỉnh ủy viên, Bí thư Huyện ủy.\n"
        let meeting = try #require(Extractor().extract(Article(source: "a.txt", text: text)).meeting)
        #expect(meeting.kind == "hội nghị")
        #expect(meeting.host == "Thường trực HĐND huyện")
        #expect(meeting.date?.iso == "2021-06-07")
        #expect(meeting.what == "Hội nghị liên tịch thống nhất nội dung, chương trình Kỳ họp thứ nhất")
    }

    @Test func aLineThatEndsItsOwnTextIsNoWrappedLine() {
        func sentence(_ s: String) -> String {
            let text = CleanText(s)
            return text.string(MeetingLead.sentenceRange(text, at: 0))
        }
        // A headline over its date line; a date line over the page's tools; a short line of tools.
        #expect(sentence("Hội và phong trào Chữ thập đỏ 6 tháng đầu năm 2018\n30/06/2018\n") == "Hội và phong trào Chữ thập đỏ 6 tháng đầu năm 2018")
        #expect(sentence("Thứ hai 15/8/2022\nin trang\n") == "Thứ hai 15/8/2022")
        #expect(sentence("Chia sẻ\nbình luận\n") == "Chia sẻ")
        // A line that ends its sentence.
        #expect(sentence("Ngày 7/6, huyện tổ chức hội nghị tổng kết công tác năm.\nkhông có gì thêm\n")
            == "Ngày 7/6, huyện tổ chức hội nghị tổng kết công tác năm.")
    }

    @Test func needlesAreFoundWholeInsideTheirRange() {
        let text = CleanText("Liên hệ: info@abc.vn")
        let fold = text.fold
        #expect(MeetingReader.signUp.found(in: fold, 0..<fold.count))  // "lien he", and "@" of one byte
        #expect(MeetingReader.signUp.found(in: fold, 12..<14))  // "@" at the range's end
        #expect(!MeetingReader.signUp.found(in: fold, 0..<6))  // "lien h": cut by the range
        #expect(!MeetingReader.signUp.found(in: fold, 14..<fold.count))
    }

    @Test func sentencesHoldingANeedleAtAWordsStart() {
        let text = CleanText("Mở đầu bài viết. Phát biểu tại Hội nghị, đồng chí Bí thư nói. Ông nói thêm. Một số hình ảnh tại Hội nghị:")
        let found = MeetingLead.sentences(of: text, holdingAny: MeetingAnaphora.needles, atWordStart: true)
        #expect(found.map { text.string($0).trimmingCharacters(in: .whitespaces) }
            == ["Phát biểu tại Hội nghị, đồng chí Bí thư nói.", "Một số hình ảnh tại Hội nghị:"])
        // "khoatai hoi nghi" does not start a word at "tai".
        let glued = CleanText("Sinh viên khoatai hội nghị ngành.")
        #expect(MeetingLead.sentences(of: glued, holdingAny: MeetingAnaphora.needles, atWordStart: true).isEmpty)
    }

    @Test func wordsKeepTheirPunctuationApartAndTheirSmallLetterForm() {
        let words = LeadWords("(NLĐ)- Sáng 13/6, ĐẠI HỘI “Đoàn kết” của Ủy ban khoá XI.").words
        #expect(words.map(\.text) == ["NLĐ", "-", "Sáng", "13/6", "ĐẠI", "HỘI", "Đoàn", "kết", "của", "Ủy", "ban", "khoá", "XI"])
        #expect(words.map(\.before) == ["(", "", "", "", "", "", "“", "", "", "", "", "", ""])
        #expect(words.map(\.after) == [")", "", "", ",", "", "", "", "”", "", "", "", "", "."])
        #expect(words.map(\.lower) == ["nlđ", "-", "sáng", "13/6", "đại", "hội", "đoàn", "kết", "của", "ủy", "ban", "khóa", "xi"])
        #expect(words.map(\.folded) == ["nld", "-", "sang", "13/6", "dai", "hoi", "doan", "ket", "cua", "uy", "ban", "khoa", "xi"])
    }

    /// A headline all in capitals is read in sentence case, its abbreviations kept: no "KẾT THÚC …"
    /// read as a body's abbreviations.
    @Test func aSentenceInCapitalsIsReadInSentenceCase() {
        #expect(LeadWords("11H38: KỲ HỌP KẾT THÚC PHIÊN LÀM VIỆC BUỔI SÁNG").words.map(\.text)
            == ["11H38", "Kỳ", "họp", "kết", "thúc", "phiên", "làm", "việc", "buổi", "sáng"])
        #expect(LeadWords("HĐND TỈNH KHAI MẠC KỲ HỌP THỨ 16").words.map(\.text) == ["HĐND", "tỉnh", "khai", "mạc", "kỳ", "họp", "thứ", "16"])
        #expect(LeadWords("Bế mạc Kỳ họp thứ 16 HĐND tỉnh").words.map(\.text) == ["Bế", "mạc", "Kỳ", "họp", "thứ", "16", "HĐND", "tỉnh"])
        let title = " date 2023-12 11H38: KỲ HỌP KẾT THÚC PHIÊN LÀM VIỆC BUỔI SÁNG\n\n"
        #expect(meeting(title + "Chiều nay (07/12), Kỳ họp thứ 16 tiếp tục làm việc theo chương trình đề ra.")?.host == nil)
    }

    @Test func aBracketWrittenApartOpensTheNextWord() throws {
        let words = LeadWords("Sở Nông nghiệp và phát triển nông thôn ( NN&PTNT ) tỉnh Phú Yên").words
        #expect(words.map(\.text) == ["Sở", "Nông", "nghiệp", "và", "phát", "triển", "nông", "thôn", "NN&PTNT", "tỉnh", "Phú", "Yên"])
        #expect(words[8].before == "(" && words[8].after == ")")
        let found = try #require(meeting("Chiều ngày 19/5 , Sở Nông nghiệp và phát triển nông thôn ( NN&PTNT ) tỉnh Phú Yên phối hợp với "
            + "UBND huyện Tây Hòa đã tổ chức Hội nghị sơ kết sản xuất trồng trọt."))
        #expect(found.host == "Sở Nông nghiệp và phát triển nông thôn (NN&PTNT) tỉnh Phú Yên")
    }

    @Test func aCitysShortNameWithAStopEndsNoSentence() throws {
        let text = CleanText("Ngày 16/10/2019, tại TP. Hồ Chí Minh, UBND TX. Thuận An tổ chức hội nghị. Trên địa bàn TP. Đây là lần đầu. "
            + "Theo Sở, giá tăng ở TP. Ông Nguyễn Văn A nói.")
        let sentences = [0, 80, 110].map { text.string(MeetingLead.sentenceRange(text, at: $0)).trimmingCharacters(in: .whitespaces) }
        #expect(sentences == ["Ngày 16/10/2019, tại TP. Hồ Chí Minh, UBND TX. Thuận An tổ chức hội nghị.", "Trên địa bàn TP.",
                              "Theo Sở, giá tăng ở TP."])
        let words = LeadWords("UBND TP. Hồ Chí Minh, địa bàn TP. Đây là").words
        #expect(words.map(\.text) == ["UBND", "TP.", "Hồ", "Chí", "Minh", "địa", "bàn", "TP", "Đây", "là"])
        #expect(words.map(\.after) == ["", "", "", "", ",", "", "", ".", "", ""])
        // The meeting's day is read in the same sentence as the town's name.
        let found = try #require(meeting("Ngày 16/10/2019, tại TP. Hồ Chí Minh, Ủy ban Kinh tế của Quốc hội đã tổ chức hội nghị lấy ý kiến."))
        #expect(found.date == CalendarDate(year: 2019, month: 10, day: 16))
        #expect(found.place == "TP. Hồ Chí Minh")
        // (Nor before the city's initials.)
        let initials = try #require(meeting("Lúc 15 giờ ngày 14/2/2020, Công an TP.HCM và Sở Tư pháp TP. HCM tổ chức họp báo cung cấp thông tin."))
        #expect(initials.host == "Công an TP.HCM")
        #expect(initials.date == CalendarDate(year: 2020, month: 2, day: 14))
    }

    /// An ellipsis before a small letter ends no sentence, written as three dots or as one "…".
    @Test(arguments: ["...", "…"])
    func anEllipsisBeforeASmallLetterEndsNoSentence(ellipsis: String) {
        let text = CleanText("Bộ máy nhà nước được kiện toàn, ổn định tổ chức\(ellipsis) sẽ tạo đà phát triển. Như tin đã đưa, chiều nay Quốc hội họp.")
        #expect(text.string(MeetingLead.sentenceRange(text, at: 0)) == "Bộ máy nhà nước được kiện toàn, ổn định tổ chức\(ellipsis) sẽ tạo đà phát triển.")
    }
}
