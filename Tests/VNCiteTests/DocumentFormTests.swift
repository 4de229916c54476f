import Testing
@testable import VNCite

/// Types, old and damaged symbols, plenums and congresses as people write them, and one law
/// under two spellings.
@Suite struct DocumentFormTests {
    @Test(arguments: [
        // Types the scanner reads besides the common ones.
        ("Điều 4 Hiến pháp năm 2013 quy định vai trò lãnh đạo của Đảng.", ["Hiến pháp 2013"]),
        // (the country's full name between the type and its year)
        ("Theo Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013, Quốc hội là cơ quan quyền lực cao nhất.", ["Hiến pháp 2013"]),
        ("Hiến pháp nước CHXHCN Việt Nam năm 1992 đã được sửa đổi năm 2001.", ["Hiến pháp 1992"]),
        // (the constitution with a year beside the law; without one, beside another type)
        ("theo Hiến pháp năm 2013 và pháp luật hiện hành", ["Hiến pháp 2013"]),
        ("Quốc hội xem xét sửa đổi Hiến pháp và pháp lệnh về dân số.", ["Hiến pháp"]),
        ("Pháp lệnh Dân số và Pháp lệnh Ưu đãi người có công đã được sửa đổi.",
         ["Pháp lệnh Dân số", "Pháp lệnh Ưu đãi người có công"]),
        ("Pháp lệnh số 07/2022/UBTVQH15 có hiệu lực từ tháng 1.", ["07/2022/UBTVQH15"]),
        // (the Party's Charter, under either of its names, and in small letters in a list of the Party's documents)
        ("Theo Khoản 2 Điều 21 Điều lệ Đảng Cộng sản Việt Nam, chi bộ xét kết nạp; hướng dẫn thi hành Điều lệ Đảng; cương lĩnh, điều lệ Đảng.",
         ["Điều lệ Đảng", "Điều lệ Đảng", "Điều lệ Đảng"]),
        // Old and damaged symbols.
        ("Nghị định 64/CP, Quyết định 135/1998/QĐ-TTg và Chỉ thị 02/1998/CT-TTg vẫn được áp dụng.",
         ["64/CP", "135/1998/QĐ-TTg", "02/1998/CT-TTg"]),
        ("Thủ tướng đã ký Quyết định 11/2006/TTg về việc này.", ["11/2006/QĐ-TTg"]),
        ("Quyết định số 52/2007/QĐ-UB của UBND TP.HCM về quy hoạch.", ["52/2007/QĐ-UB@Hồ Chí Minh"]),
        ("Quyết định số 52/2007/QÐ-UB của UBND TP Hồ Chí Minh về quy hoạch.", ["52/2007/QĐ-UB@Hồ Chí Minh"]),
        ("Theo Nghị định số 21/2001/ND-CP của Chính phủ.", ["21/2001/NĐ-CP"]),
        ("NĐ 158/CP về hộ tịch có hiệu lực.", ["158/CP"]),
        // (a bare number after NQ, QĐ, NĐ — not after CT, a ferry's plate — nor a year)
        ("Bồi thường oan sai theo NQ 388 của Ủy ban Thường vụ Quốc hội.", ["Nghị quyết 388 của UBTVQH"]),
        ("Theo NĐ 117 và QĐ 217, lương tối thiểu được điều chỉnh.", ["Nghị định 117 của CP", "Quyết định 217?"]),
        ("Chiếc phà ký hiệu CT 2831 chạy từ bến Cái Vồn; giải VĐBĐ TN-NĐ 2005 diễn ra tại Quy Nhơn.", []),
        ("Tàu NĐ 1099 chở 370 tấn titan; Quân đoàn 4 (QĐ 4) hạng ba; SĐ.NĐ 0 đ.", []),
        // (a verb after the number, "đề ra"; discipline, "KỶ LUẬT", in a heading in capitals)
        ("Quyết tâm thực hiện thắng lợi mục tiêu, nhiệm vụ Nghị quyết 14 đề ra.", ["Nghị quyết 14?"]),
        ("QUY ĐỊNH SỐ 07-QĐI/TW, NGÀY 28/8/2018 CỦA BỘ CHÍNH TRỊ VỀ XỬ LÝ KỶ LUẬT TỔ CHỨC ĐẢNG VI PHẠM", ["07-QĐi/TW khóa XII"]),
        ("Tôi đã đọc rất kỹ Pháp lệnh Thủ đô nhưng không thấy quy định nào như vậy.", ["Pháp lệnh Thủ đô"]),
        // (the type's code in brackets after its word)
        ("Ban Thường vụ Thành ủy Hải Phòng tổng kết 10 năm thực hiện Nghị quyết (NQ) 28 của Ban Thường vụ Thành ủy.",
         ["28-NQ/TU@Hải Phòng"]),
        ("Nghị định số 139-HĐBT quy định xử phạt.", ["139/HĐBT"]),
        // (a Party symbol with a space for its hyphen, in a list; not an old State one so spaced)
        ("Triển khai Quyết định 217 QĐ/TW, 218 QĐ/TW của Bộ Chính trị (khóa XI) và Quyết định 217 QĐ/ TW.",
         ["217-QĐ/TW khóa XI", "218-QĐ/TW khóa XI", "217-QĐ/TW khóa XI"]),
        ("Căn cứ Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 của Ban Chấp hành Trung ương Đoàn.", ["298-KH/TWĐTN"]),
        ("Thông báo số 24 TB/ĐUSCT, ngày 04 tháng 5 năm 2017 của Đảng ủy Sở Công Thương về việc triển khai Đại hội chi bộ.",
         ["24-TB/ĐUSCT nhiệm kỳ 2015–2020@?"]),
        ("PMU18 được thành lập theo quyết định số 1675 QĐ/TCCB - LĐ ngày 23-8-1993 của Bộ GTVT.", ["Quyết định 1675?"]),
        // (a word glued to the code after its figures is no part of it)
        ("Luật Thanh tra năm 2022 số 11/2022/QH15thay thế Luật Thanh tra năm 2010 số 56/2010/QH12.", ["11/2022/QH15", "56/2010/QH12"]),
        // (the year after a law an amending law names is the amending law's: the law amended is the one of the article)
        ("Căn cứ Luật báo chí năm 1989, Luật sửa đổi, bổ sung một số điều của Luật báo chí năm 1999.",
         ["Luật Báo chí 1989", "Luật Báo chí 1989"]),
        ("Theo Luật Tổ chức chính quyền địa phương năm 2015, Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
            + "chính quyền địa phương năm 2019.",
         ["Luật Tổ chức chính quyền địa phương 2015", "Luật Tổ chức chính phủ", "Luật Tổ chức chính quyền địa phương 2015"]),
        // (and a word glued to the year after "năm": the law by name and year is the one by number)
        ("Luật Thanh tra năm 2022số 11/2022/QH15 thay thế Luật Thanh tra năm 2010. Luật Thanh tra năm 2010đã tạo hành lang pháp lý.",
         ["11/2022/QH15", "Luật Thanh tra 2010", "Luật Thanh tra 2010"]),
        // Plenums and congresses.
        ("Quán triệt Nghị quyết Trung ương 4 các khóa XI và XII về xây dựng Đảng.", ["12-NQ/TW khóa XI", "04-NQ/TW khóa XII"]),
        ("Nghị quyết Trung ương 4 (khóa XI, XII) về xây dựng Đảng.", ["12-NQ/TW khóa XI", "04-NQ/TW khóa XII"]),
        // (the word "khóa" said again before the second term)
        ("Làm theo tư tưởng Hồ Chí Minh gắn với thực hiện Nghị quyết Trung ương 4 (khóa XI, khóa XII) về tăng cường xây dựng Đảng.",
         ["12-NQ/TW khóa XI", "04-NQ/TW khóa XII"]),
        ("Nghị quyết Trung ương 4 khóa XI và khóa XII được quán triệt.", ["12-NQ/TW khóa XI", "04-NQ/TW khóa XII"]),
        ("Nghị quyết HNTW 8 khóa XII được triển khai.", ["NQ-HNTW8/XII"]),
        // ("Trung ương" abbreviated in the Central Committee's name)
        ("Quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành T.Ư Đảng khóa XIII.", ["NQ-HNTW8/XIII"]),
        ("Quán triệt Kết luận Hội nghị lần thứ sáu BCH TW khóa XIII.", ["KL-HNTW6/XIII"]),
        // (the plenum's number glued to "TW", "TƯ")
        ("Thực hiện Nghị quyết TW4 khóa XII gắn với Chỉ thị 05-CT/TW của Bộ Chính trị.", ["04-NQ/TW khóa XII", "05-CT/TW"]),
        ("Kiểm điểm theo Kết luận TƯ4 khóa XIII về xây dựng, chỉnh đốn Đảng.", ["21-KL/TW khóa XIII"]),
        ("Thực hiện Nghị quyết ĐH XIII của Đảng và Nghị quyết Đại hội X.", ["NQ-ĐH-XIII/TW", "NQ-ĐH-X/TW"]),
        // The Central Committee abbreviated ("BCH T.Ư", "BCH TW", "BCHTƯ") is the Party's.
        ("Tổng kết Nghị quyết 04 của BCH T.Ư Đảng khóa VII và Nghị quyết số 2 của BCHTƯ khóa VIII.",
         ["04-NQ/TW khóa VII", "02-NQ/TW khóa VIII"]),
        // (and the body that issued it, its term between it and "đã ban hành")
        ("Theo chủ trương tinh gọn bộ máy, BCH TW Đảng khoá XIII đã ban hành Nghị quyết số 60 ngày 12/4/2025.", ["60-NQ/TW khóa XIII"]),
        // Codes by their initials, in capitals only.
        ("Bị can bị khởi tố theo Điều 289 BLHS 1999; theo khoản 1 Điều 120 BLTTHS, thời hạn tạm giam là 2 tháng.",
         ["Bộ luật Hình sự 1999", "Bộ luật Tố tụng hình sự"]),
        ("Theo quy định của BLLĐ năm 2019 về tiền lương; blhs viết thường không phải bộ luật.", ["Bộ luật Lao động 2019"]),
        ("Đó là những điểm mới dự kiến được đưa vào Bộ luật Dân sự (BLDS) trong kỳ họp tới.", ["Bộ luật Dân sự"]),
        // (the Party's congress in figures, said to be the Party's; not a local one's)
        ("Thông qua Chương trình hành động thực hiện Nghị quyết Đại hội 12 của Đảng.", ["NQ-ĐH-XII/TW"]),
        ("Thông qua Chương trình hành động thực hiện Nghị quyết Đại hội 12 của Đảng bộ tỉnh.", []),
        ("Quyết tâm hoàn thành mục tiêu mà Nghị quyết Đại hội 12 Công đoàn Việt Nam đã đề ra.", ["NQ-ĐH-XII/Công đoàn Việt Nam"]),
        ("Nghị quyết Đại hội Đảng bộ thành phố Hà Nội lần thứ XVII đã đề ra mục tiêu.", ["NQ-ĐH-XVII/TU@Hà Nội"]),
        // One law, two spellings.
        ("Luật Đất đai (sửa đổi) được thông qua; Luật Đất đai 2024 có hiệu lực từ tháng 8.",
         ["Luật Đất đai 2024", "Luật Đất đai 2024"]),
        // A short name the text defines as the long one, or one a comma cut short, is that law.
        ("Theo Điều 15 Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân hiện hành (gọi tắt là Luật Hoạt động giám sát) "
            + "thì có hai loại hình chất vấn. Điều 15 của Luật Hoạt động giám sát quy định rõ.",
         Array(repeating: "Luật Hoạt động giám sát của quốc hội và hội đồng nhân dân", count: 3)),
        ("Từ khi Luật Bảo vệ, chăm sóc giáo dục trẻ em có hiệu lực, trẻ em được miễn phí theo Luật Bảo vệ, chăm sóc và giáo dục trẻ em.",
         ["Luật Bảo vệ, chăm sóc và giáo dục trẻ em", "Luật Bảo vệ, chăm sóc và giáo dục trẻ em"]),
        // (the name the abbreviation spells is the one name: the year written with "CBCC" is the law's)
        ("Ngày 13/11/2008, Quốc hội thông qua Luật Cán bộ, công chức (CBCC) thay thế Pháp lệnh CBCC. Luật CBCC năm 2008 có hiệu lực.",
         ["Luật Cán bộ, công chức 2008", "Pháp lệnh Cán bộ, công chức", "Luật Cán bộ, công chức 2008"]),
        // (or defined after the name's words without the type word: "… xử lý vi phạm hành chính (XLVPHC)")
        ("Bộ Tư pháp quản lý công tác thi hành pháp luật về xử lý vi phạm hành chính (XLVPHC). Luật Xử lý vi phạm hành chính năm 2012 "
            + "có hiệu lực từ 01/7/2013. Điều 17 Luật XLVPHC quy định Chính phủ thống nhất quản lý.",
         ["Luật Xử lý vi phạm hành chính 2012", "Luật Xử lý vi phạm hành chính 2012"]),
        // (an ordinance's name in small letters the catalogue knows)
        ("Cục tổ chức tổng kết 10 năm thực hiện Pháp lệnh Lưu trữ quốc gia năm 2001.", ["Pháp lệnh Lưu trữ quốc gia 2001"]),
        // A name the end of a page cuts short is the law whose name it begins, not a law of its own;
        // a text may end on a whole name.
        ("Luật Thi đua, khen thưởng năm 2022 có nhiều điểm mới so với Luật Thi đ", ["Luật Thi đua, khen thưởng 2022"]),
        ("Luật Thi đua, khen thưởng năm 2022 có nhiều điểm mới so với Luật Báo chí", ["Luật Thi đua, khen thưởng 2022", "Luật Báo chí"]),
        // (not a name that merely opens another's: two laws)
        ("Cục Thuế kiến nghị bãi bỏ Luật Thuế sử dụng đất nông nghiệp khi xây dựng Luật Thuế sử dụng đất.",
         ["Luật Thuế sử dụng đất nông nghiệp", "Luật Thuế sử dụng đất"]),
        // A name in capitals ends at a sentence's word as it does in small letters.
        ("QUỐC HỘI CHƯA XEM XÉT LUẬT ĐẶC KHU TẠI KỲ HỌP THỨ 6\n\nCác đại biểu đề nghị lùi thời hạn.", ["Luật Đặc khu"]),
    ])
    func forms(sentence: String, expected: [String]) {
        #expect(keys(sentence) == expected)
    }

    @Test func theTypeCodeDecidesTheType() {
        #expect(citations("Thông báo kết luận số 88/TB-VPUBND ngày 5/3/2020 nêu rõ.").map(\.kind) == ["Thông báo"])
        #expect(citations("theo tinh thần luật số 21-TB/TW của Ban Bí thư").map(\.kind) == ["Thông báo"])
    }

    @Test func aNumberFollowedByItsPlenumIsOneDocument() throws {
        let found = citations("Nghị quyết số 10-NQ/TW Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XII về phát triển kinh tế tư nhân.")
        #expect(found.map(\.key) == ["10-NQ/TW khóa XII"])
        #expect(found.first?.plenum == 5)
        #expect(found.first?.term == "XII")
    }

    /// A bare number with its plenum after it, in apposition or not: the Central Committee's.
    @Test(arguments: [
        "Bộ đã hoàn thành các mục tiêu đề ra tại Nghị quyết số 13, Hội nghị lần thứ 4 Ban Chấp hành Trung ương khóa XI về xây dựng kết cấu hạ tầng.",
        "Bộ đã hoàn thành các mục tiêu đề ra tại Nghị quyết số 13 Hội nghị Trung ương 4 khóa XI về xây dựng kết cấu hạ tầng.",
    ])
    func aBareNumberFollowedByItsPlenum(sentence: String) {
        #expect(citations(sentence).map(\.key) == ["13-NQ/TW khóa XI"])
    }

    /// A law by the short name the news gives it: one document with its full name.
    @Test func aLawByItsShortName() throws {
        let c = try #require(citations("Hội thảo giới thiệu Luật Bảo vệ người tiêu dùng mới được Quốc hội thông qua ngày 17/11/2010.").first)
        #expect(c.key == "Luật Bảo vệ quyền lợi người tiêu dùng")
        #expect(c.name == "Bảo vệ người tiêu dùng")
    }

    /// A thematic resolution's number straight after its kind word, with its issuer after it.
    @Test func aThematicResolutionsNumberWithoutSo() {
        #expect(keys("Cải cách hành chính theo Nghị quyết chuyên đề 08 của Tỉnh ủy khóa XIX.") == ["08-NQ/TU@?"])
        #expect(keys("Thực hiện Nghị quyết chuyên đề 05-NQ/TU của Ban Thường vụ Tỉnh ủy.") == ["05-NQ/TU@?"])
    }

    @Test func aPlenumWithNoTermIsKeptOpen() throws {
        let c = try #require(citations("Kết luận Hội nghị T.Ư 9 được triển khai.").first)
        #expect(c.kind == "Kết luận")
        #expect(c.key == "KL-HNTW9/?")
        #expect(c.resolved == false)
    }

    @Test(arguments: [
        "Rút ra kết luận từ một nguồn tin.",
        "Luật sư của Công ty Luật Russin cho biết.",
        // (a law firm by its company's form; a faculty of two fields)
        "LS. Hàm ZiCo - Phó giám đốc Công ty TNHH MTV Luật QHN phát biểu tại hội thảo.",
        "ThS. Nguyễn Phúc Thiện - Giảng viên Khoa Kinh tế - Luật Trường Đại học Tài chính – Marketing.",
        // (the first words of many laws' names: their family, no one law)
        "Ngành Thuế tỉnh đã tổ chức triển khai tốt các Luật Thuế, Pháp lệnh Thuế và các chính sách của Chính phủ.",
        // (a thematic resolution's count of years, no number)
        "Nghị quyết chuyên đề 3 năm qua đã đi vào cuộc sống.",
        "Tòa án Hiến pháp Hàn Quốc đã bác đơn.",
        "Hiến pháp Mỹ bảo vệ quyền tự do ngôn luận.",
        // (another body's charter; a Party organisation's words after "Điều lệ")
        "Đại hội thông qua Điều lệ Hội và Điều lệ Công đoàn Việt Nam (sửa đổi); Điều lệ Đảng bộ không có.",
        // A name the catalogue does not know that runs on past seven words is none the text gives whole.
        "Quốc hội chưa xem xét Dự án Luật Đơn vị hành chính kinh tế đặc biệt để tiếp tục xin ý kiến cử tri.",
        "Một trong những nguyên nhân là Luật Môi trường Mỹ ngăn cấm việc xây dựng nhà máy lọc dầu gần khu dân cư.",
        // (nor the type word written twice)
        "Dự án Luật sửa đổi, bổ sung một số điều của Luật Luật hoạt động giám sát.",
        // (nor one letter, where the text is cut off)
        "Thành phố chưa ban hành được một nội dung nào để quy định chi tiết, hướng dẫn thi hành Luật Đ",
    ])
    func notDocuments(sentence: String) {
        #expect(keys(sentence).isEmpty)
    }
}
