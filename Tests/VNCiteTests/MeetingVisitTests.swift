import Testing
@testable import VNCite

/// Working visits: "thăm và làm việc tại …" held by whoever visited; a trip told as the background of
/// other news, or someone's place of work, is none.
@Suite struct MeetingVisitTests {
    @Test(arguments: [
        ("Trong 2 ngày (24 và 25-11), đoàn công tác của Liên minh HTX Việt Nam do đồng chí Đào Xuân Cần, Chủ tịch Liên minh HTX Việt Nam "
            + "dẫn đầu đã thăm và làm việc tại tỉnh Tuyên Quang.", "Liên minh HTX Việt Nam"),
        ("Từ ngày 10-13/3, đoàn đại biểu Ủy ban Các vấn đề xã hội của Quốc hội do Chủ tịch Ủy ban Nguyễn Thị Hoài Thu dẫn đầu đã thăm "
            + "và làm việc tại Cuba.", "Ủy ban Các vấn đề xã hội của Quốc hội"),
        // (the trip's word after "có"; the verbs with a comma, or with nothing, between them)
        ("(QNO) - Đoàn công tác huyện Thăng Bình do ông Nguyễn Đức Bình - Phó Bí thư Huyện ủy làm trưởng đoàn vừa có chuyến thăm "
            + "và làm việc tại huyện kết nghĩa Đông Sơn (Thanh Hóa).", "Đoàn công tác huyện Thăng Bình"),
        // (the delegation, not its country set after it)
        ("Chiều 10/10/2012, Đoàn công tác Hải quan vùng III, nước CHDCND Lào do đồng chí Phông Sa Văn Phôm Ma Vông, Trưởng Hải quan vùng "
            + "dẫn đầu đã đến làm việc tại Cục Hải quan Nghệ An.", "Đoàn công tác Hải quan vùng III"),
        ("Sáng 12/4, Ban Thường vụ Tỉnh ủy Phú Yên đã thăm, làm việc tại huyện Tuy An.", "Ban Thường vụ Tỉnh ủy Phú Yên"),
        ("Sáng 12/4, Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến đã thăm làm việc tại Bệnh viện Đa khoa tỉnh Lào Cai.", "Bộ Y tế"),
        // (who came with the office, sectors named as a pair with a comma: "Bộ, ngành")
        ("Ngày 21/5, Thủ tướng Nguyễn Tấn Dũng và lãnh đạo nhiều Bộ, ngành Trung ương trong Đoàn công tác của Chính phủ đã về thăm "
            + "làm việc tại tỉnh Quảng Ninh.", "Chính phủ"),
        // (a trip come, told as done: "đã đến", "đã về")
        ("Ngày 21-1, Đoàn công tác của Bộ Khoa học - Công nghệ (KH-CN) do đồng chí Huỳnh Thành Đạt, Ủy viên Trung ương Đảng, Bộ trưởng "
            + "làm Trưởng đoàn đã đến làm việc tại tỉnh Thái Nguyên.", "Đoàn công tác của Bộ Khoa học - Công nghệ (KH-CN)"),
        // (a delegation that opens the clause come to work, with no "đã")
        ("Ngày 06/9/2025, Đoàn Công tác của Ban Quản lý các Khu công nghiệp tỉnh Hưng Yên do ông Hoàng Văn Mai – Phó Trưởng Ban Quản "
            + "lý làm Trưởng đoàn đến làm việc tại Ban Quản lý Khu kinh tế tỉnh Khánh Hòa.", "Đoàn Công tác của Ban Quản lý các Khu công nghiệp tỉnh Hưng Yên"),
    ])
    func aWorkingVisit(lead: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == "buổi làm việc")
        #expect(m.host == host)
    }

    /// A delegation named in small letters before its place (before its body, the body); what it
    /// came for, even told in the future, says nothing of when it came.
    @Test(arguments: [
        ("Sáng 12/9, đoàn công tác huyện Tuy An do Bí thư Huyện ủy Phạm Văn Bảy dẫn đầu đã đến thăm và làm việc với huyện Đức Thọ.",
         "đoàn công tác huyện Tuy An"),
        ("Ngày 22/7/2016, đoàn cán bộ của Sở Ngoại vụ tỉnh Phú Thọ đã đến thăm và làm việc với Sở Ngoại vụ tỉnh Hà Tĩnh nhằm trao đổi "
            + "kinh nghiệm, những việc hai bên sẽ phối hợp trong năm tới.", "Sở Ngoại vụ tỉnh Phú Thọ"),
    ])
    func aDelegationInSmallLetters(lead: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == "buổi làm việc")
        #expect(m.host == host)
    }

    /// A visit joined to a session with its classifier ("đến thăm, có buổi làm việc với …"): the visitors'.
    @Test(arguments: [
        ("Chiều 16/10/2023, Hiệp hội Cựu chiến binh tỉnh Sê Kông do đồng chí Khăm-tà Đuông-bút-đa dẫn đầu đã đến thăm, có buổi làm việc "
            + "với Hội Cựu chiến binh huyện Điện Bàn.", "Hiệp hội Cựu chiến binh tỉnh Sê Kông"),
        ("Chiều 16/10/2023, Bộ Y tế đã đến thăm và có buổi làm việc với UBND tỉnh Bình Định.", "Bộ Y tế"),
    ])
    func aVisitAndASessionWithItsClassifier(lead: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == "buổi làm việc")
        #expect(m.host == host)
    }

    /// A visit by an office that gives no body: held all the same, its host unnamed.
    @Test func aVisitByAnOfficeOfNoBody() throws {
        let m = try #require(meeting("Trong 2 ngày 8-9/9, Chủ tịch nước Trần Đức Lương đã thăm và làm việc tại tỉnh Hải Dương."))
        #expect(m.kind == "buổi làm việc")
        #expect(m.host == nil)
    }

    /// The visit and the session with their classifier: a noun, its host read as for "buổi làm việc".
    @Test(arguments: [
        ("(Xây dựng) - Trong buổi kiểm tra, làm việc với huyện Đức Thọ về tiến độ xây dựng nông thôn mới, Chủ tịch UBND tỉnh Hà Tĩnh "
            + "Võ Trọng Hải yêu cầu tập trung cao nhất.", "UBND tỉnh Hà Tĩnh"),
        ("Chiều 5/3, UBND huyện Đức Thọ có buổi kiểm tra, làm việc với xã Tùng Ảnh về tiến độ xây dựng nông thôn mới.", "UBND huyện Đức Thọ"),
    ])
    func aVisitWithItsClassifier(lead: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == "buổi làm việc")
        #expect(m.host == host)
    }

    /// No working visit: a trip told as background, one under way, a place of work, a headline's
    /// visit with no time or verb of its own, a delegation with no body or place named.
    @Test(arguments: [
        "Hôm qua, trong chuyến thăm và làm việc tại Việt Nam, ông Kirsan Ilymzhinov đã trả lời phỏng vấn báo chí.",
        "Sáng 5/6, Thủ tướng đã rời Tokyo, kết thúc chuyến thăm và làm việc 3 ngày tại Nhật Bản.",
        "Ngày 15/10, đoàn Ủy ban Các vấn đề lao động của Quốc hội Đan Mạch đang thăm và làm việc tại nước ta.",
        "Ông Charlie White từng là thành viên của Tổ chức Tình nguyện viên toàn cầu làm việc tại Trung tâm Nuôi dưỡng trẻ em.",
        "Đoàn UNHCR làm việc tại VN",
        // (a delegation's words with no body or place named after them)
        "Sáng 12/9, đoàn công tác đã đến thăm và làm việc với huyện Đức Thọ.",
        // (one who came to work somewhere, no body)
        "Năm 2010, anh Nguyễn Văn Hùng đã về làm việc tại Công ty Điện lực Hà Nội.",
        "Năm 2010, anh Nguyễn Văn Hùng về làm việc tại Công ty Điện lực Hà Nội.",
    ])
    func noWorkingVisit(lead: String) {
        #expect(meeting(lead) == nil)
    }

    /// A working session held online says so between its verb and "với": "làm việc trực tuyến với".
    @Test func anOnlineWorkingSession() throws {
        let m = try #require(meeting("Sáng 14/5/2023, Bộ Tài chính làm việc trực tuyến với UBND tỉnh Đồng Nai về giải ngân vốn đầu tư công."))
        #expect(m.kind == "buổi làm việc")
        #expect(m.host == "Bộ Tài chính")
    }
}
