import Testing
@testable import VNCite

/// Institutions that hold meetings: a library by its head noun, a federation of libraries named by
/// its members ("các tỉnh"), a hospital after the adverb it held
/// the meeting with ("trang nghiêm"), a company's shareholders in their general meeting — not the
/// General Assembly of the United Nations, a body.
@Suite struct MeetingInstitutionHostTests {
    @Test(arguments: [
        ("Ngày 30.1, Thư viện tỉnh tổ chức hội nghị triển khai nhiệm vụ hệ thống thư viện công cộng năm 2018.", "hội nghị", "Thư viện tỉnh"),
        ("Sáng thứ 2, ngày 06/10/2025, Bệnh viện đa khoa tỉnh Sơn La trang nghiêm tổ chức sinh hoạt chính trị dưới nghi thức chào cờ.",
         "sinh hoạt", "Bệnh viện đa khoa tỉnh Sơn La"),
        ("Sáng ngày 21/04/2023, Công ty cổ phần cấp nước Chợ Lớn đã tổ chức Đại hội đồng cổ đông thường niên năm 2023.",
         "đại hội", "Công ty cổ phần cấp nước Chợ Lớn"),
        // (a federation of libraries, named by its many members)
        ("Ngày 13/10/2022, Liên hiệp Thư viện các tỉnh miền núi phía Bắc đã tổ chức “Hội nghị Tổng kết công tác thư viện nhiệm kỳ "
            + "2020 -2022” tại Trung tâm Hội nghị tỉnh Bắc Giang.", "hội nghị", "Liên hiệp Thư viện các tỉnh miền núi phía Bắc"),
    ])
    func theInstitutionHeldIt(lead: String, kind: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == kind)
        #expect(m.host == host)
    }

    @Test func theGeneralAssemblyIsABody() {
        #expect(meeting("Ngày 12/9, Đại hội đồng Liên hợp quốc khai mạc khóa họp thứ 79.") == nil)
    }
}
