import Testing
@testable import VNCite

/// An interview given at a meeting, told in the sentence that names the meeting and followed by
/// questions and answers, is the article's news, not the meeting; a meeting the lead reported
/// before the interview, or a press conference's questions, stay meetings.
@Suite struct MeetingInterviewTests {
    @Test(arguments: [
        """
        Thái Lan ưu đãi thuế đối với hàng xuất khẩu của VN
        Trao đổi với báo giới bên lề cuộc họp nội các chung giữa hai nước khai mạc ngày hôm qua, Phó Thủ tướng Nguyễn Tấn Dũng cho biết, Thái Lan đã cam kết ưu đãi thuế quan.
        - Điều đó thể hiện ở những điểm gì, thưa Phó Thủ tướng?
        - Thái Lan sẽ giúp đỡ đẩy mạnh xuất khẩu những mặt hàng VN có thế mạnh.
        """,
        """
        Việt Nam chú trọng nuôi trồng thủy sản sinh thái
        Tại cuộc hội nghị quốc tế về nuôi trồng thủy sản sinh thái sáng nay ở TP HCM, Tổng Thư ký Hiệp hội Chế biến và xuất khẩu thủy sản Việt Nam trao đổi với báo giới xung quanh vấn đề này.
        - Ông cho biết ưu thế của nuôi trồng thuỷ sản sinh thái?
        - Mô hình này vừa đảm bảo thu nhập cho người dân vừa bảo vệ môi trường.
        """,
    ])
    func anInterviewAtAMeetingIsNoMeeting(article: String) {
        #expect(meeting(article) == nil)
    }

    @Test func aMeetingReportedBeforeTheInterviewStaysAMeeting() throws {
        let article = """
            Cần Thơ sẽ là thành phố tầm cỡ ở Đông Nam Á
            Trong 2 ngày 19-20/7, Bộ Xây dựng chủ trì hội thảo bàn về định hướng quy hoạch thành phố Cần Thơ. Thứ trưởng Nguyễn Tấn Vạn đã trao đổi với báo giới xung quanh vấn đề này.
            - Thứ trưởng có thể phác thảo diện mạo sắp tới của thành phố Cần Thơ?
            - Nhà nước xác định Cần Thơ là trung tâm của vùng.
            """
        #expect(try #require(meeting(article)).host == "Bộ Xây dựng")
    }

    @Test func aPressConferencesQuestionsAreItsOwn() throws {
        let article = """
            Bộ Y tế họp báo về dịch cúm
            Tại cuộc họp báo chiều nay, Thứ trưởng Bộ Y tế Trần Chí Liêm trả lời phóng viên về tình hình dịch cúm gia cầm.
            - Thưa ông, dịch có lây từ người sang người không?
            - Chưa có bằng chứng nào cho thấy điều đó.
            """
        #expect(try #require(meeting(article)).kind == "họp báo")
    }
}
