import Testing
@testable import VNCite

/// Pages that type two spaces between words ("Hội  nghị", "Chính  phủ") report their meetings as
/// any page does: a run of spaces is one.
@Suite struct MeetingTypedSpacesTests {
    @Test func aMeetingNounTypedWithTwoSpaces() throws {
        let m = try #require(meeting("(THTG) Chiều  ngày 7/10, Chính  phủ tổ chức Hội  nghị trực tuyến toàn  quốc về công tác tiếp  công "
            + "dân, giải  quyết khiếu nại, tố cáo.  Chủ trì  hội  nghị  có Thủ tướng Nguyễn Xuân Phúc."))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "Chính phủ")
        #expect(m.chair == "Nguyễn Xuân Phúc")
    }

    @Test func aCongressTypedWithTwoSpaces() throws {
        let m = try #require(meeting("Sáng 11/02/2023, Công đoàn cơ sở Sở Tài nguyên và Môi trường tổ chức Đại  hội Công đoàn cơ sở lần thứ X."))
        #expect(m.kind == "đại hội")
    }
}
