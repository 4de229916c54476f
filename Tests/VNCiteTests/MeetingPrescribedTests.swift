import Testing
@testable import VNCite

/// What a document prescribes ("Nghị định nêu rõ, …", "Theo quy định, …"), a reader's question
/// or letter answered, and how well such meetings go are no meeting held.
@Suite struct MeetingPrescribedTests {
    @Test(arguments: [
        "Đó là Nghị định 09/2017/NĐ-CP về phát ngôn. Nghị định nêu rõ, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ chủ trì, phối hợp với các bộ tổ chức họp báo định kỳ mỗi tháng một lần.",
        "Theo quy định, các bộ, ngành phải tổ chức họp báo định kỳ mỗi quý một lần.",
        // (the document's short name in brackets between it and its verb)
        "Nghị quyết 101/2025/UBTVQH15 (gọi tắt là Nghị quyết 101) quy định chi tiết, hướng dẫn việc tổ chức hội nghị cử tri do Ủy ban Thường vụ Quốc hội ban hành vào ngày 26/9/2025.",
        // (a reader's question and the answer under it)
        "Hỏi đáp về bầu cử\nHỏi: Hội nghị cử tri nơi cư trú đối với người ứng cử ĐBQH được tiến hành thế nào?\nTrả lời:\n1. Việc lấy ý kiến của Hội nghị cử tri nơi cư trú được tổ chức ở nơi người ứng cử cư trú thường xuyên.",
        // (a letter's answer under its address)
        "Kính gửi: Quý Ông/Bà.\nVấn đề quý Ông/Bà phản ánh, UBND phường An Tây xin thông báo kết quả xử lý như sau:\n1. Đối với việc lấn chiếm "
            + "sân chung để phơi mây, UBND phường đã có buổi làm việc ngày 12/9/2022, đã yêu cầu chủ cơ sở khắc phục những nội dung nêu trong phản ánh.",
        // (the quality of such meetings, a topic)
        "Nâng cao chất lượng sinh hoạt chi bộ vùng biên giới\n(GLO)- Sinh thời, Chủ tịch Hồ Chí Minh từng căn dặn: “Đảng mạnh là do chi bộ tốt. Chi bộ tốt là do đảng viên đều tốt”. Thấm nhuần lời dạy đó, thời gian qua, các chi bộ thôn, làng vùng biên giới đã chú trọng đổi mới, nâng cao chất lượng sinh hoạt chi bộ, xây dựng tổ chức Đảng ngày càng trong sạch vững mạnh.",
    ])
    func whatADocumentAsksFor(text: String) {
        #expect(meeting(text) == nil)
    }

    /// A meeting about a document is still held.
    @Test func aMeetingAboutADocument() throws {
        let m = try #require(meeting("Nghị định 09/2017/NĐ-CP có hiệu lực. Sáng 5/3, Văn phòng Chính phủ tổ chức họp báo giới thiệu Nghị định."))
        #expect(m.kind == "họp báo")
        #expect(m.host == "Văn phòng Chính phủ")
    }
}
