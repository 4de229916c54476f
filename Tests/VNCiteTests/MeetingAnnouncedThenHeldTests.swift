import Testing
@testable import VNCite

/// A lead that announces a meeting to come reports none held, unless its next sentence reports one
/// held on the day it opens on.
@Suite struct MeetingAnnouncedThenHeldTests {
    @Test func aMeetingHeldOnItsDayAfterOneAnnounced() throws {
        let m = try #require(meeting("(Dân trí) - HĐND tỉnh Thanh Hóa sẽ tổ chức phiên giải trình về tình trạng chậm đóng bảo hiểm xã hội.\n"
            + "Ngày 3/2, Thường trực HĐND tỉnh Thanh Hóa đã tổ chức phiên họp thứ 16 để xem xét Chương trình công tác năm 2023."))
        #expect(m.kind == "phiên họp")
        #expect(m.host == "Thường trực HĐND tỉnh Thanh Hóa")
    }

    @Test func noneWhenTheNextSentenceTellsNoDayOrNoHolding() {
        #expect(meeting("(Dân trí) - HĐND tỉnh Thanh Hóa sẽ tổ chức phiên giải trình về tình trạng chậm đóng bảo hiểm xã hội.\n"
            + "Thường trực HĐND tỉnh Thanh Hóa đã tổ chức phiên họp thứ 16 để xem xét Chương trình công tác năm 2023.") == nil)
        #expect(meeting("(Dân trí) - HĐND tỉnh Thanh Hóa sẽ tổ chức phiên giải trình về tình trạng chậm đóng bảo hiểm xã hội.\n"
            + "Ngày 3/2, Thường trực HĐND tỉnh Thanh Hóa sẽ tổ chức phiên họp thứ 16 để xem xét Chương trình công tác năm 2023.") == nil)
    }
}
