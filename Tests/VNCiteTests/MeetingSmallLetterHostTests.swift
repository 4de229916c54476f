import Testing
@testable import VNCite

/// A Party committee written in small letters, as a commune's page writes it, is a host before the
/// place it leads ("đảng ủy xã Hạ Trung, huyện Bá Thước"); not before words that name no place.
@Suite struct MeetingSmallLetterHostTests {
    @Test func aPartyCommitteeInSmallLettersBeforeItsPlace() throws {
        let m = try #require(meeting("Chiều ngày 22/12/2023, đảng ủy xã Thành Sơn, huyện Bá Thước long trọng tổ chức lễ công bố "
            + "quyết định thành lập chi bộ quân sự xã."))
        #expect(m.kind == "lễ công bố")
        #expect(m.host == "đảng ủy xã Thành Sơn, huyện Bá Thước")
        let unplaced = try #require(meeting("Chiều ngày 22/12/2023, đảng ủy cơ sở tổ chức lễ công bố quyết định thành lập chi bộ quân sự xã."))
        #expect(unplaced.host == nil)
    }
}
