import Testing
@testable import VNCite

/// Talks ("hội đàm") are held by both sides: a meeting with no host, whoever's office is named.
@Suite struct MeetingTalksTests {
    @Test(arguments: [
        "Nhân chuyến thăm chính thức VN của Thủ tướng Campuchia, chiều 10-10 tại Hà Nội, Thủ tướng Phan Văn Khải đã hội đàm với Thủ tướng Hun Sen.",
        "Sáng qua, tại Mông Cổ, Thủ tướng Phan Văn Khải đã hội đàm với Thủ tướng Nambaryn Enkhbayar trong khuôn khổ chuyến thăm chính thức.",
        "Chủ tịch Ủy ban châu Âu Romano Prodi đã khẳng định như vậy trong cuộc hội đàm chiều 11/3 với Tổng bí thư Nông Đức Mạnh.",
    ])
    func talksHaveNoHost(lead: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == "hội đàm")
        #expect(m.host == nil)
    }

    @Test func aPressConferenceAfterTalksHasItsHost() throws {
        let m = try #require(meeting("Chiều 11/3, Chủ tịch Ủy ban châu Âu Romano Prodi đã khẳng định như vậy trong cuộc họp báo tại Hà Nội."))
        #expect(m.kind == "họp báo")
        #expect(m.host == "Ủy ban châu Âu")
    }

    /// A body that opens the talks' clause held them with its guests.
    @Test func talksABodyHeldWithItsGuests() throws {
        let m = try #require(meeting("Ngày 30/8, tại thành phố Đông Hà, Sở Tư pháp tỉnh Quảng Trị đã tiến hành hội đàm với Sở Tư pháp "
            + "tỉnh Savannakhet (Lào) để trao đổi kinh nghiệm trong công tác tư pháp."))
        #expect(m.kind == "hội đàm")
        #expect(m.host == "Sở Tư pháp tỉnh Quảng Trị")
        // (an aside in brackets and the body above it between)
        let post = try #require(meeting("Ngày 10 và 11/7, Đồn Biên phòng A Xan (đóng tại Tây Giang) thuộc Bộ đội Biên phòng Quảng Nam tổ chức "
            + "hội đàm và tuần tra song phương với Đại đội Biên phòng 534 - Bộ Chỉ huy Quân sự tỉnh Sê Kông (Lào)."))
        #expect(post.host == "Đồn Biên phòng A Xan")
        let minister = try #require(meeting("Sáng 5/3, Bộ trưởng Bộ Quốc phòng Phan Văn Giang đã hội đàm với Bộ trưởng Quốc phòng Lào."))
        #expect(minister.host == nil)
    }
}
