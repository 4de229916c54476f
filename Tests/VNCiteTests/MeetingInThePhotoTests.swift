import Testing
@testable import VNCite

/// A meeting named only in a photo's caption ("Trong ảnh: …") is what the photo shows, not news the
/// article reports; the lead's own meeting still is.
@Suite struct MeetingInThePhotoTests {
    @Test func aCaptionsCeremonyIsNoReport() {
        // (The caption framed as the page's table prints it, read as the headline.)
        #expect(meeting("|\nToàn tỉnh hiện có 166 tổ chức đảng trong các doanh nghiệp tư nhân với 3.390 đảng viên. Trong ảnh: Lễ kết nạp đảng "
            + "viên tại Chi bộ Công ty CP May Phú Thịnh |\nNhận rõ vai trò của doanh nghiệp, Đảng ta đã ban hành nhiều văn bản về công tác "
            + "xây dựng Đảng.") == nil)
    }

    @Test func theLeadsMeetingAfterACaption() throws {
        let m = try #require(meeting("Nhiều người hy vọng luật mới sẽ cân bằng quyền lợi. Trong ảnh: Một chung cư đang xây dựng tại Hà Nội.\n"
            + "Ngày 28-2, Ủy ban Kinh tế của Quốc hội đã tổ chức hội thảo góp ý dự thảo Luật Kinh doanh bất động sản."))
        #expect(m.kind == "hội thảo")
    }
}
