import Testing
@testable import VNCite

/// An anniversary kept with its verb alone ("kỷ niệm 40 năm thành lập"), as a review said with its
/// verb alone is a meeting (`MeetingVerbTests`).
@Suite struct MeetingAnniversaryVerbTests {
    /// An anniversary kept with its verb alone, counted in years, by the body that opens its
    /// clause; not by a committee named after the anniversary, whose meeting is another.
    @Test func anAnniversaryWithItsVerbAlone() throws {
        let kept = try #require(meeting("Sáng 2-6-2015, Nhà Thiếu nhi tỉnh Đồng Nai kỷ niệm 35 năm thành lập, đồng thời khánh thành nhà tập đa năng."))
        #expect(kept.kind == "lễ kỷ niệm")
        #expect(kept.host == "Nhà Thiếu nhi tỉnh Đồng Nai")
        #expect(meeting("Chiều 28/4, Ban chỉ đạo Nhà nước kỷ niệm 50 năm chiến thắng lịch sử Điện Biên Phủ đã họp.")?.kind != "lễ kỷ niệm")
    }
}
