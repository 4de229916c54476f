import Testing
@testable import VNCite

/// A training course that a body organised is a conference once the article calls it one; a
/// course left so is no meeting.
@Suite struct MeetingTrainingTests {
    @Test func aTrainingTheArticleCallsAConference() throws {
        let m = try #require(meeting("Tập huấn kiến thức bảo vệ, chăm sóc trẻ em\nNgày 24/8/2023, Sở Lao động – Thương binh và Xã hội "
            + "phối hợp với UBND huyện Quỳnh Phụ tổ chức tập huấn kiến thức bảo vệ, chăm sóc trẻ em cho cán bộ 2 xã.\n"
            + "Trong thời gian 1 ngày, các đại biểu được truyền đạt kiến thức bảo vệ trẻ em.\n"
            + "Thông qua hội nghị giúp cán bộ nâng cao kỹ năng."))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "Sở Lao động - Thương binh và Xã hội")
        #expect(m.date?.iso == "2023-08-24")
    }

    @Test(arguments: [
        // A course and nothing more.
        "Ngày 14/12/2023, Sở Tài nguyên và Môi trường tỉnh Tiền Giang tổ chức tập huấn kiến thức về biến đổi khí hậu cho "
            + "cán bộ các xã.\nCác học viên được giới thiệu các giải pháp ứng phó.",
        // A conference named later that is another one.
        "Ngày 14/12/2023, Sở Tài nguyên và Môi trường tỉnh Tiền Giang tổ chức tập huấn kiến thức về biến đổi khí hậu cho "
            + "cán bộ các xã.\nNội dung bám sát Nghị quyết Hội nghị Trung ương 7 khóa XIII.",
    ])
    func aCourseIsNoMeeting(article: String) {
        #expect(meeting(article) == nil)
    }
}
