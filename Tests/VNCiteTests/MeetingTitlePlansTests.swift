import Testing
@testable import VNCite

/// A title that announces a meeting ("Ngày mai, … tổ chức Hội nghị …") over a lead that names it
/// with no day of its own: the meeting is to come, none is reported. A lead that says when, or that
/// it was held, reports it.
@Suite struct MeetingTitlePlansTests {
    private let title = "Ngày mai, Bộ Tài nguyên và Môi trường tổ chức Hội nghị tổng kết công tác năm 2017, triển khai kế hoạch năm 2018 của ngành\n\n"

    @Test func aTitleThatAnnouncesTheLeadsMeeting() {
        let text = title + "(Moitruong.net.vn) – Bộ Tài nguyên và Môi trường tổ chức Hội nghị tổng kết công tác năm 2017 và triển khai "
            + "kế hoạch năm 2018 của ngành tài nguyên và môi trường.\n\nTham dự Hội nghị có Lãnh đạo Chính phủ."
        #expect(Extractor().extract(Article(source: "a.txt", text: text)).meeting == nil)
    }

    @Test(arguments: [
        "Sáng 8/1/2018, Bộ Tài nguyên và Môi trường tổ chức Hội nghị tổng kết công tác năm 2017 và triển khai kế hoạch năm 2018.",
        "Bộ Tài nguyên và Môi trường đã tổ chức Hội nghị tổng kết công tác năm 2017 và triển khai kế hoạch năm 2018.",
    ])
    func aLeadThatSaysWhenOrThatItWasHeld(lead: String) throws {
        let m = try #require(Extractor().extract(Article(source: "a.txt", text: title + lead + "\n\nTham dự Hội nghị có Lãnh đạo Chính phủ.")).meeting)
        #expect(m.host == "Bộ Tài nguyên và Môi trường")
    }

    /// Another body's meeting the lead names is not the one the title asks for.
    @Test func anotherBodysMeeting() throws {
        let text = "Sở TDTT TPHCM kiến nghị tổ chức cuộc họp giữa các bên nhằm làm rõ sai phạm trong vụ ẩu đả ở Tour Thái Lan\n"
            + "(NLĐ) - Trước đó một ngày, trong cuộc họp của Liên đoàn MTXĐ VN, đa số thành viên đồng ý với mức kỷ luật treo giò vĩnh viễn."
        #expect(try #require(Extractor().extract(Article(source: "a.txt", text: text)).meeting).host == "Liên đoàn MTXĐ VN")
    }

    /// A page that invites to a meeting (in its title or its text) or lists meetings ahead reports
    /// none held; a title that only mentions an invitation is read as ever.
    @Test func anInvitationOrAScheduleHoldsNoMeeting() throws {
        #expect(meeting("Giấy mời dự Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Mậu Tuất 2018\n\nHưởng ứng phong trào "
            + "“Mùa xuân là Tết trồng cây”, Ủy ban nhân dân tỉnh Hải Dương tổ chức Lễ phát động “Tết trồng cây” Xuân Mậu Tuất 2018.") == nil)
        #expect(meeting("Lịch công tác tuần 45 của Thường trực Huyện ủy\n\nSáng thứ Hai 6/11, Thường trực Huyện ủy họp giao ban.") == nil)
        // (A lead that gives a schedule of meetings: "thông báo lịch tiếp xúc cử tri …".)
        #expect(meeting("Kế hoạch tiếp xúc cử tri của Đoàn đại biểu Quốc hội tỉnh Ninh Thuận\n\nĐoàn ĐBQH tỉnh Ninh Thuận thông báo lịch "
            + "tiếp xúc cử tri sau kỳ họp thứ 5 – Quốc hội khóa XIII như sau:") == nil)
        // (Not the "lịch" of tourism, "du lịch".)
        #expect(try #require(meeting("Sáng 6/11/2019, Sở Du lịch tiếp đoàn đại biểu thành phố Ansan (Hàn Quốc).")).host == "Sở Du lịch")
        // (An invitation in the text, after the meeting's programme.)
        #expect(meeting("Sở Tư pháp tổ chức Hội nghị triển khai Luật Hòa giải ở cơ sở.\n\nThời gian: 8h00 ngày 15/3/2024.\n\nSở Tư pháp trân "
            + "trọng kính mời các cơ quan, đơn vị tới dự Hội nghị.") == nil)
        let m = try #require(meeting("Trao giấy mời dự Đại hội cho đại biểu\n\nSáng 6/11/2019, Ủy ban MTTQ huyện tổ chức hội nghị trao "
            + "giấy mời dự Đại hội cho các đại biểu."))
        #expect(m.kind == "hội nghị")
    }

    /// A title on the way to a congress: the lead that readies it and names it ahead reports none
    /// held; a lead that says it opened still does.
    @Test func aTitleOnTheWayToACongress() throws {
        let title = "TIẾN TỚI ĐẠI HỘI ĐẢNG BỘ SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI LẦN THỨ VII, NHIỆM KỲ 2020-2025\n\n"
        #expect(meeting(title + "Thực hiện Kế hoạch số 69-KH/ĐUK của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh về tổ chức Đại hội "
            + "Đảng các cấp nhiệm kỳ 2020-2025, công tác chuẩn bị Đại hội được từng chi bộ tích cực thực hiện, góp phần chào mừng sự kiện "
            + "quan trọng - Đại hội Đảng bộ Sở Lao động - Thương binh và Xã hội - Ngày hội đối với mỗi người đảng viên.") == nil)
        let m = try #require(meeting(title + "Sáng 22/5/2020, Đại hội Đảng bộ Sở Lao động - Thương binh và Xã hội lần thứ VII, "
            + "nhiệm kỳ 2020-2025 đã khai mạc."))
        #expect(m.kind == "đại hội")
    }

    /// A page that gives the meeting's time as a field of its own line, as a notice does, announces it.
    @Test(arguments: [
        "Thông tin về Hội nghị tổng kết hoạt động năm 2013\n\nBan Quản lý các Khu chế xuất và công nghiệp thành phố Hồ Chí Minh tổ chức "
            + "Hội nghị tổng kết hoạt động năm 2013 và triển khai nhiệm vụ năm 2014.\n\nThời gian: 08 giờ 00, Thứ Tư, ngày 19 tháng 02 năm 2014."
            + "\n\nĐịa điểm: Hội trường Thành ủy.",
        "Được sự thống nhất của Thường trực Đảng ủy, Thường trực HĐND xã phối hợp với Thường trực UBMTTQ xã tổ chức tiếp xúc cử tri trước "
            + "kỳ họp lần thứ 3 HĐND xã khóa XII với nội dung như sau:\nI.Thời gian và địa điểm: Từ ngày 01/12/2025 - ngày 02/12/2025.",
    ])
    func aNoticeWithItsTimeAsAField(text: String) {
        #expect(Extractor().extract(Article(source: "a.txt", text: text)).meeting == nil)
    }

    /// A report that tells the time in a sentence is still one.
    @Test func aReportThatTellsTheTimeInASentence() {
        let text = "Ngày 19/02/2014, Ban Quản lý các Khu chế xuất và công nghiệp thành phố Hồ Chí Minh tổ chức Hội nghị tổng kết hoạt động năm 2013."
            + "\n\nThời gian qua, Ban Quản lý đã thu hút nhiều dự án."
        #expect(Extractor().extract(Article(source: "a.txt", text: text)).meeting?.kind == "hội nghị")
    }
}
