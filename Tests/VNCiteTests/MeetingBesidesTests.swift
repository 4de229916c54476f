import Testing
@testable import VNCite

/// A lead sentence that opens on "Ngoài ra" or "Bên cạnh đó" adds something besides the news: a
/// meeting it names is not the article's.
@Suite struct MeetingBesidesTests {
    @Test(arguments: [
        "Từ ngày 1/1/2026, nhiều luật quan trọng sẽ có hiệu lực thi hành. Ngoài ra, Kỳ họp thứ 10, Quốc hội đã xem xét, thông qua 51 luật.",
        "Giá xăng tiếp tục giảm trong kỳ điều hành chiều nay. Bên cạnh đó, Bộ Công Thương đã tổ chức hội nghị về quỹ bình ổn giá.",
    ])
    func aMeetingBesidesTheNews(text: String) {
        #expect(meeting(text) == nil)
    }

    @Test func theNewsBeforeIt() throws {
        let m = try #require(meeting("Sáng 10/12, Quốc hội bế mạc Kỳ họp thứ 10. Ngoài ra, Quốc hội đã thông qua 51 luật."))
        #expect(m.kind == "kỳ họp")
        #expect(m.host == "Quốc hội")
    }
}
