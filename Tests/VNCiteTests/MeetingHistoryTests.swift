import Testing
@testable import VNCite

/// A meeting told as history, placed by a year alone, is not the day's news; a year in the
/// meeting's own name is no such place.
@Suite struct MeetingHistoryTests {
    @Test func aMeetingPlacedByAYearAloneIsHistory() {
        #expect(meeting("Tổng Bí thư đã có 3 lần về thăm tỉnh Thanh Hóa. Đặc biệt, năm 2020, tại Hà Nội, Tổng Bí thư đã có buổi làm việc "
            + "quan trọng với Ban Thường vụ Tỉnh ủy Thanh Hóa về Đề án xây dựng và phát triển tỉnh.") == nil)
    }

    @Test func aDaysNameIsNoDayOfTheMeeting() {
        #expect(meeting("Năm 1992, Chính phủ Ca-na-đa đã đề xuất sáng kiến \"Ngày Đại dương Thế giới\" (World Ocean Day) tại Hội nghị "
            + "Thượng đỉnh về Trái đất, được tổ chức ở Ri-ô đờ Gia-nây-rô, Bra-xin.") == nil)
    }

    @Test func aYearInTheMeetingsNameOrWithItsDay() throws {
        let named = try #require(meeting("Sáng 5/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết năm 2020, triển khai nhiệm vụ năm 2021."))
        #expect(named.host == "Ban Thường vụ Tỉnh ủy")
        let dated = try #require(meeting("Năm 2020, sáng 5/3, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị tổng kết công tác."))
        #expect(dated.kind == "hội nghị")
    }

    /// A meeting months before the page is history, unless the title names it: the page is the
    /// meeting's own, its conclusions published later.
    @Test func aMeetingMonthsBeforeThePageItsTitleNames() throws {
        let lead = "Ngày 15 tháng 4 năm 2011, tại trụ sở Văn phòng Chính phủ, Phó Thủ tướng Nguyễn Thiện Nhân đã chủ trì Hội nghị toàn quốc "
            + "sơ kết một năm thực hiện Đề án dạy nghề cho lao động nông thôn đến năm 2020."
        let page = "Kết luận của Phó Thủ tướng tại Hội nghị toàn quốc sơ kết một năm thực hiện Đề án dạy nghề cho lao động nông thôn\n\n"
            + "Cập nhật: 22/08/2011 09:44\n\n" + lead
        let m = try #require(meeting(page))
        #expect(m.date?.description == "2011-04-15")
        #expect(m.chair == "Nguyễn Thiện Nhân")
        #expect(meeting("Dạy nghề cho lao động nông thôn: kết quả sau một năm\n\nCập nhật: 22/08/2011 09:44\n\n" + lead) == nil)
    }
}
