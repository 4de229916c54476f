import Testing
@testable import VNCite

/// One kind of ceremony held in many places, or by so many units, or a body's congresses at a
/// level below the province, is one meeting each: none of them is the news.
@Suite struct MeetingAtManyPlacesTests {
    @Test(arguments: [
        "Lễ giao nhận quân tại 12 huyện, thị xã trên địa bàn tỉnh được tổ chức đồng loạt trong không khí trang trọng, nhanh gọn.",
        "Lễ giao nhận quân năm 2025 tại các địa phương diễn ra trong 3 ngày, từ ngày 13 đến ngày 15/2.",
        "Ngày thứ hai (12/2) có 27 tỉnh, thành phố tổ chức lễ giao nhận quân gồm: Thanh Hóa, Nghệ An, Hà Tĩnh.",
        // (so many counted with a dot between thousands; a body's congresses at a level below the province)
        "Giai đoạn 2021-2025, các địa phương đã tổ chức 1.423 hội nghị phổ biến, cung cấp thông tin cho 89.900 lượt người có uy tín.",
        "Gia Lai hoàn thành Đại hội Mặt trận Tổ quốc Việt Nam cấp xã trước ngày 30/9.",
        // (cells named in a list, after their days: the "và" between days joins no partner)
        "Trong các ngày 13 và 16/7/2022, các Chi bộ Văn phòng, Dân sự, Hình sự trực thuộc Đảng bộ Tòa án nhân dân quận Long Biên đã tổ "
            + "chức Đại hội chi bộ lần thứ V, nhiệm kỳ 2022 - 2025.",
        // (so many of so many bodies by their abbreviation)
        "Theo đó, đã có 24/24 MTTQ quận, huyện toàn TP tổ chức xong đại hội với 125 vị được bầu vào Ban thường trực.",
    ])
    func aCeremonyHeldInManyPlacesIsNoOneMeeting(lead: String) {
        #expect(meeting(lead) == nil)
    }

    /// A conference on what was done in many places is one meeting; so is one ceremony for many
    /// units at one venue, and one meeting so many units held together.
    @Test(arguments: [
        ("Hội nghị sơ kết tiêm phòng cúm gia cầm ở 3 xã điểm được tổ chức sáng 5/9 tại trụ sở UBND tỉnh Bến Tre.", "hội nghị"),
        ("Lễ ra quân tại 5 xã biên giới được tổ chức sáng 5/9 tại trụ sở UBND huyện Mường Khương.", "lễ ra quân"),
        ("Sáng 5/9, có 3 đơn vị phối hợp tổ chức hội thảo về phòng chống thiên tai tại thành phố Huế.", "hội thảo"),
        ("Sáng 5/9, có 4 viện nghiên cứu cùng tổ chức hội thảo về phòng chống thiên tai tại thành phố Huế.", "hội thảo"),
        ("Sáng 5/6, Đại hội Mặt trận Tổ quốc Việt Nam cấp xã Tân Hà lần thứ X khai mạc trọng thể.", "đại hội"),
    ])
    func oneMeetingForManyPlacesIsTheNews(lead: String, kind: String) throws {
        #expect(try #require(meeting(lead)).kind == kind)
    }
}
