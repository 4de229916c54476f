import Testing
@testable import VNCite

/// The organiser that the sentence after a hostless meeting names, opening on the meeting ("Buổi
/// lễ do …", "Sự kiện này do …"); how the organisers joined is no part of their name.
@Suite struct MeetingNamedNextTests {
    @Test(arguments: [
        ("Ngày hội Dân quân tự vệ TP HCM\nHơn 800 dân quân đã tham gia lễ kỷ niệm 70 năm ngày truyền thống lực lượng Dân quân Tự vệ hôm qua. "
            + "Buổi lễ do Ban Thường vụ Thành Đoàn và Bộ chỉ huy Quân sự thành phố phối hợp tổ chức.", "Ban Thường vụ Thành Đoàn"),
        ("Xu hướng mã mở trong thương mại điện tử\nĐó là tinh thần của hội thảo Mã nguồn mở - sứ mệnh mới được tổ chức hôm qua tại Hà Nội. "
            + "Sự kiện này do Trung tâm đào tạo lập trình viên quốc tế Hanoi-Aptech cùng phối hợp với Đại học Công nghệ tổ chức.",
         "Trung tâm đào tạo lập trình viên quốc tế Hanoi-Aptech"),
    ])
    func theNextSentenceNamesTheOrganiser(article: String, host: String) {
        #expect(meeting(article)?.host == host)
    }

    @Test func aSentenceOpeningOnSomethingElseNamesNoOrganiser() throws {
        let article = "Ngày hội Dân quân tự vệ TP HCM\nHơn 800 dân quân đã tham gia lễ kỷ niệm 70 năm ngày truyền thống lực lượng Dân quân Tự vệ hôm qua. "
            + "Triển lãm ảnh do Bảo tàng thành phố tổ chức cũng thu hút nhiều người xem."
        #expect(try #require(meeting(article)).host == nil)
    }

    @Test func howTheOrganisersJoinedIsNoPartOfTheName() {
        let lead = "Tại hội thảo Công nghệ thông tin trong kinh doanh hiện đại vừa được FPT Elead và hãng Intel đồng tổ chức tại TP HCM, hai công ty đã hỗ trợ doanh nghiệp."
        #expect(meeting(lead)?.host == "FPT Elead và hãng Intel")
    }
}
