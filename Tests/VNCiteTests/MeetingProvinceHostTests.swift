import Testing
@testable import VNCite

/// A province, a district or a commune that held a ceremony or a conference itself, named with its
/// rank at the head of the clause; not the province that ends an address or a body's name before
/// the verb.
@Suite struct MeetingProvinceHostTests {
    @Test(arguments: [
        ("Sáng 30-4, tỉnh Thừa Thiên-Huế đã long trọng tổ chức lễ khánh thành khu di tích lịch sử lưu niệm tội ác Chín Hầm.",
         "tỉnh Thừa Thiên-Huế"),
        ("Hôm qua, tại Cung Văn hóa Hữu nghị, thành phố Hà Nội đã tổ chức lễ mít tinh kỷ niệm 114 năm ngày sinh Chủ tịch Hồ Chí Minh.",
         "thành phố Hà Nội"),
        ("Chiều qua, TP HCM tổ chức hội nghị tổng kết tình hình chống dịch cúm gia cầm.", "TP HCM"),
        ("Sáng nay, tỉnh Lào Cai đã làm lễ công bố quy hoạch khu đô thị và du lịch Sa Pa.", "tỉnh Lào Cai"),
        // (its leaders for it)
        ("Sáng 1-3, lãnh đạo tỉnh Quảng Ngãi đã tổ chức mít tinh trọng thể kỷ niệm 100 năm ngày sinh đồng chí Phạm Văn Đồng.", "tỉnh Quảng Ngãi"),
        // (after the occasion too)
        ("Sáng nay, nhân ngày quốc tế thiếu nhi 1/6, thành phố Hà Nội đã tổ chức lễ tuyên dương học sinh tiêu biểu.", "thành phố Hà Nội"),
        ("Chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, TPHCM vừa tổ chức lễ khởi công, động thổ 4 dự án hạ tầng trọng điểm.",
         "TPHCM"),
        ("Hướng tới kỷ niệm 50 năm ngày giải phóng, tỉnh Quảng Trị tổ chức lễ mít tinh.", "tỉnh Quảng Trị"),
        // (a district or a commune, whose names no catalogue holds; its district in brackets)
        ("Sáng 28/4, xã Bồ Đề (Bình Lục) đã long trọng tổ chức lễ đón Bằng công nhận đạt chuẩn nông thôn mới nâng cao năm 2023.",
         "xã Bồ Đề"),
        // (its district and province in brackets, a comma between; after an outlet's mark of one capitalised word)
        ("(Baonghean) - Sáng 19/8, xã Ngọc Sơn (huyện Quỳnh Lưu, Nghệ An) đã long trọng tổ chức Kỷ niệm 66 năm Cách mạng Tháng 8 và 30 "
            + "năm thành lập xã.", "xã Ngọc Sơn"),
        ("Sáng 12/5, huyện Bình Lục đã tổ chức lễ kỷ niệm 50 năm ngày thành lập.", "huyện Bình Lục"),
        // (with those who came with it)
        ("Sáng 3/8, huyện Thanh Oai cùng các chủ đầu tư tổ chức Lễ khởi công, động thổ 3 cụm công nghiệp.", "huyện Thanh Oai"),
        // (after its time, with no comma between)
        ("DNTH: Tối 31/8 huyện Nghi Xuân (Hà Tĩnh) long trọng tổ chức Lễ kỷ niệm 550 năm thành lập huyện.", "huyện Nghi Xuân"),
        // (a city below a province, by its Vietnamese name, its rank written apart or into it; after an
        // outlet's mark alone in brackets)
        ("Sáng 12/5, thành phố Thủ Dầu Một tổ chức lễ kỷ niệm 20 năm ngày thành lập.", "thành phố Thủ Dầu Một"),
        ("(BDO) Chiều 31-8, TP.Thủ Dầu Một tổ chức Lễ công bố Quyết định thành lập chi bộ Kim Hoàng.", "TP.Thủ Dầu Một"),
        ("Sáng 2/9, TP Vinh tổ chức lễ mít tinh kỷ niệm Quốc khánh.", "TP Vinh"),
        // (a ward with its city after a comma, the city's rank written into its name)
        ("Sáng 1-12, phường Tân Sơn Hòa, TPHCM tổ chức lễ ra mắt mô hình “Chung tay xây dựng phường hạnh phúc”.", "phường Tân Sơn Hòa"),
        // (a place whose name ends on "Kỳ", no session's word)
        ("Sáng 7/7/2020, HĐND huyện Tứ Kỳ tổ chức hội nghị bàn về phát triển giáo dục.", "HĐND huyện Tứ Kỳ"),
        ("Sáng 24/3, TP Tam Kỳ tổ chức lễ kỷ niệm 45 năm ngày giải phóng.", "TP Tam Kỳ"),
        // (held "trang trọng"; a district with its province after a comma)
        ("Sáng 1/9, xã Thạch Châu (Lộc Hà - Hà Tĩnh) trang trọng tổ chức lễ đón nhận Huân chương Lao động hạng nhất.", "xã Thạch Châu"),
        ("Ngày 16/1, huyện Lục Nam, tỉnh Bắc Giang tổ chức trọng thể Lễ đón nhận Huân chương Lao động hạng Nhất.", "huyện Lục Nam"),
    ])
    func aProvinceHeldItsOwnCeremony(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    @Test(arguments: [
        // the end of an address: where, not who
        "Ngày 1-2, tại thôn Hậu Kiên, xã Triệu Thành, huyện Triệu Phong, tỉnh Quảng Trị đã tổ chức trọng thể lễ khánh thành khu lưu niệm.",
        // the end of a body's name
        "Hôm qua, Thường vụ huyện ủy Tân Phú, tỉnh Đồng Nai đã họp và quyết định khai trừ Đảng đối với 2 cán bộ.",
        // (where it was held)
        "Sáng 28/4, tại xã Bồ Đề đã tổ chức lễ kỷ niệm 50 năm ngày thành lập.",
        // (a rank only with its marks: "quân", an army, is no "quận")
        "Sáng 5/6, quân Mỹ đã tổ chức lễ kỷ niệm 50 năm ngày thành lập.",
        // (an address that ends on a commune and its district, where)
        "Sáng 5/3, tại thôn Hậu Kiên, xã Triệu Thành, huyện Triệu Phong đã tổ chức lễ khánh thành nhà văn hóa thôn.",
    ])
    func aProvinceAfterACommaMayBeWhereOrWhose(lead: String) {
        #expect(meeting(lead)?.host?.hasPrefix("tỉnh") != true)
        #expect(meeting(lead)?.host?.hasPrefix("xã") != true)
        #expect(meeting(lead)?.host?.hasPrefix("quân") != true)
    }

    /// A district or a ward by its number, and a ward with its district after a comma, held their
    /// own ceremonies; an outlet's mark of words in brackets opens the lead.
    @Test(arguments: [
        ("Quận 12 có thêm phường mới\n(Website TU)- Sáng 2-1-2007, quận 12 đã tổ chức Lễ công bố thành lập phường mới Tân Hưng Thuận.",
         "quận 12"),
        ("Phường 10 kỷ niệm ngày thành lập\nSáng 5/3, Phường 10 đã tổ chức lễ kỷ niệm 45 năm ngày thành lập phường.", "Phường 10"),
        ("Phường Trại Cau kỷ niệm 40 năm ngày thành lập\nPhường Trại Cau, quận Lê Chân vừa tổ chức lễ kỷ niệm 40 năm thành lập phường.",
         "Phường Trại Cau"),
    ])
    func aWardOrADistrictByItsNumberOrWithItsDistrict(text: String, host: String) {
        #expect(meeting(text)?.host == host)
    }
}
