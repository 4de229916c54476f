import Testing
@testable import VNCite

/// Where the host's name ends before its verbs: not in the verb's manner ("long trọng", "trang
/// trọng", "trọng thể", "trang nghiêm"), though a steering committee's task runs on in small
/// letters; past its abbreviation in brackets to the rank of its place ("(CĐVC) tỉnh") or its region
/// ("(TTYT) khu vực Cà Mau"); before the
/// "này" that points back to it ("tỉnh này"); before the first half of a verb ("triển khai").
@Suite struct MeetingHostNameEndTests {
    @Test(arguments: [
        ("Ngày 01/4/2024, Ban chỉ đạo Tổng điều tra xã Phú Lộc long trọng tổ chức Lễ ra quân.", "Ban chỉ đạo Tổng điều tra xã Phú Lộc"),
        ("Sáng 2/9/2023, Ban chỉ đạo phòng, chống thiên tai huyện Tân Hòa trang trọng tổ chức hội nghị tổng kết công tác năm 2023.",
         "Ban chỉ đạo phòng, chống thiên tai huyện Tân Hòa"),
        ("Sáng 20/3/2019, Công đoàn viên chức (CĐVC) tỉnh đã tổ chức hội nghị tổng kết phong trào thi đua năm 2018.",
         "Công đoàn viên chức (CĐVC) tỉnh"),
        // (or to the region it serves, "khu vực", named or numbered)
        ("Ngày 11/12/2025, Trung tâm Y tế (TTYT) khu vực Cà Mau tiếp Đoàn kiểm tra, đánh giá của Sở Y tế tỉnh.",
         "Trung tâm Y tế (TTYT) khu vực Cà Mau"),
        ("Sáng 8/7/2025, Tòa án nhân dân (TAND) khu vực 15 tổ chức hội nghị triển khai công tác năm 2025.", "Tòa án nhân dân (TAND) khu vực 15"),
        ("Sở Giao thông vận tải tỉnh này vừa có buổi làm việc với các doanh nghiệp vận tải trên địa bàn.", "Sở Giao thông vận tải tỉnh"),
        // (and past the year of a council's round)
        ("Ngày 21/5, tại Quảng Bình, Hội đồng bình chọn sản phẩm CNNT tiêu biểu cấp tỉnh năm 2020 đã tổ chức cuộc họp nhằm thông qua kết quả.",
         "Hội đồng bình chọn sản phẩm CNNT tiêu biểu cấp tỉnh"),
    ])
    func theNameEndsBeforeItsVerbs(lead: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.host == host)
    }

    /// Who chaired it, said between the body and its verbs, is an aside: the body held it.
    @Test func aChairBetweenTheNameAndItsVerbs() throws {
        let m = try #require(meeting("Chiều 22/8/2019, Đoàn ĐBQH tỉnh do đồng chí Nguyễn Văn Sơn chủ trì đã tiến hành họp Đoàn giám sát chuyên đề "
            + "việc thực hiện chính sách, pháp luật về phòng chống xâm hại trẻ em."))
        #expect(m.host == "Đoàn ĐBQH tỉnh")
        #expect(m.chair == "Nguyễn Văn Sơn")
    }

    /// "triển" is a name's word only after "phát": before "khai" it opens the verb, and what precedes
    /// it is no name that runs on to the verbs (no host, not "Công ty … Hà Nội triển").
    @Test func theFirstHalfOfAVerbIsNoWordOfTheName() throws {
        let preparing = try #require(meeting("Sáng 5/1/2026, Công ty TNHH MTV Đường sắt Hà Nội triển khai tổ chức Hội nghị người lao động năm 2026."))
        #expect(preparing.host == nil)
        let fund = try #require(meeting("Sáng 5/1/2026, Trung tâm Phát triển quỹ đất Hà Nội đã tổ chức Hội nghị người lao động năm 2026."))
        #expect(fund.host == "Trung tâm Phát triển quỹ đất Hà Nội")
    }
}
