import Testing
@testable import VNCite

/// A host written with an abbreviation the lead spells out in brackets is named in full; one that
/// spells out words in small letters names a task, no body. A stray comma between a name and its
/// verb of holding does not cut the subject off.
@Suite struct MeetingHostSpelledOutTests {
    @Test func anAbbreviationSpelledOutBefore() throws {
        let m = try #require(meeting("Ngày 7-8, Cục Cứu hộ, cứu nạn (CHCN), Bộ Tổng Tham mưu tổ chức Hội nghị triển khai phương án "
            + "phòng, chống lụt bão năm 2012. Thiếu tướng Phạm Hoài Giang, Cục trưởng Cục CHCN chủ trì hội nghị."))
        #expect(m.host == "Cục Cứu hộ, cứu nạn")
        #expect(m.chair == "Phạm Hoài Giang")
    }

    @Test func anAbbreviationOfATaskIsNoHostButABodysNameIs() throws {
        let m = try #require(meeting("Hôm qua 28/5/2015, đoàn công tác Ban chỉ đạo (BCĐ) Trung ương Chương trình Mục tiêu quốc gia (MTQG) "
            + "xây dựng nông thôn mới (NTM) do đồng chí Lê Văn Lịch làm trưởng đoàn đã làm việc với UBND tỉnh Quảng Trị để kiểm tra "
            + "việc triển khai chương trình xây dựng NTM trên địa bàn tỉnh."))
        #expect(m.host != "NTM")
        let board = try #require(meeting("Ban quản lý dự án (QLDA) của huyện vừa hoàn thành ba công trình. Sáng 12/5, tại Huế, "
            + "QLDA đã tổ chức hội nghị tổng kết với 60 đại biểu."))
        #expect(board.host == "Ban quản lý dự án")
        let centre = try #require(meeting("Trung tâm Phát triển nông thôn (TTPTNT) vừa công bố báo cáo về sinh kế vùng cao. Sáng 12/5, tại Huế, "
            + "TTPTNT đã tổ chức hội thảo về báo cáo này với 60 đại biểu."))
        #expect(centre.host == "Trung tâm Phát triển nông thôn")
    }

    /// A name runs on through more words in small letters than it would otherwise when the
    /// abbreviation in brackets after it spells them.
    @Test func anAbbreviationSpellsALongName() throws {
        let m = try #require(meeting("Để chuẩn bị Đại hội lần thứ hai, ngày 26-10, Ban Chấp hành Hội Bảo vệ quyền lợi người tiêu dùng "
            + "tỉnh (BVQLNTD) đã họp để lấy ý kiến đóng góp vào dự thảo báo cáo tổng kết."))
        #expect(m.host == "Ban Chấp hành Hội Bảo vệ quyền lợi người tiêu dùng tỉnh (BVQLNTD)")
        // (Not when the letters spell other words: the name is not read past its small words.)
        let other = meeting("Ngày 26-10, Ban Chấp hành Hội Bảo vệ quyền lợi người tiêu dùng tỉnh (HBVNTD) đã họp để lấy ý kiến.")
        #expect(other?.host != "Ban Chấp hành Hội Bảo vệ quyền lợi người tiêu dùng tỉnh (HBVNTD)")
    }

    @Test func aStrayCommaBeforeTheVerb() throws {
        let m = try #require(meeting("Sáng 30/11, tại TP Tam Kỳ, tỉnh Quảng Nam, Trung tâm phát triển nông thôn miền Trung Việt Nam, tổ chức "
            + "Hội nghị tham vấn “Góp ý dự thảo Luật Bảo vệ và phát triển rừng sửa đổi”. Ông Lê Văn Lân, Điều phối viên mạng lưới "
            + "đất rừng FORLAND chủ trì Hội nghị."))
        #expect(m.host == "Trung tâm phát triển nông thôn miền Trung Việt Nam")
        // (with the adverbs of a congress held, "vừa … thành công")
        let held = try #require(meeting("Hội Cựu chiến binh xã Thống Nhất, vừa tổ chức thành công Đại hội khóa I, nhiệm kỳ 2022 – 2027."))
        #expect(held.host == "Hội Cựu chiến binh xã Thống Nhất")
    }

    /// A host that ends on a bare rank is of the one place of that rank its sentence names before
    /// it; none is taken from two, nor from a place after it, nor when another follows it.
    @Test func aBareRankTakesThePlaceNamedBefore() throws {
        let venue = try #require(meeting("Ngày 20/4, tại Hội trường Trung tâm Văn hóa xã Thanh Điền, Hội đồng nhân dân (HĐND) xã đã tổ chức "
            + "Kỳ họp thứ 12 (kỳ họp chuyên đề)."))
        #expect(venue.host == "Hội đồng nhân dân (HĐND) xã Thanh Điền")
        let two = try #require(meeting("Ngày 20/4, tại xã Thanh Điền và xã Tân Lập, HĐND xã đã tổ chức Kỳ họp thứ 12 (kỳ họp chuyên đề)."))
        #expect(two.host == "HĐND xã")
        let after = try #require(meeting("Ngày 20/4, UBND xã đã làm việc với đoàn công tác của xã Tân Lập."))
        #expect(after.host == "UBND xã")
        // (Nor the one before when the sentence names another after it: the venue is not the host's place.)
        let another = try #require(meeting("Trong khuôn khổ Diễn đàn Hợp tác địa phương tại tỉnh Quảng Ninh, trưa 25/11/2025, Chủ tịch UBND "
            + "tỉnh Trần Duy Đông và đoàn công tác của tỉnh Phú Thọ đã tiếp và làm việc với đoàn lãnh đạo tỉnh Yamanashi."))
        #expect(another.host == "UBND tỉnh")
        // (The place's name stops before the chair's name that follows it.)
        let chaired = try #require(meeting("Ngày 5/3/2024, Phó Chủ tịch UBND huyện Chợ Mới Lê Trần Minh Hiếu chủ trì cuộc họp Hội đồng Thi "
            + "đua - Khen thưởng huyện để xét khen thưởng."))
        #expect(chaired.host == "Hội đồng Thi đua - Khen thưởng huyện Chợ Mới")
    }

    /// A host read from the chair's office with an abbreviation is the body the lead named first,
    /// spelt out there; a name the lead gives with more (its province) or less is left as it is.
    @Test func theHostAsTheLeadFirstSpellsItOut() throws {
        let m = try #require(meeting("Sáng ngày 15/9/2021, Ủy ban nhân dân huyện tổ chức lấy ý kiến góp ý quy hoạch sử dụng đất. "
            + "Đồng chí Trần Ngọc Bình - Phó Chủ tịch UBND huyện, chủ trì cuộc họp."))
        #expect(m.host == "Ủy ban nhân dân huyện")
        let n = try #require(meeting("Sáng ngày 15/9/2021, Ủy ban nhân dân tỉnh Ninh Thuận tổ chức lấy ý kiến góp ý quy hoạch sử dụng đất. "
            + "Đồng chí Trần Ngọc Bình - Phó Chủ tịch UBND huyện, chủ trì cuộc họp."))
        #expect(n.host == "UBND huyện")
    }
}
