import Testing
@testable import VNCite

/// Receptions told by the verb "tiếp" and its guests: who received them held them, by their office.
@Suite struct MeetingReceptionTests {
    /// A reception told by its verb and its guests: who received them held it, by their office.
    @Test(arguments: [
        ("Ngày 31/3, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đã tiếp Đại sứ Trung Quốc đến chào từ biệt.", "Bộ Ngoại giao"),
        ("Chiều 5/3, Ban Thường vụ Tỉnh ủy tiếp đoàn công tác của Bộ Nội vụ.", "Ban Thường vụ Tỉnh ủy"),
        // (a guest by office)
        ("Sáng 19/2, Bộ trưởng Bộ Quốc phòng Phan Văn Giang đã tiếp Thứ trưởng thứ nhất Bộ Chiến tranh Hoa Kỳ.", "Bộ Quốc phòng"),
        // (a courtesy call; a chairman; a company's leaders)
        ("Chiều 14-3, Chủ tịch UBND TPHCM Lê Thanh Hải đã tiếp xã giao ông D’Alessandro, Chủ tịch tập đoàn Manulife.", "UBND TPHCM"),
        ("Sáng 8/6, Chủ tịch UBND tỉnh Bình Định đã tiếp Chủ tịch Hội đồng quản trị Tập đoàn FLC.", "UBND tỉnh Bình Định"),
        ("Chiều 20/9, Ban Thường vụ Tỉnh ủy Lào Cai tiếp lãnh đạo Tập đoàn Điện lực Việt Nam.", "Ban Thường vụ Tỉnh ủy Lào Cai"),
        // (many delegations)
        ("Sáng 3-2, tại trụ sở Trung ương Đảng, Bộ Chính trị đã tiếp các đoàn đại biểu đến chúc mừng 75 năm ngày thành lập Đảng.", "Bộ Chính trị"),
        // (the occasion, after an outlet's mark, is background: "QPVN - Nhân dịp … tham dự cuộc họp …")
        ("QPVN - Nhân dịp tham gia đoàn công tác của Tổng Bí thư tham dự cuộc họp khai mạc Hội đồng Hòa Bình về Dải Gaza, ngày 19/2, "
            + "tại Thủ đô Washington; Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng đã tiếp Ngài Elbridge Colby.", "Bộ Quốc phòng"),
        // (those who came with who received them, sectors named as a pair)
        ("Trưa ngày 27-10, Chủ tịch UBND tỉnh Lê Văn Hưởng và lãnh đạo một số sở, ngành liên quan đã tiếp lãnh đạo cấp cao quận "
            + "Sung-buk-gu, thành phố Seoul, Hàn Quốc.", "UBND tỉnh"),
        // (a guest by name)
        ("Sáng 1/6, Thứ trưởng Bộ Công nghiệp Bùi Xuân Khu đã tiếp ông Brian Mc Donald, Chủ tịch Tập đoàn IP.", "Bộ Công nghiệp"),
        ("(ĐN) – Sáng 27-5, Bí thư Tỉnh ủy Nguyễn Phú Cường đã tiếp ông Park Noh Wan, Tổng Lãnh sự Hàn Quốc tại TP. Hồ Chí Minh.", "Tỉnh ủy"),
        // (who received them by name, the office after a dash)
        ("Chiều 9-4, ông Trần Văn Nam – Giám đốc Sở Kế hoạch và Đầu tư đã tiếp ông Kim Jong Su – Tổng Giám đốc Tập đoàn Hyosung.",
         "Sở Kế hoạch và Đầu tư"),
    ])
    func aReceptionByItsVerb(lead: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == "buổi tiếp")
        #expect(m.host == host)
    }

    /// "trực tiếp Thủ tướng" is "directly", no reception; nor is "tiếp ông" without a guest's name,
    /// "tiếp bà con" (the people), or a reception agreed to.
    @Test func directlyIsNoReception() {
        #expect(meeting("Sáng 19/2, Chủ tịch UBND xã đã tiếp ông tại trụ sở.") == nil)
        #expect(meeting("Sáng 19/2, Chủ tịch UBND xã đã tiếp bà con tại trụ sở.") == nil)
        #expect(meeting("Ngày 21-3, Thủ tướng Phan Văn Khải đã đồng ý về nguyên tắc tiếp ông Bill Gates vào ngày 22-4.") == nil)
        #expect(meeting("Sáng 19/2, Bộ trưởng Bộ Ngoại giao đã trực tiếp Thủ tướng báo cáo về vụ việc.") == nil)
        #expect(meeting("Sáng 19/2, các hộ dân đã gặp trực tiếp lãnh đạo xã để trình bày về vụ việc.") == nil)
    }

    /// Citizens received by a leader who chaired it: a citizens' reception, held by the office's body,
    /// chaired by its holder.
    @Test func aCitizensReceptionChaired() throws {
        let m = try #require(meeting("Chiều 16-5, đồng chí Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì tiếp công dân. "
            + "Dự buổi tiếp có lãnh đạo Ủy ban MTTQ tỉnh, Thanh tra tỉnh."))
        #expect(m.kind == "buổi tiếp công dân")
        #expect(m.host == "UBND tỉnh")
        #expect(m.chair == "Nguyễn Văn Sơn")
        #expect(meeting("Hằng tháng, Chủ tịch UBND huyện chủ trì tiếp công dân vào ngày 15.") == nil)
    }

    /// A reception joined to a working session by a comma: one meeting with its guests, not a list
    /// of kinds ("hội nghị, hội thảo").
    @Test(arguments: [
        ("Sáng 12/5/2023, Bí thư Tỉnh ủy Quảng Trị Lê Quang Tùng đã có buổi tiếp, làm việc với đoàn công tác của Bộ Y tế.",
         "buổi tiếp", "Tỉnh ủy Quảng Trị"),
        ("Chiều 3/10, Chủ tịch UBND huyện Hải Lăng Lê Văn Hùng tiếp, làm việc với đoàn công tác của Sở Giáo dục và Đào tạo.",
         "buổi làm việc", "UBND huyện Hải Lăng"),
    ])
    func aReceptionJoinedToAWorkingSession(lead: String, kind: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == kind)
        #expect(m.host == host)
    }

    /// A place's leaders who received or worked with others held a meeting, with no body named.
    @Test(arguments: [
        "Chiều 27/10, lãnh đạo tỉnh đã tiếp Đoàn đại biểu cấp cao tỉnh Attapư, nước CHDCND Lào.",
        "Sáng 5/3, Lãnh đạo huyện Tuy An làm việc với Công ty Điện lực Phú Yên về tiến độ dự án.",
    ])
    func aPlacesLeadersHeldItWithNoBodyNamed(lead: String) throws {
        let m = try #require(meeting("Tiêu đề bài báo\n" + lead))
        #expect(m.host == nil)
        // (not a leader of a body, whose words are no place's)
        #expect(meeting("Tiêu đề bài báo\nChiều 27/10, lãnh đạo nhiều đơn vị đã tiếp Đoàn đại biểu cấp cao tỉnh Attapư.") == nil)
    }

    /// A courtesy call told by the guest is held by whom the guest called on: a body, an office's
    /// body, or a place's leaders (no host); a greeting is no call.
    @Test func aCourtesyCallIsHeldByWhomItCalledOn() throws {
        let body = try #require(meeting("Sáng 5/3, Đại sứ Nhật Bản đã đến chào xã giao Ban Thường vụ Tỉnh ủy Nghệ An."))
        #expect(body.kind == "buổi chào xã giao")
        #expect(body.host == "Ban Thường vụ Tỉnh ủy Nghệ An")
        let office = try #require(meeting("Tân Tổng Lãnh sự Ấn Độ, ông Lah Thla Muana, đã đến chào xã giao Chủ tịch HĐND TPHCM Phạm Phương "
            + "Thảo vào chiều 30-3."))
        #expect(office.host == "HĐND TPHCM")
        let leaders = try #require(meeting("Chiều 27/10, Đoàn đại biểu cấp cao tỉnh Attapư do đồng chí Lệt Xay Nha Phon làm Trưởng đoàn "
            + "đã đến chào xã giao lãnh đạo tỉnh."))
        #expect(leaders.host == nil)
        let noun = try #require(meeting("Chiều 11/3, UBND tỉnh đã tổ chức buổi chào xã giao các đoàn khách quốc tế đến dự Lễ hội Cà phê."))
        #expect(noun.kind == "buổi chào xã giao")
        #expect(noun.host == "UBND tỉnh")
        #expect(meeting("Chiều 5/3, cậu học trò cũ chạy đến chào xã giao thầy giáo.") == nil)
    }

    /// A reception verb that opens its clause has no one before it who received: no meeting (and no
    /// office looked for after a dash before it).
    @Test func aReceptionWithNoOneBeforeIt() {
        #expect(meeting("Sáng 5/3/2024, tiếp ông Kim Jong Su, Chủ tịch Tập đoàn Hyosung.") == nil)
    }
}
