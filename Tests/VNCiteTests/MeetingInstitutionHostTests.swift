import Testing
@testable import VNCite

/// Institutions that hold meetings: a library, an airport and a cooperative by their head nouns, a
/// federation of libraries named by its members ("các tỉnh"), a hospital after the adverb it held the
/// meeting with ("trang nghiêm"), a university that "đăng cai" (hosts) it, a company's shareholders
/// in their general meeting — not the General Assembly of the United Nations, a body; a board by its
/// chair's office.
@Suite struct MeetingInstitutionHostTests {
    @Test(arguments: [
        ("Ngày 30.1, Thư viện tỉnh tổ chức hội nghị triển khai nhiệm vụ hệ thống thư viện công cộng năm 2018.", "hội nghị", "Thư viện tỉnh"),
        ("Sáng thứ 2, ngày 06/10/2025, Bệnh viện đa khoa tỉnh Sơn La trang nghiêm tổ chức sinh hoạt chính trị dưới nghi thức chào cờ.",
         "sinh hoạt", "Bệnh viện đa khoa tỉnh Sơn La"),
        ("Sáng ngày 21/04/2023, Công ty cổ phần cấp nước Chợ Lớn đã tổ chức Đại hội đồng cổ đông thường niên năm 2023.",
         "đại hội", "Công ty cổ phần cấp nước Chợ Lớn"),
        // (an airport, its abbreviation in brackets inside its name)
        ("Sáng 10/1/2024, Cảng hàng không quốc tế (HKQT) Phú Bài tổ chức Hội nghị người lao động năm 2024.", "hội nghị",
         "Cảng hàng không quốc tế (HKQT) Phú Bài"),
        // (a cooperative, spelt out and abbreviated)
        ("Ngày 20/3/2024, Hợp tác xã Nông nghiệp Tân Hòa, huyện Chợ Gạo tổ chức Đại hội thường niên năm 2024.", "đại hội",
         "Hợp tác xã Nông nghiệp Tân Hòa, huyện Chợ Gạo"),
        ("Sáng 20/3/2024, HTX Dịch vụ nông nghiệp Phú Lộc đã tổ chức Đại hội thành viên thường niên.", "đại hội", "HTX Dịch vụ nông nghiệp Phú Lộc"),
        // (a federation of libraries, named by its many members)
        ("Ngày 13/10/2022, Liên hiệp Thư viện các tỉnh miền núi phía Bắc đã tổ chức “Hội nghị Tổng kết công tác thư viện nhiệm kỳ "
            + "2020 -2022” tại Trung tâm Hội nghị tỉnh Bắc Giang.", "hội nghị", "Liên hiệp Thư viện các tỉnh miền núi phía Bắc"),
        // (a university that hosts it, "đăng cai")
        ("Ngày 24/06/2022, Trường Đại học Nông Lâm đăng cai tổ chức hội nghị khoa học trẻ toàn quốc ngành Thủy sản lần thứ 11.",
         "hội nghị", "Trường Đại học Nông Lâm"),
    ])
    func theInstitutionHeldIt(lead: String, kind: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == kind)
        #expect(m.host == host)
    }

    /// The board its chair heads, its "Ban" written again after the office: "Trưởng ban Ban chỉ đạo …" is
    /// the head of the "Ban chỉ đạo …", no "Ban Ban"; "Trưởng ban Tổ chức T.Ư" still heads the "Ban Tổ chức T.Ư".
    @Test func theBoardItsChairHeads() throws {
        let m = try #require(meeting("Ông Phan Cao Thắng, Trưởng ban Ban chỉ đạo (BCĐ) TĐTKT tỉnh, chủ trì hội nghị tổng kết ngày 31/1/2018."))
        #expect(m.host == "Ban chỉ đạo (BCĐ) TĐTKT tỉnh")
        let party = try #require(meeting("Trưởng ban Tổ chức T.Ư Trần Đình Hoan đã nhận xét như vậy tại Hội nghị công tác phát triển đảng viên "
            + "trong thanh niên vừa diễn ra hôm qua 12/3 tại Hà Nội."))
        #expect(party.host == "Ban Tổ chức T.Ư")
    }

    @Test func theGeneralAssemblyIsABody() {
        #expect(meeting("Ngày 12/9, Đại hội đồng Liên hợp quốc khai mạc khóa họp thứ 79.") == nil)
    }
}
