import Testing
@testable import VNCite

/// Churches and their congresses: "Hội thánh …" is a body's head, "Cao Đài" a faith and no person's
/// name, a church or a temple the place; a congress's term in brackets between its number and its
/// body ("Đại hội lần thứ II (nhiệm kỳ 2011 – 2013) Hội thánh …"), or after a comma.
@Suite struct MeetingChurchTests {
    @Test(arguments: [
        ("Đại hội đại biểu bất thường lần I, nhiệm kỳ 2025 - 2030 Hội Mỹ nghệ Kim hoàn Đá quý TPHCM (SJA) đã bầu Ban Chấp hành nhiệm kỳ mới.",
         "Hội Mỹ nghệ Kim hoàn Đá quý TPHCM (SJA)", nil),
        ("Ngày 1/11/2011, Đại hội lần thứ II (nhiệm kỳ 2011 – 2013) Hội thánh Liên hữu Cơ đốc Việt Nam đã khai mạc tại Nhà thờ Hội "
            + "thánh, ấp Đông, xã Thới Tam Thôn.", "Hội thánh Liên hữu Cơ đốc Việt Nam", "Nhà thờ"),
        ("Ngày 1/11/2016, Đại hội lần thứ II (nhiệm kỳ 2016 – 2021) Hội Nông dân tỉnh Bình Định đã khai mạc.", "Hội Nông dân tỉnh Bình Định", nil),
        ("Sáng ngày 09/12/2017, Hội Thánh Cao Đài Tây Ninh tổ chức Đại hội Đại biểu nhiệm kỳ 2017-2022 tại Thánh thất Cao Đài Tây Ninh.",
         "Hội Thánh Cao Đài Tây Ninh", "Thánh thất Cao Đài Tây Ninh"),
    ] as [(String, String, String?)])
    func aChurchsCongress(lead: String, host: String, place: String?) throws {
        let m = try #require(meeting("Tiêu đề của bài báo này\n" + lead))
        #expect(m.kind == "đại hội")
        #expect(m.host == host)
        #expect(m.place == place)
    }
}
