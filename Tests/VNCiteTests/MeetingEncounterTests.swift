import Testing
@testable import VNCite

/// Encounters — "cuộc gặp", "cuộc gặp gỡ", "buổi gặp gỡ", "buổi gặp mặt" — are meetings when the
/// lead's opening reports them held; a meeting between two leaders has no host; one called off or
/// held long ago ("cách đây …"), or one that only places a statement in the third sentence, is none.
@Suite struct MeetingEncounterTests {
    @Test(arguments: [
        ("Sáng 4/1, Quốc hội đã tổ chức buổi gặp mặt đại biểu các khoá nhân kỷ niệm 60 năm.", "buổi gặp mặt", "Quốc hội"),
        ("Chiều 19-1, lãnh đạo Trường ĐH Sư phạm TPHCM đã có buổi gặp gỡ đại diện sinh viên nhằm giải tỏa những thắc mắc.",
         "buổi gặp gỡ", "Trường ĐH Sư phạm TPHCM"),
        ("Thời gian cấp phép đầu tư kéo dài là những điều mà các doanh nghiệp Việt kiều phản ánh tại cuộc gặp gỡ với chính quyền "
            + "TP HCM diễn ra chiều 31/1.", "cuộc gặp gỡ", nil),
    ] as [(String, String, String?)])
    func aHeldEncounterIsAMeeting(lead: String, kind: String, host: String?) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == kind)
        #expect(m.host == host)
    }

    @Test func twoLeadersMeetingHaveNoHost() throws {
        let m = try #require(meeting("Việt Nam - Campuchia thúc đẩy các hiệp định\nTrong cuộc gặp giữa Phó thủ tướng Việt Nam Vũ Khoan "
            + "và Phó thủ tướng Campuchia Sok An tại Phnom Penh ngày 29/3, hai bên thống nhất hợp tác trên các lĩnh vực."))
        #expect(m.kind == "cuộc gặp")
        #expect(m.host == nil)
    }

    @Test(arguments: [
        "Hôm qua, Phó thủ tướng Trung Quốc Ngô Nghi huỷ cuộc gặp với Thủ tướng Nhật Koizumi vì cho rằng đã bị xúc phạm.",
        "Hôm qua, Bình Nhưỡng tuyên bố rút khỏi cuộc gặp cấp ngoại trưởng với Nhật và Hàn Quốc.",
        "Chiều 15/3, cuộc họp của UBND TP HCM về việc xem xét quy hoạch khu A Nam Sài Gòn đã bị hoãn lại.",
        "Hôm qua, thời điểm mà lẽ ra ông có cuộc gặp với các công tố viên, ông đã rời khỏi thủ đô.",
    ])
    func oneCalledOffIsNone(lead: String) {
        #expect(meeting(lead) == nil)
    }

    @Test(arguments: [
        "Cách đây khoảng 2 tháng, Công an huyện Phú Tân (An Giang) tổ chức trọng thể buổi lễ tổng kết một chuyên án.",
        "Trao đổi với phóng viên, ông cho biết cách đây khoảng hơn nửa tháng, Bộ GD-ĐT có họp với các trường THPT chuyên.",
        "Cách đây 65 năm, ngày 15/3/1960, Chủ tịch Hồ Chí Minh đã gửi thư đến Hội nghị Cán bộ giáo dục toàn miền Bắc.",
    ])
    func oneHeldLongAgoIsNotTheNews(lead: String) {
        #expect(meeting(lead) == nil)
    }

    @Test func aMeetingTheLeadReportsStandsBeforeOneToldAsDaysAgo() throws {
        let m = try #require(meeting("Một lần nữa, trong buổi họp báo ngày hôm qua, Trưởng đoàn TTVN Nguyễn Hồng Minh lại nhấn mạnh tới chỉ tiêu "
            + "của đoàn. \"Cách đây mấy ngày, tôi được biết quan chức của một số đoàn đã nhóm họp riêng\" - ông Minh nói."))
        #expect(m.kind == "họp báo")
    }

    @Test func anEncounterInTheThirdSentenceOnlyPlacesAStatement() {
        #expect(meeting("Israel trì hoãn rút quân khỏi Bờ Tây\nCác quan chức quốc phòng Israel hôm qua tuyên bố sẽ giảm tốc độ rút "
            + "lực lượng khỏi các thành phố Bờ Tây vì bạo lực ở Gaza đã phá vỡ lệnh ngừng bắn trên thực tế.\nTuy nhiên, Thủ tướng Israel "
            + "Ariel Sharon dự định đề nghị nội các thông qua kế hoạch rút quân. Không rõ liệu binh lính có rút lui trước cuộc gặp "
            + "thượng đỉnh Sharon - Abbas vào ngày 8/2 hay không.\nTrong cuộc gặp với phái viên an ninh Palestine Mohammed Dahlan, "
            + "Bộ trưởng Quốc phòng Israel Shaul Mofaz cho biết Tel Aviv trì hoãn thực hiện kế hoạch.") == nil)
    }
}
