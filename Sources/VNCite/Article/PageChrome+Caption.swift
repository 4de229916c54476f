/// A photo's caption on its own line, read after the lead.
extension PageChrome {
    /// The words of a photo's caption on the line around `range`, without its credit: "Toàn cảnh hội
    /// nghị tại điểm cầu Huyện ủy" of "… Huyện ủy. Ảnh: Đức Anh", "… (Ảnh: Lò Thị Hiền)"; or of a
    /// picture's numbered label without its number ("Nhà khoa học châu Á chia sẻ ý tưởng phát triển
    /// ngành hàng hải - Ảnh 1."); nil when the line ends on neither.
    static func caption(_ text: CleanText, _ range: Range<Int>) -> Range<Int>? {
        guard let (start, end) = shortLine(text, around: range).map({ ($0.lowerBound, $0.upperBound) }) else { return nil }
        let labelled = ArticleHeader.withoutPictureNumber(text, start..<end)
        if labelled.upperBound < end { return range.lowerBound..<max(range.lowerBound, min(labelled.upperBound, range.upperBound)) }
        return credited(text, range, start: start, end: end)
    }

    /// "… Ảnh 1.": whether the line around `range` is a picture's numbered label.
    static func numbersAPicture(_ text: CleanText, _ range: Range<Int>) -> Bool {
        guard let line = shortLine(text, around: range) else { return false }
        return ArticleHeader.withoutPictureNumber(text, line).upperBound < line.upperBound
    }

    /// "Việc tăng giá cả nhiên liệu … đầu tư xây dựng. (Ảnh minh họa: TTXVN)": whether the line ends on
    /// a photo's credit.
    static func endsOnCredit(_ text: CleanText, _ line: Range<Int>) -> Bool {
        credited(text, line, start: line.lowerBound, end: line.upperBound) != nil
    }

    /// The caption's words before its credit ("Ảnh: Đức Anh", "(Ảnh minh họa: TTXVN)"), on the line `start..<end`.
    private static func credited(_ text: CleanText, _ range: Range<Int>, start: Int, end: Int) -> Range<Int>? {
        let s = text.scalars
        let illustration = Array(" minh họa:".unicodeScalars)
        var k = end - 5
        while k >= start, end - k <= 40 {
            if s[k] == "Ả", s[k + 1] == "n", s[k + 2] == "h",
               s[k + 3] == ":" || s[k + 3] == " " && s[k + 4] == ":" || s[(k + 3)...].starts(with: illustration),
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
