import Testing
@testable import VNCite

/// Words that look like citations and are none: quantities ("08 nhiệm vụ", "Kế hoạch 5 năm 2016 -
/// 2020", a five-year plan), numbers of other things, type words with no number, a plenum named
/// without its resolution, a mass organisation's central committee, "Hiến pháp và pháp luật".
@Suite struct CitationNothingTests {
    @Test(arguments: [
        "Hoàn thành 08 nhiệm vụ trọng tâm, tiếp nhận 605 văn bản đến, ban hành 169 văn bản đi.",
        "Quốc lộ 1A, điện thoại 0234.3822.123, tỷ số 2-1, ngày 10/12/2019, năm 2020-2025.",
        "Kế hoạch 5 năm 2021-2025 và quyết định đầu tư dự án.",
        "Cơ sở pháp lý để xây dựng Kế hoạch 5 năm 2016 - 2020 của tỉnh.",
        // (and in a line written all in capitals)
        "THỰC HIỆN THẮNG LỢI NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI HẰNG NĂM VÀ KẾ HOẠCH 5 NĂM (2021 - 2025)",
        "Luật sư Nguyễn Văn A cho biết, theo luật thì không được.",
        "tác phẩm “Một số vấn đề lý luận và thực tiễn về chủ nghĩa xã hội” của Tổng Bí thư",
        "Phát biểu kết luận Hội nghị, đồng chí Bí thư đánh giá cao.",
        "bám sát các chỉ thị, nghị quyết của Trung ương và Tỉnh ủy",
        "Hội nghị Trung ương 4, khóa XIII diễn ra tại Hà Nội.",
        // A mass organisation's central committee is not the Party's.
        "quán triệt Nghị quyết Hội nghị lần thứ 12 Ban Chấp hành Trung ương Hội Nông dân Việt Nam khóa VI",
        // The set phrase for the legal order, with no year.
        "nâng cao ý thức sống và làm việc theo Hiến pháp và pháp luật của cán bộ, công chức",
        "Ngày Pháp luật nhằm tôn vinh Hiến pháp, pháp luật trong Nhà nước pháp quyền.",
    ])
    func findsNothing(sentence: String) {
        #expect(keys(sentence).isEmpty)
    }
}
