import Testing
@testable import VNCite

/// "chưa" puts a meeting not yet held ("chưa tổ chức"), but not in the name of minors ("người chưa
/// thành niên"), whom a seminar may be about.
@Suite struct MeetingNotYetTests {
    @Test func minorsAreNoMeetingNotYetHeld() throws {
        let m = try #require(meeting("Ngày 31 tháng 8 năm 2022 – Tòa án nhân dân tối cao phối hợp với UNICEF tổ chức Hội thảo tham vấn để học "
            + "hỏi từ kinh nghiệm của các quốc gia đã ban hành luật tư pháp người chưa thành niên."))
        #expect(m.kind == "hội thảo")
        #expect(m.host == "Tòa án nhân dân tối cao")
        #expect(m.date?.iso == "2022-08-31")
    }

    @Test func aMeetingNotYetHeldIsNone() {
        #expect(meeting("Đến nay, Hội Nông dân xã vẫn chưa tổ chức hội nghị tổng kết công tác năm 2022.") == nil)
    }
}
