import Testing
@testable import VNCite

/// A meeting the news came after is the setting of the one the sentence goes on to hold; what
/// was said right after a meeting is still that meeting's.
@Suite struct MeetingPassingTests {
    @Test func thePressConferenceAfterTheSessionIsTheNews() throws {
        let m = try #require(meeting("Chiều 11/12, ngay sau khi bế mạc Kỳ họp thứ 12, Thường trực HĐND tỉnh tổ chức họp báo "
            + "thông tin kết quả kỳ họp."))
        #expect(m.kind == "họp báo")
        #expect(m.host == "Thường trực HĐND tỉnh")
    }

    @Test func whatWasSaidAfterAMeetingIsItsNews() throws {
        let m = try #require(meeting("Ngày 25-4, ngay sau kết thúc cuộc họp liên ngành của Tổ Điều hành thị trường trong nước, "
            + "ông Hoàng Thọ Xuân, Vụ trưởng Vụ Chính sách trong nước, khẳng định chưa tăng giá xăng dầu."))
        #expect(m.kind == "cuộc họp")
    }
}
