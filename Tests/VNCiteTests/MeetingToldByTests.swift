import Testing
@testable import VNCite

/// A body that tells its news at a meeting holds it; a speaker's place of work does not.
@Suite struct MeetingToldByTests {
    @Test(arguments: [
        ("Sau nhiều cố gắng để tăng lượng thuốc nội, hôm qua 17-2, Bộ Y tế đã thông báo như trên tại hội nghị tổng kết công tác khám chữa bệnh năm 2004.",
         "Bộ Y tế"),
        ("Quy định này vừa được Sở GDĐT Hà Nội chính thức thông báo trong cuộc họp với hiệu trưởng các trường trung học phổ thông.",
         "Sở GDĐT Hà Nội"),
        ("Đó là điểm mới trong công tác đặc xá năm 2005 vừa được Hội đồng tư vấn đặc xá trung ương cho biết trong hội nghị tổng kết chiều qua.",
         "Hội đồng tư vấn đặc xá trung ương"),
        ("Sở Y tế TP HCM cho biết tại hội nghị tổng kết năm 2005 sáng qua, cả thành phố có 12 ca mắc mới.", "Sở Y tế TP HCM"),
        ("Đó là số liệu thống kê do Hiệp hội Bảo hiểm Việt Nam công bố tại Hội nghị \"Quản lý và phát triển ngành bảo hiểm nhân thọ\".",
         "Hiệp hội Bảo hiểm Việt Nam"),
    ])
    func theBodyThatToldItHeldIt(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    @Test(arguments: [
        // a speaker's place of work, after the name
        "Nguy cơ lây nhiễm thấp hơn 65%, tiến sĩ Bertran Auvert, Viện nghiên cứu quốc gia Pháp (INSERM) phát biểu tại Hội nghị quốc tế về AIDS đang diễn ra ở Rio de Janeiro.",
        "Cả nước thiếu 2.400 bác sĩ. Ông Phạm Hưng Củng, Vụ trưởng Vụ Y học cổ truyền, Bộ Y tế cho biết như vậy tại hội nghị sáng nay.",
        // a foreign name that a head word opens
        "\"Tôi muốn nhắc nhở các nhà lãnh đạo Nhật\", Ban Ki-moon phát biểu trong cuộc họp sáng nay của các quan chức ngoại giao.",
    ])
    func aSpeakersPlaceOfWorkIsNoHost(lead: String) throws {
        let found = try #require(meeting(lead))
        #expect(found.host == nil)
    }

    @Test func theOrganiserComesFirst() {
        let lead = "Bộ Tài chính cho biết như vậy tại hội nghị xúc tiến đầu tư do Bộ Kế hoạch và Đầu tư tổ chức sáng nay."
        #expect(meeting(lead)?.host == "Bộ Kế hoạch và Đầu tư")
    }
}
