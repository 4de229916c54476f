import Testing
@testable import VNCite

/// A lead that announces a meeting to come reports none held, unless its next sentence reports one
/// held on the day it opens on.
@Suite struct MeetingAnnouncedThenHeldTests {
    @Test func aMeetingHeldOnItsDayAfterOneAnnounced() throws {
        let m = try #require(meeting("(Dân trí) - HĐND tỉnh Thanh Hóa sẽ tổ chức phiên giải trình về tình trạng chậm đóng bảo hiểm xã hội.\n"
            + "Ngày 3/2, Thường trực HĐND tỉnh Thanh Hóa đã tổ chức phiên họp thứ 16 để xem xét Chương trình công tác năm 2023."))
        #expect(m.kind == "phiên họp")
        #expect(m.host == "Thường trực HĐND tỉnh Thanh Hóa")
    }

    @Test func noneWhenTheNextSentenceTellsNoDayOrNoHolding() {
        #expect(meeting("(Dân trí) - HĐND tỉnh Thanh Hóa sẽ tổ chức phiên giải trình về tình trạng chậm đóng bảo hiểm xã hội.\n"
            + "Thường trực HĐND tỉnh Thanh Hóa đã tổ chức phiên họp thứ 16 để xem xét Chương trình công tác năm 2023.") == nil)
        #expect(meeting("(Dân trí) - HĐND tỉnh Thanh Hóa sẽ tổ chức phiên giải trình về tình trạng chậm đóng bảo hiểm xã hội.\n"
            + "Ngày 3/2, Thường trực HĐND tỉnh Thanh Hóa sẽ tổ chức phiên họp thứ 16 để xem xét Chương trình công tác năm 2023.") == nil)
    }

    /// The plan to hold it in the lead, then the paragraph that opens on its day and says it held, with
    /// no "đã"; not a letter's "Tôi …" after one announced.
    @Test func aMeetingPlannedThenHeldInTheNextParagraph() throws {
        let plan = "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức Hội nghị tổng kết 20 năm “Ngày hội đại đoàn kết toàn dân "
            + "tộc”\n\nCăn cứ Hướng dẫn số 88/HD-MTTW-BTT ngày 20/9/2022 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, "
            + "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố xây dựng kế hoạch tổ chức Hội nghị tổng kết 20 năm “Ngày hội đại đoàn kết "
            + "toàn dân tộc” giai đoạn 2003 - 2023.\n\n"
        let m = try #require(meeting(plan + "Chiều ngày 12/7/2023, tại Hội trường Đoàn An Điều dưỡng 30 Cần Thơ, Ban Thường trực Ủy ban MTTQ "
            + "Việt Nam thành phố tổ chức Hội nghị tổng kết 20 năm “Ngày hội đại đoàn kết toàn dân tộc” giai đoạn 2003 - 2023."))
        #expect(m.date == CalendarDate(year: 2023, month: 7, day: 12))
        #expect(meeting(plan + "Ngày 12/7 tới, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố tổ chức Hội nghị tổng kết.") == nil)
        #expect(meeting("Ngày 1/3/2005, Đại tướng Võ Nguyên Giáp đã gửi thư tới Hội nghị quốc tế về hậu quả chất độc da cam sẽ được tổ chức "
            + "ở Paris vào ngày 11-12/3/2005.\nTôi nhiệt liệt hoan nghênh sáng kiến của Hội Hữu nghị Pháp-Việt tổ chức đăng cai Hội nghị "
            + "Quốc tế quan trọng này.") == nil)
    }

    /// Past a link to another article between, with no end of a sentence; not past a sentence.
    @Test func pastALinkToAnotherArticle() throws {
        let plan = "Sơn La: Chuẩn bị chu đáo cho Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VIII\n26/11/2025 11:17 GMT +7\n"
            + "Sơn La tích cực chuẩn bị Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VIII, đảm bảo chu đáo về nội dung.\n"
        let held = "Ngày 26/11, Hội Cựu chiến binh tỉnh Sơn La tổ chức họp báo tuyên truyền về Đại hội đại biểu Hội CCB tỉnh lần thứ VIII."
        let m = try #require(meeting(plan + "Sơn La Hội Cựu chiến binh tỉnh Sơn La xác định phương hướng nhiệm kỳ mới\n" + held))
        #expect(m.kind == "họp báo")
        #expect(m.host == "Hội Cựu chiến binh tỉnh Sơn La")
        #expect(meeting(plan + "Các đại biểu sẽ thảo luận nhiều nội dung quan trọng.\n" + held) == nil)
    }
}
