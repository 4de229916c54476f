import Testing
@testable import VNCite

/// A field's abbreviation after "và" inside a longer name closes that name, and is no body of its
/// own: "… các công trình Nông nghiệp và PTNT tỉnh" is no "PTNT tỉnh". Two bodies joined by "và"
/// stay two, and the first holds the meeting.
@Suite struct MeetingFieldAfterAndTests {
    @Test func theAbbreviationClosesTheNameFromItsHead() throws {
        let m = try #require(meeting("Sáng 12/1/2020, Ban Quản lý dự án đầu tư xây dựng các công trình Nông nghiệp và PTNT tỉnh tổ chức "
            + "hội nghị tổng kết công tác năm 2019."))
        #expect(m.host == "Ban Quản lý dự án đầu tư xây dựng các công trình Nông nghiệp và PTNT tỉnh")
    }

    @Test func withNoHeadToOpenItTheNameIsPastReading() throws {
        let m = try #require(meeting("Sáng 12/1/2020, các công trình Nông nghiệp và PTNT tỉnh tổ chức hội nghị tổng kết công tác năm 2019."))
        #expect(m.host == nil)
    }

    @Test(arguments: [
        ("Sáng 12/1/2020, Sở Nông nghiệp và PTNT tỉnh tổ chức hội nghị tổng kết công tác năm 2019.", "Sở Nông nghiệp và PTNT tỉnh"),
        ("Sáng 12/1/2020, Bộ Ngoại giao và UBND tỉnh Lào Cai tổ chức hội nghị xúc tiến đầu tư.", "Bộ Ngoại giao"),
    ])
    func aBodyBeforeTheAndIsStillTheHost(lead: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.host == host)
    }
}
