import Testing
@testable import VNCite

/// The meeting where what the news now carries out was said is its ground, not a meeting reported,
/// also inside the clause ("… nhằm thực hiện Kết luận của Thủ tướng Chính phủ tại Hội nghị …"); a
/// meeting after a mark is reported again.
@Suite struct MeetingGroundTests {
    @Test func theMeetingAConclusionCameFromInsideTheClause() {
        #expect(meeting("Đó chính là nội dung vừa được UBND tỉnh triển khai tại Kế hoạch số 3104/KH-UBND nhằm thực hiện Kết luận của "
            + "Thủ tướng Chính phủ tại Hội nghị tổng kết Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” giai đoạn 2000 - 2018.") == nil)
    }

    @Test func aMeetingAfterAMarkIsReported() throws {
        let m = try #require(meeting("Nhằm thực hiện kết luận của Thủ tướng Chính phủ, sáng 5/3/2024, tại Hội nghị trực tuyến, UBND tỉnh "
            + "đã quán triệt các nhiệm vụ trọng tâm."))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "UBND tỉnh")
    }
}
