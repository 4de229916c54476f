import Testing
@testable import VNCite

/// Bodies that held a meeting with partners ("phối hợp với", "kết hợp với", "chủ trì, phối hợp"):
/// the first body named is the host, whatever the list of partners after it.
@Suite struct MeetingPartnersTests {
    /// The partner's name is read only in part (its abbreviation): it is still the partner, and the
    /// first body is the host, or nobody when its name does not read.
    @Test(arguments: [
        ("Sáng nay, Viện Chiến lược phối hợp với Cơ quan Hợp tác quốc tế Nhật Bản (JICA) tổ chức hội thảo về khí hậu.",
         "Viện Chiến lược"),
        ("Sáng nay, Viện Chiến lược và Chính sách, Tài nguyên phối hợp với Cơ quan Hợp tác quốc tế Nhật Bản (JICA) tổ chức "
            + "hội thảo về khí hậu.", ""),
        // "đã phối hợp với", "kết hợp với": the same
        ("Ngày 11-1 tại Hà Nội, Trường ĐH Quốc gia Hà Nội đã phối hợp với Viện Nghiên cứu quốc gia về lao động hướng nghiệp Pháp tổ chức "
            + "hội thảo về giáo dục hướng nghiệp.", "Trường ĐH Quốc gia Hà Nội"),
        ("9h sáng nay, tại Thái Nguyên, Hội Nhà báo Việt Nam kết hợp với Tỉnh ủy Thái Nguyên long trọng tổ chức hội thảo về báo chí cách mạng.",
         "Hội Nhà báo Việt Nam"),
        // "chủ trì, phối hợp với": who led, then who joined
        ("Ngày 5/12, Ban Tuyên giáo Trung ương chủ trì, phối hợp với Trường Đại học Kinh tế tổ chức Hội thảo khoa học “Phát triển "
            + "bền vững kinh tế biển Việt Nam”.", "Ban Tuyên giáo Trung ương"),
        // (the partners a list, comma by comma)
        ("Ngày 19/4, Bộ Xây dựng chủ trì, phối hợp với các tỉnh Hà Tĩnh, Quảng Bình, Khánh Hòa và Tiền Giang tổ chức Hội thảo về "
            + "đường cao tốc.", "Bộ Xây dựng"),
        // (their names in small letters after a head, the last after "và")
        ("Trong 3 ngày, từ 13-15/10/2016, Ban Dân tộc tỉnh Thái Nguyên đã phối hợp với Sở Tư pháp, Phòng Cảnh sát giao thông và UBND "
            + "huyện Phú Bình tổ chức Hội thảo về pháp luật.", "Ban Dân tộc tỉnh Thái Nguyên"),
        // (a first body whose name runs on in small letters to a capital)
        ("Ngày 10-7-2021, Trung tâm Hỗ trợ khởi nghiệp sáng tạo Quốc gia phối hợp với Đại học Kinh tế Quốc dân, Bộ Khoa học và Công nghệ "
            + "tổ chức Hội thảo khoa học Quốc gia bằng hình thức trực tuyến.", "Trung tâm Hỗ trợ khởi nghiệp sáng tạo Quốc gia"),
        // (not a dateline's words before a body)
        ("QĐND Online - Ngày 17-4, Học viện Biên phòng phối hợp với Sở Khoa học và Công nghệ tổ chức hội thảo khoa học kỷ niệm 50 năm xây dựng.",
         "Học viện Biên phòng"),
        // (the Youth Union's district committee by its head alone)
        ("Sáng ngày 26/6/2022, tại trường THPT Ngô Mây, Huyện đoàn phối hợp với Viện kiểm sát nhân dân huyện và Công an huyện tổ chức "
            + "hội thảo tuyên truyền phòng, chống ma túy.", "Huyện đoàn"),
        // (or right after "phối hợp", with no "với", a name with small letters among its capitals last)
        ("Chiều 18/12/2021, tại Hà Nội, Ban Nội chính Trung ương phối hợp Báo Nhân Dân, Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam "
            + "tổ chức hội thảo về công tác tuyên truyền.", "Ban Nội chính Trung ương"),
        // (a partner whose name ends on "Trung ương" or holds a dash; a list of many, long names)
        ("Ngày 22.10, Tỉnh ủy Vĩnh Long phối hợp Ban Tuyên giáo và Dân vận Trung ương, Bộ Khoa học - Công nghệ tổ chức hội thảo "
            + "về chuyển đổi số.", "Tỉnh ủy Vĩnh Long"),
        ("Sáng 10/6, Bộ Tài nguyên và Môi trường phối hợp Ban Tuyên giáo Trung ương, Trung ương Hội Liên hiệp Phụ nữ Việt Nam, Hội "
            + "Người cao tuổi Việt Nam, Hội Cựu chiến binh Việt Nam và UBND tỉnh Khánh Hoà phối hợp tổ chức hội thảo về biển.",
         "Bộ Tài nguyên và Môi trường"),
        // (partners named in general, "các …", and a name with "và" between its capitals, its last word small)
        ("Ngày 20/6, Hội Nhà báo tỉnh Hà Giang phối hợp với các cơ quan báo chí của tỉnh, Ban Tuyên giáo Tỉnh ủy, Sở Thông tin và "
            + "Truyền thông, Sở Văn hóa, Thể thao và Du lịch tổ chức hội thảo về báo chí cách mạng.", "Hội Nhà báo tỉnh Hà Giang"),
        // (bodies listed before "đã phối hợp tổ chức", one item of two joined by "và": the first of all)
        ("Sáng 24/11, Liên hiệp các Hội Khoa học và Kỹ thuật Nghệ An, Sở Khoa học và Công nghệ, Liên đoàn Lao động Việt Nam và Đoàn "
            + "Thanh niên Cộng sản Hồ Chí Minh, Trường Đại học Sư phạm Kỹ thuật Vinh đã phối hợp tổ chức hội thảo sáng tạo kỹ thuật.",
         "Liên hiệp các Hội Khoa học và Kỹ thuật Nghệ An"),
        // (partners named by name, then in general after "và": not many units, each holding its own)
        ("Ngày 3/4/2023, Ban Tôn giáo, Sở Nội vụ phối hợp với Công an tỉnh và các đơn vị liên quan tổ chức hội thảo về tình hình "
            + "tôn giáo.", "Ban Tôn giáo"),
        ("Ngày 3/4/2023, Ban Tôn giáo phối hợp với Công an tỉnh, UBND huyện Mường Lát và các địa phương tổ chức hội thảo về tình hình "
            + "tôn giáo.", "Ban Tôn giáo"),
        // (the second of two, when the first is past reading, is no host either)
        ("Hôm qua, Cục Bản quyền tác giả văn học nghệ thuật Việt Nam và Viện Sở hữu trí tuệ liên bang Thụy Sĩ đã phối hợp tổ chức "
            + "hội thảo về quyền tác giả.", ""),
    ])
    func thePartnerAfterPhoiHopVoiIsNoHost(lead: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == "hội thảo")
        #expect(m.host == (host.isEmpty ? nil : host))
    }
}
