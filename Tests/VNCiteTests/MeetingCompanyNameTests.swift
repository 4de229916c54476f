import Testing
@testable import VNCite

/// A company's or a group's name runs on past what it trades in: the second half of a word whose
/// first half names also hold ("cao su", "hóa chất"), and after its legal form ("CP", "cổ phần") its
/// trade in small letters and its brand in capitals — which is no person, and so no chair.
@Suite struct MeetingCompanyNameTests {
    @Test(arguments: [
        ("Ngày 13-4, Đại hội đại biểu Đoàn Thanh niên Tập đoàn Công nghiệp cao su Việt Nam lần thứ VIII đã diễn ra tại tỉnh Bình Phước.",
         "Đoàn Thanh niên Tập đoàn Công nghiệp cao su Việt Nam"),
        ("Sáng 20/5, cuộc họp của Tập đoàn Công nghiệp hóa chất Việt Nam đã diễn ra tại Hà Nội.", "Tập đoàn Công nghiệp hóa chất Việt Nam"),
        ("Ngày 5/3, Đại hội Đảng bộ Công ty CP than Mông Dương lần thứ V đã diễn ra.", "Đảng bộ Công ty CP than Mông Dương"),
    ])
    func theNameRunsOnPastItsTrade(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    @Test func theBrandIsNoChair() throws {
        let found = try #require(meeting("Các đơn vị vùng Hòn Gai vừa tổ chức giao ban quý IV. Đồng chí Vũ Thanh Nhàn, Bí thư Đảng bộ "
            + "Công ty CP than Hà Lầm, cụm trưởng chủ trì hội nghị."))
        #expect(found.chair == "Vũ Thanh Nhàn")
        // (Nor the end of a brand that opens on another capital: a company that leads a research task.)
        let handover = try #require(meeting("Chiều 28/2/2023, Sở KH&CN tổ chức lễ bàn giao kết quả thực hiện 4 đề tài nghiên cứu "
            + "cấp tỉnh. Đề tài chăn nuôi heo an toàn bằng thảo dược do Công ty TNHH Bảo Châu Hoài Ân chủ trì."))
        #expect(handover.chair == nil)
    }

    /// (A legal form alone opens no brand: the verb after it is the clause's.)
    @Test func aLegalFormAloneNamesNoBrand() {
        #expect(meeting("Ngày 5/3, Công ty CP đã tổ chức hội nghị tổng kết công tác năm 2021.")?.host == "Công ty CP")
    }
}
