import Testing
@testable import VNCite

/// A chairman's offices open on his deputy-secretary rank in the Party committee; the body he
/// chairs, written after its comma, held the meeting he chaired.
@Suite struct MeetingChairmansRankTests {
    @Test func theBodyHeChairsAfterHisRank() throws {
        let m = try #require(meeting("Chiều 11-11, đồng chí Phạm Anh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Gia Lai, chủ trì buổi làm việc "
            + "để tháo gỡ khó khăn, vướng mắc liên quan đến dự án đường Nguyễn Văn Linh."))
        #expect(m.host == "UBND tỉnh Gia Lai")
        #expect(m.chair == "Phạm Anh Tuấn")
    }

    @Test func theRankGluedToHisName() throws {
        let m = try #require(meeting("Chiều 11-11, đồng chí Phạm Anh Tuấn-Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Gia Lai, chủ trì buổi làm việc "
            + "để tháo gỡ khó khăn, vướng mắc liên quan đến dự án đường Nguyễn Văn Linh."))
        #expect(m.host == "UBND tỉnh Gia Lai")
    }

    @Test func theSecretaryStillSpeaksForTheCommittee() throws {
        let m = try #require(meeting("Sáng 5/3, đồng chí Hồ Văn Niên, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Gia Lai, chủ trì buổi làm việc "
            + "với Ban Tuyên giáo Tỉnh ủy."))
        #expect(m.host == "Tỉnh ủy")
    }
}
