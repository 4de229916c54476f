import Testing

/// Names the grammar reads whole: a company's trade in small letters after its legal form, and a
/// field's abbreviation after "và" (not a second body's).
@Suite struct MeetingCompanyAndFieldNameTests {
    @Test(arguments: [
        ("Sáng 3/1/2024, Công ty TNHH MTV Khai thác công trình thủy lợi Bắc Nam Hà tổ chức Hội nghị người lao động năm 2024.",
         "Công ty TNHH MTV Khai thác công trình thủy lợi Bắc Nam Hà"),
        ("Sáng 14/11/2023, Công ty TNHH một thành viên Xổ số kiến thiết Cần Thơ tổ chức Hội nghị người lao động.",
         "Công ty TNHH một thành viên Xổ số kiến thiết Cần Thơ"),
        ("Ngày 15/7/2023, Ban Chỉ huy PCTT và TKCN tỉnh họp triển khai công tác ứng phó với bão số 1.", "Ban Chỉ huy PCTT và TKCN tỉnh"),
        // (A body's abbreviation after "và" is a second body: the first held it.)
        ("Sáng 5/5/2023, Văn phòng Chính phủ và UBND tỉnh Lào Cai tổ chức hội nghị xúc tiến đầu tư.", "Văn phòng Chính phủ"),
    ])
    func theNameIsReadWhole(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }
}

/// A section of an association's branches, "Liên chi hội", and a district's station, "Trạm", are
/// heads; "Phòng" before "chống" is the field of prevention, no office; a craft village's
/// association is no village festival ("Hội làng").
@Suite struct MeetingSectionAndPreventionNameTests {
    @Test(arguments: [
        ("Sáng 5/3/2020, Hội Làng nghề mộc truyền thống thôn Phù Yên tổ chức Đại hội lần thứ I.", "Hội Làng nghề mộc truyền thống thôn Phù Yên"),
        ("Sáng 6/1/2024, Trạm Quản lý thủy nông huyện tổ chức hội nghị tổng kết công tác tưới tiêu năm 2023.", "Trạm Quản lý thủy nông huyện"),
        ("Ngày 20/4/2023, Trạm Khuyến nông Tuy Phước tổ chức hội thảo đầu bờ đánh giá mô hình lúa hữu cơ.", "Trạm Khuyến nông Tuy Phước"),
        ("Sáng 12/12/2023, Liên chi hội Hướng dẫn viên du lịch Việt Nam tổ chức Đại hội nhiệm kỳ 2023-2028.",
         "Liên chi hội Hướng dẫn viên du lịch Việt Nam"),
        ("Sáng 11/11/2024, Chi cục Thủy lợi và Phòng chống thiên tai tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2025.",
         "Chi cục Thủy lợi và Phòng chống thiên tai tỉnh"),
    ])
    func theNameIsReadWhole(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }
}

/// A national park and a nature reserve are bodies that hold meetings; as a venue after "tại", none.
/// Their names are mountains' and places' that may read as a person's ("Bạch Mã", "Hoàng Liên").
@Suite struct MeetingParkHostTests {
    @Test func aParkHoldsIt() throws {
        #expect(meeting("Sáng 5/3/2024, Vườn quốc gia Bạch Mã tổ chức hội thảo khoa học về đa dạng sinh học.")?.host == "Vườn quốc gia Bạch Mã")
        #expect(meeting("Sáng 9/3/2023, Vườn quốc gia Cát Tiên tổ chức lễ ra quân bảo vệ rừng mùa khô.")?.host == "Vườn quốc gia Cát Tiên")
        #expect(meeting("Sáng 14/11/2023, Khu Bảo tồn thiên nhiên Pù Luông tổ chức hội nghị sơ kết công tác quý III.")?.host
            == "Khu Bảo tồn thiên nhiên Pù Luông")
        let m = try #require(meeting("Sáng 9/3/2023, tại Vườn quốc gia Cúc Phương, Sở Nông nghiệp tỉnh tổ chức hội thảo về bảo tồn."))
        #expect(m.host == "Sở Nông nghiệp tỉnh")
    }
}

/// "ở nước ngoài" after "Việt Nam" is the name's: an association of Vietnamese abroad.
@Suite struct MeetingAbroadHostTests {
    @Test func vietnameseAbroadInTheName() {
        #expect(meeting("Ngày 10/2/2024, Hội Doanh nhân Việt Nam ở nước ngoài tổ chức hội thảo kết nối giao thương.")?.host
            == "Hội Doanh nhân Việt Nam ở nước ngoài")
    }
}

/// A founding congress named first is the body's it founds; a subject that organised it still holds it.
@Suite struct MeetingFoundingCongressTests {
    @Test func theFoundedBodyHoldsIt() throws {
        #expect(meeting("Sáng 20/9/2023, Đại hội thành lập Hiệp hội Du lịch tỉnh Hà Giang được tổ chức tại TP Hà Giang.")?.host
            == "Hiệp hội Du lịch tỉnh Hà Giang")
        #expect(meeting("Sáng 20/9/2023, UBND tỉnh tổ chức Đại hội thành lập Hội Doanh nhân trẻ tỉnh.")?.host == "UBND tỉnh")
    }
}

/// A committee named by the cause it is for: "vì sự tiến bộ của phụ nữ" stands inside its name.
@Suite struct MeetingCommitteeCauseTests {
    @Test(arguments: [
        ("Sáng 1/10/2022, Ban vì sự tiến bộ của phụ nữ tỉnh tổ chức hội nghị tổng kết công tác năm 2022.", "Ban vì sự tiến bộ của phụ nữ tỉnh"),
        ("Chiều 6/6/2023, Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam tổ chức phiên họp thường kỳ.",
         "Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam"),
        ("Sáng 3/3/2024, Ban Vì sự tiến bộ của phụ nữ huyện Đông Anh tổ chức hội nghị triển khai nhiệm vụ.",
         "Ban Vì sự tiến bộ của phụ nữ huyện Đông Anh"),
    ])
    func theCauseIsInTheName(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }
}
