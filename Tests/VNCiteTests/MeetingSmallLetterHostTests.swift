import Testing
@testable import VNCite

/// A Party committee written in small letters, as a commune's page writes it, is a host before the
/// place it leads ("đảng ủy xã Hạ Trung, huyện Bá Thước"); not before words that name no place. So are
/// a Youth Union committee before its place and a Party cell before its unit's name, also in a
/// congress's name ("Đại hội chi bộ Giáo dục lần thứ V").
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

    /// A congress's name may open on its cell in small letters: the cell's name ends on its last
    /// capital's word, small half and all ("Giáo dục"), before the congress's round or a mark.
    @Test(arguments: [
        ("Ngày 20/02/2020, tại Phòng Giáo dục và đào tạo huyện Ea Kar Đại hội chi bộ Giáo dục lần thứ V, nhiệm kỳ 2020 – 2022 đã được tổ chức.",
         "chi bộ Giáo dục"),
        ("Sáng 20/02/2020, Đại hội chi bộ Giáo dục, nhiệm kỳ 2020 – 2022 đã diễn ra.", "chi bộ Giáo dục"),
        ("Sáng 12/5/2020, Đại hội đảng bộ TP Thanh Hóa khóa XX khai mạc.", "đảng bộ TP Thanh Hóa"),
    ])
    func aCongressOfACellInSmallLetters(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    @Test func aCongressOfACellWithNoName() throws {
        #expect(try #require(meeting("Ngày 20/02/2020, Đại hội chi bộ nhiệm kỳ 2020 – 2022 đã được tổ chức.")).host == nil)
    }

    /// A school written small before its kind's capitals (its spaces doubled as written, made single).
    @Test(arguments: [
        ("(THTG) Ngày 14/5, trường  Chính  trị tỉnh Tiền Giang tổ chức Đại hội Đảng bộ nhiệm kỳ 2015-2020.", "trường Chính trị tỉnh Tiền Giang"),
        ("Ngày 14/5/2015, trường THPT Lê Lợi tổ chức Đại hội Đảng bộ nhiệm kỳ 2015-2020.", "trường THPT Lê Lợi"),
    ])
    func aSchoolInSmallLetters(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    /// A steering committee in small letters, its number inside its name, owns the meeting rather
    /// than the office of the one who spoke at it.
    @Test func aNumberedSteeringCommitteeInSmallLetters() {
        #expect(meeting("Phát biểu tại cuộc họp của ban chỉ đạo 389 tỉnh Bình Dương vào chiều nay, Phó Chủ tịch Ủy ban nhân dân tỉnh "
            + "Nguyễn Văn Dành nhận định: Công tác đấu tranh phòng, chống buôn lậu đang tiềm ẩn nhiều rủi ro.")?.host == "ban chỉ đạo 389 tỉnh Bình Dương")
    }

    @Test func aCellInSmallLettersBeforeNoUnitsName() {
        #expect(meeting("Ngày 18/8/2020, chi bộ Nguyễn Văn An đã tổ chức Lễ kết nạp Đảng viên mới.")?.host == nil)
    }
}
