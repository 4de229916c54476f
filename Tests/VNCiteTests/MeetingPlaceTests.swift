import Testing
@testable import VNCite

/// Where a meeting was held, from a "tại" in its own words or in a clause that opens the
/// sentence; the state office whose premises held it is its host when the lead names none.
@Suite struct MeetingPlaceTests {
    @Test(arguments: [
        ("Ngày 28/6, tại Đà Nẵng, VKSND tối cao đã họp đánh giá 6 tháng thực hiện Nghị quyết 08/BCT.", "Đà Nẵng", "VKSND tối cao"),
        ("Chiều 13/6, Ban thường vụ Đảng ủy Khối các cơ quan tỉnh tổ chức điểm sinh hoạt cấp ủy cơ sở tại Đảng ủy Sở Thông tin và Truyền thông.",
         "Đảng ủy Sở Thông tin và Truyền thông", "Ban thường vụ Đảng ủy Khối các cơ quan tỉnh"),
        // a state office's premises: its host
        ("Trong cuộc họp kiểm điểm lãnh đạo Tổng công ty Điện lực VN tại Bộ Công nghiệp ngày 15/12, nguyên chủ tịch HĐQT thừa nhận.",
         "Bộ Công nghiệp", "Bộ Công nghiệp"),
        ("Trong buổi họp giao ban xuất nhập khẩu 6 tháng đầu năm tại văn phòng Bộ Thương mại ở TP HCM sáng nay, một số doanh nghiệp phàn nàn.",
         "văn phòng Bộ Thương mại", "Bộ Thương mại"),
        // a centre is a place, not a host
        ("Sáng nay, tại Trung tâm Hội nghị Quốc gia, hội thảo về đầu tư đã khai mạc với 300 đại biểu.", "Trung tâm Hội nghị Quốc gia", nil),
        // a building whose noun's second half is written small, then its name; the building alone
        // when its name goes on in small letters
        ("Tối qua, tại Nhà hát Lớn Hà Nội, Bộ Văn hóa - Thông tin đã tổ chức lễ trao giải.", "Nhà hát Lớn Hà Nội", "Bộ Văn hóa - Thông tin"),
        ("Sáng 1/9, tại Trại giam An Phước (tỉnh Bình Phước), Bộ Công an đã tổ chức lễ công bố quyết định đặc xá.",
         "Trại giam An Phước", "Bộ Công an"),
        ("Sáng 6-8, tại Nhà văn hóa Thanh niên, Thành đoàn TP HCM đã tổ chức hội nghị tổng kết công tác hè.",
         "Nhà văn hóa Thanh niên", "Thành đoàn TP HCM"),
        ("Hôm qua, tại Cung Văn hóa Hữu nghị, thành phố Hà Nội đã tổ chức lễ mít tinh kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh.",
         "Cung Văn hóa Hữu nghị", "thành phố Hà Nội"),
        // a place's common noun, small words, then its name
        ("Sáng nay, tại Nhà hát lớn Hà Nội, Bộ Văn hóa đã tổ chức lễ kỷ niệm 60 năm ngày thành lập.", "Nhà hát lớn Hà Nội", "Bộ Văn hóa"),
        ("Chiều qua, tại Tổng lãnh sự quán Nhật Bản, Sở Ngoại vụ đã tổ chức họp báo về chuyến thăm.", "Tổng lãnh sự quán Nhật Bản", "Sở Ngoại vụ"),
        // ("thể thao" inside a name, not the "thể" of "thể hiện")
        ("Sáng 5/3, tại Trung tâm Huấn luyện thể thao quốc gia Đà Nẵng, Tổng cục Thể dục thể thao tổ chức lễ xuất quân.",
         "Trung tâm Huấn luyện thể thao quốc gia Đà Nẵng", "Tổng cục Thể dục thể thao"),
        ("Sáng 25/12, tại Thủ đô Hà Nội, Hội Nông dân Việt Nam khai mạc Đại hội đại biểu toàn quốc lần thứ VIII.", "Thủ đô Hà Nội", "Hội Nông dân Việt Nam"),
        // a name whose first word goes on in small letters ("Kho bạc", "Bến xe"), without the sentence's stop
        ("Sáng qua, Ban Kinh tế - Ngân sách HĐND TP đã có buổi giám sát tình hình giải ngân vốn tại Kho bạc Nhà nước TP.HCM.",
         "Kho bạc Nhà nước TP.HCM", "Ban Kinh tế - Ngân sách HĐND TP"),
        ("Sáng 5/2, tại Bến xe Miền Đông, Sở Giao thông vận tải tổ chức lễ ra quân phục vụ hành khách dịp Tết.", "Bến xe Miền Đông",
         "Sở Giao thông vận tải"),
        // a body's hall, which is no body ("Hội trường" is no "Hội")
        ("Sáng 5/3, tại Hội trường UBND tỉnh, Sở Y tế tỉnh Bình Dương tổ chức hội nghị tổng kết năm.", "Hội trường UBND tỉnh",
         "Sở Y tế tỉnh Bình Dương"),
        ("Sáng nay, tại Hội trường UBND tỉnh đã diễn ra hội nghị tổng kết công tác năm.", "Hội trường UBND tỉnh", nil),
    ])
    func itsPlace(lead: String, place: String, host: String?) throws {
        let m = try #require(meeting(lead))
        #expect(m.place == place)
        #expect(m.host == host)
    }

    @Test(arguments: [
        // an office abroad
        "Đại sứ Việt Nam tại Malaysia Nguyễn Quốc Dũng cho biết, trong cuộc họp sáng nay với Đại sứ các nước, các nước đề nghị lùi thời hạn.",
        // a meeting, not a place
        "Tại cuộc họp sáng nay, Bộ Y tế cho biết đã có 12 ca nhiễm.",
        // a document, where something is said
        "Ngày 20-8, Huyện ủy tổ chức hội nghị sơ kết, sớm hơn tiến độ yêu cầu tại Chỉ thị số 35-CT/TW của Bộ Chính trị.",
    ])
    func noPlace(lead: String) throws {
        #expect(try #require(meeting(lead)).place == nil)
    }

    /// "tại Chương trình Kỳ họp thứ 8": the session's programme, no place.
    /// A shrine's noun is written small after its capital ("Đền thờ Chủ tịch Hồ Chí Minh"); a "tại"
    /// inside a quoted theme names no venue.
    @Test func aShrineAndAQuotedTheme() throws {
        #expect(meeting("Sáng ngày 03/02/2025, Viện kiểm sát nhân dân tỉnh tổ chức Lễ dâng hương tại Đền thờ Chủ tịch Hồ Chí Minh.")?.place
                == "Đền thờ Chủ tịch Hồ Chí Minh")
        let m = try #require(meeting("Chiều ngày 19/8/2013, Bảo tàng Tôn Đức Thắng phối hợp cùng Liên đoàn Lao động Thành phố tổ chức hội "
            + "thảo khoa học với chủ đề \"Di tích lưu niệm Chủ tịch Tôn Đức Thắng tại Thành phố Hồ Chí Minh - Dấu ấn trong phong trào công nhân\"."))
        #expect(m.place == nil)
        #expect(m.host == "Bảo tàng Tôn Đức Thắng")
    }

    @Test func aProgrammeIsNoPlace() throws {
        let m = try #require(meeting("Sáng 26/11/2024, tại Chương trình Kỳ họp thứ 8, Quốc hội đã biểu quyết thông qua Luật Công chứng năm 2024."))
        #expect(m.kind == "kỳ họp")
        #expect(m.place == nil)
    }

    /// A body whose building is the venue ("tại trụ sở …", "tại hội trường …", "tại Hội trường, …") is
    /// no host; one named after the venue's comma is.
    @Test func aBodysBuildingIsTheVenue() throws {
        let m = try #require(meeting("Ngày 21/10/2022, tại trụ sở Trung tâm Lưu trữ tỉnh đã tiến hành Lễ bàn giao tài liệu."))
        #expect(m.place == "trụ sở Trung tâm Lưu trữ tỉnh")
        #expect(m.host == nil)
        let held = try #require(meeting("Ngày 21/10/2022, tại hội trường UBND tỉnh, Sở Nội vụ đã tổ chức Lễ bàn giao tài liệu."))
        #expect(held.host == "Sở Nội vụ")
        // (The building's owner after its own comma, then the host.)
        let owned = try #require(meeting("Ngày 5/4/2023, tại Hội trường, Liên đoàn Lao động tỉnh Bạc Liêu, Ban Thường vụ Liên đoàn Lao động tỉnh "
            + "khai mạc hội nghị tập huấn nghiệp vụ công đoàn."))
        #expect(owned.host == "Ban Thường vụ Liên đoàn Lao động tỉnh Bạc Liêu")
    }

    /// An office's premises named by its parent ("tại Cơ quan phía Nam Tập Đoàn …") is the venue, its
    /// bodies no host of a sentence that has no subject of its own.
    @Test func anOfficesPremisesAreTheVenue() throws {
        let m = try #require(meeting("Sáng ngày 27/6, tại Cơ quan phía Nam Tập Đoàn Bưu Chính Viễn Thông VNPT đã tổ chức Hội nghị trực tuyến "
            + "nghe báo cáo kết quả Hội nghị Trung ương 10."))
        #expect(m.place == "Cơ quan phía Nam Tập Đoàn Bưu Chính Viễn Thông VNPT")
        #expect(m.host == nil)
    }
}
