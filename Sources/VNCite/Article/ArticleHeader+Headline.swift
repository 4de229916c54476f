/// What a line at the top of a page is: a headline, or the page's section over its date line.
extension ArticleHeader {
    /// A page's section over its date line: "Thời sự - Chính trị", "Y tế", "Tin tức" — five words
    /// or fewer, no digits, no mark that ends a sentence or a label.
    static func isSection(_ line: String) -> Bool {
        let words = line.split(separator: " ").filter { !["-", "–", "|", "&"].contains($0) }
        // ("Chỉ đạo, Điều hành": two names of a section, each with its capital, a comma between.)
        let listed = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let commaList = listed.count == 2 && listed.allSatisfy { !$0.isEmpty && $0.first!.isUppercase && $0.split(separator: " ").count <= 2 }
        return (1...5).contains(words.count) && !line.contains(where: { $0.isNumber || ".:;!?\"“”".contains($0) || $0 == "," && !commaList })
    }

    /// "Tin tức" over "Trường Đại học Khoa học … tổ chức hội nghị …": a portal's name for its news (not
    /// any short headline: "Chìa khóa" over its lead) over a line that reads as a headline.
    /// (Or a kind of news, "Tin" and up to three words: "Tin KHCN trong tỉnh".)
    static func headlineUnderSectionName(_ text: CleanText, _ lines: [Range<Int>], _ n: Int) -> Bool {
        let name = String(decoding: text.fold[lines[n]], as: UTF8.self)
        return n + 1 < lines.count && (sectionNames.contains(name) || name.hasPrefix("tin ") && name.split(separator: " ").count <= 4)
            && isTitle(text.string(lines[n + 1]))
    }

    /// Portals' names for their news, folded.
    static let sectionNames: Set<String> = ["tin tuc", "tin tuc - su kien", "tin tuc su kien", "tin hoat dong", "su kien", "thoi su",
                                            "hoat dong", "tin tong hop", "tin noi bat", "tin moi", "tin trong tinh", "tin dia phuong"]

    /// A line that reads like a headline: 4 words or more, not a sentence of the body, not a
    /// menu ("VĂN PHÒNG TỈNH UỶ | TIN HOẠT ĐỘNG"), not a caption. A line in capitals is a
    /// headline only when long ("HĐND TỈNH GIÁM SÁT CHUYÊN ĐỀ Y TẾ"): shorter ones name the
    /// page's owner or section ("ỦY BAN NHÂN DÂN TỈNH SƠN LA", "HOẠT ĐỘNG CỦA HĐND CÁC CẤP").
    static func isTitle(_ line: String) -> Bool {
        readsAsHeadline(line) && publicationDate(in: line) == nil
    }

    /// `isTitle` but for the date test, which `read` has made already.
    /// (`fewestWords`: 2 for a first line over the body's first paragraph: "VF1 đắt khách".)
    static func readsAsHeadline(_ line: String, fewestWords: Int = 4) -> Bool {
        let scalars = line.unicodeScalars
        // Text of Latin and Vietnamese letters without combining marks has one scalar a
        // character: counted and tested by scalar, which is much cheaper than by character.
        guard scalars.allSatisfy({ $0.value < 0x300 || (0x1E00..<0x1F00).contains($0.value) }) else {
            return readsAsHeadlineByCharacter(line, fewestWords: fewestWords)
        }
        let words = scalars.split(separator: " ").count
        guard words >= fewestWords, scalars.count <= 250, !scalars.contains("|") else { return false }
        guard let last = scalars.last, last != ":" else { return false }
        let letters = scalars.filter(CleanText.isAlphabetic)
        return ends(line, onStop: last == ".", shouted: !letters.isEmpty && letters.allSatisfy(CleanText.isUppercase))
    }

    /// Whether a line's end and case leave it a headline: no full stop (but an ellipsis), and in
    /// capitals only when long — and a long one in capitals may end on a full stop ("BƯU ĐIỆN TỈNH
    /// SÓC TRĂNG TỔ CHỨC HỘI NGHỊ … NĂM 2020.").
    private static func ends(_ line: String, onStop: Bool, shouted: Bool) -> Bool {
        let long = shouted && isLongShouted(line)
        if onStop, !line.utf8.reversed().starts(with: "...".utf8), !long { return false }
        return !shouted || long
    }

    static func readsAsHeadlineByCharacter(_ line: String, fewestWords: Int) -> Bool {
        let words = line.split(separator: " ").count
        guard words >= fewestWords, line.count <= 250, !line.utf8.contains(UInt8(ascii: "|")) else { return false }
        guard let last = line.last, last != ":" else { return false }
        return ends(line, onStop: last == ".", shouted: inCapitals(line))
    }

    /// Whether a line's letters are all capitals ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"), one at least.
    static func inCapitals(_ line: String) -> Bool {
        let letters = line.filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy(\.isUppercase)
    }

    /// Eight words in capitals or more, dashes not counted: a headline, not a name; or five with a
    /// year, which no site's or body's name carries ("BÀI TIN LỄ BẾ GIẢNG NĂM HỌC 2021-2022").
    static func isLongShouted(_ line: String) -> Bool {
        let tokens = line.split(separator: " ")
        let words = tokens.count(where: { $0.contains(where: \.isLetter) })
        return words >= 8 || words >= 5 && tokens.contains { token in
            MeetingDate.numbers(String(token)).contains { (1945...2100).contains($0 ?? 0) }
        }
    }
}

extension ArticleHeader {
    /// "Trung Sơn Công bố Nghị Quyết 08 HĐND tỉnh về sáp nhập xóm 3." / "" / "Sáng 27/11, Đảng ủy …":
    /// the first line of a page with no date line (under the page's frame alone: "You are here"),
    /// short, a blank line under it and a paragraph after, that does not open on a time with its day
    /// as a lead does, nor tells what was done ("đã", "vừa") — a headline the page ends on a full stop.
    static func standsOverItsLead(_ text: CleanText, _ lines: [Range<Int>], _ n: Int, dated: Bool) -> Bool {
        guard !dated, n + 1 < lines.count, lines[n].count <= 160, lines[n + 1].count > 80,
              lines[..<n].allSatisfy({ PageChrome.holds(text, $0) }),
              text.fold[lines[n].upperBound..<lines[n + 1].lowerBound].filter({ $0 == 10 }).count >= 2 else { return false }
        // (Nor a sentence told in the past, or after an outlet's mark: "Ban Thường vụ Tỉnh ủy đã thống nhất
        // giao chỉ tiêu …", "(CTT-Đồng Nai) – Vừa qua, Chi bộ … đã tổ chức lễ kết nạp Đảng …".)
        let words = text.string(lines[n]).lowercased().split(separator: " ")
        return !opensLead(text.fold, at: lines[n].lowerBound) && text.scalars[lines[n].lowerBound] != "("
            && !words.contains { $0 == "đã" || $0 == "vừa" }
    }
}

extension ArticleHeader {
    /// Whether line `n + 1` has more words than the section's line `n` over it and stands over the
    /// body's first paragraph (line `n + 2`, a long one, or the first after the page's tools: "-   +   A-   A+   In").
    static func overBodyAndLonger(_ text: CleanText, _ lines: [Range<Int>], _ n: Int) -> Bool {
        guard let body = lines.indices.dropFirst(n + 2).prefix(3).first(where: { !PageChrome.holds(text, lines[$0]) }),
              lines[body].count > 80 else { return false }
        return text.string(lines[n + 1]).split(separator: " ").count > text.string(lines[n]).split(separator: " ").count
    }
}

extension ArticleHeader {
    /// "22/06/2025" / "Hội nghị thống nhất một số nội dung, công việc cho tổ chức chính quyền địa
    /// phương 2 cấp." / "Chiều ngày 20/6, UBND thành phố tổ chức Hội nghị …": the line under the date
    /// line, over a longer lead, that does not open on a time with its day as the lead does.
    static func underTheDateOverItsLead(_ text: CleanText, _ lines: [Range<Int>], _ n: Int) -> Bool {
        n + 1 < lines.count && lines[n].count <= 160 && lines[n + 1].count > lines[n].count
            && !opensLead(text.fold, at: lines[n].lowerBound) && opensLead(text.fold, at: lines[n + 1].lowerBound)
    }

    /// "Việt Nam chưa có thêm người mắc cúm A/H1N1 Xã hội" over "Việt Nam chưa có thêm người mắc cúm
    /// A/H1N1", "Chủ động ứng phó … trên biển. (Ảnh minh họa)" over "Chủ động ứng phó … trên biển": the
    /// headline said again under a line that glues the page's section or a photo's mark to it (at
    /// most four words more); the shorter is the headline.
    static func shorterUnder(_ text: CleanText, _ lines: [Range<Int>], _ n: Int) -> Bool {
        guard n >= 0, n + 1 < lines.count, lines[n + 1].count < lines[n].count else { return false }
        let over = Array(text.scalars[lines[n]]), under = Array(text.scalars[lines[n + 1]])
        guard over.count > under.count, over.starts(with: under), [" ", "."].contains(over[under.count]) else { return false }
        let tail = String(String.UnicodeScalarView(over[under.count...])).split(separator: " ")
        return tail.count <= 4 && readsAsHeadline(text.string(lines[n + 1]))
    }
}

extension ArticleHeader {
    /// "Hội nghị điển hình tiên tiến ngành thuế lần thứ V:" / "Gần 18.000 tập thể, cá nhân được khen
    /// thưởng": a kicker over the headline, a line of twelve words at most that reads as a headline and
    /// ends on a colon — the headline is the line under it, itself no sentence of the body, no item
    /// of a list, no question ("Hỏi: …:" / "- Mẹ chồng tôi … không?").
    static func underKicker(_ text: CleanText, _ lines: [Range<Int>], _ n: Int, body: Int) -> Int {
        guard n >= 0, n + 1 < min(body, lines.count), text.scalars[lines[n].upperBound - 1] == ":" else { return n }
        let kicker = String(text.string(lines[n]).dropLast()), under = text.string(lines[n + 1])
        guard kicker.split(separator: " ").count <= 12, !kicker.contains("("), readsAsHeadline(kicker), readsAsHeadline(under),
              !under.contains("?"), !["-", "+", "–"].contains(under.first.map(String.init) ?? ""),
              !opensLead(text.fold, at: lines[n + 1].lowerBound) else { return n }
        return n + 1
    }

    /// The headline over a section's name right over the date line: "Tổng Bí thư Tô Lâm chủ trì hội
    /// nghị sơ kết …" / "Sự kiện" / "02/07/2025 17:12" — the line over line `n` when `n` is a section's.
    static func overSection(_ text: CleanText, _ lines: [Range<Int>], _ n: Int) -> Int {
        n >= 1 && n < lines.count && isSection(text.string(lines[n])) && !PageChrome.holds(text, lines[n - 1]) ? n - 1 : n
    }

    /// The headline under a section's name right under the date line: "20/02/2017 - 09:52" / "Đảng bộ
    /// TP Cần Thơ" / "77,56% đảng viên học tập, quán triệt …" / the lead — the longer line under line
    /// `n` when `n` is a section's, over the body.
    static func underSection(_ text: CleanText, _ lines: [Range<Int>], _ n: Int) -> Int {
        n + 1 < lines.count && isSection(text.string(lines[n])) && overBodyAndLonger(text, lines, n) ? n + 1 : n
    }
}

extension ArticleHeader {
    /// A headline without the "null" a page's template printed for an empty field before it: "null
    /// Trực tuyến Hội nghị toàn quốc nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII của Đảng".
    static func withoutTemplateNull(_ text: CleanText, _ line: Range<Int>) -> Range<Int> {
        line.count > 10 && text.scalars[line].starts(with: "null ".unicodeScalars) ? (line.lowerBound + 5)..<line.upperBound : line
    }

    /// "Hội nghị toàn quốc nghiên cứu, quán triệt Nghị quyết Hội nghị Trung ương 6 |": a headline
    /// whose page title lost the site's name after its bar; the headline is the words before it.
    static func withoutTrailingBar(_ text: CleanText, _ line: Range<Int>) -> Range<Int> {
        var end = line.upperBound
        guard end - line.lowerBound > 2, text.scalars[end - 1] == "|", text.scalars[end - 2] == " " else { return line }
        end -= 1
        while end > line.lowerBound, text.scalars[end - 1] == " " { end -= 1 }
        return line.lowerBound..<end
    }

    /// "Quyền lợi của người hiến máu In", "Không Tiết Giảm Điện Trong Tháng 04/2011 In": the page's
    /// print button ("In") after a headline's last word in small letters or figures (not a name's
    /// syllable, "Kim Châng In"); "… giai đoạn 2017-2020 ()": brackets the page left empty; "Hội nghị
    /// Tổng kết ngành khoa học và công nghệ A A": the buttons of the letters' size.
    static func withoutPrintButton(_ text: CleanText, _ line: Range<Int>) -> Range<Int> {
        let s = text.scalars
        var end = line.upperBound
        if let buttons = fontButtons.first(where: { end - line.lowerBound > $0.count + 12 && s[(end - $0.count)..<end].elementsEqual($0) }) {
            end -= buttons.count
            while end > line.lowerBound, s[end - 1] == " " { end -= 1 }
            return line.lowerBound..<end
        }
        guard end - line.lowerBound > 12, s[end - 3] == " " else { return line }
        let button = s[end - 2] == "I" && s[end - 1] == "n" && !CleanText.isUppercase(firstLetterOfWord(text, before: end - 3))
        guard button || s[end - 2] == "(" && s[end - 1] == ")" else { return line }
        end -= 3
        while end > line.lowerBound, s[end - 1] == " " { end -= 1 }
        return line.lowerBound..<end
    }

    /// The buttons of the letters' size after a headline, with the space before them.
    static let fontButtons = [" A A", " A A A", " A- A+", " A+ A-", " A- A A+"].map { Array($0.unicodeScalars) }

    /// "Thành lập nghiệp đoàn nghề cá Đại Lãnh - Ảnh 1.": the headline as the page's first picture
    /// names it, the picture's number after it; the headline is the words before " - Ảnh 1" (" - ảnh 1"
    /// on other sites, no full stop).
    static func withoutPictureNumber(_ text: CleanText, _ line: Range<Int>) -> Range<Int> {
        let f = text.fold
        var end = line.upperBound
        if end > line.lowerBound, f[end - 1] == UInt8(ascii: ".") { end -= 1 }
        var digits = end
        while digits > line.lowerBound, end - digits < 2, (48...57).contains(f[digits - 1]) { digits -= 1 }
        let label = Array(" - anh ".utf8)
        guard digits < end, digits - line.lowerBound > label.count + 12, f[(digits - label.count)..<digits].elementsEqual(label),
              ["Ả", "ả"].contains(text.scalars[digits - 4]) else { return line }
        return line.lowerBound..<(digits - label.count)
    }

    /// The first letter of the word that ends at `end`.
    private static func firstLetterOfWord(_ text: CleanText, before end: Int) -> Unicode.Scalar {
        var k = end
        while k > 0, text.scalars[k - 1] != " " { k -= 1 }
        return text.scalars[k]
    }

    /// The line over the date line at `n`, past up to two lines of the page's tools between them:
    /// "Phường 11: Tổ chức Lễ khánh thành công trình" / "Xem: 453 | Cật nhập: 5/21/2020 3:16:08 PM | RSS"
    /// / "Ngày đăng: 20/5/2020".
    static func overTools(_ text: CleanText, _ lines: [Range<Int>], _ n: Int) -> Int {
        var k = n - 1
        while k >= 1, n - k <= 2, PageChrome.holds(text, lines[k]) { k -= 1 }
        return k
    }
}
