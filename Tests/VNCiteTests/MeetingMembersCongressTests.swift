import Testing
@testable import VNCite

/// A mass organisation's congress named by its members and a place is the organisation's: "Đại
/// hội đại biểu Phụ nữ tỉnh Trà Vinh" → "Hội Liên hiệp Phụ nữ tỉnh Trà Vinh", its members written
/// small or not. With no place, no host.
@Suite struct MeetingMembersCongressTests {
    @Test(arguments: [
        ("Sáng 23/12, Đại hội đại biểu Phụ nữ tỉnh Trà Vinh lần thứ XI, nhiệm kỳ 2021 - 2026 đã diễn ra.", "Hội Liên hiệp Phụ nữ tỉnh Trà Vinh"),
        ("Chiều ngày 17/10, tại Trung tâm hội nghị tỉnh, đã diễn ra phiên thứ nhất, Đại hội đại biểu Phụ nữ tỉnh Tuyên Quang lần thứ XVI.",
         "Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang"),
        ("Sáng 5/10, Đại hội đại biểu Nông dân huyện Bác Ái lần thứ X, nhiệm kỳ 2023-2028 đã khai mạc.", "Hội Nông dân huyện Bác Ái"),
        ("Sáng 5/10, Đại hội Cựu chiến binh xã Tân Lập lần thứ VII đã diễn ra.", "Hội Cựu chiến binh xã Tân Lập"),
        ("Đại hội Đại biểu phụ nữ tỉnh Phú Yên lần thứ XVII, nhiệm kỳ 2021 - 2026 được tổ chức vào ngày 25 tháng 10 năm 2021.",
         "Hội Liên hiệp Phụ nữ tỉnh Phú Yên"),
    ])
    func theMembersOrganisation(lead: String, host: String) throws {
        #expect(try #require(meeting(lead)).host == host)
    }

    @Test func noPlaceNoHost() throws {
        #expect(try #require(meeting("Sáng 5/10, Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII đã khai mạc.")).host == nil)
    }
}
