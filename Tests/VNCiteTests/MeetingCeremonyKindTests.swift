import Testing
@testable import VNCite

/// A ceremony's kind is the noun with what it does, as the text writes it ("lễ ký kết", "lễ khởi
/// công", "lễ tưởng niệm"), also when a body organises it without the word "lễ" ("tổ chức kỷ niệm …",
/// "tổ chức công bố quyết định …"); one written without its verb's object is a "lễ" ("lễ trao …").
/// Many ceremonies behind their classifier ("Các buổi lễ …") are no one meeting, nor is one that names
/// the committee set up to organise it; nor a memorial service that no body holds, a funeral.
@Suite struct MeetingCeremonyKindTests {
    @Test(arguments: [
        ("Sáng 20/5/2024, Tòa án nhân dân tỉnh và Liên đoàn Lao động tỉnh tổ chức lễ ký kết chương trình phối hợp giai đoạn 2024 - 2029.", "lễ ký kết"),
        ("Sáng 15/3/2023, Ban Quản lý các khu công nghiệp tỉnh tổ chức lễ khởi công dự án nhà máy may xuất khẩu.", "lễ khởi công"),
        ("Sáng 19/11/2023, Ban An toàn giao thông tỉnh tổ chức lễ tưởng niệm các nạn nhân tử vong do tai nạn giao thông.", "lễ tưởng niệm"),
        ("Sáng 5/1/2024, Hội Khuyến học tỉnh tổ chức lễ trao học bổng cho 200 học sinh nghèo vượt khó.", "lễ"),
        ("Sáng 21/11/2016, UBND tỉnh Quảng Ngãi tổ chức công bố và trao Quyết định bổ nhiệm Trưởng ban quản lý Khu kinh tế Dung Quất.", "lễ công bố"),
        ("Ngày 15.8, Sở Công thương tỉnh Tây Ninh tổ chức công bố các quyết định về cán bộ và giao nhiệm vụ cho Chi cục Quản lý thị trường.", "lễ công bố"),
        ("Ngày 8/6/2023, tại thành phố Rạch Giá, Uỷ ban nhân dân tỉnh Kiên Giang tổ chức biểu dương, khen thưởng 62 điển hình tiêu biểu.",
         "lễ biểu dương"),
        ("Sáng 28/7/2009, Tổng Liên đoàn Lao động Việt Nam tổ chức kỷ niệm 80 năm ngày thành lập Công đoàn Việt Nam.", "lễ kỷ niệm"),
        ("Chiều 15-3-2018, tại thành phố Pleiku, Cụm thi đua Tây Nguyên tổ chức ký kết giao ước thi đua năm 2018.", "lễ ký kết"),
        ("Ngày 25/3, UBND tỉnh Quảng Trị và Công ty Cổ phần liên doanh Cảng quốc tế Mỹ Thủy tổ chức lễ thi công Dự án đầu tư xây dựng Khu bến cảng Mỹ Thủy.",
         "lễ thi công"),
        ("Ngày 28-8, Công ty Cổ phần nước Biwase-Long An tổ chức lễ phát nước Nhà máy nước Nhị Thành giai đoạn 3.", "lễ phát nước"),
        ("Sáng 13/10, tại Hà Nội, Ban Chỉ đạo Trung ương Phòng chống thiên tai tổ chức Lễ hưởng ứng Ngày Quốc tế giảm thiểu rủi ro thiên tai.",
         "lễ hưởng ứng"),
        ("Sáng ngày 26/02/2019, Tổng Công ty Xi măng Việt Nam đã trang trọng tổ chức Lễ báo công dâng Bác nhân dịp kỷ niệm Ngày truyền thống.",
         "lễ báo công"),
        ("Sáng 10/4/2023, tại Công ty CP Supe Phốt phát đã diễn ra Lễ chuyển giao Đảng bộ Công ty về Đảng bộ Tập đoàn Hóa chất Việt Nam.",
         "lễ chuyển giao"),
        // (the acceptance of a building)
        ("Sáng 12/5/2023, Hội Chữ thập đỏ huyện Tiên Phước tổ chức lễ nghiệm thu và bàn giao nhà nhân đạo cho hộ nghèo.", "lễ nghiệm thu"),
        // (a memorial service that bodies hold)
        ("(PLO) - Ngày 3-2, tại Nghĩa trang liệt sĩ huyện Đô Lương (Nghệ An), Tỉnh ủy, HĐND, UBND tỉnh, Uỷ ban MTTQ Việt Nam tỉnh Nghệ An đã "
            + "tổ chức lễ truy điệu và an táng 48 hài cốt liệt sĩ quân tình nguyện.", "lễ truy điệu"),
        // (a gathering held as a ceremony, attended by who opens the sentence)
        ("Sáng ngày 30/3/2022, đại diện Công đoàn Trung tâm Khảo nghiệm đã dự Lễ gặp mặt kỷ niệm 63 năm ngày truyền thống Ngành Thủy sản do "
            + "Tổng cục Thủy sản tổ chức.", "lễ gặp mặt"),
        // (the conferring of titles)
        ("Ngày 4/1/2019, tại Hà Nội, Hiệp hội Làng nghề Việt Nam tổ chức Lễ phong tặng các danh hiệu làng nghề Việt Nam lần thứ VIII năm 2018.",
         "lễ phong tặng"),
    ])
    func aCeremonyByWhatItDoes(lead: String, kind: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == kind)
    }

    /// (Celebrated, as "chào mừng": the news is the celebration, not the ceremony.)
    @Test func aCeremonyCelebratedIsNotHeld() {
        #expect(meeting("Đường phố Baghdad hôm qua không có những tiếng súng ăn mừng lễ chuyển giao chủ quyền như hồi tháng 12.") == nil)
    }

    /// (A memorial service that no body holds is a family's funeral.)
    @Test func aFuneralIsNoBodysMeeting() {
        #expect(meeting("Vĩnh biệt MC Phương Thảo\nMột trong những người dẫn chương trình gạo cội nhất TP HCM đã từ trần vào lúc 11h trưa qua. "
            + "Lễ truy điệu bắt đầu vào hôm nay tại tư gia 287 Nguyễn Tiểu La, quận 10, TP HCM.") == nil)
        #expect(meeting("Ngày 29/1, gia đình tổ chức lễ truy điệu và an táng anh Bộ.") == nil)
    }

    @Test func ceremoniesBehindTheirClassifierAreMany() {
        #expect(meeting("Thế giới kỷ niệm ngày giải phóng\nCác buổi lễ khánh thành đài tưởng niệm cũng được tổ chức tại Israel và Đức.") == nil)
        #expect(meeting("Những cuộc họp giao ban được tổ chức hằng tuần tại trụ sở.") == nil)
    }

    @Test func aCeremonyThatNamesItsCommitteeIsNotHeld() {
        #expect(meeting("Thành lập Ban tổ chức\nUBND tỉnh vừa ban hành quyết định thành lập Ban tổ chức công bố Điều chỉnh quy hoạch Khu kinh tế mở "
            + "Chu Lai và Lễ kỷ niệm 15 năm Thaco Chu Lai - Trường Hải (2003 - 2018).") == nil)
        #expect(meeting("Sáng 5/3/2024, Sở Tài nguyên và Môi trường tổ chức công bố thông tin về bảng giá đất mới.") == nil)
    }
}
