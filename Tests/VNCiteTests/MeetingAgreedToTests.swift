import Testing
@testable import VNCite

/// A meeting someone agreed to, allowed or resolved to hold is still to come: "đồng ý tổ chức", "cho
/// phép tổ chức", "chấp thuận tổ chức", "quyết nghị: Tổ chức"; so is one whose time is set or moved
/// ("thời gian tổ chức").
@Suite struct MeetingAgreedToTests {
    @Test(arguments: [
        "Tại Công văn số 2386/VPCP-NN ngày 15/4/2022, Phó Thủ tướng Thường trực Chính phủ Phạm Bình Minh đồng ý tổ chức Hội nghị "
            + "toàn quốc triển khai thực hiện 02 Chương trình mục tiêu quốc gia. Hội nghị sẽ diễn ra vào sáng ngày 21/4/2022.",
        "Ngày 5/3/2024, UBND tỉnh đã cho phép tổ chức Đại hội Hội Doanh nhân trẻ tỉnh nhiệm kỳ 2024-2029.",
        // (resolved, what was resolved after a colon)
        "Ban Chấp hành Hội Luật gia tỉnh đã quyết nghị: Tổ chức Đại hội đại biểu Hội Luật gia tỉnh lần thứ V vào ngày 15/5/2024.",
    ])
    func agreedToIsToCome(lead: String) {
        #expect(meeting(lead) == nil)
    }

    /// A meeting whose time is set or moved is still to come (and one put off, by another rule).
    @Test(arguments: [
        "Phó Thủ tướng đồng ý với đề nghị của Ủy ban Dân tộc về điều chỉnh thời gian tổ chức Đại hội đại biểu toàn quốc các dân tộc "
            + "thiểu số Việt Nam lần thứ II sang cuối tháng 6, đầu tháng 7 năm 2020.",
        "Hôm qua, 27-4, Ban Chấp hành LĐBĐ VN đã thống nhất đề xuất Ủy ban TDTT ấn định thời gian tổ chức Đại hội LĐBĐ VN khóa V trong 2 ngày 29 và 30-5.",
        "Do mưa bão, UBND huyện đã quyết định hoãn tổ chức hội nghị tổng kết năm 2023 của huyện.",
    ])
    func scheduledOrPutOffIsToCome(lead: String) {
        #expect(meeting(lead) == nil)
    }

    /// A lead sentence that opens on its day reports its meeting held, though the next tells of the
    /// congress still to come.
    @Test func heldOnItsDayBeforeTheCongressToCome() throws {
        // (No host named, so the reader goes on to the next sentence.)
        let m = try #require(meeting("Ngày 12-9, các thành viên tổ chức cuộc họp nhằm rà soát, hoàn thiện công tác chuẩn bị tổ chức đại hội.\n\n"
            + "Theo báo cáo của Ban chỉ đạo, đến nay, công tác chuẩn bị tổ chức đại hội đã cơ bản hoàn tất."))
        #expect(m.kind == "cuộc họp")
        #expect(m.what == "cuộc họp nhằm rà soát, hoàn thiện công tác chuẩn bị tổ chức đại hội")
    }

    /// A congress whose papers are reviewed is to come; the meeting that reviews them is held.
    @Test func thePapersOfACongress() throws {
        let m = try #require(meeting("Chiều 12/9/2023, tại Hà Nội, Tổng Liên đoàn Lao động Việt Nam tổ chức duyệt hồ sơ Đại hội Công đoàn "
            + "tỉnh Tuyên Quang lần thứ XVII. Đồng chí Trần Thanh Hải, Phó Chủ tịch Thường trực Tổng LĐLĐ Việt Nam chủ trì Hội nghị."))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "Tổng LĐLĐ Việt Nam")
    }

    /// (Held, by whom it agreed with: a meeting still.)
    @Test func heldWithTheAgreementIsHeld() throws {
        let m = try #require(meeting("Được sự đồng ý của UBND tỉnh, sáng 5/3/2024, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2023."))
        #expect(m.host == "Sở Tài chính")
    }
}
