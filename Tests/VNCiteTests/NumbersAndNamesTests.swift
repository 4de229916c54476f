import Testing
@testable import VNCite

/// A number after "số" is a document's whatever word follows it; a law's name is told from a
/// common noun by its marks; a type word that reads no mention leaves its words to the next one.
@Suite struct NumbersAndNamesTests {
    func keys(_ text: String) -> [String] {
        Extractor().extract(Article(source: "a.txt", text: text)).citations.map(\.key)
    }

    @Test(arguments: [
        ("Quy định chỉ áp dụng kể từ khi Nghị định số 181 có hiệu lực thi hành.", ["Nghị định 181 của CP"]),
        ("Theo quy định tại Thông tư số 17 tháng 3/2004 của Bộ Tài chính, mức chi không vượt quá 2%.", ["Thông tư 17?"]),
        ("Chính phủ đã sửa đổi thành Nghị định 196 chỉ còn 9 đối tượng được hưởng ưu đãi.", ["Nghị định 196 của CP"]),
        // A quantity still is one: "5 năm", "3 chi nhánh".
        ("Sau 5 năm thực hiện quyết định 5 năm qua, ngân hàng đã mở quyết định 3 chi nhánh.", []),
    ])
    func aNumberAfterSo(sentence: String, expected: [String]) {
        #expect(keys(sentence) == expected)
    }

    @Test(arguments: [
        ("Cơ quan quản lý chưa sử dụng những điều quy định trong Pháp lệnh Giá để ngăn ngừa việc tăng giá.", ["Pháp lệnh Giá"]),
        ("Bộ Văn hóa - Thông tin hướng dẫn thực hiện Pháp lệnh Quảng cáo năm 2001.", ["Pháp lệnh Quảng cáo 2001"]),
        ("Hoa tiêu không thực hiện các quy định của Bộ luật hàng hải VN, dẫn tàu đi ngoài luồng.", ["Bộ luật Hàng hải"]),
        ("Ông là một luật gia có tiếng, từng làm luật sư cho nhiều doanh nghiệp theo luật pháp hiện hành.", []),
        // names the catalogue knows, with a comma, in small letters, or long ones
        ("Tỉnh đã triển khai Luật Thi đua, khen thưởng năm 2022 đến các sở, ngành.", ["Luật Thi đua, khen thưởng 2022"]),
        ("Sáng nay, Quốc hội đã thảo luận ở tổ về dự án Luật an ninh quốc gia.", ["Luật An ninh quốc gia"]),
        ("Theo Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở, lực lượng này có ba nhiệm vụ.",
         ["Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở"]),
        ("Dự án thực hiện theo Luật Đầu tư theo phương thức đối tác công tư.", ["Luật Đầu tư theo phương thức đối tác công tư"]),
        // an ordinance of the 2000s, not the later "Luật Bưu chính" (keyed as the catalogue writes it)
        ("Theo Pháp lệnh Bưu chính viễn thông, doanh nghiệp phải đăng ký giá cước.", ["Pháp lệnh Bưu chính, viễn thông"]),
        ("Tòa xử theo Pháp lệnh thủ tục giải quyết các vụ án dân sự.", ["Pháp lệnh Thủ tục giải quyết các vụ án dân sự"]),
        // one law by its short name and by its own
        ("Quốc hội thảo luận dự án Luật Công cụ chuyển nhượng sáng nay. Theo Luật Các công cụ chuyển nhượng, hối phiếu phải ghi rõ.",
         ["Luật Các công cụ chuyển nhượng", "Luật Các công cụ chuyển nhượng"]),
    ])
    func aLawByItsName(sentence: String, expected: [String]) {
        #expect(keys(sentence) == expected)
    }

    /// An abbreviation the catalogue spells out is one document with the name written in full (its
    /// key); the name keeps the abbreviation as written, the name a reader gives it.
    @Test(arguments: [
        ("Theo Luật BHXH năm 2024, người lao động có thể nhận lương hưu khi đủ 15 năm đóng.",
         ["Luật Bảo hiểm xã hội 2024"], ["BHXH"]),
        ("Luật Doanh nghiệp 2005 thay Luật DN cũ; Luật DN tăng quyền tự chủ cho doanh nghiệp.",
         ["Luật Doanh nghiệp 2005", "Luật Doanh nghiệp", "Luật Doanh nghiệp"], ["Doanh nghiệp", "DN", "DN"]),
        ("Ủy ban Thường vụ QH thảo luận việc sửa đổi Luật Tổ chức QH sáng nay.",
         ["Luật Tổ chức quốc hội"], ["Tổ chức QH"]),
        ("Bị cáo được áp dụng Điều 85 Bộ luật TTHS năm 2003.", ["Bộ luật Tố tụng hình sự 2003"], ["TTHS"]),
        ("Luật GT đường thủy nội địa có hiệu lực từ năm 2005.",
         ["Luật Giao thông đường thủy nội địa"], ["GT đường thủy nội địa"]),
        ("Luật TTATGTĐB năm 2024 có hiệu lực từ ngày 1/1/2025.", ["Luật Trật tự, an toàn giao thông đường bộ 2024"], ["TTATGTĐB"]),
        ("Theo Luật Xử lý VPHC, người vi phạm bị phạt tiền.", ["Luật Xử lý vi phạm hành chính"], ["Xử lý VPHC"]),
        ("Bộ Kế hoạch và Đầu tư tổ chức hội nghị rà soát, hoàn thiện Luật PPP trước khi trình Quốc hội.",
         ["Luật Đầu tư theo phương thức đối tác công tư"], ["PPP"]),
        ("Trung tâm đã tuyên truyền Luật TGPL và Luật TNTG cho đồng bào.",
         ["Luật Trợ giúp pháp lý", "Luật Tín ngưỡng, tôn giáo"], ["TGPL", "TNTG"]),
        ("Thực hiện Luật tổ chức VKSND, Viện kiểm sát đã rà soát các quy chế.",
         ["Luật Tổ chức viện kiểm sát nhân dân"], ["Tổ chức VKSND"]),
        // not spelled out: the name ends at the abbreviation, which keeps its capitals
        ("Dự thảo Luật CT dựa trên kinh nghiệm nước ngoài.", ["Luật CT"], ["CT"]),
        ("Luật TTGT năm 2024 có hiệu lực từ ngày 1/1/2025.", ["Luật TTGT 2024"], ["TTGT"]),
        // (a heading in capitals is words, not abbreviations)
        ("LUẬT ĐẤT ĐAI NĂM 2013", ["Luật Đất đai 2013"], ["ĐẤT ĐAI"]),
        // the law in general, a newspaper, a school: no law
        ("Luật VN cũng quy định người nhập quốc tịch phải từ 18 tuổi trở lên.", [], []),
        ("Ông trả lời phỏng vấn báo Pháp Luật TP HCM hôm qua.", [], []),
        ("Thí sinh có thể chọn Kinh tế TP HCM, Luật TP HCM, Y dược TP HCM.", [], []),
    ])
    func aLawByAnAbbreviation(sentence: String, expected: [String], names: [String]) {
        let citations = Extractor().extract(Article(source: "a.txt", text: sentence)).citations
        #expect(citations.map(\.key) == expected)
        #expect(citations.map(\.name) == names)
    }

    /// Another country's law by a name Vietnam's laws share, or a UN resolution by its number, is no
    /// Vietnamese document; Vietnam's law, or a province's resolution by its number, still is.
    @Test(arguments: [
        ("Hai bị cáo đã vi phạm Khoản 1 Điều 221 Luật Hình sự của Đài Loan về tội cưỡng bức.", [String]()),
        ("Theo Luật Lao động Nga, ngày Quốc tế phụ nữ là ngày lễ.", []),
        ("Ông đã nghiên cứu kỹ Luật Hợp tác xã của Singapore và thấy nó khác với Luật Doanh nghiệp.", ["Luật Doanh nghiệp"]),
        ("Luật Đất đai của Việt Nam quy định đất đai thuộc sở hữu toàn dân.", ["Luật Đất đai"]),
        ("Ông Bush hy vọng Syria sẽ tuân thủ nghị quyết 1559 của Hội đồng Bảo an hồi tháng 9 năm ngoái.", []),
        ("Triều Tiên đã vi phạm Nghị quyết số 1718 của Liên hợp quốc.", []),
        ("Tỉnh đã triển khai Nghị quyết 09 của Tỉnh ủy về phát triển du lịch.", ["09-NQ/TU@?"]),
    ])
    func anotherCountrysDocument(sentence: String, expected: [String]) {
        #expect(keys(sentence) == expected)
    }
}
