import Testing
@testable import VNCite

/// Who chaired a meeting is a person, name only ("Ông Hồ Cẩm Đào" → "Hồ Cẩm Đào"), never a
/// place that reads like a name ("Thái Lan", "Thái Bình Dương"); their office, written in full
/// where the lead first names them, gives the host.
@Suite struct MeetingChairTests {
    @Test func theChairsOfficeWrittenEarlierGivesTheHost() throws {
        let m = try #require(meeting("Chủ tịch UBND tỉnh Quảng Nam Nguyễn Văn Sỹ yêu cầu các sở khẩn trương khắc phục hậu quả bão. "
            + "Chiều 5/10, Chủ tịch Nguyễn Văn Sỹ đã trực tiếp chủ trì cuộc họp với các ngành chức năng."))
        #expect(m.kind == "cuộc họp")
        #expect(m.chair == "Nguyễn Văn Sỹ")
        #expect(m.host == "UBND tỉnh Quảng Nam")
    }

    @Test func anotherPersonsOfficeIsNotTheChairs() throws {
        let m = try #require(meeting("Giám đốc Sở Y tế Lê Văn An và Phạm Thế Dũng đã đến hiện trường. "
            + "Chiều 5/10, ông Phạm Thế Dũng đã chủ trì cuộc họp với các ngành chức năng."))
        #expect(m.chair == "Phạm Thế Dũng")
        #expect(m.host == nil)
    }

    /// A family name the list lacks, after "Đồng chí", "ông" or a rank; a given name that is also a
    /// word of advice ("Nên") is still a name.
    @Test(arguments: [
        ("Ngày 16/10, Đảng ủy Khối các cơ quan Trung ương tổ chức hội nghị Ban Chấp hành Đảng bộ lần thứ 18. Ðồng chí Sơn Minh Thắng, "
            + "Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối chủ trì.", "Sơn Minh Thắng"),
        ("Sáng 9/10, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị rút kinh nghiệm diễn tập. Đại tá Thạch Phước Bình, Chỉ huy trưởng "
            + "chủ trì hội nghị.", "Thạch Phước Bình"),
        ("Chiều 14/9, Ủy viên Bộ Chính trị, Bí thư Thành ủy Nguyễn Văn Nên đã chủ trì Hội nghị Ban Chấp hành Đảng bộ Thành phố.",
         "Nguyễn Văn Nên"),
        // (An office written after the name without its comma is no part of the name.)
        ("Chiều ngày 14/11/2024, Đại học Quốc gia Hà Nội tổ chức Hội nghị thường niên năm 2024. GS.TS. Lê Quân Giám đốc Đại học "
            + "Quốc gia Hà Nội chủ trì hội nghị.", "Lê Quân"),
        // (A degree's full stop before the name ends no sentence.)
        ("Hội thảo do Hội đồng Dân tộc của Quốc hội tổ chức sáng 12/5/2023. Chủ trì và phát biểu đề dẫn tại Hội thảo, TS. Nguyễn "
            + "Lâm Thành, Phó Chủ tịch Hội đồng Dân tộc nhấn mạnh yêu cầu nghiên cứu.", "Nguyễn Lâm Thành"),
        // (Who it was, after "là": not a guest listed before it in the same sentence.)
        ("Sáng ngày 26-4-2025, Hội đồng Nhân dân xã Tân Phú tổ chức kỳ họp chuyên đề thứ 15. Dự kỳ họp có đồng chí Lê Hoàng Giang – Phó "
            + "Chủ tịch UBND xã Tân Phú; Chủ tọa kỳ họp là đồng chí Hồ Văn Tuấn - Phó Chủ tịch Hội đồng nhân dân xã Tân Phú.", "Hồ Văn Tuấn"),
    ])
    func aNameTheWordBeforeItTells(lead: String, chair: String) {
        #expect(meeting(lead)?.chair == chair)
    }

    /// An office glued to the name by a hyphen is no part of the name; a name's own hyphen is.
    @Test func anOfficeGluedToTheNameByAHyphen() throws {
        let m = try #require(meeting("Sáng 13-11, tại TP. Pleiku, Bộ Nông nghiệp và PTNT tổ chức hội nghị sơ kết sản xuất vụ hè thu. "
            + "Chủ trì hội nghị có ông Lê Quốc Doanh-Thứ trưởng Bộ Nông nghiệp và PTNT."))
        #expect(m.chair == "Lê Quốc Doanh")
        #expect(m.host == "Bộ Nông nghiệp và PTNT")
        #expect(meeting("Hôm nay, Chính phủ Hàn Quốc đã đồng ý kéo dài thời hạn. Quyết định được đưa ra trong cuộc họp nội các do Thủ tướng "
            + "Lee Hae-Chan chủ trì.")?.chair == "Lee Hae-Chan")
        #expect(meeting("Ngày 8/8, HĐND phường Tân Sơn tổ chức kỳ họp chuyên đề lần thứ nhất. Đồng chí Trần Văn Nam- Phó Chủ tịch "
            + "HĐND phường chủ trì kỳ họp.")?.chair == "Trần Văn Nam")
    }

    /// A city's or an institute's name that reads like a person's is no chair, and a delegation's
    /// leader is an office, not the body "Quốc hội tỉnh".
    @Test func noPlaceAsChairNoFragmentAsHost() {
        #expect(meeting("Ngày 20/5/2022, Tỉnh ủy và Học viện Chính trị quốc gia Hồ Chí Minh phối hợp tổ chức Hội thảo khoa học về "
            + "An toàn khu Định Hóa. Hội thảo do Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh chủ trì.")?.chair == nil)
        let m = meeting("Chiều 29/5, đã diễn ra hội nghị thảo luận các nội dung trình HĐND tỉnh. Đồng chí Trương Quốc Huy, Chủ tịch UBND "
            + "tỉnh, Trưởng đoàn Đại biểu Quốc hội tỉnh chủ trì hội nghị.")
        #expect(m?.chair == "Trương Quốc Huy")
        #expect(m?.host == "UBND tỉnh")
        // ("Đoàn Đại biểu", "Đoàn Chủ tịch": a delegation and a presidium, no Mr Đoàn.)
        #expect(meeting("Chiều 29/5, Ban Chỉ đạo phòng, chống dịch tỉnh họp trực tuyến với các huyện. Đồng chí Lê Văn Hưởng, Bí thư "
            + "Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh, Trưởng Ban Chỉ đạo tỉnh chủ trì cuộc họp.")?.chair == "Lê Văn Hưởng")
        #expect(meeting("Chiều 29/1, Hội Doanh nhân trẻ tỉnh tổ chức hội nghị Ban Chấp hành lần thứ nhất. Doanh nhân Trần Minh Quân - "
            + "Ủy viên Đoàn Chủ tịch Trung ương Hội Doanh nhân trẻ Việt Nam, Chủ tịch Hội chủ trì hội nghị.")?.chair == "Trần Minh Quân")
        // (A place that ends the chair's office is passed over for the name before the offices, not
        // for a name in another clause.)
        #expect(meeting("Thu ngân sách\nĐồng chí Đoàn Thị Hảo, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Thái Nguyên chủ trì hội "
            + "nghị.\n")?.chair == "Đoàn Thị Hảo")
        #expect(meeting("Sáng 5/6, Thành ủy tổ chức hội nghị. Ông Nguyễn Văn An cho biết thành phố đạt kết quả tốt, Bí thư Thành ủy Thái "
            + "Nguyên chủ trì hội nghị.")?.chair == nil)
    }

    /// A name far before "chủ trì" when only offices stand between; not past a clause of its own.
    @Test func aChairBeforeALongListOfOffices() {
        let held = "Sáng 22/9, Bộ Quốc phòng tổ chức hội nghị rút kinh nghiệm. "
        #expect(meeting(held + "Thượng tướng Nguyễn Tân Cương, Ủy viên Trung ương Đảng, Ủy viên Thường vụ Quân ủy Trung ương, Tổng Tham mưu "
            + "trưởng QĐND Việt Nam, Thứ trưởng Bộ Quốc phòng chủ trì hội nghị.")?.chair == "Nguyễn Tân Cương")
        // (a name that opens before the usual look back and ends inside it; a body's abbreviation in brackets among the offices)
        #expect(meeting("Ngày 12/5/2021, Tổng cục Thống kê tổ chức Hội nghị tập huấn. Ông Phạm Quang Vinh, Tổ trưởng tổ thường trực Ban "
            + "chỉ đạo Tổng điều tra dân số Trung ương, Phó Tổng cục trưởng Tổng cục Thống kê (TCTK) chủ trì Hội nghị.")?.chair == "Phạm Quang Vinh")
        // (the verb's "đã" after a committee's name whose task holds commas)
        #expect(meeting("Chiều 7/4, đồng chí Lê Minh Khái, Bí thư Trung ương Đảng, Phó Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo đổi mới, "
            + "phát triển kinh tế tập thể, hợp tác xã đã chủ trì phiên họp tổng kết công tác năm 2022.")?.chair == "Lê Minh Khái")
        #expect(meeting(held + "Theo ông Nguyễn Văn An, Cục trưởng Cục Dân quân tự vệ, đã có nhiều kinh nghiệm được rút ra trong năm qua ở các "
            + "đơn vị thuộc Quân khu 1, Quân khu 2, Quân khu 3 và Bộ Tư lệnh Thủ đô do Thứ trưởng chủ trì hội nghị.")?.chair == nil)
    }

    /// "Tuyên giáo", "Giao thông", "giao dịch" are a body's words, not the "giao" that hands a task on.
    @Test(arguments: [
        ("Chiều 14/3, Ban Tuyên giáo Tỉnh ủy Gia Lai tổ chức giao ban báo chí tháng 3. Đồng chí Nguyễn Lan Thu, "
            + "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì buổi giao ban.", "Nguyễn Lan Thu"),
        ("Sáng 10/4, Sở Giao thông vận tải tổ chức hội nghị tổng kết. Ông Nguyễn Văn An, Giám đốc Sở Giao thông vận tải chủ trì hội nghị.",
         "Nguyễn Văn An"),
        ("Ngày 10/4, Phòng Giao dịch Ngân hàng Chính sách xã hội huyện tổ chức giao ban. Ông Trần Văn Nhẫn, Giám đốc Phòng giao dịch "
            + "chủ trì buổi giao ban.", "Trần Văn Nhẫn"),
        // ("Ngoại giao" is the ministry's word: a name after it.)
        ("Ngày 21/9/2017, Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng đã chủ trì buổi họp báo thường kỳ của Bộ Ngoại giao.",
         "Lê Thị Thu Hằng"),
    ])
    func aBodysWordIsNoTaskHandedOn(lead: String, chair: String) {
        #expect(meeting(lead)?.chair == chair)
    }

    /// Family names of the peoples of the mountains and the Central Highlands.
    @Test(arguments: [
        ("Chiều 29/12, Sở Y tế tỉnh Lào Cai tổ chức hội nghị tổng kết công tác y tế năm 2023 dưới sự chủ trì của đồng chí Vàng Thị Mai, "
            + "Giám đốc Sở Y tế.", "Vàng Thị Mai"),
        ("Sáng 11/8, Tỉnh ủy Tuyên Quang tổ chức Hội thảo khoa học. Đồng chí Ma Văn Thịnh, Bí thư Tỉnh ủy chủ trì hội thảo.",
         "Ma Văn Thịnh"),
        ("Sáng 14/3, Tỉnh ủy Gia Lai tổ chức hội nghị. Đồng chí Rah Lan Thu, Phó Bí thư Tỉnh ủy chủ trì hội nghị.", "Rah Lan Thu"),
    ])
    func chairsOfTheEthnicMinorities(lead: String, chair: String) {
        #expect(meeting(lead)?.chair == chair)
    }

    @Test func mrIsNoPartOfTheName() {
        #expect(meeting("Ông Hồ Cẩm Đào hôm nay chủ trì buổi lễ kỷ niệm 5 năm Macau trở về với Đại lục.")?.chair == "Hồ Cẩm Đào")
    }

    @Test(arguments: [
        "Bộ trưởng các nước châu Á -Thái Bình Dương hôm nay khai mạc hội nghị do Indonesia và Australia đồng chủ trì.",
        "Trong hai ngày làm việc, ba phó thủ tướng Việt Nam cùng với người đồng nhiệm Thái Lan chủ trì các phiên họp.",
    ])
    func aPlaceIsNoChair(lead: String) {
        #expect(meeting(lead)?.chair == nil)
    }

    /// Who should, must or will take a task on, or took one on once before, did not chair the meeting.
    @Test(arguments: [
        "Chiều 12-5, Bộ Thương mại đã có cuộc họp với các doanh nghiệp da giày.\n"
            + "Ông Diệp Thành Kiệt đề nghị Bộ Thương mại nên đứng ra chủ trì việc điều tiết xuất khẩu.",
        "Sáng qua, UBND TP đã có cuộc họp về công trình.\n"
            + "Ông Nguyễn Văn Đua, Phó Chủ tịch UBND TP, đã yêu cầu Thanh tra chủ trì làm việc với các sở.",
        // (nor who was given a task to lead, however far the giving: "chủ trì giải quyết", "chủ trì phối hợp")
        "Chiều 18-1, Ban Cán sự Đảng Bộ GTVT đã có cuộc họp xung quanh vụ việc. Kết thúc phiên họp, Ban Cán sự đã giao cho Vụ "
            + "trưởng Vụ Tổ chức Cán bộ Phạm Tăng Lộc trực tiếp chủ trì giải quyết vụ việc.",
        "Sáng nay, Bộ GD-ĐT đã có buổi làm việc với các trường. Bộ trưởng Nguyễn Minh Hiển đã chỉ đạo Vụ Tổ chức cán bộ chủ trì "
            + "phối hợp với các đơn vị xử lý.",
        "Ngày 14/7, Hàn Quốc và Trung Quốc đã có cuộc hội đàm tại Seoul. Các quan chức Hàn Quốc đón ông Vương Nghị, Thứ trưởng "
            + "Ngoại giao Trung Quốc, từng chủ trì đàm phán 6 bên lần thứ nhất.",
    ])
    func whoShouldTakeATaskOnIsNoChair(text: String) throws {
        let found = try #require(meeting("Tiêu đề bài báo\n" + text))
        #expect(found.chair == nil)
    }

    @Test func aForeignPrimeMinisterIsNoGovernmentOfVietnam() {
        #expect(meeting("Thủ tướng Thái Lan Thaksin Shinawatra hôm nay đã triệu tập cuộc họp của các cố vấn an ninh.")?.host == nil)
    }

    /// Of those who chaired together, the first named leads.
    @Test(arguments: [
        "Chiều qua, Chính phủ họp về dịch cúm gia cầm. Thủ tướng Phan Văn Khải và các Phó thủ tướng: Nguyễn Tấn Dũng, Vũ Khoan, Phạm Gia Khiêm đã dự và chủ trì cuộc họp.",
        "Sáng nay, hội nghị phát triển đồng bằng sông Cửu Long khai mạc. Thủ tướng Phan Văn Khải cùng Phó thủ tướng thường trực Nguyễn Tấn Dũng đã chủ trì hội nghị.",
        // (the small words of offices and of "ông" between them)
        "Chiều 6/4, Văn phòng UBND thành phố tổ chức họp báo. Chánh Văn phòng UBND thành phố Phan Văn Khải và Phó Giám đốc phụ trách "
            + "Sở TT&TT Nguyễn Việt Hùng đồng chủ trì buổi họp báo.",
        "Chiều 6/4, Văn phòng UBND thành phố tổ chức họp báo. Ông Phan Văn Khải và ông Nguyễn Việt Hùng đồng chủ trì buổi họp báo.",
        // (the next one after a semicolon, with an honorific)
        "Sáng ngày 16/2, HĐND huyện Hương Sơn đã tổ chức kỳ họp thứ 9. Đồng chí Phan Văn Khải - TUV - Bí thư Huyện uỷ, Chủ tịch HĐND "
            + "huyện; đồng chí Hà Thị Huyền - Phó chủ tịch HĐND huyện chủ trì kỳ họp.",
        // (the next one after a semicolon, its office after a dash, no honorific)
        "Chiều 17/7, Hội đồng nhân dân xã Trung Lý tổ chức Kỳ họp thứ 14. Đồng chí Phan Văn Khải - Bí thư Đảng ủy, Chủ tịch HĐND xã; "
            + "Vi Thị Ly - Phó Chủ tịch HĐND xã đồng chủ trì hội nghị.",
    ])
    func theFirstOfCoChairsLeads(text: String) {
        #expect(meeting("Tiêu đề bài báo\n" + text)?.chair == "Phan Văn Khải")
        // (not a name before a comma: whom the sentence quotes)
        #expect(meeting("Tiêu đề bài báo\nSáng nay, theo ông Trần Văn An, Thủ tướng Phan Văn Khải và Phó thủ tướng Nguyễn Tấn Dũng "
            + "đã chủ trì hội nghị phát triển đồng bằng sông Cửu Long.")?.chair == "Phan Văn Khải")
    }

    /// Co-chairs listed after a colon (or "Các đồng chí"), one from the next by a semicolon: the first; who presided
    /// ("dưới sự điều hành của") in the sentence that names the meeting, not who runs a firm.
    @Test func listedCoChairsAndWhoPresided() {
        #expect(meeting("Sáng 12/7, Thường trực HĐND tỉnh tổ chức hội nghị giao ban. Các đồng chí: Hoàng Văn Tứ, Ủy viên Ban Thường vụ "
            + "Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh; Đinh Văn Dực, Phó Chủ tịch HĐND tỉnh chủ trì hội nghị.")?.chair == "Hoàng Văn Tứ")
        // (the verb's "đã"; a family name the list lacks, right after the colon)
        #expect(meeting("Chiều 26-7, các đồng chí: Chẩu Văn Lâm, Bí thư Tỉnh ủy; Lê Thị Kim Dung, Phó Bí thư Thường trực Tỉnh ủy, "
            + "Chủ tịch HĐND tỉnh đã chủ trì Hội nghị sơ kết 2 năm thực hiện Đề án số 02 của Ban Thường vụ Tỉnh ủy.")?.chair == "Chẩu Văn Lâm")
        // (or no colon after "Các đồng chí", the co-chairs "đồng chủ trì")
        #expect(meeting("Sáng 12/7/2023, Tỉnh ủy tổ chức hội nghị lần thứ 12. Các đồng chí Nguyễn Văn Du - Bí thư Tỉnh ủy; Hoàng Duy Chinh - "
            + "Phó Bí thư Thường trực Tỉnh ủy đồng chủ trì Hội nghị.")?.chair == "Nguyễn Văn Du")
        #expect(meeting("Tại Phiên họp thứ 41 diễn ra sáng nay, dưới sự điều hành của Phó Chủ tịch Quốc hội Nguyễn Thị Thanh, Ủy ban "
            + "Thường vụ Quốc hội đã xem xét, thông qua nghị quyết.")?.chair == "Nguyễn Thị Thanh")
        #expect(meeting("Sáng nay, Sở Công Thương tổ chức hội nghị với các doanh nghiệp. Công ty Amaseco (dưới sự điều hành của ông "
            + "Lương Phúc Hòa) đã trình bày kết quả xuất khẩu.")?.chair == nil)
    }

    /// A foreign name that ends the office's words after "dưới sự chủ trì của".
    @Test func aForeignChairAfterTheOffice() {
        #expect(meeting("Tiêu đề bài báo\nTại Hội nghị Cấp cao Campuchia - Lào - Việt Nam được tổ chức tại Vientian ngày 28/11 dưới sự chủ "
            + "trì của Thủ tướng Lào Bounnhang Vorachith, các Thủ tướng của ba nước đã nhất trí.")?.chair == "Bounnhang Vorachith")
        #expect(meeting("Tiêu đề bài báo\nCuộc họp Uỷ ban liên chính phủ về Hợp tác kinh tế Nga - Nhật diễn ra hôm qua, với sự chủ trì của "
            + "Bộ trưởng Công nghiệp và Năng lượng Liên bang Nga Viktor Khristenko và Ngoại trưởng Nhật Nobutaka Machimura.")?.chair
            == "Viktor Khristenko")
    }

    /// After "dưới sự chủ trì của", two offices and a ministry's long name before the name; not a
    /// name past a clause.
    @Test func aChairAfterTwoOffices() throws {
        let m = try #require(meeting("Ngày 05 tháng 01 năm 2008, Hội nghị toàn quốc về chất lượng giáo dục đại học đã được tổ chức tại Trường Đại học "
            + "Sư phạm Kỹ thuật thành phố Hồ Chí Minh dưới sự chủ trì của Phó Thủ tướng, Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Thiện Nhân."))
        #expect(m.chair == "Nguyễn Thiện Nhân")
        #expect(m.host == "Bộ Giáo dục và Đào tạo")
        #expect(meeting("Ngày 05 tháng 01 năm 2008, Hội nghị toàn quốc về chất lượng giáo dục đại học đã được tổ chức dưới sự chủ trì của "
            + "Bộ Giáo dục và Đào tạo, các đại biểu đã thảo luận về báo cáo của ông Nguyễn Văn An.")?.chair == nil)
    }
}

/// A chair with a rarer family name and a list of offices, and one the sentence opens on.
@Suite struct MeetingChairOfficesTests {
    @Test func aRarerFamilyNameAfterTwoOffices() throws {
        let m = try #require(meeting("Chiều 5/1, tại Phủ Chủ tịch, Văn phòng Chủ tịch nước tổ chức họp báo công bố Lệnh của Chủ tịch nước về 13 luật. "
            + "Phó Chủ nhiệm Văn phòng Chủ tịch nước, Trợ lý Chủ tịch nước Cấn Đình Tài, chủ trì Họp báo."))
        #expect(m.chair == "Cấn Đình Tài")
        // The venue's name, its second word written small.
        #expect(m.place == "Phủ Chủ tịch")
    }

    @Test func aSentenceThatOpensOnChairing() throws {
        let m = try #require(meeting("Sáng 28-8, Hội nghị đại biểu Quốc hội hoạt động chuyên trách lần thứ 4 đã khai mạc tại Nhà Quốc hội. "
            + "Chủ trì và phát biểu khai mạc Hội nghị, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Vương Đình Huệ nêu rõ: đây là hội nghị quan trọng."))
        #expect(m.chair == "Vương Đình Huệ")
        #expect(m.place == "Nhà Quốc hội")
        // (The meeting's long name, its day and two offices before the name.)
        let long = try #require(meeting("Sơ kết công tác đảm bảo ATGT quý I\nChủ trì Hội nghị trực tuyến sơ kết công tác đảm bảo ATGT quý I, "
            + "triển khai nhiệm vụ quý II hôm nay, 14/4/2022, Phó Chủ tịch Thường trực Ủy ban ATGT Quốc gia, Bộ trưởng Bộ GTVT Nguyễn Văn "
            + "Thể, yêu cầu các địa phương cần thực hiện các giải pháp mạnh."))
        #expect(long.chair == "Nguyễn Văn Thể")
    }
}

/// A meeting held online with relay points: who led a local point chaired no meeting; who led the
/// centre did.
@Suite struct MeetingChairRelayPointTests {
    static let lead = "Sáng ngày 04/12/2023, Bộ Chính trị, Ban Bí thư Trung ương Đảng tổ chức Hội nghị toàn quốc quán triệt các Nghị quyết "
        + "Hội nghị lần thứ Tám, bằng hình thức trực tiếp kết hợp trực tuyến tới các điểm cầu trên toàn quốc. "

    @Test(arguments: [
        "Đồng chí Giàng A Páo – Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị tại điểm cầu huyện Tủa Chùa.",
        "Tại điểm cầu Đảng ủy Khối các cơ quan tỉnh, đồng chí Nguyễn Văn Dự - Phó Bí thư Đảng ủy Khối chủ trì Hội nghị.",
    ])
    func whoLedALocalPointChairedNoMeeting(sentence: String) throws {
        let m = try #require(meeting(Self.lead + sentence))
        #expect(m.host == "Bộ Chính trị")
        #expect(m.chair == nil)
    }

    @Test func whoLedTheCentreChairedIt() {
        #expect(meeting(Self.lead + "Tại điểm cầu Trung ương, Tổng Bí thư Nguyễn Phú Trọng chủ trì Hội nghị.")?.chair == "Nguyễn Phú Trọng")
    }
}
