import Testing
@testable import VNCite

/// The setting a meeting takes place in, described ("Đại hội diễn ra vào thời điểm đặc biệt …"), does
/// not report it held; the same words after the day it was held still do.
@Suite struct MeetingSettingTests {
    @Test func theSettingOfACongressToCome() {
        #expect(meeting(" date 2025-08-16 Đại hội đại biểu Đảng bộ Bộ Nội vụ lần thứ I, nhiệm kỳ 2025-2030, là sự kiện chính trị quan "
            + "trọng của toàn Đảng bộ.\n\nĐại hội diễn ra vào thời điểm đặc biệt, khi cả nước đang hướng đến kỷ niệm 80 năm ngày thành lập "
            + "nước.\n\nTrong bối cảnh đó, đại hội là đợt sinh hoạt chính trị sâu rộng.") == nil)
    }

    @Test func theSettingOfAMeetingHeldOnItsDay() throws {
        let m = try #require(meeting("Sáng 5/3/2024, Hội nghị tổng kết của Sở Nội vụ diễn ra trong bối cảnh cả nước đang sắp xếp bộ máy."))
        #expect(m.host == "Sở Nội vụ")
        #expect(m.date?.iso == "2024-03-05")
    }
}
