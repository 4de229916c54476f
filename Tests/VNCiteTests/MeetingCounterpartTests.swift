import Testing
@testable import VNCite

/// When the lead names no host: the body a meeting was held with, else — at a meeting, a working
/// session, a press conference or a briefing — the body of the office of who spoke at it; never a
/// name cut short, nor the office of a guest at a seminar.
@Suite struct MeetingCounterpartTests {
    @Test(arguments: [
        // the body it was held with, when who came is no body
        ("Sáng 16/12, trong cuộc họp với Bộ GDĐT, chuyên gia khảo thí Hoa Kỳ John Smith đề xuất tăng số thanh tra tại các điểm thi.",
         "Bộ GDĐT"),
        ("Tại buổi làm việc với Sở Tài nguyên Môi trường chiều nay, công ty khai thác đá vẫn chưa đưa ra phương án bồi thường.",
         "Sở Tài nguyên Môi trường"),
        // (whom the representatives or leaders it was held with stand for)
        ("Trong cuộc họp với đại diện Uỷ ban Chứng khoán Nhà nước mới đây, lãnh đạo Công ty Gas Petrolimex cho biết sẽ niêm yết.",
         "Uỷ ban Chứng khoán Nhà nước"),
        ("Trong cuộc làm việc với lãnh đạo LĐBĐVN vào chiều 9/12, HLV Riedl cho biết ông sẽ phác thảo một kế hoạch dài hơi.", "LĐBĐVN"),
        // (a city's district by its number)
        ("Ngày 16-6, tại buổi làm việc với UBND quận 7, cả 7 doanh nghiệp trong diện di dời đã kiến nghị xem lại phương án đền bù.",
         "UBND quận 7"),
        // further on in the meeting's words, with the time that follows it
        ("Thiếu vốn và đất là những vấn đề mà các doanh nghiệp nêu lên trong cuộc họp bàn với UBND TP HCM chiều ngày 21/4.",
         "UBND TP HCM"),
        // a gathering ("buổi họp mặt") is one noun, the body after its "với" too
        ("15 tân đại sứ VN, trước khi lên đường, đã có buổi họp mặt với UBND TPHCM vào chiều 12-4 để tìm hiểu định hướng phát triển.",
         "UBND TPHCM"),
        // the office of who spoke, in apposition before the noun or after the meeting's words
        ("Thượng tá Phan Văn Minh, Phó giám đốc Công an TP HCM, đã khẳng định như vậy với báo chí trong cuộc họp đột xuất chiều 22/3.",
         "Công an TP HCM"),
        ("Chiều 29/3, tại cuộc họp kiểm tra tiến độ duy tu cầu đường, ông Trần Văn Phúc, Phó giám đốc Sở Giao thông - Công chính, "
            + "cho biết Sở sẽ thí điểm giao khoán.", "Sở Giao thông - Công chính"),
        ("Trong cuộc họp sáng nay với các bộ, ngành, ông Trương Văn Phong, Chủ tịch Hiệp hội Lương thực, cho rằng dự báo thị "
            + "trường còn chậm.", "Hiệp hội Lương thực"),
        // the body that, by the passive's "được", did at the meeting what the sentence tells
        ("Quyết định cấp thẻ khám bệnh miễn phí cho trẻ tạm trú vừa được UBND tỉnh Bình Dương thông qua trong cuộc họp chiều qua.",
         "UBND tỉnh Bình Dương"),
        // an office, then its holder's name after a comma, opening a clause after a quote or a time
        ("\"Sốt xuất huyết, rubella đều đang có nguy cơ trở thành dịch\", Phó giám đốc Sở Y tế TP HCM, Lê Trường Giang đánh giá "
            + "trong buổi họp giao ban các Trung tâm y tế ngày 13/10.", "Sở Y tế TP HCM"),
        ("Chiều 29/9, người phát ngôn của Thủ tướng, ông Nguyễn Kinh Quốc cho biết, trong phiên họp thường kỳ tháng 9, các thành "
            + "viên Chính phủ đã nhất trí cao với việc chỉ có một giấy chứng nhận.", "Chính phủ"),
        // an encounter with the press is a press conference: its speaker's office
        ("Tại cuộc gặp gỡ với báo chí tổ chức chiều qua 30-11, phó giám đốc Bệnh viện Nhi T.Ư Nguyễn Văn Lộc cho biết chi phí "
            + "cho một ca ghép thận lên tới hàng trăm triệu đồng.", "Bệnh viện Nhi T.Ư"),
        ("Chiều 28/1, trong cuộc gặp mặt báo chí Xuân Ất Dậu, Thống đốc Ngân hàng Nhà nước Việt Nam Lê Đức Thúy đã giới thiệu "
            + "5 tờ giấy bạc làm giả.", "Ngân hàng Nhà nước Việt Nam"),
        // a spokesman anywhere in a press conference's sentence, whatever the name before the office
        ("\"Đừng đánh giá thấp quyết tâm của chính phủ và nhân dân Trung Quốc\", Li Weiyi, người phát ngôn Văn phòng Các vấn đề "
            + "Đài Loan của Trung Quốc, phát biểu tại buổi họp báo hôm nay.", "Văn phòng Các vấn đề Đài Loan"),
        ("Trong cuộc họp báo thường kỳ hôm qua 3/3, trả lời câu hỏi của phóng viên về vụ kiện, người phát ngôn Bộ Ngoại giao Việt "
            + "Nam Lê Dũng nói rõ quan điểm của Việt Nam.", "Bộ Ngoại giao Việt Nam"),
        // the office that opens the sentence, whose holder did at the meeting what it tells
        ("Phó Chủ tịch UBND tỉnh Long An Nguyễn Văn Được đã đồng ý với phương án trên, tại cuộc họp với các sở, ngành, chiều qua.",
         "UBND tỉnh Long An"),
    ])
    func theBodyItWasHeldWithOrWhoSpokeForIt(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    @Test(arguments: [
        // a name whose number is cut off: none
        "Ngày 16-6, tại buổi làm việc với Ban quản lý dự án 415, các doanh nghiệp trong diện di dời đã kiến nghị xem lại phương án đền bù.",
        // the leaders it was held with, when an office opens the next clause: that office's meeting
        // (here an office that names no body)
        "Ngày 25-3, tại cuộc làm việc với lãnh đạo Bộ Công an về vụ án, Thứ trưởng Nguyễn Văn Hải đã yêu cầu điều tra triệt để.",
        // many bodies are no one body
        "Đó là biện pháp được đưa ra tại cuộc họp với lãnh đạo UBND các quận trong thành phố sáng 10/5.",
        // a body the meeting was about, no time after it
        "Sáng qua, trong cuộc họp bàn về hợp tác với Ngân hàng Thế giới, các doanh nghiệp đã đề nghị nới điều kiện vay.",
        // who attends a seminar is a guest
        "Tại hội thảo “Đường sắt đô thị” tổ chức ngày 27-3 tại Hà Nội, Cục trưởng Cục Đường sắt VN Vũ Văn Hồng cho biết tuyến đầu tiên sẽ xong năm 2011.",
        // (and bodies whose leaders came, with the sectors after "và các": "tham dự" is no holding)
        "Lãnh đạo Đảng, Nhà nước và các bộ, ngành tham dự lễ kỷ niệm 80 năm ngày Lưu trữ Việt Nam.",
        "Lãnh đạo Tỉnh ủy, UBND tỉnh và các sở, ngành tham dự hội nghị sơ kết công tác dân vận.",
        // who raised a point at it, by the passive's "được", may be a guest
        "Đó là tồn tại của các đơn vị thi công được Sở Giao thông công chính đưa ra trong cuộc họp sáng nay.",
        // a document's issuer, not the meeting's
        "Tại cuộc họp triển khai thông tư 06 của Bộ Y tế về sản xuất gia công thuốc sáng 8/6, các công ty đã đồng tình.",
        // an office named in what the meeting was about
        "Ngày 17.5.2001, ban huấn luyện đội bóng đã có một cuộc họp kín, nhằm triển khai chỉ thị của ông Nguyễn Hoàng Thụ, Giám đốc Sở TDTT Nghệ An.",
        // who had it opens the clause, a body's leaders or a body: not whom they met (a delegation's
        // head holds it for the delegation: `MeetingDelegationTests`)
        "Mới đây, lãnh đạo thành phố đã có buổi làm việc với Sở Giao thông Công chánh TP và thống nhất giải tỏa các hộ lấn chiếm kênh.",
        "Hôm qua, Thanh tra Ủy ban TDTT do ông Nguyễn Văn Dọng làm trưởng đoàn đã vào TPHCM để có cuộc làm việc với Ban Giám đốc Sở TDTT TP.",
        // a delegation, whatever its task's words
        "Chiều 12/8, Đoàn giám sát thực hiện Nghị quyết số 25-NQ/TW ngày 25/7/2008 của Ban Chấp hành Trung ương Đảng khóa X về công tác "
            + "thanh niên có buổi làm việc với Thường trực Tỉnh ủy.",
        // (the document's title in quotes, a comma inside it)
        "Chiều 12/8, Đoàn giám sát thực hiện Nghị quyết số 25-NQ/TW về “Tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên thời kỳ "
            + "đẩy mạnh công nghiệp hóa, hiện đại hóa” có buổi làm việc với Thường trực Tỉnh ủy.",
        // a working session has two sides: whose leaders speak after it may be the side visited
        "Chiều qua, tại buổi làm việc với đoàn kiểm tra, lãnh đạo Công ty Điện lực TP cho biết đang chỉ đạo các bộ phận giải trình.",
    ])
    func noHostRatherThanAWrongOne(lead: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.host == nil)
    }
}
