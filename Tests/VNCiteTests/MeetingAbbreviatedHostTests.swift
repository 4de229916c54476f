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
