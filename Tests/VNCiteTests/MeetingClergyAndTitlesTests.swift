import Testing
@testable import VNCite

/// Chairs named by a title (the Buddhist clergy's, a degree's, glued to the name or not), and the
/// meeting's name, which ends before who was there.
@Suite struct MeetingClergyAndTitlesTests {
    /// A monk's dharma name, after "Hòa thượng" or "TT.", is the chair's; a title after "và" ends a body's name.
    @Test func aMonkChairs() throws {
        let m = try #require(meeting("Chiều 27/10/2022, tại chùa Phước Bửu, Ban Trị sự Phật giáo quận Bình Thạnh tổ chức phiên họp "
            + "triển khai công tác Phật sự. TT.Thích Tâm Chơn, Trưởng ban Trị sự Phật giáo quận chủ trì phiên họp, cùng với sự "
            + "tham dự của ĐĐ.Thích Bửu Đăng."))
        #expect(m.chair == "Thích Tâm Chơn")
        #expect(m.what == "phiên họp triển khai công tác Phật sự")
        let press = try #require(meeting("Đồng chủ trì cuộc họp báo có Hòa thượng Thích Thanh Nhiễu - Phó Chủ tịch Hội đồng Trị sự, Trưởng "
            + "Ban Tổ chức Đại hội và Hòa thượng Thích Gia Quang - Phó Chủ tịch Hội đồng Trị sự."))
        #expect(press.chair == "Thích Thanh Nhiễu")
        #expect(press.what == "cuộc họp báo")
        #expect(press.host.map { !$0.contains("Hòa thượng") } ?? true)
        // ("Thích ứng" is no name: its next word is in small letters)
        #expect(meeting("Thích ứng với biến đổi khí hậu là chủ đề hội thảo do Bộ Tài nguyên và Môi trường tổ chức.")?.chair == nil)
        // (an office shortened with a full stop, "UVTT. HĐTS,", ends no sentence before "chủ trì")
        let short = try #require(meeting("Sáng ngày 07/4/2021, Ban Thường trực Ban Trị sự GHPGVN tỉnh Bình Định họp triển khai các hoạt động Phật "
            + "sự. Hòa thượng Thích Nguyên Phước, UVTT. HĐTS, Trưởng Ban Trị sự kiêm Trưởng Ban Tăng sự tỉnh chủ trì cuộc họp."))
        #expect(short.chair == "Thích Nguyên Phước")
    }

    /// A degree's title glued to the name by its full stop: "PGS.TS.Nguyễn Văn An".
    @Test func aTitleGluedToTheName() {
        #expect(meeting("Sáng 5/3/2024, Viện Khoa học xã hội tổ chức hội thảo khoa học. PGS.TS.Nguyễn Văn An, Viện trưởng chủ trì "
            + "hội thảo.")?.chair == "Nguyễn Văn An")
        // (a province's short name is no title: "TT.Huế" stays one word)
        #expect(meeting("Sáng 5/3/2024, Sở Y tế tỉnh TT.Huế tổ chức hội nghị tổng kết.")?.host == "Sở Y tế tỉnh TT.Huế")
    }

    /// Who was there, after "có", is no part of the meeting's name.
    @Test func whoWasThereIsNoPartOfTheName() {
        #expect(meeting("Sáng 9/5/2024, Sở Xây dựng tổ chức buổi làm việc với các bên liên quan có sự tham dự của các phòng, ban.")?.what
                == "buổi làm việc với các bên liên quan")
        #expect(meeting("Sáng 9/5/2024, UBND tỉnh tổ chức cuộc họp báo có ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh.")?.what == "cuộc họp báo")
        #expect(meeting("Sáng 9/5/2024, UBND tỉnh tổ chức hội nghị có đại diện các sở, ngành.")?.what == "hội nghị")
        // (nor, after a comma, who came with the chair: "…, cùng với sự tham dự của …")
        #expect(meeting("TT. Thích Tâm Chơn, Trưởng ban Trị sự Phật giáo quận chủ trì phiên họp, cùng với sự tham dự của chư tôn đức.")?.what
                == "phiên họp")
    }
}
