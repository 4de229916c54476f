import Testing
@testable import VNCite

/// A meeting whose name says whose it is ("Hội nghị tổng kết … của Ban Nội chính Tỉnh ủy") is that
/// body's, though a leader who came or chaired opens the sentence; a "của" that another word of the
/// name owns says nothing of the host; an extended committee's meeting is its body's.
@Suite struct MeetingOwnerTests {
    @Test(arguments: [
        ("Sáng 11/12, Bí thư Tỉnh ủy Lê Trường Lưu dự và phát biểu chỉ đạo tại Hội nghị tổng kết công tác năm 2023 của Ban Nội chính Tỉnh ủy.",
         "Ban Nội chính Tỉnh ủy"),
        ("Sáng 11/12, Bí thư Tỉnh ủy Lê Trường Lưu chủ trì Hội nghị tổng kết công tác năm 2023 của Ban Nội chính Tỉnh ủy.",
         "Ban Nội chính Tỉnh ủy"),
        ("Sáng 11/12, Phó Chủ tịch UBND tỉnh Nguyễn Thanh Bình dự Hội nghị tổng kết năm 2023 của Sở Nông nghiệp và Phát triển nông thôn.",
         "Sở Nông nghiệp và Phát triển nông thôn"),
        // (past the second half of a review's name)
        ("Sáng 29/12, Phó Chủ tịch UBND tỉnh Nguyễn Thanh Bình chủ trì Hội nghị sơ kết 6 tháng và triển khai nhiệm vụ của Sở Y tế.",
         "Sở Y tế"),
        // (the owner's bare head, named in full earlier in the sentence)
        ("Chiều 3/6, Thủ tướng Phạm Minh Chính - Trưởng Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19 chủ trì Phiên họp lần thứ 20 của Ban Chỉ đạo.",
         "Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19"),
    ])
    func theBodyTheMeetingsNameGivesItTo(lead: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.host == host)
    }

    @Test(arguments: [
        // what the meeting is about is owned
        "Chiều 11/12, Phó Chủ tịch UBND tỉnh Nguyễn Thanh Bình chủ trì cuộc họp về tiến độ dự án của Tập đoàn Sun Group tại Lăng Cô.",
        // what the owner owns is another "và" away: the Party's policy
        "Sáng 5/1, Thứ trưởng Bộ Ngoại giao Lê Hoài Trung chủ trì cuộc họp báo giới thiệu chính sách đối ngoại và hội nhập của Đảng và nước ta.",
        // councils of every level are no one body
        "Chiều nay, Phó Chủ tịch HĐND TP HCM Lê Minh Nhựt triển khai nhiệm vụ kỳ họp đầu tiên của HĐND các cấp theo chủ trương mới.",
    ])
    func aCuaTheNameDoesNotCloseNamesNoHost(lead: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.host?.contains("Sun Group") != true)
        #expect(m.host != "HĐND")
        #expect(m.host != "Đảng")
    }

    /// The Party as a whole holds its congress, not a conference on its work nor a ceremony for one of
    /// its leaders: those are its organs', whom the text does not name.
    @Test func theWholePartyHoldsItsCongressOnly() throws {
        let review = try #require(meeting("Sáng 23/1, tại Hà Nội, diễn ra Hội nghị toàn quốc tổng kết công tác kiểm tra, giám sát của Đảng năm 2018."))
        #expect(review.kind == "hội nghị")
        #expect(review.host == nil)
        let ceremony = try #require(meeting("Sáng 30/4, tại Hà Nội, diễn ra lễ kỷ niệm 120 năm ngày sinh Tổng Bí thư đầu tiên của Đảng Trần Phú."))
        #expect(ceremony.host == nil)
        let congress = try #require(meeting("Sáng 18/4, tại Hà Nội, khai mạc Đại hội đại biểu toàn quốc lần thứ X của Đảng."))
        #expect(congress.host == "Đảng")
    }

    /// A notice by its number names who issued it, not who held the meeting that carried it out; the
    /// verb "thông báo" owns nothing.
    @Test func aNoticesIssuerIsNoHost() throws {
        let m = try #require(meeting("Sáng 8/9, tại TP. Vinh, Phó Thủ tướng Vương Đình Huệ đã tham dự hội nghị triển khai các nội dung "
            + "Thông báo số 55-TB/TW ngày 20/4/2019 của Bộ Chính trị về sơ kết 5 năm thực hiện Nghị quyết số 26-NQ/TW."))
        #expect(m.host == nil)
    }

    /// A committee's extended meeting names its body after "mở rộng": the body is the host, not who came.
    @Test func theExtendedCommitteesBody() throws {
        let m = try #require(meeting("Ngày 9/1/2024, Hội Cựu chiến binh phường An Lạc tham dự Hội nghị Ban Chấp hành mở rộng Hội Cựu chiến binh "
            + "quận Bình Tân lần thứ 6."))
        #expect(m.host == "Hội Cựu chiến binh quận Bình Tân")
    }
}
