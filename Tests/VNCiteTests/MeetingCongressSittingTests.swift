import Testing
@testable import VNCite

/// A body that holds a sitting of its congress ("tổ chức Phiên làm việc thứ nhất Đại hội …") holds
/// the congress.
@Suite struct MeetingCongressSittingTests {
    @Test(arguments: [
        ("Chiều 28-11, Hội Liên hiệp Phụ nữ tỉnh Lào Cai đã tổ chức Phiên làm việc thứ nhất Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 – 2030.",
         "Hội Liên hiệp Phụ nữ tỉnh Lào Cai"),
        ("Ngày 7-10, Ủy ban MTTQ Việt Nam phường Bến Thành tổ chức phiên trù bị Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.",
         "Ủy ban MTTQ Việt Nam phường Bến Thành"),
        ("Sáng ngày 18/3/2020, Đảng bộ Tổng Công ty mạng lưới Viettel tổ chức phiên chính thức Đại hội Đại biểu lần thứ IV, nhiệm kỳ 2020-2025.",
         "Đảng bộ Tổng Công ty mạng lưới Viettel"),
    ])
    func theSittingsBodyHoldsTheCongress(lead: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == "đại hội")
        #expect(m.host == host)
    }

    /// (A congress named first in its sentence has no sitting before it.)
    @Test func aCongressThatOpensTheSentence() {
        #expect(meeting("Đại hội đại biểu Hội Nông dân tỉnh lần thứ X đã khai mạc sáng nay.")?.kind == "đại hội")
    }
}
