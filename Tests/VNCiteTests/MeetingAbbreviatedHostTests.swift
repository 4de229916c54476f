import Testing

/// An abbreviation in brackets that the subject reader finds alone is the name right before it that
/// it shortens, with it: the host a reader gives.
@Suite struct MeetingAbbreviatedHostTests {
    @Test func theNameItShortensComesWithIt() throws {
        let m = try #require(meeting("Sáng 16/2, Trường Đại học dân lập Công nghệ Sài Gòn (STU) và Công ty Schneider Electric Việt Nam "
            + "(SEVL) đã tổ chức hội thảo về đào tạo tự động hóa."))
        #expect(m.host == "Trường Đại học dân lập Công nghệ Sài Gòn (STU)")
    }

    /// (With no body's name before it, the abbreviation alone.)
    @Test func aloneWhenNoNameReadsBeforeIt() throws {
        let m = try #require(meeting("Sáng 16/2, tập đoàn Schneider Electric (SEVL) đã tổ chức hội thảo về đào tạo tự động hóa."))
        #expect(m.host == "SEVL")
    }
}

/// A body's name in brackets right after other names says whose they are or where they lie: it is no
/// host of its own.
@Suite struct MeetingBracketedParentTests {
    @Test func theParentInBracketsHoldsNothing() throws {
        let m = try #require(meeting("Từ ngày 28 đến 31/10/2025, các Đồn Biên phòng Ga Ry, Tr'Hy, A Nông (Bộ đội Biên phòng thành phố Đà "
            + "Nẵng) tổ chức lễ kết nghĩa với Đại đội Biên phòng 534."))
        #expect(m.host == nil)
        let one = try #require(meeting("Ngày 28/10/2025, Đồn Biên phòng Ga Ry (Bộ đội Biên phòng thành phố Đà Nẵng) tổ chức lễ kết nghĩa "
            + "với Đại đội Biên phòng 534."))
        #expect(one.host == "Đồn Biên phòng Ga Ry (Bộ đội Biên phòng thành phố Đà Nẵng)")
    }
}
