import Testing
@testable import VNCite

/// A meeting a document is about, in the clause that says the news carries the document out, is not
/// the news.
@Suite struct MeetingCarriedOutTests {
    @Test(arguments: [
        "Thực hiện Kế hoạch số 55-KH/ĐU ngày 04 tháng 7 năm 2022 của Ban Thường vụ Đảng ủy xã Nông Thượng về đại hội chi bộ "
            + "trực thuộc nhiệm kỳ 2022-2025, Đảng ủy xã Nông Thượng đã chỉ đạo các chi bộ trực thuộc tổ chức thành công đại hội "
            + "nhiệm kỳ 2022-2025.",
        "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 24/7/2018 về tổ chức hội nghị kiểm điểm cuối năm, 100% chi bộ trực thuộc đã tổ chức "
            + "thành công hội nghị.",
    ])
    func theMeetingADocumentIsAboutIsNotTheNews(lead: String) {
        #expect(meeting("Kết quả công tác xây dựng Đảng năm 2022 của xã\n" + lead) == nil)
    }

    /// The meeting the next clause reports, and a meeting itself carried out, are the news.
    @Test(arguments: [
        ("Thực hiện Kế hoạch số 55-KH/ĐU của Ban Thường vụ Huyện ủy, sáng 12/7/2022, Đảng ủy xã Nông Thượng tổ chức hội nghị "
            + "sơ kết 6 tháng đầu năm.", "hội nghị"),
        // (not the session that passed the resolutions carried out, when the sentence goes on to the meeting held)
        ("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về việc triển khai các Nghị quyết của Hội đồng nhân dân tỉnh Trà Vinh khóa 10, "
            + "tại kỳ họp thứ 4, từ ngày 18 đến ngày 21/7/2022, Sở Văn hóa, Thể thao và Du lịch tổ chức Hội nghị triển khai Nghị quyết "
            + "số 01/2022/NQ-HĐND đến các huyện.", "hội nghị"),
        ("Thực hiện Phiên họp thứ 55, sáng 27/4/2021, tại Nhà Quốc hội, Ủy ban Thường vụ Quốc hội biểu quyết thông qua 4 Nghị quyết.",
         "phiên họp"),
    ])
    func theMeetingOfTheNextClauseIsTheNews(lead: String, kind: String) throws {
        #expect(try #require(meeting("Kết quả công tác xây dựng Đảng năm 2022 của xã\n" + lead)).kind == kind)
    }
}
