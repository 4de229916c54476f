/// The lines a saved page carries around its article, which are neither its title nor its lead:
///
/// - a breadcrumb: "Trang chủ > Tin tức - Sự kiện > Tin hoạt động", "Tin tức » Xây dựng Đảng",
///   "Trang chủ Chính trị - Xã hội", "Home / Doanh nghiệp / …";
/// - a slogan in the banner, over the headline: "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội …";
/// - the page's tools: "Cỡ chữ: A+ A-   |   In bài viết   |   Chia sẻ", "Lượt xem: 1.387";
/// - its frame: "Skip to main content", "Banner", its notices (`isNotice`), "Banner TOP phải 3", "Thời tiết đang được cập nhật
///   ...", "Chi tiết - Sở Tư pháp", a tag ("# vệ sinh môi trường rừng"), the menu of its media ("Video
///   Báo Ảnh Báo in Podcast … Emagazine Infographic");
/// - the site's contacts: "Liên hệ quảng cáo: (04)39.431.943 - (04)39.447.011", "0915 801 778 – 0915 391 778";
/// - the site's name: "Cổng thông tin điện tử huyện Krông Pắc - tỉnh Đắk Lắk", "UBND HUYỆN THỌ
///   XUÂN - TỈNH THANH HÓA" (a short line in capitals), and its address, "http://hdndcaobang.gov.vn";
/// and a photo's caption on its own line, read after the lead: "Toàn cảnh hội nghị tại điểm cầu
/// Huyện ủy. Ảnh: Đức Anh", "Các đại biểu tặng hoa chúc mừng … (Ảnh: Lò Thị Hiền)".
enum PageChrome {
    /// Whether the line of `text` around `range` is one of them (a long line is body text). Read on
    /// the folded bytes: it is asked of every sentence that may open a lead.
    static func holds(_ text: CleanText, _ range: Range<Int>) -> Bool {
        guard var line = shortLine(text, around: range) else { return false }
        let fold = text.fold
        while line.lowerBound < line.upperBound, fold[line.lowerBound] == 32 { line = (line.lowerBound + 1)..<line.upperBound }
        while line.lowerBound < line.upperBound, fold[line.upperBound - 1] == 32 { line = line.lowerBound..<(line.upperBound - 1) }
        // (Past a store's date field that opens the line: " date 2025-09-26 Hotline: 0865015015 …".)
        if let (_, end) = ArticleHeader.exportDateField(text, line), end < line.upperBound { line = end..<line.upperBound }
        // ("* Email: bbt.dongnama@gmail.com *Tòa soạn: 0989011688": a bullet before it.)
        if line.count > 2, fold[line.lowerBound] == UInt8(ascii: "*"), fold[line.lowerBound + 1] == 32 { line = (line.lowerBound + 2)..<line.upperBound }
        let bytes = fold[line]
        func has(_ needle: [UInt8]) -> Bool { MeetingLead.contains(fold, line, needle) }
        // (The marks first: most lines hold none, and need no search for words.)
        let colon = bytes.contains(UInt8(ascii: ":")), greater = bytes.contains(UInt8(ascii: ">"))
        if tools.contains(where: { opensToolLine(bytes, $0, has: has) }) || has(Needle.withFontSize) || colon && has(Needle.views) {
            return true
        }
        if bytes.count <= 32, frameLines.contains(String(decoding: bytes, as: UTF8.self).split(separator: " ").joined(separator: " "))
            || opens(bytes, "banner ") { return true }
        if isNotice(bytes) || gluesMenuItems(text, line) || listsMenuItems(bytes) { return true }
        // (".", "• :", "|": marks with no word; "Đang có 81 khách và không thành viên đang online": the count of visitors.)
        // ("A- A A+ | Tăng tương phản Giảm tương phản": the reader's sizes and contrast.)
        if !bytes.contains(where: { Scanner.isWordByte($0) }) || opens(bytes, "dang co ") && bytes.count <= 80 && bytes.reversed().starts(with: "enilno".utf8)
            || readersSizes(bytes) {
            return true
        }
        if isTag(text, line) || namesMedia(bytes) || namesATemplate(text, line) { return true }
        if isAddress(bytes) || countOfViews(bytes) || phoneNumbers(bytes) || weather(text, line) { return true }
        // ("Chi tiết - Sở Tư pháp", "Xem chi tiet tin_new - Sở Tư pháp", "Chi tiet tin tức - Sở Khoa học
        // công nghệ": a detail page's name, the site's after it.)
        if bytes.count <= 60, opens(bytes, "chi tiet - ") || (opens(bytes, "xem chi tiet") || opens(bytes, "chi tiet tin")) && has(Needle.dash) {
            return true
        }
        // "Liên hệ quảng cáo: (04)39.431.943", ": toasoandko@gmail.com | : (04) 38.228.302": the site's
        // contacts, a phone number or an address of mail.
        if colon, listsContacts(bytes) { return true }
        if namesAHotline(bytes) || colon && opens(bytes, "dia chi:") { return true }  // (and "Địa chỉ: Số 5, phố Phạm Văn Bạch …")
        // ("Liên hiệp các hội khoa học và kỹ thuật Thanh Hoá - Địa chỉ: 17 Hạc Thành … Số ĐT: (0373)
        // 853.656 Fax: 037.3720885": the site's name, its address and its numbers on one line.)
        if colon, bytes.count <= 200, has(Needle.address), bytes.count(where: { (48...57).contains($0) }) >= 8 { return true }
        // (A breadcrumb has its steps, not the "-" of a name, "Giáo dục - Đào tạo"; nor is "Trang chủ
        // của Microsoft không hề hấn gì" one.)
        // ("Trang chủ    Thực tiễn    Công tác quản lý …": its steps set apart by a run of spaces.)
        if greater && (has(Needle.step) || has(Needle.doubleStep))
            || opens(bytes, "trang chu") && (has(Needle.slash) || has(Needle.spacedBar) || has(Needle.gap) || homeOverSection(text, line)
                || line.count > 10 && text.scalars[line.lowerBound + 9].properties.isUppercase)  // "Trang chủTin tức - Sự kiện": its steps glued
            || site.contains(where: { opens(bytes, $0) }) || opens(bytes, "home / ") {
            return true
        }
        let s = text.scalars
        if line.dropFirst().dropLast().contains(where: { ["\u{00BB}", "\u{203A}"].contains(s[$0]) && s[$0 - 1] == " " && s[$0 + 1] == " " }) {
            return true  // "Tin tức » Xây dựng Đảng"
        }
        var letters = 0
        for k in line where s[k].properties.isAlphabetic {
            guard s[k].properties.isUppercase else { return false }
            letters += 1
        }
        // (Eight words or more in capitals are a headline: `ArticleHeader.isLongShouted`.)
        return letters >= 4 && !ArticleHeader.isLongShouted(text.string(line))
    }

    /// The folded words and marks sought in a line, made once.
    private enum Needle {
        static let withFontSize = Array("voi co chu".utf8), views = Array("luot xem:".utf8)
        static let step = Array(" > ".utf8), doubleStep = Array(" >> ".utf8), slash = Array(" / ".utf8)
        static let spacedBar = Array(" | ".utf8), bar = Array("|".utf8), fontSize = Array("a+".utf8), dash = Array(" - ".utf8)
        static let gap = Array("   ".utf8), address = Array("dia chi:".utf8)
    }

    private static func opens(_ bytes: ArraySlice<UInt8>, _ prefix: String) -> Bool { bytes.starts(with: prefix.utf8) }

    /// The line around `range`, unless it is longer than a page's lines are (body text).
    static func shortLine(_ text: CleanText, around range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        while start > 0, range.upperBound - start <= 300, text.fold[start - 1] != 10 { start -= 1 }
        var end = range.upperBound
        while end < text.fold.count, end - start <= 300, text.fold[end] != 10 { end += 1 }
        return end - start <= 300 ? start..<end : nil
    }

    /// A line of tools that opens on `tool`: with others beside it ("Cỡ chữ A+ A- | In bài viết"), or
    /// with a count or a colon after it ("Bình luận (0)", "Lượt xem: 1.387"), or another tool ("Tăng cỡ
    /// chữ Giảm cỡ chữ"); not a sentence or a
    /// headline that opens on its words ("Bình luận trên được đưa ra …", "Chia sẻ video qua mạng: …").
    private static func opensToolLine(_ bytes: ArraySlice<UInt8>, _ tool: String, has: ([UInt8]) -> Bool) -> Bool {
        guard opens(bytes, tool) else { return false }
        if has(Needle.bar) || has(Needle.fontSize) || bytes.count <= 12 { return true }
        let rest = bytes.dropFirst(tool.utf8.count).drop { $0 == 32 }
        // ("Tăng cỡ chữ Giảm cỡ chữ", "In bài Chia sẻ": another tool right after it.)
        if tools.contains(where: { rest.starts(with: $0.utf8) }) { return true }
        let isLetter = { (b: UInt8) in (97...122).contains(b) || (65...90).contains(b) || b >= 128 }
        return rest.first.map { Array(":(0123456789".utf8).contains($0) } == true && !rest.contains(where: isLetter)
    }

    /// The first words of a page's tools, folded.
    static let tools = ["co chu", "tang co chu", "giam co chu", "in bai", "in trang", "chia se", "gui email", "luot xem", "binh luan", "nghe doc",
                        "che do ban dem", "so luot xem", "so lan xem"]

    /// Lines of a page's frame, whole and folded: "Skip to main content", "Banner", "Thời tiết đang
    /// được cập nhật ...".
    /// (The skip links of portals, in English and as their Vietnamese builds translate them: "Nhảy đến
    /// nội dung", "Truy cập nội dung luôn".) (And the heads of its counter of visits: "Số lượt truy
    /// cập", "Thống kê truy cập".) (And a portal's box titles: "Xuất bản thông tin", "Chi tiết bài viết".)
    /// (And a template's placeholder left in: "Your Website Title"; the logo's alternative text, "Logo";
    /// the search box, "Tìm kiếm  Tìm kiếm nâng cao", "Tìm kiếm tin tức"; the badge of trust, "Chung nhan
    /// Tin Nhiem Mang"; the box of links, "Liên kết website"; the news box, "Chi tiết tin tức"; a breadcrumb's label, "You are here".)
    static let frameLines: Set<String> = ["skip to main content", "skip to content", "nhay den noi dung", "truy cap noi dung luon",
                                          "banner", "thoi tiet dang duoc cap nhat ...", "thoi tiet dang duoc cap nhat",
                                          "so luot truy cap", "thong ke truy cap", "luot truy cap", "xuat ban thong tin",
                                          "chi tiet bai viet", "chi tiet bai viet tin tuc", "your website title", "skip ribbon commands",
                                          "logo", "tim kiem tim kiem nang cao", "truy cap hien tai", "image banner",
                                          "tim kiem", "tim kiem tin tuc", "chung nhan tin nhiem mang", "lien ket website", "lien ket web",
                                          "chi tiet tin tuc", "site banner", "you are here", "ban dang o day"]

    /// "MonrePortal.CMS - View_ChiTietThongBao": the name of a page's template, ASCII alone, a word
    /// joined by an underscore.
    static func namesATemplate(_ text: CleanText, _ line: Range<Int>) -> Bool {
        let s = text.scalars
        return line.count <= 60 && line.dropFirst().dropLast().contains { s[$0] == "_" && s[$0 - 1].properties.isAlphabetic && s[$0 + 1].properties.isAlphabetic }
            && line.allSatisfy { s[$0].isASCII }
    }

    /// "# vệ sinh môi trường rừng": a page's tag; or one cut at its start, in small letters ("# ải tạo, sửa chữa hè …").
    static func isTag(_ text: CleanText, _ line: Range<Int>) -> Bool {
        let bytes = text.fold[line]
        guard bytes.first == UInt8(ascii: "#") else { return false }
        if bytes.count <= 60, bytes.filter({ $0 == 32 }).count <= 6 { return true }
        let first = line.dropFirst().first { text.scalars[$0] != " " }
        return bytes.count <= 100 && first.map { text.scalars[$0].properties.isLowercase } == true
    }

    /// "Video Báo Ảnh Báo in Podcast Chuyển động trẻ Emagazine Infographic": the menu of an outlet's
    /// media, three of their names or more (folded; not the headline "iPod video mở rộng biên giới podcast").
    static func namesMedia(_ bytes: ArraySlice<UInt8>) -> Bool {
        // (Three names hold one besides "video": a search of the bytes first, as most lines hold none,
        // before the line is cut into words.)
        guard bytes.count <= 120, mediaStems.contains(where: { bytes.firstRange(of: $0) != nil }) else { return false }
        let words = String(decoding: bytes, as: UTF8.self).split(separator: " ").map(String.init)
        return Set(words).intersection(media).count >= 3
    }

    /// The names of `media` but "video", cut to what they share: "magazine" of "emagazine" and "e-magazine".
    static let mediaStems: [[UInt8]] = ["podcast", "magazine", "infographic", "multimedia", "longform", "megastory"].map { Array($0.utf8) }

    /// The names of an outlet's media in its menu, folded.
    static let media: Set<String> = ["video", "podcast", "emagazine", "e-magazine", "infographic", "infographics", "multimedia", "longform", "megastory"]

    /// "Email: danchuphapluat@moj.gov.vn", "Hotline: 024.627.397.37": a line of the site's contacts
    /// (folded, with its colon).
    /// ("Hiến máu: 0976990066", "Đặt lịch khám theo yêu cầu: 1900969670": any short label of a phone
    /// number alone after its colon.)
    static func listsContacts(_ bytes: ArraySlice<UInt8>) -> Bool {
        if (contacts.contains(where: { opens(bytes, $0) }) || bytes.first == UInt8(ascii: ":"))
            && (bytes.contains(UInt8(ascii: "@")) || bytes.filter({ (48...57).contains($0) }).count >= 8) {
            return true
        }
        // (Not a headline that ends on a number: "680 triệu đồng cho số sim điện thoại: 0909999999".)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), bytes.distance(from: bytes.startIndex, to: colon) <= 40,
              !bytes[..<colon].contains(where: { (48...57).contains($0) }), bytes[..<colon].count(where: { $0 == 32 }) <= 5 else { return false }
        let number = bytes[(colon + 1)...].drop { $0 == 32 }
        return !number.isEmpty && phoneNumbers(number)
    }

    /// "Đường dây nóng hỗ trợ   1900 54 54 81", "Hotline 0865 015 015": a contact's words and the
    /// number after them, with no colon (folded).
    static func namesAHotline(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard contacts.contains(where: { opens(bytes, $0) }), let digit = bytes.firstIndex(where: { (48...57).contains($0) }) else { return false }
        return phoneNumbers(bytes[digit...])
    }

    /// "Thứ sáu 20/06/2025 17:28" over "Email: …": the date over the site's contacts is its clock in
    /// the banner, not the article's date.
    static func clockOverContacts(_ text: CleanText, _ lines: [Range<Int>], _ n: Int) -> Bool {
        n + 1 < lines.count && text.fold[lines[n + 1]].contains(UInt8(ascii: ":")) && listsContacts(text.fold[lines[n + 1]])
    }

    /// The first words of a line of the site's contacts, folded.
    static let contacts = ["lien he", "hotline", "hot line", "dien thoai", "email", "e-mail", "tel", "fax", "duong day nong"]

    /// "http://hdndcaobang.gov.vn", "www.baohaiduong.vn": a site's address alone on its line (folded).
    static func isAddress(_ bytes: ArraySlice<UInt8>) -> Bool {
        (opens(bytes, "http://") || opens(bytes, "https://") || opens(bytes, "www.")) && !bytes.contains(32)
    }

    /// "0915 801 778 – 0915 391 778": the site's phone numbers alone on their line, figures and the
    /// marks between them (folded).
    static func phoneNumbers(_ bytes: ArraySlice<UInt8>) -> Bool {
        // (Marks first: most lines hold a letter, and fail on it.)
        bytes.allSatisfy { (48...57).contains($0) || " .-+()/".utf8.contains($0) } && bytes.count(where: { (48...57).contains($0) }) >= 8
    }

    /// "3181 Lượt xem", "1.204 lượt đọc": a count of the page's readers alone on its line (folded).
    static func countOfViews(_ bytes: ArraySlice<UInt8>) -> Bool {
        let count = bytes.prefix { (48...57).contains($0) || $0 == UInt8(ascii: ".") }
        guard !count.isEmpty else { return false }
        let rest = bytes.dropFirst(count.count)
        return [" luot xem", " luot doc", " luot truy cap"].contains { rest.elementsEqual($0.utf8) }
    }

    /// "Bình Phước, 30°C/27°C - 33°C", "Hà Nội 28°C": the weather box, a short line of temperatures.
    static func weather(_ text: CleanText, _ line: Range<Int>) -> Bool {
        let s = text.scalars
        return line.count <= 60 && line.dropLast().contains { s[$0] == "\u{00B0}" && s[$0 + 1] == "C" }
    }

    /// "Trang chủ Chính trị - Xã hội", "Trang chủ Tin tức": the home page's step and a section's name
    /// after it, capitalised, three words or two joined by a dash (not "Trang chủ của Microsoft không
    /// hề hấn gì", nor the headline "Trang chủ UEFA tự phá kỷ lục").
    static func homeOverSection(_ text: CleanText, _ line: Range<Int>) -> Bool {
        let rest = text.string(line).split(separator: " ").dropFirst(2)
        return rest.first?.first?.isUppercase == true && ArticleHeader.isSection(rest.joined(separator: " "))
            && (rest.count <= 3 || rest.contains { ["-", "–"].contains($0) })
    }

    /// "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVI …" over the
    /// headline: a portal's slogan in its banner, over a line that reads as a headline.
    static func sloganOver(_ text: CleanText, _ lines: [Range<Int>], _ n: Int) -> Bool {
        n + 1 < lines.count && slogans.contains { text.fold[lines[n]].starts(with: $0.utf8) }
            && ArticleHeader.readsAsHeadline(text.string(lines[n + 1]))
    }

    /// The first words of a banner's slogan, folded.
    static let slogans = ["nhiet liet chao mung", "quyet tam thuc hien thang loi nghi quyet"]

    /// Whether the line after `line` is the site's address: "Đoàn Đại biểu Quốc hội và Hội Đồng Nhân
    /// Dân tỉnh Cao Bằng" over "http://hdndcaobang.gov.vn" names the site, not the article.
    static func namesTheSiteOver(_ text: CleanText, _ lines: [Range<Int>], _ n: Int) -> Bool {
        n + 1 < lines.count && isAddress(text.fold[lines[n + 1]])
    }

    /// The first words of a site's name, folded.
    static let site = ["cong thong tin dien tu", "cong ttdt", "trang thong tin dien tu"]
}
