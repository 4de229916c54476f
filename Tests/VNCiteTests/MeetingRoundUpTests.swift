import Testing
@testable import VNCite

/// Round-ups of many meetings, and a congress delegates were chosen for, report no one meeting held:
/// meetings counted as so many of so many, congresses of one level past the name of the body whose
/// they are, a congress still to come; nor does a venue whose name holds a meeting's noun.
@Suite struct MeetingRoundUpTests {
    @Test(arguments: [
        "65/65 Hội nghị Chi hội Phụ nữ xã Ô Diên nhiệm kỳ 2025 - 2030 diễn ra thành công tốt đẹp, đảm bảo nội dung, hiệu quả.",
        "Hàm Thuận Bắc Tổ chức thành công Đại hội Đoàn TNCS Hồ Chí Minh cấp cơ sở, nhiệm kỳ 2022-2027\n\n"
            + "Toàn huyện có 30 cơ sở Đoàn trực thuộc, đến nay các cơ sở đã hoàn thành.",
        "Chọn cử 225 thiếu nhi dự Đại hội Cháu ngoan Bác Hồ tỉnh Hưng Yên lần thứ VI năm 2025\n\n"
            + "Đại hội Cháu ngoan Bác Hồ tỉnh Hưng Yên lần thứ VI năm 2025, dự kiến tổ chức ngày 11/3 tại Trung tâm Thông tin - Hội nghị tỉnh.",
        "Các chi hội đã bầu đoàn đại biểu đi dự Đại hội đại biểu Phụ nữ xã Ô Diên lần thứ I nhiệm kỳ 2025 - 2030.",
    ])
    func noOneMeetingHeld(text: String) {
        #expect(meeting(text) == nil)
    }

    @Test func oneMeetingInTheSameWords() throws {
        // (a day, not so many of so many; one congress of a body at one level, written small)
        let day = try #require(meeting("Ngày 8/3 Hội nghị Chi hội Phụ nữ xã Ô Diên đã diễn ra thành công tốt đẹp."))
        #expect(day.kind == "hội nghị")
        let held = try #require(meeting("Sáng 10/4, Đoàn xã Hàm Chính tổ chức Đại hội Đoàn xã nhiệm kỳ 2022-2027."))
        #expect(held.host == "Đoàn xã Hàm Chính")
        // (a seminar's level is its own: one seminar)
        let level = try #require(meeting("Ngày 4/12, Sở Nông nghiệp và Phát triển nông thôn tổ chức hội thảo tham vấn cấp tỉnh về xây dựng "
            + "kế hoạch hành động REDD+."))
        #expect(level.host == "Sở Nông nghiệp và Phát triển nông thôn")
        // (a meeting at the venue is still held; someone sent to one attended it)
        let venue = try #require(meeting("Sáng 11/3, tại Trung tâm Thông tin - Hội nghị tỉnh, Tỉnh đoàn tổ chức Đại hội Cháu ngoan Bác Hồ."))
        #expect(venue.kind == "đại hội")
        #expect(venue.host == "Tỉnh đoàn")
        let sent = try #require(meeting("Tôi được cử tham dự cuộc họp báo chiều qua của Tổng công ty Đường sắt."))
        #expect(sent.kind == "họp báo")
    }
}
