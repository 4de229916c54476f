import Testing
@testable import VNCite

/// What a document prescribes ("Nghị định nêu rõ, …", "Theo quy định, …") is no meeting held.
@Suite struct MeetingPrescribedTests {
    @Test(arguments: [
        "Đó là Nghị định 09/2017/NĐ-CP về phát ngôn. Nghị định nêu rõ, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ chủ trì, phối hợp với các bộ tổ chức họp báo định kỳ mỗi tháng một lần.",
        "Theo quy định, các bộ, ngành phải tổ chức họp báo định kỳ mỗi quý một lần.",
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
