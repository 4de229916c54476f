import Testing
@testable import VNCite

/// Real sentences (most from the reference's catalogue of surface forms) and the keys they cite.
@Suite struct CitationFinderTests {
    @Test(arguments: [
        // Party numbers and their damage
        ("Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập (Chỉ thị 05)",
         ["05-CT/TW khóa XII", "05-CT/TW khóa XII"]),
        ("Kết luận 21-KL/TW của Ban Chấp hành Trung ương về đẩy mạnh xây dựng", ["21-KL/TW khóa XIII"]),
        ("Kế hoạch 139-KH/ĐU, ngày 18/8/2022 về thực hiện", ["139-KH/ĐU nhiệm kỳ 2020–2025@?"]),
        ("Hướng dẫn 36-HD/VPTW về thể thức", ["36-HD/VPTW"]),
        ("Quy định 07-QĐi/TW của Bộ Chính trị; QUY ĐỊNH SỐ 07-QĐI/TW", ["07-QĐi/TW", "07-QĐi/TW"]),
        ("NGHỊ QUYẾT SỐ 18-NQ/TW VÀ NGHỊ QUYẾT SỐ 19/NQ-TW NGÀY 25/10/2017", ["18-NQ/TW khóa XII", "19-NQ/TW khóa XII"]),
        ("Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư", ["100-KL/TW khóa XI"]),
        ("Quyết định của Bộ Chính trị số31-QĐ/TW, ngày 01-10-1997", ["31-QĐ/TW khóa VIII"]),
        ("thực hiện chỉ thị số 06-ct/tw của bộ chính trị", ["06-CT/TW"]),
        ("Chỉ thị 03-CT/T.Ư và Chỉ thị 03-CT/TƯ", ["03-CT/TW", "03-CT/TW"]),
        ("Nghị Quyết số 72-NQ-TW ngày 09/09/2025 của Bộ Chính trị", ["72-NQ/TW khóa XIII"]),
        // (slashes for the hyphen: a Party committee's code after them; not a State body's)
        ("Nghị quyết số 09/NQ/TW của Ban Chấp hành Trung ương về chiến lược biển", ["09-NQ/TW khóa X"]),
        ("Chỉ thị 05/CT/TU của Ban Thường vụ Tỉnh ủy Nghệ An", ["05-CT/TU@Nghệ An"]),
        ("Nghị quyết 09/NQ/TW và Chỉ thị 05/CT/TU", ["09-NQ/TW", "05-CT/TU@?"]),
        // (a State type's symbol with slashes and no year: its issuer after the second)
        ("Thông tư số 40/TT/TCCP của Ban Tổ chức Cán bộ Chính phủ và Quyết định 11/QĐ/UBND", ["40/TT-TCCP", "11/QĐ-UBND@?"]),
        ("Quyết định số 12/QĐ/2020", ["12/QĐ"]),
        // ("BCHT.Ư", "BCHTW": the Central Committee's two abbreviations as one word)
        ("quán triệt Nghị quyết Hội nghị lần thứ 9 BCHT.Ư Đảng (khóa XI) và Nghị quyết Hội nghị lần thứ 7 BCHTW Đảng (khóa X)",
         ["NQ-HNTW9/XI", "NQ-HNTW7/X"]),
        // ("ĐBTQ" for đại biểu toàn quốc)
        ("triển khai thực hiện Nghị quyết Đại hội ĐBTQ lần thứ XIII của Đảng", ["NQ-ĐH-XIII/TW"]),
        ("Kế hoạch số 94- KH/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương", ["94-KH/BTGDVTW"]),
        ("Nghị quyết số 847-NQ/QUTW ngày 28-12-2021 của Quân ủy Trung ương", ["847-NQ/QUTW"]),
        ("Thông báo kết luận số 81-TB/TW ngày 18/7/2025 của Bộ Chính trị", ["81-TB/TW khóa XIII"]),
        // (a plenum by "Trung ương" and its number, between commas)
        ("Nghị quyết số 28, Trung ương 7, Khóa XII đã được Tổng Bí thư ký và ban hành ngày 25/5/2018", ["28-NQ/TW khóa XII"]),
        // (congresses listed after the first, each later than the one before)
        ("tuyên truyền Nghị quyết Đại hội XII, XIII của Đảng; Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, XII;",
         ["NQ-ĐH-XII/TW", "NQ-ĐH-XIII/TW", "NQ-ĐH-XI/TU@?", "NQ-ĐH-XII/TU@?"]),
        ("thực hiện Nghị quyết Đại hội XIII, vì vậy các cấp ủy cần", ["NQ-ĐH-XIII/TW"]),
        // (a law's comma written as a dash between spaces, where the catalogue has the comma)
        ("hướng dẫn chi tiết Luật Tín ngưỡng - Tôn giáo năm 2016", ["Luật Tín ngưỡng, tôn giáo 2016"]),
        ("Luật Đất đai - những điểm mới cần lưu ý", ["Luật Đất đai"]),
        // (also where the catalogue joins the two fields by "và", as the key does)
        ("khi cô dâu đủ 18 tuổi theo Luật Hôn nhân - Gia đình họ mới chính thức thành vợ chồng", ["Luật Hôn nhân và gia đình"]),
        // (a notice in small letters of a capitalised Kết luận: the Kết luận is the document)
        ("Văn phòng Trung ương Đảng vừa ra thông báo Kết luận số 44, ngày 14/11/2022 của Ban Bí thư về công tác Hội",
         ["44-KL/TW khóa XIII"]),
        ("thực hiện 05-CT/TW trong toàn Đảng bộ", ["05-CT/TW"]),
        // State numbers
        ("Nghị định 15/2020/NĐ-CP quy định xử phạt", ["15/2020/NĐ-CP"]),
        ("Thông tư 01/2020/TT-BTTTT hướng dẫn", ["01/2020/TT-BTTTT"]),
        ("Luật số 103/2016/QH13", ["103/2016/QH13"]),
        ("Nghị quyết số 66.7/2025/NQ-CP; 66.17/2026/NQ-CP", ["66.7/2025/NQ-CP", "66.17/2026/NQ-CP"]),
        ("Thông tư liên tịch số 163/2013/TTLT-BTC-BNV ngày 05/11/2013", ["163/2013/TTLT-BTC-BNV"]),
        ("Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ", ["749/QĐ-TTg năm 2020"]),
        ("Nghị quyết 1663/NQ-UBTVQH15 ngày 16/6/2025", ["1663/NQ-UBTVQH15 năm 2025"]),
        ("Công văn số 5973/UBND-KT của UBND tỉnh Quảng Ninh", ["5973/UBND-KT@Quảng Ninh"]),
        // (a department of two fields joined by "&")
        ("Kết luận số 1001/PGD&ĐT ngày 06/9/2012 của Phòng GD&ĐT về việc kết luận, đánh giá", ["1001/PGD&ĐT năm 2012"]),
        ("Nghị định 15/2020 xử phạt tin giả", ["15/2020/NĐ-CP"]),
        ("V. THÔNG TƯ 01/2011/TT – BNV", ["01/2011/TT-BNV"]),
        // the year joined to the number by a hyphen, only before a State type
        ("Triển khai thực hiện NQ số 19-2018/NQ-CP ngày 15/5/2018 của Chính phủ", ["19/2018/NQ-CP"]),
        // Short forms resolved by the issuer's name
        ("Thực hiện Chỉ thị 05 của Bộ Chính trị", ["05-CT/TW"]),
        ("Kết luận số 21, ngày 25/10/2021 của Ban Chấp hành Trung ương khóa XIII", ["21-KL/TW khóa XIII"]),
        ("Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về tăng cường", ["17-CT/TU@Yên Bái"]),
        ("Nghị quyết 20, Nghị quyết 52, Nghị quyết 36 của Bộ Chính trị", ["20-NQ/TW", "52-NQ/TW", "36-NQ/TW"]),
        ("Nghị quyết số 18, 19 của Ban Chấp hành Trung ương", ["18-NQ/TW", "19-NQ/TW"]),
        ("Thông báo Kết luận số 159-TB của Bộ Chính trị", ["159-TB/TW"]),
        // Short form merged with the full form in the article
        ("Nghị quyết 54 … Nghị quyết 54-NQ/TW, ngày 10/12/2019 của Bộ Chính trị", ["54-NQ/TW khóa XII", "54-NQ/TW khóa XII"]),
        ("Nghị quyết số 57-NQ/TW “Về đột phá” (viết tắt là Nghị quyết 57)", ["57-NQ/TW khóa XIII", "57-NQ/TW khóa XIII"]),
        // Plenums and congresses
        ("Nghị quyết Trung ương 4 (khóa XII) về xây dựng, chỉnh đốn Đảng", ["04-NQ/TW khóa XII"]),
        ("Nghị quyết Hội nghị trung ương 4 khóa XII", ["04-NQ/TW khóa XII"]),
        ("Nghị quyết Hội nghị lần thứ 4, 5 Ban Chấp hành Trung ương khóa XIII", ["NQ-HNTW4/XIII", "NQ-HNTW5/XIII"]),
        ("Nghị quyết Hội nghị lần thứ năm Ban chấp hành Trung ương Đảng khoá XIII", ["NQ-HNTW5/XIII"]),
        ("Nghị quyết T.Ư 6, khóa XII", ["NQ-HNTW6/XII"]),
        // A resolution and a conclusion sharing the plenum written after the second type word.
        ("học tập Nghị quyết và Kết luận Hội nghị lần thứ 7 Ban Chấp hành Trung ương Đảng (khóa XI)", ["NQ-HNTW7/XI", "KL-HNTW7/XI"]),
        ("quán triệt các Nghị quyết, Kết luận Hội nghị Trung ương 8 khóa XII", ["NQ-HNTW8/XII", "KL-HNTW8/XII"]),
        // "lần thứ" said again in the list, "của" before the Central Committee.
        ("Nghị quyết Hội nghị lần thứ 6, lần thứ 7 của Ban Chấp hành Trung ương Đảng khoá XII", ["NQ-HNTW6/XII", "NQ-HNTW7/XII"]),
        // The Central Committee set apart by a comma.
        ("quán triệt các Nghị quyết Hội nghị lần thứ 6, Ban Chấp hành Trung ương Đảng khóa XIII, bằng hình thức trực tuyến",
         ["NQ-HNTW6/XIII"]),
        ("Nghị quyết Đại hội XIII và Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
         ["NQ-ĐH-XIII/TW", "NQ-ĐH-XIV/TW"]),
        ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI, nhiệm kỳ 2020 - 2025",
         ["NQ-ĐH-XI/TU@Tiền Giang"]),
        ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bắc Ninh lần thứ nhất, nhiệm kỳ 2025 - 2030", ["NQ-ĐH-I/TU@Bắc Ninh"]),
        // (the province's after the number, with its "của")
        ("học tập Nghị quyết Đại hội Đảng bộ tỉnh Nghệ An lần thứ XVII; quán triệt Nghị quyết Đại hội lần thứ XVII của Đảng bộ tỉnh",
         ["NQ-ĐH-XVII/TU@Nghệ An", "NQ-ĐH-XVII/TU@Nghệ An"]),
        // Another organisation's congress is not the Party's: it is the organisation's own resolution.
        ("năm đầu triển khai Nghị quyết Đại hội XIII Công đoàn Việt Nam và Nghị quyết Đại hội XIII của Đảng",
         ["NQ-ĐH-XIII/Công đoàn Việt Nam", "NQ-ĐH-XIII/TW"]),
        ("thực hiện Nghị quyết Đại hội VI Hội Cựu chiến binh Việt Nam và Nghị quyết Đại hội đại biểu toàn quốc Hội Chữ thập đỏ Việt Nam lần thứ XI",
         ["NQ-ĐH-VI/Hội Cựu chiến binh Việt Nam", "NQ-ĐH-XI/Hội Chữ thập đỏ Việt Nam"]),
        ("bám sát Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh Bắc Giang lần thứ X, nhiệm kỳ 2023 - 2028",
         ["NQ-ĐH-X/Hội Nông dân tỉnh@Bắc Giang"]),
        // (the women's union and the trade union written small, one key with the name written with its capital)
        ("thực hiện Nghị quyết Đại hội đại biểu phụ nữ tỉnh Thanh Hóa lần thứ XVIII và Nghị quyết Đại hội Phụ nữ tỉnh Thanh Hóa lần thứ XVIII",
         ["NQ-ĐH-XVIII/Phụ nữ tỉnh@Thanh Hóa", "NQ-ĐH-XVIII/Phụ nữ tỉnh@Thanh Hóa"]),
        // (a province's bar association, not the Youth Union: "Đoàn Luật sư")
        ("thực hiện Nghị quyết Đại hội Đoàn Luật sư thành phố Hà Nội lần thứ XI nhiệm kỳ 2023-2028",
         ["NQ-ĐH-XI/Đoàn Luật sư thành phố@Hà Nội"]),
        // The number in figures after "lần thứ"; the organisation after "của".
        ("đánh giá việc thực hiện Nghị quyết Đại hội lần thứ 10 Công đoàn tỉnh Bình Dương nhiệm kỳ 2018-2023",
         ["NQ-ĐH-X/Công đoàn tỉnh@Bình Dương"]),
        ("dưới ánh sáng của Nghị quyết Đại hội Đảng bộ tỉnh Bắc Giang lần thứ 17 và Nghị quyết Đại hội của Hội Cựu chiến binh tỉnh lần thứ VI",
         ["NQ-ĐH-XVII/TU@Bắc Giang", "NQ-ĐH-VI/Hội Cựu chiến binh tỉnh@Bắc Giang"]),
        // a unit's Party committee (the police's, a bloc's) is not the province's
        ("Nghị quyết Đại hội Đảng bộ tỉnh Thanh Hóa lần thứ XIX và Nghị quyết Đại hội Đảng bộ Công an tỉnh lần thứ XIX",
         ["NQ-ĐH-XIX/TU@Thanh Hóa", "NQ-ĐH-XIX/Đảng bộ Công an tỉnh@Thanh Hóa"]),
        // (a district's, a ward's, a commune's committee, its unit named or kept to its article; a congress
        // named by the term of the committee it elects)
        ("Nghị quyết Đại hội Đảng bộ tỉnh Thanh Hóa lần thứ XIX, Nghị quyết Đại hội Đảng bộ huyện Nông Cống lần thứ XXV, "
            + "Nghị quyết Đại hội XX Đảng bộ xã và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa khóa XIX",
         ["NQ-ĐH-XIX/TU@Thanh Hóa", "NQ-ĐH-XXV/HU:huyện Nông Cống@Thanh Hóa", "NQ-ĐH-XX/ĐU@?", "NQ-ĐH-XIX/TU@Thanh Hóa"]),
        ("Nghị quyết Đại hội Đảng bộ quận lần thứ XV và Nghị quyết Đại hội Đảng bộ Sở Khoa học và Công nghệ lần thứ V",
         ["NQ-ĐH-XV/QU@?", "NQ-ĐH-V/Đảng bộ Sở Khoa học và Công nghệ@?"]),
        // (a Party cell's, named or not)
        ("đánh giá Nghị quyết Đại hội chi bộ lần thứ XVI và Nghị quyết Đại hội Chi bộ Trung tâm Khuyến nông lần thứ XVI",
         ["NQ-ĐH-XVI/CB@?", "NQ-ĐH-XVI/CB:Trung tâm Khuyến nông@?"]),
        // The Front's central committee's code, 13 letters, ends a joint resolution's symbol.
        ("theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017",
         ["403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"]),
        // Laws by name
        ("bảo đảm đúng Luật báo chí. Khuyến khích", ["Luật Báo chí"]),
        ("Luật An ninh mạng năm 2018 và Bộ luật Hình sự", ["Luật An ninh mạng 2018", "Bộ luật Hình sự"]),
        // "công bố Luật": "bố" folds as "Bộ" does; the law announced, no code (and the order that announced it)
        ("Lệnh số 11/2020/L-CTN về việc công bố Luật BPVN năm 2020; BỘ LUẬT Dân sự", ["11/2020/L-CTN", "Luật BPVN 2020", "Bộ luật Dân sự"]),
        ("Luật Báo chí 2016 (Luật số 103/2016/QH13)", ["103/2016/QH13", "103/2016/QH13"]),
        // Names the catalogue knows whole, not cut at a shorter law's ("Luật Giáo dục", "Luật Hòa giải").
        ("theo Luật Giáo dục quốc phòng và an ninh và Luật Hòa giải, đối thoại tại Tòa án",
         ["Luật Giáo dục quốc phòng và an ninh", "Luật Hòa giải, đối thoại tại tòa án"]),
        // A name the catalogue does not know runs to seven words, to a word no name holds ("chỉ", "trình" …).
        ("Theo Pháp lệnh Xử phạt vi phạm hành chính, Pháp lệnh Thuế thu nhập cao chỉ áp dụng với cá nhân.",
         ["Pháp lệnh Xử phạt vi phạm hành chính", "Pháp lệnh Thuế thu nhập cao"]),
        // A comma the catalogue's name does not write ends the name: "tư nhân" is the next clause's subject.
        ("Theo Luật doanh nghiệp, tư nhân muốn kinh doanh trong lĩnh vực thể thao chỉ cần làm hồ sơ.", ["Luật Doanh nghiệp"]),
        // The long names of the laws of 2024 and 2025, commas and all.
        ("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ và Luật Bảo vệ dữ liệu cá nhân có hiệu lực",
         ["Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Luật Bảo vệ dữ liệu cá nhân"]),
        ("Luật Tham gia lực lượng gìn giữ hòa bình của Liên hợp quốc 2025 có hiệu lực",
         ["Luật Tham gia lực lượng gìn giữ hòa bình của liên hợp quốc 2025"]),
        // "đ" is no "d" ("Luật được …" names no Luật Dược); a mark dropped by mistake still names its law.
        ("Luật Dược năm 2016 có hiệu lực; Luật được ban hành từ năm 1991.", ["Luật Dược 2016"]),
        ("Luật Chúng khoán sửa đổi được Quốc hội thông qua.", ["Luật Chúng khoán"]),
    ])
    func findsAndResolves(sentence: String, expected: [String]) {
        #expect(keys(sentence) == expected)
    }

    /// The symbol's code decides the type where the words say more: "Chương trình hành động số
    /// 20-CTr/TU" is a Chương trình, "Thông báo kết luận số 88/TB-VPUBND" a Thông báo.
    @Test func aProgrammeOfActionIsAProgramme() {
        #expect(citations("Thực hiện Chương trình hành động số 20-CTr/TU của Tỉnh ủy Bình Định.").map(\.kind) == ["Chương trình"])
    }

    @Test func spellingDoesNotMatter() {
        let forms = [
            "Thực hiện Nghị quyết Trung ương 4 (khóa XII) và Chỉ thị số 05-CT/TW",
            "Thực hiện Nghị quyết Trung ương 4 (khoá XII) và Chỉ thị số 05-CT/TW",
            "Thực hiện Nghị quyết Trung ương 4 (khóa XII) và Chỉ thị số 05-CT/TW"
                .decomposedStringWithCanonicalMapping,
            "THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 (KHÓA XII) VÀ CHỈ THỊ SỐ 05-CT/TW",
            "Thực hiện Nghị\u{00A0}quyết Trung\u{200B} ương 4 (khóa XII) và Chỉ thị số 05\u{2013}CT/TW",
            "Thực hiện Nghị quyết Trung ương 4 (khóa XII) và Chỉ thị số 05\u{00AD}-CT/TW\r\n",
        ]
        for form in forms {
            // (The Chỉ thị undated in an undated text: no term.)
            #expect(keys(form) == ["04-NQ/TW khóa XII", "05-CT/TW"], "\(form.debugDescription)")
        }
        #expect(keys("Nghị quyết của Ban Chấp hành Ðảng bộ tỉnh số 05") == keys("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh số 05"))
    }

    @Test func spansIndexTheOriginalText() {
        let text = "Thực hiện Chỉ thị số 05\u{2011}CT/TW của Bo\u{0323}\u{0302} Chính trị và Nghị quyết Trung ương 4 (khoá XII)"
            .decomposedStringWithCanonicalMapping
        let scalars = Array(text.unicodeScalars)
        for c in citations(text) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[c.start..<c.end])
            #expect(String(view) == c.text)
        }
        #expect(citations(text).count == 2)
    }

    @Test func neverMergesWhatDiffers() {
        // (With no date or subject, and no article date, no term.)
        #expect(keys("Nghị quyết số 21-NQ/TW và Kết luận số 21-KL/TW") == ["21-NQ/TW", "21-KL/TW"])
        let huế = keys("Nghị quyết số 05-NQ/TU của Tỉnh ủy Thừa Thiên Huế")
        let vĩnhPhúc = keys("Nghị quyết số 05-NQ/TU của Tỉnh ủy Vĩnh Phúc")
        #expect(huế == ["05-NQ/TU@Thừa Thiên Huế"])
        #expect(vĩnhPhúc == ["05-NQ/TU@Vĩnh Phúc"])
        #expect(keys("Nghị quyết số 05 của Ban chấp hành Đảng bộ tỉnh và Chỉ thị 05-CT/TW")
            == ["05-NQ/TU@?", "05-CT/TW"])
    }

    /// An issuer's name ends where the body's does, not on a word of the clause it runs on into.
    @Test(arguments: [
        ("Theo Nghị định 64 của Chính phủ thì các doanh nghiệp phải công bố giá trị.", "Chính phủ"),
        ("Thực hiện Quyết định 12 của Bộ Công nghiệp chỉ đạo các tổng công ty rà soát.", "Bộ Công nghiệp"),
        ("Chỉ thị 37 của Thủ tướng Chính phủ có hiệu lực từ tháng 1.", "Thủ tướng Chính phủ"),
        ("Theo Chỉ thị 27 của UBND TP.HCM từ ngày 3-1-2000, các quán phải đóng cửa.", "UBND TP.HCM"),
        ("Quyết định 5543 của UBND thành phố giao trên 7.700 m2 đất cho Văn phòng Bộ.", "UBND thành phố"),
        // "Nam" of a name is no "năm".
        ("Ông Hưng đã vi phạm điều 11, Nghị định 58/2000/NĐ-CP của Chính phủ Việt Nam.", "Chính phủ Việt Nam"),
        ("Theo Quyết định 12 của UBND tỉnh Hà Nam năm 2005, dự án được duyệt.", "UBND tỉnh Hà Nam"),
    ])
    func anIssuersNameEndsWithTheBody(sentence: String, name: String) throws {
        #expect(try #require(citations(sentence).first).issuerName == name)
    }

    /// The "về …" phrase ends with the bracket the citation stands in.
    @Test func aSubjectEndsWithItsBracket() throws {
        let c = try #require(citations("Công ty đã nộp chậm (vi phạm Thông tư 05 của Bộ Tài chính về thuế giá trị gia tăng), nên bị phạt.").first)
        #expect(c.subject == "thuế giá trị gia tăng")
    }

    @Test func readsWhatTheTextSays() throws {
        let c = try #require(citations(
            "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị (khóa XII) về “Đẩy mạnh học tập”").first)
        #expect(c.kind == "Chỉ thị")
        #expect(c.number == "05")
        #expect(c.issuer == "TW")
        #expect(c.issuerName == "Bộ Chính trị")
        #expect(c.date?.iso == "2016-05-15")
        #expect(c.term == "XII")
        #expect(c.subject == "Đẩy mạnh học tập")
        let state = try #require(citations("Nghị định số 42/2022/NĐ-CP, ngày 24/6/2022 của Chính phủ").first)
        #expect(state.year == 2022)
        #expect(state.issuer == "CP")
        #expect(state.date?.iso == "2022-06-24")
    }

    /// A công văn that writes its type in its number, a joint regulation's "QCPH": types, not
    /// issuers — the issuer is what follows.
    @Test func aTypeCodeWrittenWhereAnIssuerStands() throws {
        let letter = try #require(citations("Thực hiện Công văn số 45/CV-HLG ngày 08/5/2025 của Hội Luật gia thành phố").first)
        #expect(letter.kind == "Công văn")
        #expect(letter.issuer == "HLG")
        let joint = try #require(citations("Viện kiểm sát nhân dân tỉnh vừa ký kết Quy chế phối hợp số 56/QCPH-VKS-TA với Tòa án").first)
        #expect(joint.kind == "Quy chế")
        #expect(joint.issuer == "VKS-TA")
        #expect(citations("Các đơn vị thực hiện theo 90/QCPH-VKS-TA ngày 30/9/2013.").first?.kind == "Quy chế")
    }

    @Test func termOfAPlenumFollowsTheArticleDate() throws {
        let c = try #require(citations("những nội dung của Nghị quyết Trung ương 7 và Đề án 01",
                                       date: CalendarDate(year: 2018, month: 6, day: 13)).first)
        #expect(c.key == "NQ-HNTW7/XII")
        // No date, no term: a partial key kept to the article, marked not resolved.
        let open = try #require(citations("những nội dung của Nghị quyết Trung ương 7").first)
        #expect(open.key == "NQ-HNTW7/?")
        #expect(open.resolved == false)
    }

    @Test func recordsWhatADocumentImplements() throws {
        let found = citations(
            "Kế hoạch 139-KH/ĐU, ngày 18/8/2022 về thực hiện Nghị quyết Hội nghị lần thứ năm Ban chấp hành Trung ương Đảng khoá XIII;")
        #expect(found.map(\.key) == ["139-KH/ĐU nhiệm kỳ 2020–2025@?", "NQ-HNTW5/XIII"])
        #expect(found.first?.implements == "NQ-HNTW5/XIII")
    }

    @Test func stateShortFormsTakeTheFullNumberOrStayInTheirArticle() {
        // The full number in the article gives the year.
        #expect(keys("Theo Nghị định 187 về cổ phần hoá và Nghị định 187/2004/NĐ-CP của Chính phủ")
            == ["187/2004/NĐ-CP", "187/2004/NĐ-CP"])
        // Without it the number is the issuer's but its year unknown: a partial key.
        #expect(keys("thực hiện Quyết định 132 của Thủ tướng Chính phủ") == ["Quyết định 132 của TTg"])
        #expect(keys("Quyết định 225 của Hội đồng Bộ trưởng") == ["Quyết định 225 của HĐBT"])
        #expect(citations("Theo Nghị định 57, xe được miễn phí").first?.issuer == "CP")
        // Administrative numbers restart every year: another article's 749/QĐ-TTg is no answer.
        let results = Extractor().extract([
            Article(source: "a", text: "Quyết định số 749/QĐ-TTg ngày 03/6/2020"),
            Article(source: "b", text: "theo Quyết định số 749 về chuyển đổi số"),
        ])
        #expect(results[1].citations.map(\.key) == ["Quyết định 749?"])
        #expect(results[1].citations.first?.resolved == false)
    }

    @Test func shortFormsResolveAcrossArticlesOnlyWhenUnambiguous() {
        let extractor = Extractor()
        let a = Article(source: "a", text: "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị")
        let b = Article(source: "b", text: "Học tập theo Chỉ thị 05 trong toàn ngành")
        let results = extractor.extract([a, b])
        #expect(results[1].citations.map(\.key) == ["05-CT/TW khóa XII"])
        let c = Article(source: "c", text: "Chỉ thị số 05-CT/TU của Tỉnh ủy Vĩnh Phúc")
        let ambiguous = extractor.extract([a, b, c])
        #expect(ambiguous[1].citations.map(\.key) == ["Chỉ thị 05?"])
        #expect(ambiguous[1].citations.first?.resolved == false)
        #expect(ambiguous[1].findings.contains { $0.kind == .unresolved })
    }
}
