/// The notices of a portal's frame, each a line over the article that is neither its title nor its date:
/// - the skip links of a SharePoint portal as its Vietnamese build words them: "Bỏ qua Lệnh Ruy-băng",
///   "Bỏ qua nội dung chính";
/// - its log-in and what it shows while it loads: "Đăng nhập", "Đang tải văn bản...";
/// - the label of its search box: "Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...";
/// - a note that the site is on trial: "Website đang trong giai đoạn thử nghiệm";
/// - its greeting: "CHÀO MỪNG CÁC BẠN ĐẾN VỚI TRANG TTĐT TRUNG TÂM VĂN HÓA - THỂ THAO …";
/// - a theme's bar of today's date, its weekday then its month first: "Thứ hai, Tháng Một 20, 2025",
///   "Thứ Hai, Tháng 4 28, 2025" (the page's day, not the article's);
/// - the items of a menu its crawl glued together: "Nhịp cầu sư phạmChuyện học đường" (`gluesMenuItems`);
/// - the outlet's masthead, whose organ it is: "Cơ quan Trung ương của Hiệp hội Chống hàng giả & Bảo vệ
///   thương hiệu Việt Nam", "Cơ quan ngôn luận của …", "Cơ quan của Hội Nhà báo Việt Nam"; and a button, "• Click để copy";
/// - a portal's rating box and its bar of views: "[ Điểm đánh giá5/5 ]1 người đã bình chọn", "Xem: 453 | Cật nhập: 5/21/2020
///   3:16:08 PM | RSS".
extension PageChrome {
    /// Whether the folded line is one of them.
    static func isNotice(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count <= 160 else { return false }
        let line = String(decoding: bytes, as: UTF8.self)
        if ["bo qua lenh ruy-bang", "bo qua noi dung chinh", "dang nhap", "click de copy", "• click de copy"].contains(line) { return true }
        if bytes.count <= 80, line.contains("diem danh gia"), line.contains("binh chon") { return true }
        if line.hasPrefix("xem: "), line.dropFirst(5).first?.isNumber == true, line.contains("|") { return true }
        // (A masthead says no more: not "Cơ quan của Bộ Y tế vừa công bố …", a sentence.)
        if bytes.count <= 120, ["co quan cua ", "co quan trung uong cua ", "co quan ngon luan cua "].contains(where: { line.hasPrefix($0) }),
           !line.contains("."), ![" da ", " vua ", " se ", " to chuc", " cong bo", " ban hanh"].contains(where: { line.contains($0) }) { return true }
        if line.hasPrefix("dang tai") && line.hasSuffix("...") && bytes.count <= 40 { return true }
        if line.hasPrefix("tu khoa:") || line.hasPrefix("tu khoa :") { return true }
        let names = ["website", "trang web", "trang thong tin", "trang ttdt", "cong thong tin", "cong ttdt"]
        if bytes.count <= 100, names.contains(where: { line.hasPrefix($0) }), line.contains("thu nghiem") { return true }
        if line.hasPrefix("chao mung"), line.contains(" den voi "), names.contains(where: { line.contains(" " + $0) }) { return true }
        return isTodayBar(line)
    }

    /// "thu hai, thang mot 20, 2025": a weekday, "tháng", the month by name or number, the day, the year.
    private static func isTodayBar(_ line: String) -> Bool {
        let words = line.split(whereSeparator: { " ,".contains($0) }).map(String.init)
        guard words.count >= 5 else { return false }
        guard ArticleHeader.opensOnWeekday(words), words[2] == "thang" else { return false }
        var k = 3
        if k + 1 < words.count, ArticleHeader.monthNames[words[k] + " " + words[k + 1]] != nil { k += 2 }
        else if ArticleHeader.monthNames[words[k]] != nil || Int(words[k]).map({ (1...12).contains($0) }) == true { k += 1 }
        else { return false }
        guard words.count == k + 2, let day = Int(words[k]), (1...31).contains(day), words[k + 1].count == 4, Int(words[k + 1]) != nil else { return false }
        return true
    }

    /// "Thư điện tử Liên hệ Sơ đồ trang": a line of a site's links and nothing else, two of them or
    /// more (folded `bytes`).
    static func listsMenuItems(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count <= 80 else { return false }
        var rest = Substring(String(decoding: bytes, as: UTF8.self))
        var items = 0
        while !rest.isEmpty {
            guard let item = menuLinks.first(where: { rest == $0 || rest.hasPrefix($0 + " ") }) else { return false }
            rest = rest.dropFirst(item.count).drop { $0 == " " || $0 == "|" }
            items += 1
        }
        return items >= 2
    }

    /// A site's links to itself, folded.
    static let menuLinks = ["thu dien tu", "lien he", "so do trang", "so do site", "so do website", "trang chu", "gioi thieu", "dang nhap",
                            "dang ky", "english", "hoi dap", "tim kiem", "rss", "email", "gop y"]

    /// "Nhịp cầu sư phạmChuyện học đường": a short line of words with no figure or mark, one of them two
    /// items glued, a Vietnamese word in small letters run into a capitalised one (not a brand's name in
    /// ASCII, "VietinBank", "YouTube").
    static func gluesMenuItems(_ text: CleanText, _ line: Range<Int>) -> Bool {
        let s = text.scalars
        guard line.count <= 60, line.allSatisfy({ s[$0] == " " || s[$0].properties.isAlphabetic }) else { return false }
        var wordStart = line.lowerBound
        for k in line {
            if s[k] == " " { wordStart = k + 1; continue }
            guard k - wordStart >= 2, k + 1 < line.upperBound, CleanText.isUppercase(s[k]), s[k - 1].properties.isLowercase,
                  s[k - 2].properties.isLowercase, s[k + 1].properties.isLowercase else { continue }
            var end = k
            while end < line.upperBound, s[end] != " " { end += 1 }
            if (wordStart..<end).contains(where: { !s[$0].isASCII }) { return true }
        }
        return false
    }
}

extension PageChrome {
    /// "A- A A+ | Tăng tương phản Giảm tương phản", "-   +   A-   A+   In": the reader's sizes of the text
    /// (and its contrast, or printing after them), folded.
    static func readersSizes(_ bytes: ArraySlice<UInt8>) -> Bool {
        if bytes.starts(with: "a- a a+".utf8) { return true }
        let words = bytes.split(separator: 32)
        return words.contains { $0.elementsEqual("a+".utf8) } && words.allSatisfy { word in sizeMarks.contains { word.elementsEqual($0.utf8) } }
    }

    static let sizeMarks = ["-", "+", "a-", "a", "a+", "in", "|"]
}
