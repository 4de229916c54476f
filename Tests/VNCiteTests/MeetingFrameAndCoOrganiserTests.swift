import Testing
@testable import VNCite

/// A meeting named as the frame of another ("Trong khuôn khổ Lễ kỷ niệm …") is not the one reported,
/// but one that frames none, in a sentence that opens on its day, is;
/// the first of co-organisers may close on its abbreviation before the comma.
@Suite struct MeetingFrameAndCoOrganiserTests {
    @Test func theMeetingInsideAFrame() throws {
        let m = try #require(meeting("Trong khuôn khổ Lễ kỷ niệm 30 năm Khuyến nông Việt Nam, chiều ngày 26/10/2023, tại Quảng Ninh, Trung tâm "
            + "Khuyến nông Quốc gia tổ chức Tọa đàm với chủ đề “Phát triển Khuyến nông cộng đồng và Khuyến nông số”."))
        #expect(m.kind == "tọa đàm")
        #expect(m.host == "Trung tâm Khuyến nông Quốc gia")
    }

    /// (A frame with no other meeting after it, in a sentence that opens on its day, is the meeting.)
    @Test func aFrameThatIsTheMeeting() throws {
        let m = try #require(meeting("Chiều 12/12/2019, trong khuôn khổ Kỳ họp thứ 15, HĐND tỉnh khóa VI đã diễn ra nội dung chất vấn và "
            + "trả lời chất vấn thuộc 2 nhóm vấn đề."))
        #expect(m.kind == "kỳ họp")
        #expect(m.host == "HĐND tỉnh")
        #expect(m.date == CalendarDate(year: 2019, month: 12, day: 12))
        // (not without its day)
        #expect(meeting("Trong khuôn khổ Kỳ họp thứ 15, HĐND tỉnh khóa VI đã diễn ra nội dung chất vấn và trả lời chất vấn.") == nil)
    }

    @Test func theFirstCoOrganiserWithItsAbbreviation() throws {
        let m = try #require(meeting("Sáng 19/8/2024, tại thành phố Đà Nẵng, Tập đoàn Điện lực Việt Nam (EVN), Bộ Tài nguyên Môi trường và "
            + "Bộ Công Thương đồng chủ trì Hội thảo về phổ biến Luật Tài nguyên nước."))
        #expect(m.host == "Tập đoàn Điện lực Việt Nam (EVN)")
    }
}
