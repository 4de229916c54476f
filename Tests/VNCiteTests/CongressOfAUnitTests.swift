import Testing
@testable import VNCite

/// A congress's resolution named by a unit's committee or branch: the Party committee with the word
/// "Đại hội" left out, an organisation's branch in an agency or a town, its number by the term.
@Suite struct CongressOfAUnitTests {
    @Test(arguments: [
        // The Party committee's congress without "Đại hội", its number after "lần thứ".
        ("hoàn thành các chỉ tiêu Nghị quyết Đảng bộ tỉnh Thái Nguyên lần thứ XIX và Nghị quyết Đảng bộ Khối lần thứ XIV đã đề ra",
         ["NQ-ĐH-XIX/TU@Thái Nguyên", "NQ-ĐH-XIV/Đảng bộ Khối@Thái Nguyên"]),
        ("chỉ đạo thực hiện thành công Nghị quyết Đảng bộ Sở lần thứ XX", ["NQ-ĐH-XX/Đảng bộ Sở@?"]),
        // An organisation's branch in an agency, by the term it elects; in a town, by its number.
        ("thực hiện Nghị quyết Đại hội Công đoàn Sở Kế hoạch và Đầu tư khoá VII, nhiệm kỳ 2017-2022 và Nghị quyết Đại hội "
            + "Công đoàn Viên chức tỉnh khóa II, nhiệm kỳ 2019-2023",
         ["NQ-ĐH-VII/Công đoàn Sở Kế hoạch và Đầu tư@?", "NQ-ĐH-II/Công đoàn Viên chức tỉnh@?"]),
        ("đánh giá kết quả thực hiện Nghị quyết Đại hội Đoàn TNCS Hồ Chí Minh thị trấn Phú Thịnh lần thứ IX, nhiệm kỳ 2012 – 2017",
         ["NQ-ĐH-IX/Đoàn TNCS Hồ Chí Minh thị trấn@?"]),
        // (the word "Khoa" of an agency's name is no term)
        ("Nghị quyết Đại hội Công đoàn Sở Khoa học và Công nghệ lần thứ V", ["NQ-ĐH-V/Công đoàn Sở Khoa học và Công nghệ@?"]),
    ])
    func findsTheCongress(sentence: String, expected: [String]) {
        #expect(keys(sentence) == expected)
    }

    @Test(arguments: [
        // A committee's resolution by its number, or its congress's without a number, is no congress's.
        "Nghị quyết Đảng bộ tỉnh đã đề ra các mục tiêu, Nghị quyết Đảng bộ các cấp nhiệm kỳ 2020 - 2025.",
        "thực hiện Nghị quyết Đại hội Công đoàn các cấp, nhiệm kỳ 2023 – 2028 và Nghị quyết Đại hội Đoàn các cấp",
        // (the organisation's words run on past six before any number)
        "Nghị quyết Đại hội Công đoàn cơ sở Công ty Cổ phần Xây dựng và Thương mại Hà Nội Số Một khóa III",
    ])
    func noCongress(sentence: String) {
        #expect(keys(sentence).isEmpty)
    }
}
