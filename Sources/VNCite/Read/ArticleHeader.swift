/// The title and publication date an article's text carries in its first lines.
///
/// "Chính trị 13:45 26/12/2022 (0) (375)" then "Sở TTTT: Năm 2023 tập trung …" gives the date
/// 2022-12-26 and that title; "Thường trực Tỉnh uỷ làm việc với Sở …" over "10.2.2017 - 16:51"
/// gives 2017-02-10. A page banner ("Hôm nay, ngày 23 tháng 6 năm 2018") is not a date.
enum ArticleHeader {
    /// How many non-empty lines at the top are looked at.
    static let linesRead = 15

    static func read(_ text: String) -> (title: String?, date: CalendarDate?) {
        var lines: [String] = []
        var rest = Substring(text)
        while lines.count < linesRead, !rest.isEmpty {
            let end = rest.firstIndex { $0 == "\n" || $0 == "\r\n" } ?? rest.endIndex
            let trimmed = rest[..<end].trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { lines.append(trimmed) }
            rest = end == rest.endIndex ? "" : rest[rest.index(after: end)...]
        }
        var dateIndex: Int?
        var date: CalendarDate?
        for (i, line) in lines.enumerated() {
            if let d = publicationDate(in: line) {
                dateIndex = i
                date = d
                break
            }
        }
        var title: String?
        if let d = dateIndex {
            if d > 0, isTitle(lines[d - 1]) {
                title = lines[d - 1]
            } else if d + 1 < lines.count, isTitle(lines[d + 1]) {
                title = lines[d + 1]
            }
        } else if let first = lines.first, isTitle(first) {
            title = first
        }
        return (title, date)
    }

    /// A date on a short line of its own, with or without a time: "14-06-2023 14:15",
    /// "13/06/2018", "Thứ hai, 26/12/2022, 13:45 (GMT+7)". Not a banner, not a sentence.
    static func publicationDate(in line: String) -> CalendarDate? {
        guard line.count <= 80 else { return nil }
        let clean = CleanText(line)
        let folded = String(decoding: clean.fold, as: UTF8.self)
        if folded.contains("hom nay") || folded.hasPrefix("ngay ") { return nil }
        var s = Scanner(clean)
        while !s.atEnd {
            if Scanner.isDigitByte(s.current), s.isWordStart(s.pos) {
                var probe = s
                if let d = probe.readDate() { return d }
            }
            s.pos += 1
        }
        return nil
    }

    /// A line that reads like a headline: 4 words or more, not a sentence of the body, not a
    /// menu ("VĂN PHÒNG TỈNH UỶ | TIN HOẠT ĐỘNG"), not a caption.
    static func isTitle(_ line: String) -> Bool {
        let words = line.split(separator: " ").count
        guard words >= 4, line.count <= 250, !line.contains("|") else { return false }
        guard let last = line.last, last != "." || line.hasSuffix("..."), last != ":" else { return false }
        let letters = line.filter(\.isLetter)
        if !letters.isEmpty, letters.allSatisfy(\.isUppercase) { return false }
        if publicationDate(in: line) != nil { return false }
        return true
    }
}
