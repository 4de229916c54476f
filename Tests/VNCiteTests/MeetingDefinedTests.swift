import Testing
@testable import VNCite

/// Essays about a kind of meeting: a sentence that defines it or says how one must be held reports
/// no meeting, and so does a congress cited for its doctrine; a named meeting said to be something
/// is still reported.
@Suite struct MeetingDefinedTests {
    @Test(arguments: [
        "Hội thảo được xem là cuộc hội họp giữa những nhà quản lý, những người có kiến thức khoa học, trình độ chuyên môn.",
        "Hội thảo khoa học là cuộc thảo luận về một số vấn đề nào đó mang tính khoa học, lý luận và thực tiễn đang đặt ra.",
        "Tổ chức hội thảo khoa học phải thực sự khoa học thì mới có thể phát huy hết tác dụng của nó.",
        // (after a frame of what it is said of)
        "Đối với quỹ tín dụng nhân dân, Đại hội thành viên là một phần không thể thiếu trong cơ cấu tổ chức hoạt động.",
        // (the kind named again after its "là")
        "Đại hội công đoàn cơ sở là đợt sinh hoạt chính trị của đoàn viên, nhiệm vụ của đại hội công đoàn cơ sở là dân chủ thảo luận các báo cáo.",
    ])
    func aKindDefinedOrPrescribed(lead: String) {
        #expect(meeting("Nâng cao chất lượng, hiệu quả hội thảo khoa học\n" + lead) == nil)
    }

    /// A title that says what any session of a kind must have is a rule, no meeting: the lead's own
    /// meeting is the one reported, with no host it does not name; a named meeting held still is one.
    @Test func aRuleOfSuchSessionsInTheTitle() throws {
        let m = try #require(meeting("Phiên họp Thường vụ QH phải có mặt ít nhất 2/3 ủy viên\nTại buổi họp hôm nay, các đại biểu Quốc hội "
            + "chuyên trách rất tán thành sửa đổi Quy chế hoạt động của Ủy ban Thường vụ."))
        #expect(m.kind == "buổi họp")
        #expect(m.host == nil)
        #expect(meeting("Phiên họp Thường vụ QH tổ chức sáng nay cần bàn thêm về dự án luật.")?.host == "Thường vụ QH")
    }

    /// The part someone has in holding such meetings: "với việc tổ chức", "trong việc tổ chức".
    @Test(arguments: [
        "Chủ tịch Công đoàn cơ sở với việc tổ chức Đại hội công đoàn cơ sở\n\nĐại hội công đoàn cơ sở là đợt sinh hoạt chính trị của đoàn viên.",
        "Vai trò của Mặt trận trong việc tổ chức hội nghị tiếp xúc cử tri\n\nMặt trận có vai trò quan trọng trong công tác bầu cử.",
    ])
    func thePartInHoldingThem(text: String) {
        #expect(meeting(text) == nil)
    }

    /// A Party congress by its number saying what its documents say is doctrine cited; its opening is news.
    @Test func aCongressCitedForItsDoctrine() throws {
        #expect(meeting("Công tác quản lý nhà nước đối với tôn giáo\n(LLCT) - Đại hội XII của Đảng khẳng định: “Quan tâm và tạo điều "
            + "kiện cho tổ chức tôn giáo sinh hoạt theo hiến chương, điều lệ”.") == nil)
        let opened = try #require(meeting("Khai mạc Đại hội XIII của Đảng\nSáng 26/1/2021, Đại hội XIII của Đảng khai mạc trọng thể tại Hà Nội."))
        #expect(opened.kind == "đại hội")
    }

    @Test func aNamedMeetingSaidToBeOneOfMany() throws {
        let m = try #require(meeting("Ngày 25/2 vừa qua, Bệnh viện FV đã tổ chức hội thảo về chống lão hóa. Hội thảo “Chống lão hoá không đợi "
            + "tuổi” là một trong số các chương trình truyền thông kiến thức cho cộng đồng."))
        #expect(m.kind == "hội thảo")
        #expect(m.host == "Bệnh viện FV")
    }
}
