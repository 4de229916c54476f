import Testing

/// A launch or an opening named by its verb right after "tổ chức", without "lễ": a ceremony the body
/// held, a "lễ ra mắt" or a "lễ khai trương", as the labels write it. Not one a plan only names.
@Suite struct MeetingLaunchTests {
    @Test(arguments: [
        ("Chiều ngày 18 tháng 5 năm 2023, Công an huyện phối hợp với UBND xã Quân Hà tổ chức ra mắt mô hình “Tổ liên gia an toàn "
            + "phòng cháy, chữa cháy” tại thôn Nà Liềng.", "lễ ra mắt", "Công an huyện"),
        ("Sáng 9/10, Hội Nông dân tỉnh tổ chức ra mắt Câu lạc bộ nông dân với pháp luật tại xã Tân Hòa.", "lễ ra mắt", "Hội Nông dân tỉnh"),
        ("Sáng 2/3, Sở Tư pháp tỉnh tổ chức khai trương Trung tâm Trợ giúp pháp lý chi nhánh số 2.", "lễ khai trương", "Sở Tư pháp tỉnh"),
    ])
    func aLaunchIsACeremony(lead: String, kind: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == kind)
        #expect(m.host == host)
    }

    @Test func aLaunchAPlanNamesIsNone() {
        #expect(meeting("Kế hoạch nêu rõ: các xã tổ chức ra mắt mô hình tổ liên gia an toàn phòng cháy, chữa cháy trong quý III.") == nil)
    }
}
