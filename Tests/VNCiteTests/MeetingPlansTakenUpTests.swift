import Testing
@testable import VNCite

/// A plan or a draft that a meeting took up ("thẩm tra dự kiến Chương trình …", "nội dung dự kiến
/// trình …", "phiên họp chuẩn bị nội dung …") does not make the meeting a planned one; a meeting
/// that is itself planned or about to open still is.
@Suite struct MeetingPlansTakenUpTests {
    @Test(arguments: [
        ("Sáng 8/4, Ủy ban Pháp luật tiến hành Phiên họp toàn thể lần thứ 21, thẩm tra dự kiến Chương trình xây dựng luật, pháp lệnh năm 2025.",
         "Ủy ban Pháp luật"),
        ("Ngày 19/9, Ủy ban Pháp luật của Quốc hội tổ chức phiên họp toàn thể lần thứ 26 thẩm tra nhiều nội dung quan trọng dự kiến trình UBTVQH tại Phiên họp thứ 37.",
         "Ủy ban Pháp luật của Quốc hội"),
    ])
    func aPlanTheMeetingTookUp(lead: String, host: String) throws {
        let m = try #require(meeting("Thẩm tra chương trình xây dựng luật\n" + lead))
        #expect(m.kind == "phiên họp")
        #expect(m.host == host)
    }

    /// The coming period of the work a meeting took up ("trong thời gian sắp tới", "thời gian tới đây")
    /// is not the meeting's; a meeting itself "sắp tới" is still to come.
    @Test func theComingPeriodOfTheWorkTakenUp() throws {
        let m = try #require(meeting("Ngày 13/9/2021, Sở Tài nguyên và Môi trường tổ chức cuộc họp bàn giải pháp đẩy mạnh công tác "
            + "cải cách hành chính tại cơ quan Sở trong thời gian sắp tới."))
        #expect(m.kind == "cuộc họp")
        #expect(m.host == "Sở Tài nguyên và Môi trường")
        #expect(meeting("Sở Tài nguyên và Môi trường tổ chức cuộc họp sắp tới để bàn giải pháp đẩy mạnh cải cách hành chính.") == nil)
    }

    /// "Nhận lời mời của …," opening a sentence says at whose invitation one came; one who accepted
    /// an invitation to a meeting is still to come.
    @Test func atTheInvitationOf() throws {
        let m = try #require(meeting("Nhận lời mời của Ban tổ chức, ngày 06/12, đồng chí Lê Văn Hải, Phó Trưởng ban Ban Dân tộc tỉnh "
            + "tham dự và phát biểu tham luận tại Hội thảo khoa học “Bản sắc văn hóa các dân tộc” do UBND huyện Nam Trà My tổ chức."))
        #expect(m.kind == "hội thảo")
        #expect(m.host == "UBND huyện Nam Trà My")
        #expect(meeting("Thủ tướng Israel và Tổng thống Palestine nhận lời mời của Tổng thống Ai Cập dự hội nghị thượng đỉnh ở Sharm el-Sheik.") == nil)
    }

    /// An occasion the sentence gets ready to welcome ("chuẩn bị đón Tết") leaves the meeting held.
    @Test func gettingReadyForTheHolidayLeavesTheMeetingHeld() throws {
        let m = try #require(meeting("Sáng 21.1, tại TP. Hồ Chí Minh, nhân dịp năm mới 2025 và chuẩn bị đón Tết Nguyên đán Ất Tỵ, Ủy ban "
            + "Thường vụ Quốc hội tổ chức gặp mặt các nguyên lãnh đạo Quốc hội."))
        #expect(m.host == "Ủy ban Thường vụ Quốc hội")
    }

    @Test func aSittingThatPreparedContent() throws {
        let m = try #require(meeting("Chủ tịch Quốc hội Vương Đình Huệ chủ trì phiên họp chuẩn bị nội dung trình kỳ họp bất thường của Quốc hội."))
        #expect(m.kind == "phiên họp")
        #expect(m.chair == "Vương Đình Huệ")
        // (after the first words of its name too)
        let joint = try #require(meeting("Chiều ngày 12/11/2019, Thường trực HĐND xã Tân Phú triệu tập cuộc họp liên tịch chuẩn bị nội dung kỳ họp thứ 9."))
        #expect(joint.kind == "cuộc họp")
        #expect(joint.host == "Thường trực HĐND xã Tân Phú")
        // (a task it prepares for, after "và")
        let task = try #require(meeting("Hội đồng Nghĩa vụ quân sự huyện Hồng Dân vừa họp triển khai thực hiện việc tuyển chọn, gọi công dân nhập ngũ và chuẩn bị cho công tác giao - nhận quân năm 2021."))
        #expect(task.kind == "cuộc họp")
        #expect(task.host == "Hội đồng Nghĩa vụ quân sự huyện Hồng Dân")
    }

    @Test(arguments: [
        "Sáng 8/4, Ủy ban Pháp luật dự kiến tổ chức Phiên họp toàn thể lần thứ 21 để thẩm tra Chương trình xây dựng luật.",
        "Phiên họp toàn thể lần thứ 21 của Ủy ban Pháp luật dự kiến diễn ra vào ngày 8/4.",
        "Hội nghị Trung ương 8 chuẩn bị khai mạc tại Hà Nội.",
    ])
    func aMeetingStillToCome(lead: String) {
        #expect(meeting(lead) == nil)
    }

    /// A summary that tells what the meeting will do, before a lead that opens on the day it was held,
    /// is no meeting to come; without that lead it still is.
    @Test func aSummaryOfWhatTheMeetingWillDo() throws {
        let summary = "Đẩy mạnh hoạt động công tác văn phòng\n\n"
            + "Hội nghị toàn quốc công tác văn phòng Tỉnh ủy, Thành ủy sẽ triển khai những nhiệm vụ trọng tâm đến giữa nhiệm kỳ.\n\n"
        let m = try #require(meeting(summary + "Sáng 28/9 tại Hà Nội, Văn phòng Trung ương Đảng tổ chức Hội nghị toàn quốc công tác văn phòng "
            + "Tỉnh ủy, Thành ủy. Đến dự có ông Lê Hồng Anh, Thường trực Ban Bí thư.\n"))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "Văn phòng Trung ương Đảng")
        #expect(meeting(summary + "Văn phòng Trung ương Đảng đã chuẩn bị kỹ nội dung và tài liệu cho các đại biểu.\n") == nil)
    }

    /// A meeting in the purpose that opens the sentence is what the meeting it goes on to report serves.
    @Test func theMeetingAPurposeServesIsNotTheNews() throws {
        let m = try #require(meeting("Nhằm phục vụ cho Quân ủy Trung ương tổ chức hội nghị sơ kết 8 năm triển khai thực hiện NQ51, vừa qua, "
            + "Cục Tổ chức đã tổ chức hội thảo về thực hiện Nghị quyết."))
        #expect(m.kind == "hội thảo")
        #expect(m.host == "Cục Tổ chức")
    }

    /// A plan approved for a conference, whose purpose the next sentence tells, holds no meeting: the
    /// "tổ chức" of the work of organising ("trong quá trình tổ chức", "chỉ đạo tổ chức thực hiện") says
    /// nothing was held; a sentence that says it was held still does.
    @Test func thePurposeOfAPlannedConference() throws {
        let plan = "Thủ trưởng Bộ Tổng tham mưu đã phê duyệt Kế hoạch số 386/KH-TM về tổ chức Hội nghị tổng kết công tác tuyển quân năm 2012. "
        #expect(meeting(plan + "Hội nghị nhằm đánh giá kết quả đạt được, những vướng mắc trong quá trình tổ chức, triển khai thực hiện; đề xuất "
            + "các biện pháp lãnh đạo, chỉ đạo tổ chức thực hiện công tác tuyển quân năm 2013.") == nil)
        let held = try #require(meeting("Hội nghị nhằm đánh giá kết quả công tác tuyển quân năm 2012 đã được Bộ Tổng tham mưu tổ chức sáng 5/4."))
        #expect(held.kind == "hội nghị")
    }

    /// A meeting named inside the name of one set aside is set aside with it: a plan "về tổ chức Đại hội
    /// điểm toàn quốc Đại hội đại biểu …" holds no congress held.
    @Test func aMeetingNamedInsideOneSetAside() {
        #expect(meeting("Ngày 19/3/2024, Ủy ban MTTQ Việt Nam thành phố Cần Thơ đã ban hành Kế hoạch số 368/KH-MTTQ-UB về tổ chức Đại hội "
            + "điểm toàn quốc Đại hội đại biểu Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ lần thứ X, nhiệm kỳ 2024 - 2029.") == nil)
    }
}
