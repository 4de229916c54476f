import Testing
@testable import VNCite

/// A lead whose first sentence tells what a body did on a day, without a meeting noun, and whose
/// second names the meeting by its noun alone (or points back at it: "Tại hội nghị, …", "Đến tham
/// dự hội nghị có …"): the meeting is that body's, on that day.
@Suite struct MeetingToldBeforeTests {
    @Test func theSecondSentenceNamesWhatTheFirstTold() throws {
        let m = try #require(meeting("""
            Công cụ pháp lý cho tự do tín ngưỡng
            Ngày 8-4, tại Hà Nội, Ban Tôn giáo Chính phủ đã triển khai nghị định hướng dẫn pháp lệnh tới các chức sắc tôn giáo.
            Theo TTXVN, hội nghị giới thiệu những nội dung cơ bản của nghị định.
            """, date: CalendarDate(year: 2005, month: 4, day: 9)))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "Ban Tôn giáo Chính phủ")
        #expect(m.date == CalendarDate(year: 2005, month: 4, day: 8))
    }

    @Test(arguments: [
        ("Chiều 15-3, Thường trực UBND TPHCM đã nghe các sở, ngành báo cáo kế hoạch thực hiện năm chương trình đột phá.\n"
            + "Đến cuối buổi chiều, hội nghị mới nghe xong hai chương trình về nhà ở và khu công nghệ cao.", "Thường trực UBND TPHCM"),
        // the meeting noun with a day of its own: who told it, and those with it, held it
        ("Sở Y tế TP HCM và các bệnh viện quận đã thống nhất đưa vụ ngộ độc ra kiểm điểm trong thời gian sớm nhất.\n"
            + "Cuộc họp diễn ra ngày 5/3 đã nhất trí sẽ kiến nghị xử lý kỷ luật những người có lỗi.", "Sở Y tế TP HCM"),
        // the body that organised the day's event, when the second sentence tells who attended
        ("Ngày 24/8/2023, Phòng Tư pháp huyện Tam Nông tổ chức hoạt động kỷ niệm 78 năm Ngày truyền thống ngành Tư pháp. "
            + "Tham dự Hội nghị có lãnh đạo, công chức Phòng Tư pháp huyện và công chức tư pháp 12 xã.", "Phòng Tư pháp huyện Tam Nông"),
        // (… "Đến tham dự" as well)
        ("Ngày 15/01/2020, Viện kiểm sát nhân dân huyện Chợ Lách đã tổ chức triển khai Kế hoạch Công tác kiểm sát năm 2020. "
            + "Đến tham dự hội nghị có đồng chí Lê Quốc Hùng - Phó Viện trưởng Viện kiểm sát nhân dân tỉnh Bến Tre.",
         "Viện kiểm sát nhân dân huyện Chợ Lách"),
        // the body whose deed on the day the second points back at ("Tại hội nghị, …")
        ("Chiều 4-11-2025, Đảng ủy Tòa án nhân dân tối cao công bố Quyết định của Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương "
            + "về việc chỉ định nhân sự.\nTại hội nghị, đồng chí Nguyễn Đức Minh đã công bố quyết định của Bộ Chính trị.", "Đảng ủy Tòa án nhân dân tối cao"),
        // … or when the second is a photo's caption of it
        ("Ngày 10-3, Đảng ủy Quân sự tỉnh tổ chức nghiên cứu, học tập, quán triệt các kết luận, quy định của Ban Chấp hành Trung ương.\n"
            + "Quang cảnh hội nghị nghiên cứu, học tập, quán triệt các kết luận của Trung ương.", "Đảng ủy Quân sự tỉnh"),
    ])
    func theBodyThatToldItHeldIt(lead: String, host: String) {
        #expect(meeting("Tiêu đề bài báo\n" + lead)?.host == host)
    }

    @Test(arguments: [
        // the second sentence's meeting has a name of its own and nothing says it was held
        "Ngày 8-4, Bộ Tài chính đã công bố số liệu thu ngân sách quý I của cả nước.\n"
            + "Hội nghị lần thứ 12 Ban Chấp hành Trung ương đã đề ra chủ trương này từ trước.",
        // one to come
        "Sáng nay, Bộ Công thương đã công bố dự thảo quy hoạch ngành xi măng đến năm 2020.\n"
            + "Hội nghị sẽ lấy ý kiến các doanh nghiệp xi măng trong tuần tới.",
        // no day in the first sentence
        "Bộ Công thương đã công bố dự thảo quy hoạch ngành xi măng đến năm 2020 để lấy ý kiến.\n"
            + "Hội nghị đánh giá cao những nội dung mới của dự thảo quy hoạch này.",
        // a deed on the day, then the meeting as an item of a list, not pointed back at
        "Ngày 3-3-2024, Hội Liên hiệp Phụ nữ huyện Ia Grai tổ chức chuỗi hoạt động kỷ niệm Ngày Quốc tế Phụ nữ.\n"
            + "Chuỗi hoạt động gồm: Tọa đàm ôn lại truyền thống Ngày Quốc tế Phụ nữ (8-3), trình diễn áo dài với chủ đề “Tôi yêu áo dài Việt”.",
        // a person, not a body, opens the first sentence
        "Chiều 15-3, ông Nguyễn Văn An, Giám đốc Sở Xây dựng, đã nghe các phòng báo cáo kế hoạch năm.\n"
            + "Hội nghị mới nghe xong hai chương trình trong buổi chiều hôm ấy.",
    ])
    func noMeetingWithoutBothHalves(lead: String) {
        #expect(meeting("Tiêu đề bài báo\n" + lead) == nil)
    }
}
