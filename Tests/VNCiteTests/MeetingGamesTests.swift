import Testing
@testable import VNCite

/// The games that sports news calls "Đại hội" are no congress; a sports body's congress is one. A
/// singer's fan meeting is a show.
@Suite struct MeetingGamesTests {
    @Test(arguments: [
        "Ban tổ chức SEA Games 22 hôm qua cho biết, trong số 5 VĐV thi đấu tại Đại hội bị phát hiện có chất kích thích, có 4 VĐV Việt Nam.",
        "Hai ngày nữa SEA Games 23 mới khai mạc, nhưng chiếc HC vàng đầu tiên của Đại hội hôm qua đã thuộc về Singapore.",
        "Càng gần đến ngày kết thúc đại hội hôm nay, nhiều môn thế mạnh của VN đã kết thúc thi đấu, chỉ còn hy vọng 4 HCV.",
    ])
    func theGamesAreNoCongress(lead: String) {
        #expect(meeting(lead) == nil)
    }

    @Test(arguments: [
        "Nhóm nhạc Hàn STARLINE khiến fan Việt vỡ òa trong buổi họp fan đầu tiên\nNăm thành viên nhóm nhạc giao lưu cùng 5.000 người hâm mộ tại TP.HCM, tối 16/9.",
        "Tối 16/9, nhóm nhạc STARLINE tổ chức họp fan tại TP.HCM.",
        "Tối 16/9, nhóm nhạc STARLINE có buổi gặp gỡ fan Việt tại TP.HCM.",
    ])
    func aFanMeetingIsAShow(text: String) {
        #expect(meeting(text) == nil)
    }

    @Test func aSportsBodysCongressIsOne() throws {
        let lead = "Sáng nay, Đại hội LĐBĐ VN khóa V đã khai mạc tại Hà Nội, sau một năm đội tuyển giành HCV SEA Games."
        #expect(try #require(meeting(lead)).kind == "đại hội")
    }
}
