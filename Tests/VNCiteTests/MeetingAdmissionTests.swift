import Testing
@testable import VNCite

/// An admission ceremony, "lễ kết nạp": the body named after it is what the new members join, not
/// who held it.
@Suite struct MeetingAdmissionTests {
    @Test(arguments: [
        "Sáng 2-7, tại hội trường nhà trường diễn ra lễ kết nạp Đảng cho 4 học sinh lớp 12.",
        "Sáng 12/3, tại nhà văn hóa thôn đã diễn ra lễ kết nạp hội viên Hội Nông dân Việt Nam cho 15 nông dân.",
    ])
    func whatOneJoinsIsNoHost(lead: String) throws {
        let found = try #require(meeting("Kết nạp đảng viên mới\n" + lead))
        #expect(found.kind == "lễ kết nạp")
        #expect(found.host == nil)
    }

    @Test func whoHeldItIsStillTheSubject() throws {
        let found = try #require(meeting("Kết nạp 4 đảng viên là học sinh\nSáng 2-7, Chi bộ Trường THPT Hùng Vương tổ chức lễ kết nạp "
            + "Đảng cho 4 học sinh lớp 12."))
        #expect(found.host == "Chi bộ Trường THPT Hùng Vương")
    }
}
