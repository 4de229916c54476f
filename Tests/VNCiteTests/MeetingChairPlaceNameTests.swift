import Testing
@testable import VNCite

/// Two capitalised words right after a place's rank or a district's Party committee are the
/// place's name, not the chair's: the chair is the person named before the offices. Names of the
/// chair's office and of hosts end on their place.
@Suite struct MeetingChairPlaceNameTests {
    @Test func aDistrictAfterItsPartyCommitteeIsNoChair() throws {
        let found = try #require(meeting("Sáng 19/9/2022, Huyện uỷ Châu Thành tổ chức Hội nghị tiếp xúc, đối thoại với hội viên phụ nữ. "
            + "Đồng chí Nguyễn Thành Tiễn - Tỉnh ủy viên, Bí thư Huyện ủy Châu Thành chủ trì Hội nghị."))
        #expect(found.host == "Huyện uỷ Châu Thành")
        #expect(found.chair == "Nguyễn Thành Tiễn")
        let rank = try #require(meeting("Sáng 19/9/2022, UBND huyện tổ chức Hội nghị tổng kết công tác năm. Ông Trần Văn Lâm, Chủ tịch "
            + "UBND huyện Thái Thụy chủ trì hội nghị."))
        #expect(rank.chair == "Trần Văn Lâm")
    }

    /// (A name of three words after the committee is still its secretary's.)
    @Test func aThreeWordNameAfterTheCommitteeIsTheChair() throws {
        let found = try #require(meeting("Sáng 19/9/2022, Huyện ủy tổ chức Hội nghị sơ kết. Bí thư Huyện ủy Lê Văn Hòa chủ trì Hội nghị."))
        #expect(found.chair == "Lê Văn Hòa")
    }

    /// (A name's small words run on to "Việt Nam", the country, as to a province: the chair's office
    /// names the host whole.)
    @Test func smallWordsUpToVietNam() throws {
        let found = try #require(meeting("Sáng 30/10 đã diễn ra Hội thảo thúc đẩy bình đẳng giới. Chủ tịch Nhóm nữ nghị sĩ Việt Nam Trương "
            + "Thị Mai chủ trì hội thảo."))
        #expect(found.host == "Nhóm nữ nghị sĩ Việt Nam")
        #expect(found.chair == "Trương Thị Mai")
        let victims = try #require(meeting("Sáng nay, Hội nạn nhân da cam/dioxin Việt Nam tổ chức lễ tiếp nhận 150 triệu đồng ủng hộ."))
        #expect(victims.host == "Hội nạn nhân da cam/dioxin Việt Nam")
    }

    /// (A company whose name holds "Vật tư" keeps its "tư".)
    @Test func materialsInACompanysName() throws {
        let found = try #require(meeting("Chiều 22-2, Công ty Vật tư tổ chức hội nghị tổng kết năm 2006."))
        #expect(found.host == "Công ty Vật tư")
    }
}
