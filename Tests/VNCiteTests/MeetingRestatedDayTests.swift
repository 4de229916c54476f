import Testing
@testable import VNCite

/// A meeting read from a photo's caption, which gives no day: a later lead sentence that reports
/// the same meeting again, opening on its day, dates it.
@Suite struct MeetingRestatedDayTests {
    static let caption = "Năm 2024, ngành tài chính đã hoàn thành vượt mức dự toán thu ngân sách nhà nước được giao.\n\n"
        + "Bộ Tài chính tổ chức Hội nghị tổng kết năm 2024 - Ảnh 1.\n\n"
        + "Phó Thủ tướng Hồ Đức Phớc tới dự và chỉ đạo tại Hội nghị.\n\n"

    @Test func theSentenceThatReportsItAgainGivesTheDay() throws {
        let m = try #require(meeting(Self.caption
            + "Sáng nay (27/12), Bộ Tài chính tổ chức Hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.\n",
            date: CalendarDate(year: 2024, month: 12, day: 27)))
        #expect(m.host == "Bộ Tài chính")
        #expect(m.date == CalendarDate(year: 2024, month: 12, day: 27))
    }

    /// (Another body's meeting of that kind is another meeting: its day is not this one's.)
    @Test func anotherBodysMeetingGivesNoDay() throws {
        let m = try #require(meeting(Self.caption
            + "Sáng 20/12, Bộ Công Thương tổ chức Hội nghị tổng kết công tác năm 2024 của ngành công thương.\n",
            date: CalendarDate(year: 2024, month: 12, day: 27)))
        #expect(m.host == "Bộ Tài chính")
        #expect(m.date == nil)
    }
}

extension MeetingRestatedDayTests {
    /// The title's meeting on the day of a lead sentence that opens on a purpose, then its day, and
    /// names it again, with no host of its own.
    @Test func theDayAfterAPurpose() throws {
        let m = try #require(meeting("Cảng vụ hàng hải Hải Phòng tổ chức cuộc họp Tổng kết công tác phối hợp kiểm tra, giám sát hoạt động "
            + "hàng hải\n\nNhằm nâng cao hiệu quả trong công tác phối hợp quản lý nhà nước về hoạt động hàng hải cũng như đẩy mạnh "
            + "công tác kiểm tra, giám sát hoạt động hàng hải và tạo điều kiện thuận lợi cho các doanh nghiệp, ngày 15/01/2015, tại trụ "
            + "sở Cảng vụ hàng hải Hải Phòng, Phó Giám đốc Nguyễn Ngọc Thành đã chủ trì cuộc họp “Tổng kết công tác phối hợp kiểm tra, "
            + "giám sát hoạt động hàng hải năm 2014”.\n"))
        #expect(m.host == "Cảng vụ hàng hải Hải Phòng")
        #expect(m.date == CalendarDate(year: 2015, month: 1, day: 15))
    }
}

extension MeetingRestatedDayTests {
    static let held = "Hội nghị đánh giá tình hình triển khai các đề án quan hệ lao động\n\n"
        + "Triển khai thực hiện Chỉ thị số 37-CT/TW của Ban Bí thư, Bộ Lao động – Thương binh và Xã hội tổ chức “Hội nghị đánh giá "
        + "tình hình xây dựng và triển khai các đề án phát triển quan hệ lao động giai đoạn 2021 – 2025”. "

    /// The next sentence that opens on the meeting's noun and says where and when it was held.
    @Test func theNextSentenceSaysWhenItWasHeld() throws {
        let m = try #require(meeting(Self.held + "Hội nghị được tổ chức tại thành phố Hải Phòng, ngày 12/1/2024, Thứ trưởng "
            + "Lê Văn Thanh phát biểu khai mạc.\n"))
        #expect(m.host == "Bộ Lao động - Thương binh và Xã hội")
        #expect(m.date == CalendarDate(year: 2024, month: 1, day: 12))
    }

    /// (Not a day the meeting's next sentence gives for something else it did.)
    @Test func notTheDayOfWhatItPassed() throws {
        let m = try #require(meeting(Self.held + "Hội nghị đã thông qua Nghị quyết số 05/NQ-BCS ngày 12/1/2024 của Ban cán sự đảng.\n"))
        #expect(m.date == nil)
    }
}

extension MeetingRestatedDayTests {
    /// A meeting found by its noun alone in the sentence that names who chaired it is the one an
    /// earlier sentence reports with no host, after its occasion and on its day.
    @Test func theChairsSentenceNamesTheMeetingBefore() throws {
        let m = try #require(meeting("(ABO) Nhân kỷ niệm Ngày Người cao tuổi Việt Nam (6-6), sáng 4-6, Hội Người cao tuổi, "
            + "cựu giáo chức và khuyến học xã Long An tổ chức Hội nghị biểu dương người cao tuổi tiêu biểu. "
            + "Chủ tịch Hội Người cao tuổi Lê Văn Ba chủ trì hội nghị.\n", date: CalendarDate(year: 2022, month: 6, day: 5)))
        #expect(m.chair == "Lê Văn Ba")
        #expect(m.date == CalendarDate(year: 2022, month: 6, day: 4))
    }
}
