import Testing
@testable import VNCite

/// A name lists its fields as "A, B và C" ("Trung tâm Xúc tiến Thương mại, Du lịch và Đầu tư Đồng
/// Tháp"): the comma is inside the name. Not a list of bodies, of places, or of people (nor of
/// people whose office is misspelt: "Bà Vũ Thị Hương- Chủ nghiệm").
@Suite struct MeetingListedFieldsTests {
    @Test(arguments: [
        ("Ngày 04.8, Trung tâm Xúc tiến Thương mại, Du lịch và Đầu tư Cần Thơ phối hợp với các đơn vị liên quan tổ chức Tọa đàm "
            + "“Phát triển sản phẩm OCOP”.", "Trung tâm Xúc tiến Thương mại, Du lịch và Đầu tư Cần Thơ"),
        ("Sáng 5/9, Trường Cao đẳng Kinh tế, Kỹ thuật và Thủy sản tổ chức lễ khai giảng năm học mới.", "Trường Cao đẳng Kinh tế, Kỹ thuật và Thủy sản"),
        ("Sáng 12/3, Ủy ban Văn hóa - Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội có buổi làm việc với lãnh đạo TPHCM.",
         "Ủy ban Văn hóa - Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội"),
        // (the last field after a dash, not "và")
        ("Sáng 17/8/2020, Ủy ban Khoa học, Công nghệ - Môi trường (KHCN-MT) tổ chức hội nghị giải trình về an ninh nguồn nước.",
         "Ủy ban Khoa học, Công nghệ - Môi trường (KHCN-MT)"),
    ])
    func theFieldsAreOneName(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    @Test(arguments: [
        ("Sáng 5/9, Bộ Công an, Bộ Quốc phòng và Bộ Ngoại giao tổ chức hội nghị sơ kết.", "Bộ Công an"),
        ("Sáng 5/9, Sở Y tế Hà Nội, Đà Nẵng và Cần Thơ tổ chức hội nghị sơ kết.", nil),
        ("Ông Lê Quốc Thanh- Giám đốc Trung tâm Khuyến nông Quốc gia, Ông Hồ Vang- Phó Giám đốc Sở Nông nghiệp và PTNT TT Huế, Bà Vũ Thị "
            + "Hương- Chủ nghiệm CLB Khuyến nông đô thị chủ trì Hội thảo.", "Trung tâm Khuyến nông Quốc gia"),
    ])
    func bodiesAndPlacesAreNoFields(lead: String, host: String?) {
        #expect(meeting(lead)?.host == host)
    }
}
