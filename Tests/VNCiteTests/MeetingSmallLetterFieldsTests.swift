import Testing

/// A name whose fields are listed in small letters with commas, as the fire police's is: the commas
/// stand inside the name, which is read whole, and a parent ministry after a dash is no part of it.
@Suite struct MeetingSmallLetterFieldsTests {
    @Test(arguments: [
        ("Ngày 4/10/2022, Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ tổ chức Hội nghị tổng kết công tác năm.",
         "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"),
        ("Sáng 8/11/2023, Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Nghệ An tổ chức hội nghị sơ kết.",
         "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Nghệ An"),
        ("Sáng 20/9/2023, Tổng cục Phòng, chống thiên tai tổ chức Hội thảo khoa học về cảnh báo sớm.", "Tổng cục Phòng, chống thiên tai"),
        ("Ngày 10/4/2024, Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh tổ chức hội nghị tổng kết.",
         "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh"),
        // (further into the name, its first field with a capital)
        ("Chiều 10/10/2025, Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện họp trực tuyến với các xã.",
         "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện"),
        ("Ngày 30/9/2021, Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Bộ Công an tổ chức Hội nghị trực tuyến gặp mặt.",
         "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Bộ Công an"),
    ])
    func theFieldsAreInTheName(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }
}
