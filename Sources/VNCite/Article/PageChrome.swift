/// The lines a saved page carries around its article, which are neither its title nor its lead:
///
/// - a breadcrumb: "Trang chủ > Tin tức - Sự kiện > Tin hoạt động", "Tin tức » Xây dựng Đảng";
/// - the page's tools: "Cỡ chữ: A+ A-   |   In bài viết   |   Chia sẻ", "Lượt xem: 1.387";
/// - the site's name: "Cổng thông tin điện tử huyện Krông Pắc - tỉnh Đắk Lắk", "UBND HUYỆN THỌ
///   XUÂN - TỈNH THANH HÓA" (a line in capitals);
/// and a photo's caption on its own line, read after the lead: "Toàn cảnh hội nghị tại điểm cầu
/// Huyện ủy. Ảnh: Đức Anh", "Các đại biểu tặng hoa chúc mừng … (Ảnh: Lò Thị Hiền)".
enum PageChrome {
    /// Whether the line of `text` around `range` is one of them (a long line is body text).
    static func holds(_ text: CleanText, _ range: Range<Int>) -> Bool {
        guard let (start, end) = shortLine(text, around: range).map({ ($0.lowerBound, $0.upperBound) }) else { return false }
        let folded = String(decoding: text.fold[start..<end], as: UTF8.self).trimmed()
        let written = text.string(start..<end)
        if tools.contains(where: { opensToolLine(folded, $0) }) || folded.contains("voi co chu") || folded.contains("luot xem:") { return true }
        // (A breadcrumb has its steps: not "Trang chủ của Microsoft không hề hấn gì".)
        if separators.contains(where: { written.contains($0) }) || folded.hasPrefix("trang chu") && [" / ", " | "].contains(where: { folded.contains($0) })
            || site.contains(where: { folded.hasPrefix($0) }) {
            return true
        }
        let letters = text.scalars[start..<end].filter { $0.properties.isAlphabetic }
        return letters.count >= 4 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// The line around `range`, unless it is longer than a page's lines are (body text).
    private static func shortLine(_ text: CleanText, around range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        while start > 0, range.upperBound - start <= 300, text.fold[start - 1] != 10 { start -= 1 }
        var end = range.upperBound
        while end < text.fold.count, end - start <= 300, text.fold[end] != 10 { end += 1 }
        return end - start <= 300 ? start..<end : nil
    }

    /// A line of tools that opens on `tool`: with others beside it ("Cỡ chữ A+ A- | In bài viết"), or
    /// with a count or a colon after it ("Bình luận (0)", "Lượt xem: 1.387"); not a sentence or a
    /// headline that opens on its words ("Bình luận trên được đưa ra …", "Chia sẻ video qua mạng: …").
    private static func opensToolLine(_ folded: String, _ tool: String) -> Bool {
        guard folded.hasPrefix(tool) else { return false }
        if folded.contains("|") || folded.contains("a+") || folded.count <= 12 { return true }
        let rest = folded.dropFirst(tool.count).drop { $0 == " " }
        return rest.first.map { ":(0123456789".contains($0) } == true && !rest.contains(where: \.isLetter)
    }

    /// The first words of a page's tools, folded.
    static let tools = ["co chu", "in bai", "in trang", "chia se", "gui email", "luot xem", "binh luan", "nghe doc"]

    /// The first words of a site's name, folded.
    static let site = ["cong thong tin dien tu", "cong ttdt"]

    /// What separates a breadcrumb's steps (not the "-" of a name: "Giáo dục - Đào tạo").
    static let separators = [" > ", " >> ", " \u{00BB} ", " \u{203A} "]

    /// The words of a photo's caption on the line around `range`, without its credit: "Toàn cảnh hội
    /// nghị tại điểm cầu Huyện ủy" of "… Huyện ủy. Ảnh: Đức Anh", "… (Ảnh: Lò Thị Hiền)"; nil when
    /// the line ends on no credit.
    static func caption(_ text: CleanText, _ range: Range<Int>) -> Range<Int>? {
        guard let (start, end) = shortLine(text, around: range).map({ ($0.lowerBound, $0.upperBound) }) else { return nil }
        let s = text.scalars
        var k = end - 5
        while k >= start, end - k <= 40 {
            if s[k] == "Ả", s[k + 1] == "n", s[k + 2] == "h", s[k + 3] == ":" || s[k + 3] == " " && s[k + 4] == ":",
               k == start || s[k - 1] == " " || s[k - 1] == "(" {
                var words = k
                while words > range.lowerBound, " -–(.".unicodeScalars.contains(s[words - 1]) { words -= 1 }
                return range.lowerBound..<max(range.lowerBound, min(words, range.upperBound))
            }
            k -= 1
        }
        return nil
    }
}
