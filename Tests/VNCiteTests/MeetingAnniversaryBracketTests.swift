import Testing
@testable import VNCite

/// An anniversary's bracketed range before who came ("… (20/10/1930-20/10/2023) tới dự có …"): its
/// last day followed by "tới" is no day to come, and who came is no part of the meeting's name.
@Suite struct MeetingAnniversaryBracketTests {
    @Test func whoCameAfterTheRangeIsNoDayToCome() throws {
        let m = try #require(meeting("Sáng ngày 20/10/2023 Hội LHPN xã Chiềng En tọa đàm kỷ niệm 93 năm ngày thành lập Hội LHPN Việt Nam "
            + "(20/10/1930-20/10/2023), tới dự có đồng chí Lò Văn Hoàng, Phó chủ tịch HĐND xã."))
        #expect(m.host == "Hội LHPN xã Chiềng En")
        #expect(m.date == CalendarDate(year: 2023, month: 10, day: 20))
    }

    @Test func whoCameWithNoCommaIsNoPartOfTheName() throws {
        let m = try #require(meeting("Sáng ngày 20/10/2023 Hội LHPN xã Chiềng En tổ chức tọa đàm kỷ niệm 93 năm ngày thành lập Hội LHPN "
            + "Việt Nam (20/10/1930-20/10/2023) tới dự có đồng chí Lò Văn Hoàng, Phó chủ tịch HĐND xã."))
        #expect(m.what == "tọa đàm kỷ niệm 93 năm ngày thành lập Hội LHPN Việt Nam (20/10/1930-20/10/2023)")
    }

    @Test func aDayToComeStillIs() {
        #expect(meeting("Ngày 15/5 tới, Hội LHPN xã Chiềng En tổ chức tọa đàm kỷ niệm ngày thành lập Hội.") == nil)
    }
}
