import Testing
@testable import VNCite

/// Short forms with no full number, and lists after one type word: every number is a document,
/// with a key that says what the text gives and no more.
@Suite struct ShortFormAndListTests {
    @Test(arguments: [
        // Nothing anchors the number: a key kept to the article.
        ("Theo Nghị quyết 412, các tỉnh phải báo cáo trước tháng 6.", ["Nghị quyết 412?"]),
        ("Đề nghị sửa Quyết định 11, 45 và 72 cho phù hợp.", ["Quyết định 11?", "Quyết định 45?", "Quyết định 72?"]),
        ("Các Quyết định 27 và 61 đã hết hiệu lực.", ["Quyết định 27?", "Quyết định 61?"]),
        // The issuer, its province and the year anchor it.
        ("Thông tư 05 của Bộ Tài chính hướng dẫn việc này.", ["Thông tư 05 của BTC"]),
        // A ministry by its abbreviation, as news writes it: "Bộ VHTT", "Bộ VH-TT", "Bộ LĐ-TB-XH".
        ("Minh Cảnh đã vi phạm Quy chế 47 của Bộ VHTT về biểu diễn.", ["Quy chế 47 của BVHTT"]),
        ("Công văn số 3422 của Bộ VH-TT nêu rõ việc này.", ["Công văn 3422 của BVHTT"]),
        ("Quyết định 708 của Bộ LĐ-TB-XH về việc chuyển đổi lương tối thiểu.", ["Quyết định 708 của BLĐTBXH"]),
        ("Quyết định 1520 và 1521 (năm 2024) của Bộ Giáo dục và Đào tạo quy định rõ.",
         ["Quyết định 1520/2024 của BGDĐT", "Quyết định 1521/2024 của BGDĐT"]),
        ("Căn cứ Quyết định 27/2012 của UBND Thành phố về bồi thường.", ["Quyết định 27/2012 của UBND@?"]),
        ("Thực hiện Quyết định số 28 và số 17 của UBND tỉnh Thanh Hóa về giá đất.",
         ["Quyết định 28 của UBND@Thanh Hóa", "Quyết định 17 của UBND@Thanh Hóa"]),
        // The issuer written after the subject, where the type says that body issues it; not a
        // body the subject is about, nor a mass organisation's central committee.
        ("Thực hiện Nghị quyết 36 về kinh tế biển của Trung ương, Nghị quyết 19 của Trung ương về nông nghiệp.",
         ["36-NQ/TW khóa XII", "19-NQ/TW"]),
        ("Chỉ thị 15 về chống tiêu cực trong các hoạt động thể dục thể thao của Thủ tướng đã được quán triệt.",
         ["Chỉ thị 15 của TTg"]),
        ("Quyết định 10 về chức năng, nhiệm vụ của Sở Y tế.", ["Quyết định 10?"]),
        ("Nghị quyết 26 về vai trò của Tỉnh ủy trong công tác cán bộ.", ["Nghị quyết 26?"]),
        ("Nghị quyết 04 của Ban Chấp hành Trung ương Đoàn về công tác thanh niên.", ["04-NQ/TWĐTN"]),
        // A word that folds like a noun of quantity does not make the number one: "vẫn" (not "văn
        // bản"), "ngay" (not "ngày"), "để" (not "đề án"), "so" (not "số").
        ("Sau khi ban hành Nghị định 74 vẫn ổn định; 8 biện pháp theo Nghị quyết 34 để giảm ùn tắc.",
         ["Nghị định 74 của CP", "Nghị quyết 34?"]),
        ("Bộ Chính trị ban hành Quy định số 114-QĐ/TW ngày 11/7/2023. Triển khai Quy định 114 ngay trong công tác cán bộ; "
            + "điểm mới của Quy định 114 so với trước.", ["114-QĐ/TW khóa XIII", "114-QĐ/TW khóa XIII", "114-QĐ/TW khóa XIII"]),
        // "ban hành" (issues) after the number is no quantity ("bản", copies).
        ("Quyết định 217 ban hành Quy chế giám sát và phản biện xã hội của Mặt trận.", ["Quyết định 217?"]),
        // A bare short form is the one earlier short form of it that named its issuer.
        ("Thực hiện các Đề án 938 và 939 của Thủ tướng Chính phủ, các cấp Hội đã hỗ trợ 215 ý tưởng. Đặc biệt, Đề án 939 đã giúp nhiều chị em.",
         ["Đề án 938 của TTg", "Đề án 939 của TTg", "Đề án 939 của TTg"]),
        // A law cited with its number is the law its name names beside it, with or without the year.
        ("Luật Đất đai 2024 có hiệu lực từ 1/8. Luật Đất đai số 31/2024/QH15 giao cho UBND tỉnh quy định bảng giá; Luật Đất đai cũng quy định rõ.",
         ["31/2024/QH15", "31/2024/QH15", "31/2024/QH15"]),
        // (its number in brackets after its name, beside the law of the same name it replaced)
        ("Luật Đất đai 2024 (Luật số 31/2024/QH15) sửa đổi 180 điều của Luật Đất đai năm 2013. Luật Đất đai 2024 bỏ khung giá đất.",
         ["31/2024/QH15", "31/2024/QH15", "Luật Đất đai 2013", "31/2024/QH15"]),
        // (a name with no year before its bracketed number, though the article names an older law of that name)
        ("Luật Việc làm (số 74/2025/QH15) có hiệu lực từ ngày 1-1-2026. Luật Việc làm 2013 quy định 4 chế độ bảo hiểm thất nghiệp.",
         ["74/2025/QH15", "74/2025/QH15", "Luật Việc làm 2013"]),
        // (a National Assembly's number straight after the name, or in brackets, without "số"; not
        // a number with a type code)
        ("Luật Dược 105/2016/QH13 quy định rõ; Luật Báo chí (103/2016/QH13) và Luật Đất đai 2013 15/2014/NĐ-CP.",
         ["105/2016/QH13", "103/2016/QH13", "103/2016/QH13", "Luật Đất đai 2013", "15/2014/NĐ-CP"]),
        // A catalogued name whose two fields the text joins by a comma, not "và"; a list of two laws stays two.
        ("Thực hiện Luật Tiêu chuẩn, Quy chuẩn kỹ thuật và các văn bản liên quan; Luật dược, Luật Đầu tư.",
         ["Luật Tiêu chuẩn và quy chuẩn kỹ thuật", "Luật Dược", "Luật Đầu tư"]),
        // A small letter after the number is the number's.
        ("Nguồn lực từ Nghị quyết 30a/2008/NQ-CP của Chính phủ về giảm nghèo nhanh và bền vững.", ["30a/2008/NQ-CP"]),
        // A list shares what closes it only where it names a numbered document, and not into a number
        // the article has given in full before.
        ("Sau 5 năm thực hiện Nghị quyết số 54-NQ/TW ngày 10/12/2019 của Bộ Chính trị về phát triển tỉnh Thừa Thiên Huế, tỉnh "
            + "thực hiện Nghị quyết 54 và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI.",
         ["54-NQ/TW khóa XII", "54-NQ/TW khóa XII", "NQ-ĐH-XVI/TU@Thừa Thiên Huế"]),
        ("Thực hiện Nghị quyết số 847-NQ/QUTW ngày 28/12/2021 của Quân ủy Trung ương, gắn với Nghị quyết 847 và Nghị quyết số "
            + "05-NQ/TW ngày 17/1/2022 của Bộ Chính trị.", ["847-NQ/QUTW", "847-NQ/QUTW", "05-NQ/TW khóa XIII"]),
        ("Nghị định 71, 88 và 101/2024/NĐ-CP của Chính phủ quy định chi tiết. Áp dụng Nghị định 88 trong xác định giá đất.",
         ["71/2024/NĐ-CP", "88/2024/NĐ-CP", "101/2024/NĐ-CP", "88/2024/NĐ-CP"]),
        // Party documents of two types under one Party body.
        ("Sau 5 năm triển khai Chỉ thị 05 và Kết luận 01 của Bộ Chính trị.", ["05-CT/TW", "01-KL/TW"]),
        ("Nghị quyết 19 và Quyết định 24 của Thủ tướng.", ["Nghị quyết 19?", "Quyết định 24 của TTg"]),
        // The body after a quoted title ("Kết luận 21", its own title between, keeps no issuer).
        ("Quán triệt Kết luận 21 về “Tăng cường công tác tuyên truyền miệng” và Quy định 37 về “Những điều đảng viên không được làm” "
            + "của Ban Chấp hành Trung ương trong toàn Đảng.", ["Kết luận 21?", "37-QĐ/TW khóa XIII"]),
        // (unless its title is the catalogued one's of that number)
        ("Quán triệt Kết luận 21 về “Đẩy mạnh xây dựng, chỉnh đốn Đảng” và Quy định 37 về “Những điều đảng viên không được làm” "
            + "của Ban Chấp hành Trung ương trong toàn Đảng.", ["21-KL/TW khóa XIII", "37-QĐ/TW khóa XIII"]),
        // A list shares the term and plenum after its last member.
        ("Quán triệt Nghị quyết số 26-NQ/TW và 27-NQ/TW của Hội nghị Trung ương 7 khóa XII.",
         ["26-NQ/TW khóa XII", "27-NQ/TW khóa XII"]),
        ("Nghị quyết 18 của Hội nghị Trung ương 6 khóa XII về sắp xếp bộ máy.", ["18-NQ/TW khóa XII"]),
        // A Party number is one document within its issuer; the catalogue's terms VIII–X name the
        // Politburo's 49-NQ/TW of 2005 on judicial reform by its subject (08-NQ/TW is of 2002 or 2017).
        ("Nghị quyết 8 và nghị quyết 49 của Bộ Chính trị về cải cách tư pháp.", ["08-NQ/TW", "49-NQ/TW khóa IX"]),
        // The symbol that closes a list belongs to every member.
        ("Căn cứ Nghị định 36/CP và 15/CP của Chính phủ.", ["36/CP", "15/CP"]),
        ("Theo Thông tư 02, 03 và 07/2019/TT-BGDĐT, giáo viên được nâng lương.",
         ["02/2019/TT-BGDĐT", "03/2019/TT-BGDĐT", "07/2019/TT-BGDĐT"]),
        ("Thông tư số 122/2000 và 120/2003/TT-BTC hướng dẫn thuế.", ["122/2000/TT-BTC", "120/2003/TT-BTC"]),
        // (… and every member that carries its type alone.)
        ("UBTVQH vừa công bố ba Nghị quyết số 636/NQ , 637/NQ và 638/NQ - UBTVQH14 thành lập ba đơn vị Tòa án cấp huyện.",
         ["636/NQ-UBTVQH14", "637/NQ-UBTVQH14", "638/NQ-UBTVQH14"]),
        ("Căn cứ Nghị định 36/CP và 15/NĐ-CP của Chính phủ.", ["36/CP", "15/NĐ-CP"]),
        // A normative number with its year and issuer is whole: "Thông tư 05/2019 của Bộ Tài chính".
        ("Thông tư 05/2019 của Bộ Tài chính có hiệu lực.", ["05/2019/TT-BTC"]),
        // A word of the document's kind before "số": thematic, of coordination, of work, joint.
        ("Thực hiện Nghị quyết chuyên đề số 05 của Tỉnh ủy về phát triển du lịch, huyện đã đạt nhiều kết quả.", ["05-NQ/TU@?"]),
        // (The committee of a province's Party organisation, "Đảng ủy tỉnh", is its Tỉnh ủy.)
        ("Năm 2001, BTV Đảng ủy tỉnh Phú Thọ đã ban hành quyết định số 198 ngày 10/9/2001 về việc thành lập Đảng bộ.",
         ["198-QĐ/TU@Phú Thọ"]),
        ("Triển khai Quy chế phối hợp số 01 ngày 22/10/2021 giữa Tòa án nhân dân tỉnh và Viện kiểm sát nhân dân tỉnh.",
         ["Quy chế 01?"]),
        ("Việc này được đề ra từ Chỉ thị công tác số 01/VKSTC ngày 01/01/2013 của Viện trưởng.", ["01/VKSTC năm 2013"]),
        ("Hai ngành đã ký Kế hoạch liên tịch số 12/KHLT-MTTQ-CA ngày 5/3/2020.", ["12/KHLT-MTTQ-CA năm 2020"]),
    ])
    func shortFormsAndLists(sentence: String, expected: [String]) {
        #expect(keys(sentence) == expected)
    }

    @Test func aPartialKeyIsMarkedAndExplained() throws {
        let found = Extractor().extract(Article(source: "a", text: "Thông tư 05 của Bộ Tài chính hướng dẫn việc này."))
        let c = try #require(found.citations.first)
        #expect(c.resolved == false)
        #expect(c.issuer == "BTC")
        #expect(c.issuerName == "Bộ Tài chính")
        #expect(found.findings.map(\.kind) == [.unresolved])
        #expect(found.findings.first?.message.contains("Thông tư 05 của BTC") == true)
    }

    @Test func partialKeysMergeOnlyWhenTheirAnchorsAgree() {
        let graph = CitationGraph(articles: Extractor().extract([
            Article(source: "a", text: "Theo Nghị quyết 412, các tỉnh phải báo cáo."),
            Article(source: "b", text: "Nghị quyết 412 đã được triển khai."),
            Article(source: "c", text: "Thông tư 05 của Bộ Tài chính hướng dẫn việc này."),
            Article(source: "d", text: "Bộ Tài chính vừa sửa Thông tư 05 của Bộ Tài chính."),
        ]))
        let docs = graph.nodes.filter { $0.kind == .document }.map(\.id).sorted()
        // Two articles' "Nghị quyết 412" are two nodes; "Thông tư 05 của BTC" is one.
        #expect(docs == ["document:Nghị quyết 412?#a", "document:Nghị quyết 412?#b", "document:Thông tư 05 của BTC"])
        #expect(graph.nodes.first { $0.id == "document:Thông tư 05 của BTC" }?.attributes["resolved"] == .bool(false))
    }

    /// In small letters a bare number after a word that names nothing but a document is the
    /// document's; after "quyết định", "thông báo", "quy định", "kế hoạch", verbs and common nouns
    /// too, it is not (below).
    @Test func aBareNumberAfterAWordThatNamesOnlyDocuments() {
        #expect(keys("Thị trường nhà đất trầm lắng sau nghị định 181 và thông tư 95 mới ban hành.")
            == ["Nghị định 181 của CP", "Thông tư 95?"])
        #expect(keys("Theo công văn 2321, UBND tỉnh dự kiến tổ chức kỳ thi; chỉ thị 05 vẫn được thực hiện.")
            == ["Công văn 2321?", "Chỉ thị 05?"])
        // (not a quantity, nor "chỉ thì", nor a resolution of four digits, another country's)
        #expect(keys("Nghị định 3 năm nay vẫn chưa sửa; chỉ thì 2 người đến; Syria thực hiện nghị quyết 1559.").isEmpty)
        #expect(keys("Bí thư thông báo 50 người dân được hỗ trợ; ủy ban quyết định 60 phút là hợp lý.").isEmpty)
    }

    @Test(arguments: [
        "Quyết định 5 năm một lần được ban hành.",
        "Sau 3 năm thực hiện Nghị quyết, tỉnh đã đạt nhiều kết quả.",
        "Đại hội có thể quyết định 150 hoặc 170 ủy viên.",
        "Báo cáo 2005 của Ngân hàng Thế giới cho thấy tăng trưởng.",
        // (a word of kind with no "số" after it)
        "Các chỉ thị công tác của ngành đã được triển khai 2 năm.",
        "Quy chế phối hợp 3 bên được ký năm 2021.",
    ])
    func numbersThatNameNoDocument(sentence: String) {
        #expect(keys(sentence).isEmpty)
    }

    /// A date or a year after the number, in brackets or not, is the document's ("05 ngày", "112 năm"
    /// alone would be a quantity), and the issuer after it still names the document; a province or a year one
    /// mention leaves unknown is the one another mention of the same number gives.
    @Test(arguments: [
        ("Thực hiện Chỉ thị 05 ngày 15/5/2016 của Bộ Chính trị, tỉnh đã ban hành kế hoạch.", ["05-CT/TW khóa XII"]),
        ("Công khai bản án là một vấn đề được nêu tại Nghị quyết 49 (ngày 2-6-2005) của Bộ chính trị về cải cách tư pháp.",
         ["49-NQ/TW khóa IX"]),
        ("Thực hiện Quyết định 112 năm 2005 của Thủ tướng Chính phủ, tỉnh đã hoàn thành kế hoạch.", ["Quyết định 112/2005 của TTg"]),
        ("Sau 5 ngày, quyết định 5 ngày nghỉ đã được thông qua.", [String]()),
        ("Sau 5 năm thực hiện, quyết định 5 năm nay đã hết hiệu lực.", []),
        ("Theo quyết định 04 ngày 17-1-2006 của UBND TP thì thủ tục đơn giản. Các phòng cấp phép theo quyết định 04 "
            + "của UBND TP.HCM khi có hiệu lực.", ["Quyết định 04 của UBND@Hồ Chí Minh", "Quyết định 04 của UBND@Hồ Chí Minh"]),
        // (and a year another mention gives, before or after it)
        ("Việc sửa đổi Nghị quyết 98 đã khai thông các điểm nghẽn. Quốc hội đã ban hành Nghị quyết 260/2025 sửa đổi Nghị quyết "
            + "98/2023 về thí điểm cơ chế.", ["Nghị quyết 98/2023?", "Nghị quyết 260/2025 của QH", "Nghị quyết 98/2023?"]),
    ])
    func aDateOrAProvinceGivenElsewhere(sentence: String, expected: [String]) {
        #expect(Extractor().extract(Article(source: "a.txt", text: sentence)).citations.map(\.key) == expected)
    }

    /// "V/v" ("về việc") opens a document's subject: no part of its issuer's name.
    @Test func theSubjectAfterVvIsNoPartOfTheIssuer() throws {
        let c = try #require(Extractor().extract(Article(source: "a.txt", text: "Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND thị xã "
            + "Điện Bàn V/v treo cờ Tổ quốc.")).citations.first)
        #expect(c.issuerName == "UBND thị xã Điện Bàn")
    }
}
