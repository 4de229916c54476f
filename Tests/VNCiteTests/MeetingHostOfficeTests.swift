import Testing
@testable import VNCite

/// A host is a body, never a person: an office gives the body it names ("Cục phó Cục Hàng
/// không …" → "Cục Hàng không"), and "cuộc họp của Bộ Y tế" says whose meeting it is before any
/// speaker's office does. A regular briefing is a "giao ban", whatever noun comes first.
@Suite struct MeetingHostOfficeTests {
    @Test(arguments: [
        ("Sáng 3/4, Cục phó Cục Hàng không kiêm Tổng giám đốc Cụm cảng Hàng không miền Bắc Lê Văn A đã có buổi làm việc với "
            + "UBND tỉnh Quảng Ninh về sân bay Vân Đồn.", "Cục Hàng không"),
        ("Đó là ý kiến của Cục phó Cục Vệ sinh an toàn thực phẩm Trần Đáng tại cuộc họp của Bộ Y tế sáng nay.", "Bộ Y tế"),
        ("Sáng qua, trong buổi họp giao ban của Uỷ ban TDTT, Bộ trưởng Nguyễn Danh Thái đã yêu cầu LĐBĐVN phải làm kiểm điểm.",
         "Uỷ ban TDTT"),
    ])
    func theBodyAnOfficeOrAnOwnerNames(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    @Test(arguments: [
        "Một lần nữa, trong buổi họp báo ngày hôm qua, Trưởng đoàn TTVN Nguyễn Hồng Minh lại nhấn mạnh tới chỉ tiêu huy chương.",
        "Chiều 15/8, tại Hội nghị tổng kết năm học 2004-2005, Bộ trưởng GDĐT Nguyễn Minh Hiển đã dành hơn 1 giờ để mổ xẻ yếu kém.",
    ])
    func aPersonIsNoHost(lead: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.host == nil)
    }

    @Test(arguments: [
        ("Hôm qua, 17-10, Bộ trưởng Bộ GD-ĐT Nguyễn Minh Hiển đã có cuộc họp giao ban với các giám đốc sở GD-ĐT.", "Bộ GD-ĐT"),
        ("Tại buổi họp giao ban các Trung tâm y tế ngày 13/10, Sở Y tế yêu cầu tăng cường giám sát dịch.", "Sở Y tế"),
    ])
    func aBriefingIsAGiaoBan(lead: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == "giao ban")
        #expect(m.host == host)
    }
}
