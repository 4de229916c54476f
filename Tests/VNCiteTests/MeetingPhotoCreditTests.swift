import Testing
@testable import VNCite

/// A first line that runs headline, photo caption, credit and summary together: the lead starts
/// after the credit, and what the caption shows is no meeting of the article's.
@Suite struct MeetingPhotoCreditTests {
    @Test func theLeadAfterTheHeaderLineReportsTheMeeting() throws {
        let m = try #require(meeting("Xử kỷ luật ĐA.TP: Lại hoãn! Trước mắt, HLV Nguyễn Thành Vinh (giữa) và Lê Quang Ninh (phải) "
            + "tạm bị cấm hành nghề. Ảnh: T. Trung Theo LĐBĐ VN, chưa thể kỷ luật ĐA.TP do thiếu chứng cứ, quy chế lỏng lẻo! "
            + "Khoảng 40 HLV, trọng tài dính đến tiêu cực tạm đình chỉ hành nghề\n"
            + "Cuộc họp của Ban Kỷ luật LĐBĐ VN vào chiều qua, 9-11, đã chưa thể giải quyết rốt ráo vụ tiêu cực của đội Đông Á."))
        #expect(m.kind == "cuộc họp")
        #expect(m.host == "Ban Kỷ luật LĐBĐ VN")
    }

    @Test func aMeetingInTheSummaryCounts() throws {
        let m = try #require(meeting("Dự kiến tuyển 72.382 HS vào lớp 10 Trong ảnh: Phụ huynh và học sinh xem danh sách trúng tuyển "
            + "vào lớp 10. Ảnh: N.HỮU Chiều 27-4, Ban Giám đốc Sở GD-ĐT TPHCM họp kín để hoàn thiện kế hoạch tuyển sinh lớp 10. "
            + "Dưới đây là một số thông tin do phóng viên thu thập được\nUBND TPHCM vừa thông qua phương án tuyển sinh lớp 10."))
        #expect(m.host == "Ban Giám đốc Sở GD-ĐT TPHCM")
    }

    @Test(arguments: ["Q.T.N", "QTN", "K.Long"])
    func aCaptionsMeetingIsThePhotos(credit: String) {
        #expect(meeting("Thi trắc nghiệm: Bộ GD-ĐT chưa chuẩn bị kỹ! Trong ảnh: Quang cảnh buổi họp Ban Chỉ đạo tuyển sinh ĐH, "
            + "CĐ năm 2004 qua mạng ngày 22-12 tại Hà Nội Ảnh: \(credit) Chủ trương thi trắc nghiệm từ năm 2005 đã được Cục Khảo thí "
            + "đề nghị lùi lại. Phóng viên đã có cuộc trao đổi với TS Nguyễn Cam, Trưởng Khoa Toán\n"
            + "Phóng viên: Thưa ông, Bộ GD-ĐT vẫn chưa thực hiện thi trắc nghiệm, ông có cho là quá chậm?") == nil)
    }

    @Test func aCreditSpeltOutInFullIsNotTold() {
        // "Ảnh: Thanh Đạm Chiều qua …": where the name ends cannot be told; the line is read as it is.
        let text = CleanText("Đoàn Hội Hữu nghị Pháp - Việt tại báo Tuổi Trẻ. Ảnh: Thanh Đạm Chiều qua 21-6, ông Francis Gendreau đến thăm báo.")
        #expect(MeetingLead.afterPhotoCredit(text) == nil)
        let initials = CleanText("Đoàn Hội Hữu nghị Pháp - Việt tại báo Tuổi Trẻ. Ảnh: T. Đạm Chiều qua 21-6, ông Francis Gendreau đến thăm báo.")
        #expect(MeetingLead.afterPhotoCredit(initials).map { initials.string($0.summary..<($0.summary + 9)) } == "Chiều qua")
    }
}
