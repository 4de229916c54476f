import Testing
@testable import VNCite

/// A numbered letter, plan or guide in the meeting's name is its issuer's, not the meeting's
/// ("cuộc họp bàn giải pháp thực hiện Công văn số 955/CV-SGTVT … của Sở Giao thông vận tải"), and
/// so is a body's rules or charter ("Quy chế tổ chức và hoạt động của …"); the room a meeting sat
/// in is named whole ("tại Phòng họp UBND huyện"); a quoted title's commas are the title's, not
/// the end of the meeting's clause.
@Suite struct MeetingDocumentOwnerTests {
    @Test func aNumberedLettersIssuerIsNoHost() throws {
        let found = try #require(meeting("Ngày 23/6/2020, tại Phòng họp UBND huyện, đồng chí Lê Thanh Hồ - Phó Chủ tịch UBND huyện chủ trì cuộc "
            + "họp bàn giải pháp thực hiện Công văn số 955/CV-SGTVT ngày 18/6/2020 của Sở Giao thông vận tải về việc khôi phục thực địa mốc "
            + "giải phóng mặt bằng."))
        #expect(found.host == "UBND huyện")
        #expect(found.place == "Phòng họp UBND huyện")
    }

    @Test func aNumberedPlansIssuerIsNoHost() throws {
        let found = try #require(meeting("Sáng 5/3/2024, đồng chí Nguyễn Văn An, Phó Chủ tịch UBND huyện chủ trì hội nghị triển khai Kế hoạch số "
            + "12/KH-SNN ngày 1/3/2024 của Sở Nông nghiệp và Phát triển nông thôn về phòng chống dịch bệnh."))
        #expect(found.host == "UBND huyện")
    }

    @Test func theBodyWhoseRulesAreSpreadIsNoHost() throws {
        let found = try #require(meeting("Chiều ngày 22/10/2020, tại trụ sở VKSND thành phố Đà Nẵng đã diễn ra Hội nghị về việc phổ biến Quy chế "
            + "tổ chức và hoạt động của Viện kiểm sát nhân dân cấp cao ban hành kèm theo Quyết định số 222/QĐ-VKSTC ngày 17/6/2020."))
        #expect(found.kind == "hội nghị")
        #expect(found.host == nil)
    }

    @Test func anOrganiserPastAQuotedTitlesCommasHosts() throws {
        let found = try #require(meeting("Thông tin tại Hội nghị sơ kết 2 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực "
            + "hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII “Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
            + "Minh”, do Hội Cựu chiến binh Việt Nam tổ chức ngày 21/9 tại TP Huế cho biết, các cấp Hội đã làm tốt việc học tập."))
        #expect(found.host == "Hội Cựu chiến binh Việt Nam")
    }
}
