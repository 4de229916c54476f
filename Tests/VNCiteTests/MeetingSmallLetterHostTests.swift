import Testing
@testable import VNCite

/// A Party committee written in small letters, as a commune's page writes it, is a host before the
/// place it leads ("đảng ủy xã Hạ Trung, huyện Bá Thước"); not before words that name no place. So are
/// a Youth Union committee before its place and a Party cell before its unit's name.
@Suite struct MeetingSmallLetterHostTests {
    @Test func aPartyCommitteeInSmallLettersBeforeItsPlace() throws {
        let m = try #require(meeting("Chiều ngày 22/12/2023, đảng ủy xã Thành Sơn, huyện Bá Thước long trọng tổ chức lễ công bố "
            + "quyết định thành lập chi bộ quân sự xã."))
        #expect(m.kind == "lễ công bố")
        #expect(m.host == "đảng ủy xã Thành Sơn, huyện Bá Thước")
        let unplaced = try #require(meeting("Chiều ngày 22/12/2023, đảng ủy cơ sở tổ chức lễ công bố quyết định thành lập chi bộ quân sự xã."))
        #expect(unplaced.host == nil)
    }

    @Test(arguments: [
        ("Chiều ngày 18/8/2020, chi bộ Trường Trung cấp Xây dựng trực thuộc Đảng bộ Sở Xây dựng Thành phố đã tổ chức Lễ kết nạp Đảng viên mới.",
         "chi bộ Trường Trung cấp Xây dựng"),
        ("Ngày 20/3/2021, tại Khu di tích lưu niệm Hồ Chí Minh, huyện đoàn Thanh Ba đã tổ chức Lễ kết nạp đoàn viên mới.", "huyện đoàn Thanh Ba"),
        ("Ngày 21/9/2025, đoàn xã Thanh Hà tổ chức hội nghị tổng kết công tác Đoàn năm 2025.", "đoàn xã Thanh Hà"),
    ])
    func aCellOrAYouthUnionInSmallLetters(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    @Test func aCellInSmallLettersBeforeNoUnitsName() {
        #expect(meeting("Ngày 18/8/2020, chi bộ Nguyễn Văn An đã tổ chức Lễ kết nạp Đảng viên mới.")?.host == nil)
    }
}
