import Testing
@testable import VNCite

/// Steering committees named by their task or remit, who hold a meeting their head chairs: the
/// committee is the host, not the chair's first office.
@Suite struct MeetingSteeringCommitteeTests {
    /// A national committee whose name ends on its reach, "trung ương" or "quốc gia", after its task.
    @Test func aNameEndingOnTheNationalReach() {
        #expect(meeting("Sáng 14/1/2026, Ban Chỉ đạo (BCĐ) Tổng điều tra nông thôn, nông nghiệp năm 2025 trung ương tổ chức hội nghị "
            + "tổng kết. Phó Thủ tướng Chính phủ Hồ Đức Phớc, Trưởng Ban Chỉ đạo chủ trì hội nghị.")?.host
                == "Ban Chỉ đạo (BCĐ) Tổng điều tra nông thôn, nông nghiệp năm 2025 trung ương")
        // (a task that ends on no place nor reach names none here: the chair's office holds it)
        #expect(meeting("Sáng 14/1/2026, Ban Chỉ đạo Tổng điều tra nông thôn, nông nghiệp năm 2025 tổ chức hội nghị tổng kết. "
            + "Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng chủ trì hội nghị.")?.host == "Bộ Tài chính")
    }

    /// "tiến hành" and "triệu tập" hold a sitting as "tổ chức" does.
    @Test func theCommitteeConductsItsSitting() {
        #expect(meeting("Chiều 12/1/2025, tại Hà Nội, Ban Chỉ đạo Trung ương triển khai xóa nhà tạm, nhà dột nát trên phạm vi cả nước "
            + "tiến hành Phiên họp trực tuyến toàn quốc thứ 2. Thủ tướng Chính phủ Phạm Minh Chính chủ trì phiên họp.")?.host
                == "Ban Chỉ đạo Trung ương triển khai xóa nhà tạm, nhà dột nát trên phạm vi cả nước")
    }

    /// A long task, to the place it serves, thirty words before the verbs.
    @Test func aLongTaskToItsPlace() {
        #expect(meeting("Sáng 14/4/2024, Ban Chỉ đạo tỉnh Nghệ An về vận động, hỗ trợ xây dựng, sửa chữa nhà cho người nghèo, người có "
            + "khó khăn về nhà ở trên địa bàn tỉnh tổ chức Hội nghị quán triệt các văn bản. Bí thư Tỉnh ủy Thái Thanh Quý, Trưởng ban "
            + "Chỉ đạo chủ trì hội nghị.")?.host
                == "Ban Chỉ đạo tỉnh Nghệ An về vận động, hỗ trợ xây dựng, sửa chữa nhà cho người nghèo, người có khó khăn về nhà ở trên địa bàn tỉnh")
    }

    /// A committee named with its remit after "về" holds the meeting with partners: it is the first.
    @Test func aRemitBeforeThePartners() {
        #expect(meeting("Chiều 20/4/2023, tại Hà Nội, Ban Chỉ đạo quốc gia về phòng, chống thiên tai phối hợp với Ủy ban quốc gia Ứng "
            + "phó sự cố thiên tai và Tìm kiếm cứu nạn tổ chức Hội nghị trực tuyến toàn quốc.")?.host
                == "Ban Chỉ đạo quốc gia về phòng, chống thiên tai")
        #expect(meeting("Ngày 5/3/2024, Ban Chỉ đạo quốc gia về phòng, chống thiên tai phối hợp với Bộ Quốc phòng tổ chức Hội nghị.")?.host
                == "Ban Chỉ đạo quốc gia về phòng, chống thiên tai")
    }
}
