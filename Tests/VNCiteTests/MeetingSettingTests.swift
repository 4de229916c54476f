import Testing
@testable import VNCite

/// A meeting named as the setting of other news — where figures were published, where someone
/// failed to come, one item of a period's tally — is not the meeting reported.
@Suite struct MeetingSettingTests {
    @Test(arguments: [
        "Theo kết quả Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023 vừa được công bố tại Lễ Công bố PCI 2023 do Liên đoàn "
            + "Thương mại và Công nghiệp Việt Nam tổ chức; năm 2023, PCI Quảng Trị đạt 64,2 điểm.",
        "Ngày 12-1, ông Trần Văn Nam - chủ tịch UBND tỉnh - đã ra công văn phê bình các thành viên Ban an toàn giao thông tỉnh và "
            + "chủ tịch UBND các huyện đã vắng mặt tại hội nghị không có lý do chính đáng.",
        "Trong năm 2022, Hội LHPN huyện đã tổ chức 12 lớp truyền thông về phòng chống bạo lực gia đình; hội nghị nói chuyện "
            + "chuyên đề về bình đẳng giới cho 300 cán bộ hội các cấp.",
        "Nhân Ngày Gia đình Việt Nam (28/6), Hội LHPN huyện Lệ Thủy đã phối hợp với các địa phương tổ chức lễ ra mắt CLB "
            + "“Gia đình hạnh phúc” tại nhiều chi hội ở các xã trong toàn huyện.",
    ])
    func aMeetingThatIsTheSettingOfOtherNewsIsNotReported(lead: String) {
        #expect(meeting(lead) == nil)
    }

    /// A summit held in the news's days, where a report was published, is the meeting; so is a
    /// conference where one was absent from another.
    @Test func aMeetingHeldInTheNewssDaysIsReported() throws {
        let m = try #require(meeting("Theo một báo cáo được công bố tại hội nghị cấp cao của Diễn đàn kinh tế thế giới (WEF) khai "
            + "mạc hôm qua tại Seoul (Hàn Quốc), kinh tế châu Á đang phụ thuộc vào kinh tế Nhật Bản."))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "Diễn đàn kinh tế thế giới (WEF)")
        let n = try #require(meeting("Sáng 12/3, Sở Giao thông vận tải tỉnh Quảng Ngãi tổ chức hội nghị triển khai kế hoạch bảo đảm "
            + "trật tự an toàn giao thông năm 2024."))
        #expect(n.host == "Sở Giao thông vận tải tỉnh Quảng Ngãi")
    }
}
