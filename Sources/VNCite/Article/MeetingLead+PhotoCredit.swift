/// A first line that runs the headline, a photo's caption, its credit and the summary together:
/// "Xử kỷ luật ĐA.TP: Lại hoãn! Trước mắt, HLV Nguyễn Thành Vinh (giữa) … tạm bị cấm hành nghề.
/// Ảnh: T. Trung Theo LĐBĐ VN, chưa thể kỷ luật ĐA.TP …", then the lead on the next line
/// ("Cuộc họp của Ban Kỷ luật LĐBĐ VN vào chiều qua, 9-11, …"). What the caption says happened
/// "tại buổi làm việc chiều 13-9" is the photo's, not the article's news: the lead starts after
/// the credit.
extension MeetingLead {
    /// Where the summary after the last photo credit of the first line starts, and where that line
    /// ends; nil when the first line holds no credit ("Ảnh: K.Long", "Ảnh: T.T", "Ảnh: Q.LIÊM",
    /// "Ảnh: VNN", "Ảnh: T. Trung": initials, dotted, or an agency's capitals — not "Ảnh: Thanh
    /// Đạm", which cannot be told from the words after it).
    static func afterPhotoCredit(_ text: CleanText) -> (summary: Int, lineEnd: Int)? {
        let s = text.scalars
        var lineStart = 0
        while lineStart < s.count, s[lineStart] == "\n" || s[lineStart] == " " { lineStart += 1 }
        var lineEnd = lineStart
        while lineEnd < s.count, s[lineEnd] != "\n" { lineEnd += 1 }
        var found: Int?
        var k = lineStart
        while k + 5 < lineEnd {
            defer { k += 1 }
            guard s[k] == "Ả", s[k + 1] == "n", s[k + 2] == "h", s[k + 3] == ":",
                  k == lineStart || s[k - 1] == " " || s[k - 1] == "." else { continue }
            if let summary = creditEnd(text, from: k + 4, to: lineEnd), lineEnd - summary >= 40 { found = summary }
        }
        return found.map { ($0, lineEnd) }
    }

    /// Where the words after a credit start: past one word of initials, dots and capitals, or an
    /// initial and a name.
    private static func creditEnd(_ text: CleanText, from start: Int, to end: Int) -> Int? {
        let s = text.scalars
        var k = start
        var words = 0
        var afterInitial = false
        while words == 0 || afterInitial {
            while k < end, s[k] == " " { k += 1 }
            var e = k
            while e < end, s[e] != " " { e += 1 }
            guard e > k else { break }
            let word = Array(s[k..<e])
            let letters = word.filter { $0 != "." }
            let capitals = !letters.isEmpty && letters.allSatisfy { CleanText.isUppercase($0) }
            // "T.T", "Q.LIÊM", "VNN"; "K.Long", "Q.Liêm"; "T." then its name ("T. Trung").
            let dotted = word.count >= 3 && CleanText.isUppercase(word[0]) && word[1] == "."
                && word.dropFirst(2).allSatisfy { CleanText.isAlphabetic($0) || $0 == "." }
            let named = afterInitial && CleanText.isUppercase(word[0]) && word.dropFirst().allSatisfy(CleanText.isAlphabetic)
            guard (capitals && (letters.count >= 2 || word.last == ".")) || dotted || named else { break }
            afterInitial = word.count == 2 && word[1] == "."
            words += 1
            k = e
        }
        while k < end, s[k] == " " { k += 1 }
        guard words > 0, !afterInitial, k < end, CleanText.isUppercase(s[k]) else { return nil }
        return k
    }
}
