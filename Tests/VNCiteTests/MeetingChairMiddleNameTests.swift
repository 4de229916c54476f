import Testing
@testable import VNCite

/// A chair whose family name is a rare one, told by the middle name "Thị"; of co-chairs each with a
/// second office after a dash, the first named leads.
@Suite struct MeetingChairMiddleNameTests {
    @Test func aRareFamilyNameToldByTheMiddleName() throws {
        let found = try #require(meeting("Chiều 02/02/2021, Ủy ban bầu cử tỉnh họp triển khai công tác bầu cử. Phó Bí thư Thường trực "
            + "Tỉnh ủy Phương Thị Thanh và Chủ tịch UBND tỉnh Nguyễn Long Hải đồng chủ trì cuộc họp."))
        #expect(found.host == "Ủy ban bầu cử tỉnh")
        #expect(found.chair == "Phương Thị Thanh")
    }

    @Test func coChairsWithTheirSecondOfficesAfterADash() throws {
        let found = try #require(meeting("Sáng 5/3, Sở Nội vụ tổ chức hội nghị tập huấn nghiệp vụ công tác bầu cử. Bí thư Tỉnh ủy Hoàng "
            + "Văn An - Trưởng Ban Chỉ đạo bầu cử tỉnh và Chủ tịch UBND tỉnh Lê Văn Bình - Phó Trưởng Ban Chỉ đạo bầu cử tỉnh đồng chủ trì hội nghị."))
        #expect(found.chair == "Hoàng Văn An")
    }

    /// (A place's name with "Thị" inside stays the body's: "Cảng Cái Mép Thị Vải".)
    @Test func aPlaceWithThiInItsNameIsNoPerson() throws {
        let found = try #require(meeting("Sáng 5/3, Ban Quản lý Cảng Cái Mép Thị Vải tổ chức hội nghị tổng kết công tác năm 2023."))
        #expect(found.host == "Ban Quản lý Cảng Cái Mép Thị Vải")
    }
}
