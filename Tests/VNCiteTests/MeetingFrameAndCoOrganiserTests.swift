import Testing
@testable import VNCite

/// A meeting named as the frame of another ("Trong khuôn khổ Lễ kỷ niệm …") is not the one reported;
/// the first of co-organisers may close on its abbreviation before the comma.
@Suite struct MeetingFrameAndCoOrganiserTests {
    @Test func theMeetingInsideAFrame() throws {
        let m = try #require(meeting("Trong khuôn khổ Lễ kỷ niệm 30 năm Khuyến nông Việt Nam, chiều ngày 26/10/2023, tại Quảng Ninh, Trung tâm "
            + "Khuyến nông Quốc gia tổ chức Tọa đàm với chủ đề “Phát triển Khuyến nông cộng đồng và Khuyến nông số”."))
        #expect(m.kind == "tọa đàm")
        #expect(m.host == "Trung tâm Khuyến nông Quốc gia")
    }

    @Test func theFirstCoOrganiserWithItsAbbreviation() throws {
        let m = try #require(meeting("Sáng 19/8/2024, tại thành phố Đà Nẵng, Tập đoàn Điện lực Việt Nam (EVN), Bộ Tài nguyên Môi trường và "
            + "Bộ Công Thương đồng chủ trì Hội thảo về phổ biến Luật Tài nguyên nước."))
        #expect(m.host == "Tập đoàn Điện lực Việt Nam (EVN)")
    }
}
