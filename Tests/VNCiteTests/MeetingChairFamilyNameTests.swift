import Testing
@testable import VNCite

/// Rarer family names end an office's body and open the chair's name.
@Suite struct MeetingChairFamilyNameTests {
    /// A rarer family name after a committee's office is the chair's, not the committee's name.
    @Test func aRarerFamilyNameEndsTheOffice() throws {
        let m = try #require(meeting("Ngày 16/4, Phó Bí thư Thành ủy Tưởng Phi Chiến đã chủ trì buổi làm việc với Quận ủy Ba Đình về công tác này."))
        #expect(m.chair == "Tưởng Phi Chiến")
        #expect(m.host == "Thành ủy")
    }
}
