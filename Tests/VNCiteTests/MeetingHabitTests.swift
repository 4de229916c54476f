import Testing
@testable import VNCite

/// Meetings told as a habit or of every body of a level: none was held.
@Suite struct MeetingHabitTests {
    /// A body that meets as a habit, or every body of a level, met at no one meeting.
    @Test(arguments: [
        "Ngày 26/09/2025, Ủy ban Thường vụ Quốc hội ban hành Quy chế mẫu. Theo đó, HĐND xã Tân Lập họp mỗi năm ít nhất 02 kỳ.",
        "Ngày 26/09/2025, Ủy ban Thường vụ Quốc hội ban hành Quy chế mẫu. Theo đó, Hội đồng nhân dân cấp xã họp ít nhất 02 kỳ.",
    ])
    func aHabitOrALevelIsNoMeeting(lead: String) {
        #expect(meeting("Quy định về việc chuẩn bị kỳ họp của Hội đồng nhân dân\n" + lead) == nil)
    }

    /// Meetings held as a matter of course ("thường xuyên") are no one meeting; a meeting so named,
    /// with its day, is.
    @Test func heldAsAMatterOfCourse() throws {
        #expect(meeting("Các hoạt động giám sát được tổ chức thường xuyên tại kỳ họp và giữa hai kỳ họp HĐND thị xã.") == nil)
        let held = try #require(meeting("Sáng 12/7, UBND tỉnh tổ chức phiên họp thường xuyên tháng 7 để đánh giá tình hình kinh tế - xã hội."))
        #expect(held.host == "UBND tỉnh")
    }
}
