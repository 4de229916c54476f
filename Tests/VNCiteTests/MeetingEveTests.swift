import Testing
@testable import VNCite

/// A meeting whose next sentence opens on its eve is still to come; one whose next sentence opens
/// on the eve of another kind of meeting is not.
@Suite struct MeetingEveTests {
    @Test func anInterviewOnTheCongresssEve() {
        #expect(meeting("(TTV) Xây dựng Chiêm Hóa ngày càng phát triển\n\nĐại hội đại biểu Đảng bộ huyện Chiêm Hóa lần thứ XXII "
            + "(nhiệm kỳ 2020 -2025) được tổ chức vào ngày 16/8. Trước ngày khai mạc Đại hội, phóng viên Đài Phát thanh và Truyền hình tỉnh "
            + "Tuyên Quang phỏng vấn đồng chí Ma Phúc Hà, Bí thư Huyện ủy Chiêm Hóa về những kết quả đạt được.") == nil)
    }

    @Test func theEveOfAnotherKindOfMeeting() throws {
        let m = try #require(meeting("Sáng 14/8, Ban Thường vụ Huyện ủy Chiêm Hóa tổ chức hội nghị cho ý kiến vào các văn kiện. Trước thềm Đại hội, "
            + "các đại biểu đã dâng hương tại Khu di tích."))
        #expect(m.kind == "hội nghị")
    }
}
