import Testing

/// A Party committee named by its head alone before the body whose committee it is, a comma between:
/// both hold the meeting, and the host is the pair, not the bare "Đảng ủy".
@Suite struct MeetingPartyCommitteeHostTests {
    @Test(arguments: [
        ("Sáng 25-2, Đảng ủy, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức mít tinh kỷ niệm 62 năm Ngày truyền thống Bộ đội Biên phòng.",
         "Đảng ủy, Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
        ("Chiều 14-1, Ban Thường vụ Đảng ủy, Ban Giám đốc Bệnh viện Đa khoa tỉnh tổ chức hội nghị tổng kết công tác năm 2020.",
         "Ban Thường vụ Đảng ủy, Ban Giám đốc Bệnh viện Đa khoa tỉnh"),
        // (Not any two names a comma joins: the first of them.)
        ("Chiều 18/8, đại diện EVN, Công ty Điện lực TP HCM đã có buổi làm việc với Sở Khoa học Công nghệ TP HCM.", "EVN"),
    ])
    func theCommitteeAndItsBodyHoldIt(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }
}
