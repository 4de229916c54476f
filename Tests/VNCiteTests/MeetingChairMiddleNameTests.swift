import Testing
@testable import VNCite

/// A chair whose family name is a rare one, told by the middle name "Thị"; of co-chairs each with a
/// second office after a dash, or after a comma when they chaired together, the first named leads.
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

    /// (Co-chairs one after the other's comma, each with an office before the name, when the verb says
    /// they chaired together; one name after another's offices with "chủ trì" alone is the one chair.)
    @Test func coChairsAfterACommaWhenTheyChairedTogether() throws {
        let together = try #require(meeting("Ngày 22/6, tại Đăk Lăk, Bộ Nông nghiệp và PTNT phối hợp với UBND tỉnh Đăk Lăk tổ chức Hội nghị "
            + "phát triển lâm nghiệp. Bộ trưởng Bộ Nông nghiệp và PTNT Nguyễn Xuân Cường, Bí thư Tỉnh ủy Đăk Lăk Bùi Văn Cường đồng chủ trì Hội nghị."))
        #expect(together.chair == "Nguyễn Xuân Cường")
        let alone = try #require(meeting("Ngày 22/6, tại Đăk Lăk, Bộ Nông nghiệp và PTNT phối hợp với UBND tỉnh Đăk Lăk tổ chức Hội nghị "
            + "phát triển lâm nghiệp. Theo Bộ trưởng Nguyễn Xuân Cường, Bí thư Tỉnh ủy Đăk Lăk Bùi Văn Cường chủ trì Hội nghị."))
        #expect(alone.chair == "Bùi Văn Cường")
    }

    /// (A place's name with "Thị" inside stays the body's: "Cảng Cái Mép Thị Vải".)
    @Test func aPlaceWithThiInItsNameIsNoPerson() throws {
        let found = try #require(meeting("Sáng 5/3, Ban Quản lý Cảng Cái Mép Thị Vải tổ chức hội nghị tổng kết công tác năm 2023."))
        #expect(found.host == "Ban Quản lý Cảng Cái Mép Thị Vải")
    }
}
