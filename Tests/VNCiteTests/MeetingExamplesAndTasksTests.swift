import Testing
@testable import VNCite

/// Meetings suggested as examples ("các hoạt động … như: họp mặt, tọa đàm …") and meetings an item of
/// a list sets as a task or a provision ("- Tổ chức cuộc họp của cộng đồng dân cư; …") were not held;
/// a meeting a body held, in the same words, still was; nor is the work of preparing a congress one.
@Suite struct MeetingExamplesAndTasksTests {
    @Test(arguments: [
        "Ngày 06/6/2019, UBND tỉnh ban hành công văn về việc tổ chức kỷ niệm Ngày truyền thống công tác dân vận.\n"
            + "Theo đó, các cơ quan đơn vị tổ chức các hoạt động kỷ niệm thiết thực như: họp mặt, tọa đàm ôn lại truyền thống công tác dân vận của Đảng.",
        "Các trường được khuyến khích tổ chức các hoạt động như hội thảo, tọa đàm về đổi mới phương pháp dạy học.",
        "Nghị định quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở, gồm các nội dung sau:\n"
            + "- Tổ chức cuộc họp của cộng đồng dân cư; phát phiếu lấy ý kiến của hộ gia đình; tổ chức hội nghị định kỳ của cộng đồng dân cư.",
        // (with a capital right after the colon)
        "Chào mừng ngày Quốc tế phụ nữ 8/3, hội phụ nữ các xã đã tổ chức nhiều hoạt động.\n"
            + "Các hoạt động đã diễn ra bằng nhiều hình thức phong phú như: Mít tinh kỷ niệm, tổ chức thi cắm hoa và nhiều hoạt động khác.",
    ])
    func noMeetingHeld(text: String) {
        #expect(meeting(text) == nil)
    }

    /// The work of preparing a congress ("công tác Đại hội") is a task, no congress; a briefing that a
    /// body organised ("tổ chức trực báo") is a "buổi trực báo".
    @Test func aBriefingBesidesTheCongressWork() throws {
        let m = try #require(meeting("Ngày 4/02/2012, BTV Huyện đoàn Hiệp Đức tổ chức trực báo nắm tình hình trước, trong và sau tết; đồng thời "
            + "chỉ đạo một số nội dung cho công tác Đại hội và các hoạt động chuẩn bị cho Hội trại."))
        #expect(m.kind == "buổi trực báo")
        #expect(m.host == "BTV Huyện đoàn Hiệp Đức")
        #expect(m.date?.iso == "2012-02-04")
    }

    /// The admission of one to the Party that a cell organised ("tổ chức kết nạp quần chúng ưu tú …") is a
    /// "lễ kết nạp"; admissions counted are no one ceremony.
    @Test func anAdmissionToTheParty() throws {
        let m = try #require(meeting("Nhằm thực hiện công tác phát triển đảng trong trường học, ngày 23 tháng 9 năm 2020, Chi bộ Trường Tiểu "
            + "học Đặng Trần Côn tổ chức kết nạp quần chúng ưu tú Nguyễn Mỹ Kim vào hàng ngũ của Đảng."))
        #expect(m.kind == "lễ kết nạp")
        #expect(m.host == "Chi bộ Trường Tiểu học Đặng Trần Côn")
        #expect(m.date?.iso == "2020-09-23")
        #expect(meeting("Năm 2020, Đảng bộ huyện đã tổ chức kết nạp 150 đảng viên mới, đạt 110% chỉ tiêu.") == nil)
    }

    /// An emulation bloc named by its members ("khối thi đua các đơn vị trường học") is one body that held
    /// its meeting, not many units each holding one.
    @Test func anEmulationBlocNamedByItsMembers() throws {
        let m = try #require(meeting("Chiều ngày 25/9/2019 tại Hội trường Phòng Giáo dục và Đào tạo, khối thi đua các đơn vị trường học trực "
            + "thuộc đã tiến hành tổ chức Hội nghị giao ban lần thứ nhất năm học 2019-2020."))
        #expect(m.kind == "hội nghị")
        #expect(m.date?.iso == "2019-09-25")
    }

    @Test(arguments: [
        "Ngày 4/02/2012, Ban Thường vụ Huyện đoàn đã quán triệt một số nội dung cho công tác Đại hội Đoàn các xã, thị trấn.",
    ])
    func theCongressWorkIsNoCongress(text: String) {
        #expect(meeting(text) == nil)
    }

    @Test func aMeetingHeldInTheSameWords() throws {
        let m = try #require(meeting("Sáng 15/10, Ban Dân vận Tỉnh ủy tổ chức tọa đàm ôn lại truyền thống công tác dân vận của Đảng."))
        #expect(m.kind == "tọa đàm")
        #expect(m.host == "Ban Dân vận Tỉnh ủy")
        // (a comparison before the meeting is no list of examples)
        let compared = try #require(meeting("Không hoành tráng như những gì hứa hẹn, lễ trao giải Bài hát tôi yêu lần 3 đã diễn ra tối qua tại Hà Nội."))
        #expect(compared.kind == "lễ")
    }
}
