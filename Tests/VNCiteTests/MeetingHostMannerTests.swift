import Testing
@testable import VNCite

/// The manner of the verb ("long trọng", "trang trọng", "trọng thể", "trang nghiêm") is no part of
/// the host's name, though a steering committee's task runs on in small letters.
@Suite struct MeetingHostMannerTests {
    @Test(arguments: [
        ("Ngày 01/4/2024, Ban chỉ đạo Tổng điều tra xã Phú Lộc long trọng tổ chức Lễ ra quân.", "Ban chỉ đạo Tổng điều tra xã Phú Lộc"),
        ("Sáng 2/9/2023, Ban chỉ đạo phòng, chống thiên tai huyện Tân Hòa trang trọng tổ chức hội nghị tổng kết công tác năm 2023.",
         "Ban chỉ đạo phòng, chống thiên tai huyện Tân Hòa"),
    ])
    func theMannerEndsTheName(lead: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.host == host)
    }
}
