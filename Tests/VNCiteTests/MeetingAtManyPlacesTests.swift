import Testing
@testable import VNCite

/// One kind of ceremony held in many places, or by so many units, is one meeting each: none of
/// them is the news.
@Suite struct MeetingAtManyPlacesTests {
    @Test(arguments: [
        "Lễ giao nhận quân tại 12 huyện, thị xã trên địa bàn tỉnh được tổ chức đồng loạt trong không khí trang trọng, nhanh gọn.",
        "Lễ giao nhận quân năm 2025 tại các địa phương diễn ra trong 3 ngày, từ ngày 13 đến ngày 15/2.",
        "Ngày thứ hai (12/2) có 27 tỉnh, thành phố tổ chức lễ giao nhận quân gồm: Thanh Hóa, Nghệ An, Hà Tĩnh.",
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
    ])
    func oneMeetingForManyPlacesIsTheNews(lead: String, kind: String) throws {
        #expect(try #require(meeting(lead)).kind == kind)
    }
}
