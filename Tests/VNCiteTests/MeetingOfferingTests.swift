import Testing
@testable import VNCite

/// An offering of incense or flowers held as a ceremony, by its noun, is a meeting of those who held
/// it; the verb alone, a visit to offer incense, is none.
@Suite struct MeetingOfferingTests {
    @Test func anOfferingCeremony() throws {
        let m = try #require(meeting("Tối ngày 26/7, tại Đền thờ các Anh hùng Liệt sĩ tỉnh, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh đã long trọng "
            + "tổ chức lễ dâng hương, đặt vòng hoa tưởng niệm các Anh hùng, liệt sĩ nhân kỷ niệm 76 năm Ngày Thương binh - Liệt sĩ."))
        #expect(m.kind == "lễ dâng hương")
        #expect(m.host == "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh")
    }

    @Test func aVisitToOfferIncenseIsNone() {
        #expect(meeting("Sáng 14/10, Ban Tổ chức Tỉnh ủy đã đến dâng hương, dâng hoa tưởng niệm Chủ tịch Hồ Chí Minh tại Khu di tích.") == nil)
    }
}
