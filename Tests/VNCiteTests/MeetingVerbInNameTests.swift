import Testing
@testable import VNCite

/// A verb that names a meeting, inside the name of the meeting before it, is no meeting of its own.
@Suite struct MeetingVerbInNameTests {
    @Test func aVerbInsideAMeetingsName() {
        #expect(meeting("Có thể không nâng thuế xăng lên mức 25%\nTrao đổi với phóng viên bên lề hội nghị đối thoại với doanh nghiệp "
            + "hôm qua, Vụ trưởng Chính sách Thuế khẳng định không giảm giá bán.") == nil)
    }
}
