import Testing
@testable import VNCite

/// A body that met, said with the verb "họp" alone ("Hội đồng … đã họp", "Chính phủ họp phiên thường
/// kỳ", "họp mặt"), or the chair's office that held it ("Phó Chủ tịch UBND tỉnh … chủ trì họp …"),
/// or the office of who met with the bodies under it.
@Suite struct MeetingMetTests {
    @Test(arguments: [
        ("Chiều 27-9, Hội đồng Thi đua - Khen thưởng Trung ương đã họp dưới sự chủ trì của Thủ tướng Chính phủ Phan Văn Khải.",
         "cuộc họp", "Hội đồng Thi đua - Khen thưởng Trung ương"),
        ("Sáng 5/4, UBND Hà Nội đã họp bàn về dự thảo Quy chế mua bán nhà ở tại các khu đô thị mới.", "cuộc họp", "UBND Hà Nội"),
        ("Hôm nay, Ban Thường vụ Tỉnh ủy Kiên Giang họp, kiểm điểm đối với tập thể và cá nhân một số ủy viên.",
         "cuộc họp", "Ban Thường vụ Tỉnh ủy Kiên Giang"),
        // a session, said with the verb
        ("Hôm qua, Chính phủ họp phiên thường kỳ tháng 2, thảo luận về chương trình hành động.", "phiên họp", "Chính phủ"),
        ("Từ ngày 14 đến 16/5, Ủy ban Kiểm tra Trung ương đã họp kỳ 41 tại Hà Nội.", "kỳ họp", "Ủy ban Kiểm tra Trung ương"),
        ("Trong hai ngày 3 và 4/7, Ủy ban Kiểm tra Tỉnh ủy Bình Định đã họp kỳ thứ 12 xem xét kết quả kiểm tra.",
         "kỳ họp", "Ủy ban Kiểm tra Tỉnh ủy Bình Định"),
        // a gathering, said with "họp mặt"
        ("Sáng 17/11/2022, Phòng Giáo dục và Đào tạo thành phố họp mặt kỷ niệm 40 năm Ngày Nhà giáo Việt Nam.", "họp mặt",
         "Phòng Giáo dục và Đào tạo thành phố"),
        // (an adverb between the body and its verb)
        ("Ngay khi nhận được tin dịch quay trở lại, Bộ Y tế lập tức triệu tập cuộc họp để triển khai các biện pháp ngăn dịch.",
         "cuộc họp", "Bộ Y tế"),
        ("Sau thảm bại 0-3, LĐBĐ VN lập tức họp và nhất trí để ông Tavares từ chức.", "cuộc họp", "LĐBĐ VN"),
        // (a body that called others to meet)
        ("Chiều 12/11, Bộ Y tế đã triệu tập lãnh đạo các tỉnh thành phía Bắc cùng họp bàn về diễn biến dịch bệnh.", "cuộc họp", "Bộ Y tế"),
        // a meeting the verb names by its noun
        ("Quốc hội khóa XV họp Kỳ họp thứ 5 từ ngày 22/5/2023 tại Nhà Quốc hội, Hà Nội.", "kỳ họp", "Quốc hội"),
        ("Hiệp hội Taekwondo châu Á (ATU) vừa họp đại hội tại Băng Cốc quyết định chọn Việt Nam đăng cai vòng loại.",
         "đại hội", "Hiệp hội Taekwondo châu Á (ATU)"),
        // a time set off by commas between the body and its verb
        ("Hội đồng Liên đoàn Thể thao Đông Nam Á, cuối tuần qua, đã nhóm họp và quyết định bổ sung 53 nội dung thi đấu.",
         "cuộc họp", "Hội đồng Liên đoàn Thể thao Đông Nam Á"),
        ("Hội đồng tư vấn đặc xá Trung ương, sáng 12-3, đã họp để triển khai Quyết định 478 về đặc xá.",
         "cuộc họp", "Hội đồng tư vấn đặc xá Trung ương"),
        // the body a chair's meeting names after the verb, not the chair's
        ("Ngày 5/9, tại Trụ sở Trung ương Đảng, Tổng Bí thư Nguyễn Văn Phong chủ trì họp Ban Bí thư để xem xét, thi hành kỷ luật một số tổ chức đảng.",
         "cuộc họp", "Ban Bí thư"),
        ("Sáng 9/3, Phó Thủ tướng Lê Văn Hòa chủ trì họp Ban Chỉ đạo Trung ương về phòng, chống thiên tai để bàn biện pháp ứng phó với bão số 3.",
         "cuộc họp", "Ban Chỉ đạo Trung ương về phòng, chống thiên tai"),
        // (else the body of the chair's office)
        ("Sáng 10-7, Phó Chủ tịch UBND tỉnh Trần Văn Tuấn chủ trì họp đánh giá kết quả giải ngân vốn đầu tư công 6 tháng đầu năm.",
         "cuộc họp", "UBND tỉnh"),
        // (or of the office of who met with the bodies under it)
        ("Ngày 7-11-2025, Chủ tịch UBND TP Cần Thơ Trương Cảnh Tuyên và các Phó Chủ tịch UBND thành phố họp với các sở, ngành về "
            + "tình hình kinh tế-xã hội tháng 10.", "cuộc họp", "UBND TP Cần Thơ"),
    ])
    func aBodyThatMetHeldAMeeting(lead: String, kind: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == kind)
        #expect(m.host == host)
    }
}
