import Testing
@testable import VNCite

/// The meeting where what the news now carries out was said is its ground, not a meeting reported,
/// also inside the clause ("… nhằm thực hiện Kết luận của Thủ tướng Chính phủ tại Hội nghị …"); so is
/// what a plan builds on; a meeting after a mark is reported again.
@Suite struct MeetingGroundTests {
    @Test func theMeetingAConclusionCameFromInsideTheClause() {
        #expect(meeting("Đó chính là nội dung vừa được UBND tỉnh triển khai tại Kế hoạch số 3104/KH-UBND nhằm thực hiện Kết luận của "
            + "Thủ tướng Chính phủ tại Hội nghị tổng kết Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” giai đoạn 2000 - 2018.") == nil)
    }

    /// What a plan builds on ("trên cơ sở tổ chức tổng kết …") is no meeting held.
    @Test func whatAPlanBuildsOn() {
        #expect(meeting("Thời gian tới, trường chủ động tham mưu Tỉnh ủy ban hành Đề án xây dựng trường. Đồng thời trên cơ sở tổ chức tổng kết "
            + "05 năm thực hiện Đề án số 12-ĐA/TU, ngày 30/7/2015 của Ban Thường vụ Tỉnh ủy Nghệ An, đề xuất các giải pháp xây dựng trường.") == nil)
    }

    @Test func aMeetingAfterAMarkIsReported() throws {
        let m = try #require(meeting("Nhằm thực hiện kết luận của Thủ tướng Chính phủ, sáng 5/3/2024, tại Hội nghị trực tuyến, UBND tỉnh "
            + "đã quán triệt các nhiệm vụ trọng tâm."))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "UBND tỉnh")
    }
}
