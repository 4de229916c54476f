import Testing
@testable import VNCite

/// A lead that says whose words its opening was, and at which meeting: that meeting was held.
@Suite struct MeetingStatedAtTests {
    @Test func whoseWordsTheOpeningWasAndWhere() throws {
        let found = try #require(meeting("Hội Nghề cá TP.Vũng Tàu - Gắn kết ngư dân với phát triển\n\nViệc thành lập Hội Nghề cá TP.Vũng Tàu là sự "
            + "kiện có ý nghĩa quan trọng trong việc phát triển kinh tế - xã hội. Đó là lời khẳng định của ông Vũ Hồng Thuấn, Phó Chủ tịch "
            + "UBND TP.Vũng Tàu tại Đại hội thành lập Hội Nghề cá TP.Vũng Tàu khóa I, nhiệm kỳ 2024-2029."))
        #expect(found.kind == "đại hội")
        #expect(found.what == "Đại hội thành lập Hội Nghề cá TP.Vũng Tàu khóa I, nhiệm kỳ 2024-2029")
    }

    /// (Short sentences that open the same way are read safely: "Đó là.", "Đó là ý kiến của".)
    @Test func shortSentencesOpeningTheSameWay() {
        for sentence in ["Đó là.", "Đó là ý kiến của", "Đó là ý kiến của họ", "Đó là ý kiến của họ tại"] {
            let text = CleanText(sentence)
            #expect(!MeetingReader.statedAt(LeadWords(text, 0..<text.scalars.count)))
        }
    }

    @Test func notOneAMonthBack() {
        #expect(meeting("Giá điện sẽ tăng\n\nGiá điện sẽ được điều chỉnh theo lộ trình. Đó là ý kiến của ông Nguyễn Văn A, Giám đốc "
            + "Sở Công Thương tại hội nghị cuối tháng 3 về điều hành giá.") == nil)
    }
}
