import Testing
@testable import VNCite

/// A numbered letter, plan or guide in the meeting's name is its issuer's, not the meeting's
/// ("cuộc họp bàn giải pháp thực hiện Công văn số 955/CV-SGTVT … của Sở Giao thông vận tải"); the
/// room a meeting sat in is named whole ("tại Phòng họp UBND huyện").
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
}
