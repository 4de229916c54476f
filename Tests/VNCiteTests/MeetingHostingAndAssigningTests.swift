import Testing
@testable import VNCite

/// "do X đăng cai tổ chức": X hosts, "đăng cai" is how, no word of its name. "UBND tỉnh giao Ban …":
/// the verb "giao" (to assign) before a board's name is no "giao ban" meeting. A lead past a
/// picture's numbered label and its caption still reports the meeting the body names next.
@Suite struct MeetingHostingAndAssigningTests {
    @Test func theHostingVerbIsNoPartOfTheHost() throws {
        let found = try #require(meeting("Sáng 10/11/2017, Hội nghị thường niên lần thứ 16 Diễn đàn các trường đại học hàng hải châu Á do "
            + "Trường ĐH Giao thông vận tải TP.HCM đăng cai tổ chức đã khai mạc."))
        #expect(found.host == "Trường ĐH Giao thông vận tải TP.HCM")
    }

    @Test func assigningABoardIsNoBriefing() {
        #expect(meeting("UBND tỉnh vừa ban hành công văn số 3018/UBND-KTN. Theo đó, UBND tỉnh giao Ban An toàn giao thông tỉnh, Công an "
            + "tỉnh, Sở Giao thông vận tải khẩn trương xây dựng kế hoạch chi tiết.") == nil)
        #expect(meeting("UBND tỉnh vừa ban hành công văn yêu cầu các ngành tăng cường công tác bảo đảm trật tự an toàn giao thông đường thủy.\n\n"
            + "Theo đó, UBND tỉnh giao Ban An toàn giao thông tỉnh, Công an tỉnh, Sở Giao thông vận tải, Sở NN&PTNT và UBND, ban an toàn "
            + "giao thông các huyện, thị xã, thành phố theo chức năng, nhiệm vụ khẩn trương xây dựng kế hoạch chi tiết để triển khai thực hiện "
            + "các nội dung theo chỉ đạo của Ủy ban An toàn giao thông Quốc gia tại văn bản nêu trên và chỉ đạo của UBND tỉnh tại Công văn số "
            + "2724/UBND-KTN ngày 20.5.2020 về việc tăng cường công tác quản lý, đảm bảo trật tự an toàn giao thông đường thủy trên địa bàn tỉnh.") == nil)
    }

    @Test func theLeadGoesOnPastAPicturesLabel() throws {
        let found = try #require(meeting("""
            10/11/2017 13:26 GMT+7

            Nhà khoa học châu Á chia sẻ ý tưởng phát triển ngành hàng hải

            TTO - Hơn 70 nhà khoa học đến từ 20 trường ĐH hàng hải trong khu vực châu Á trao đổi các sáng kiến trong đào tạo nhân lực ngành hàng hải tại TP.HCM sáng 10-11.

            Nhà khoa học châu Á chia sẻ ý tưởng phát triển ngành hàng hải - Ảnh 1.

            Đoàn đại biểu đến từ Hàn Quốc tham dự Diễn đàn các trường đại học hàng hải và nghề cá châu Á tại Trường ĐH Giao thông vận tải TP.HCM - Ảnh: TRẦN HUỲNH

            Hội nghị thường niên lần thứ 16 Diễn đàn các trường ĐH hàng hải và nghề cá châu Á (AMFUF) do Trường ĐH Giao thông vận tải TP.HCM đăng cai tổ chức diễn ra trong hai ngày 10 và 11-11 với sự tham gia của hơn 70 nhà khoa học.
            """))
        #expect(found.kind == "hội nghị")
        #expect(found.host == "Trường ĐH Giao thông vận tải TP.HCM")
        #expect(found.date == CalendarDate(year: 2017, month: 11, day: 10))
    }
}
