import Testing
@testable import VNCite

/// An opening or closing ceremony that does not say what it opens is no meeting of its own; the
/// meeting the title names, or a body that holds the ceremony, is.
@Suite struct MeetingOpeningTests {
    @Test(arguments: [
        "Đua thuyền rồng Hướng về đất tổ\nSáng nay, tại công viên văn hóa Đầm Sen (TP HCM), 22 đội đua thuyền rồng đã dự lễ khai mạc và thi đấu vòng loại.",
        "Hơn 400 nhạc công dự liên hoan nhạc kèn lần 3\n12 đội nhạc kèn thuộc các đơn vị quân đội đã bước vào cuộc tranh tài. Lễ khai mạc diễn ra tối qua tại Trung tâm Văn hóa Thể thao quận Tân Bình, TP HCM.",
        "Đêm khai mạc rộn ràng trống hội Thăng Long\nTối qua, khu vực vườn hoa Lý Thái Tổ rộn rã những vũ điệu long phượng trong lễ khai mạc Tuần văn hóa dân gian. Đến dự lễ khai mạc có Phó trưởng ban Tư tưởng Văn hoá Trung ương Đào Duy Quát.",
    ])
    func aCeremonyOfNothingNamedIsNoMeeting(text: String) {
        #expect(meeting(text) == nil)
    }

    @Test func theMeetingTheTitleNamesIsTaken() throws {
        let text = "Bế mạc Hội nghị Ban chấp hành Trung ương Đảng khóa IX\nTại lễ bế mạc hôm qua, Tổng bí thư Nông Đức Mạnh cho biết để chuẩn bị cho Đại hội X, dự kiến họp vào đầu quý II năm 2006, Hội nghị đã quyết định thành lập các Tiểu ban."
        let found = try #require(meeting(text))
        #expect(found.kind == "hội nghị")
        #expect(found.host == "Ban chấp hành Trung ương Đảng")
    }

    /// The ceremony that opens a meeting, "formally" or not, is that meeting's.
    @Test func theMeetingTheCeremonyOpensIsTaken() throws {
        let text = "Khai mạc Đại hội Cựu chiến binh tỉnh\n(GLO)- Sáng 18-11, tại Hội trường 2-9 (TP. Pleiku) đã long trọng diễn ra lễ khai "
            + "mạc chính thức Đại hội đại biểu Hội Cựu Chiến binh tỉnh Gia Lai lần thứ VII (nhiệm kỳ 2022-2027)."
        let found = try #require(meeting(text))
        #expect(found.kind == "đại hội")
        #expect(found.host == "Hội Cựu Chiến binh tỉnh Gia Lai")
    }

    @Test func aCeremonyABodyHoldsIsOne() throws {
        let text = "Việt Nam xếp thứ ba\nSáng nay, Bộ Giáo dục và Đào tạo đã tổ chức lễ bế mạc và trao giải thưởng kỳ thi Olympic Vật lý châu Á lần thứ 5."
        let found = try #require(meeting(text))
        #expect(found.kind == "lễ bế mạc")
        #expect(found.host == "Bộ Giáo dục và Đào tạo")
    }
}
