import Testing
@testable import VNCite

/// A supervision delegation ("Đoàn giám sát") at its work on a day named holds a "buổi giám sát",
/// said with the verb alone; the delegation and whose it is are the host.
@Suite struct MeetingSupervisionTests {
    @Test func aSupervisionDelegationAtWorkHoldsASupervision() throws {
        let m = try #require(meeting("Giám sát chính sách nhà ở\nNgày 24-5, Đoàn giám sát của Thường trực HĐND tỉnh tiến hành giám sát "
            + "Sở Xây dựng về thực hiện chính sách hỗ trợ nhà ở. Đồng chí Nguyễn Hương Giang, Chủ tịch HĐND tỉnh chủ trì."))
        #expect(m.kind == "buổi giám sát")
        #expect(m.host == "Đoàn giám sát của Thường trực HĐND tỉnh")
        #expect(m.chair == "Nguyễn Hương Giang")
        // (its leader named between; two days written with a comma and no space)
        let led = try #require(meeting("HĐND huyện giám sát ý kiến cử tri\nTrong các ngày 9,10/6/2020 Đoàn Giám sát của HĐND huyện do "
            + "đồng chí Kiều Thị Hồng Hoa, Phó Chủ tịch HĐND huyện làm trưởng đoàn đã giám sát những công việc cử tri có ý kiến."))
        #expect(led.host == "Đoàn Giám sát của HĐND huyện")
        #expect(led.date?.iso == "2020-06-09")
    }

    /// An elected body's "tổ chức giám sát" on a day named is its supervision.
    @Test func anElectedBodyHoldsItsSupervision() throws {
        let m = try #require(meeting("Giám sát ngành Tư pháp\nSáng 27/11, Thường trực HĐND tỉnh tổ chức giám sát việc thực hiện nhiệm "
            + "vụ phát triển kinh tế - xã hội năm 2023 của ngành Tư pháp. Đồng chí Nguyễn Quốc Chung, Chủ tịch HĐND tỉnh chủ trì."))
        #expect(m.kind == "buổi giám sát")
        #expect(m.host == "Thường trực HĐND tỉnh")
    }

    @Test(arguments: [
        // an organisation's name; a body that is no elected one
        "Sáng 27/11, Tổ chức Giám sát Nhân quyền đã công bố báo cáo thường niên về khu vực.",
        "Sáng 27/11, Sở Y tế tổ chức giám sát tại các bệnh viện trên địa bàn tỉnh.",
        // no day, no "đã" or "tiến hành": a task, not a session
        "Đoàn giám sát của Thường trực HĐND tỉnh giám sát việc thực hiện chính sách hỗ trợ nhà ở trên địa bàn tỉnh.",
        // still to come
        "Ngày 24-5, Đoàn giám sát của Thường trực HĐND tỉnh sẽ tiến hành giám sát Sở Xây dựng về chính sách nhà ở.",
        // no supervision delegation: the verb alone
        "Ngày 24-5, Thường trực HĐND tỉnh đã giám sát Sở Xây dựng về thực hiện chính sách hỗ trợ nhà ở.",
    ])
    func notWithoutTheDelegationTheDayAndTheVerb(lead: String) {
        #expect(meeting("Giám sát chính sách nhà ở\n" + lead) == nil)
    }
}
