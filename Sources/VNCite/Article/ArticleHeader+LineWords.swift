/// The words a page's date line holds beside its date, its labels, and the lines dated by them alone.
extension ArticleHeader {
    /// A line that opens on a label of the page's publication date: "cms-publish-date 23/10/2020 | 09:45",
    /// "Ngày đăng: 12-06-2023", "Publish date 22/09/2014 | 00:00".
    static func labelledDateLine(_ text: CleanText, _ line: Range<Int>) -> Bool {
        let folded = text.fold[line]
        return (publicationLabels + ["cms-publish-date", "publish date"]).contains { folded.starts(with: $0.utf8) }
    }

    /// Whether the words of `part` are a date line's own, its labels and weekdays alone: "[ Cập nhật
    /// vào ngày (" before its date, not a headline's "Sốt xuất huyết(".
    static func labelsOnly(_ text: CleanText, _ part: Range<Int>) -> Bool {
        String(decoding: text.fold[part], as: UTF8.self).split(whereSeparator: { !$0.isLetter }).allSatisfy { dateLineWords.contains(String($0)) }
    }

    /// "19/07/2024Sáng nay (19/7), Đảng ủy, Bộ Chỉ huy Quân sự tỉnh …": the page's date line glued to
    /// its lead by a crawl that dropped the break between them — a full date, then a capital letter;
    /// or a portal's date in ISO order, a dash after it: "2015-03-24 - Thực hiện Kế hoạch số …"; past
    /// its label, "Ngày đăng: 16/03/2022Ngày 11/03/2022, tại …". The date, and where the lead starts.
    static func dateGluedToLead(_ text: CleanText, _ line: Range<Int>) -> (date: CalendarDate, lead: Int)? {
        // (Past its label: "Ngày đăng: 16/03/2022Ngày 11/03/2022, tại …".)
        let folded = String(decoding: text.fold[line.prefix(20)], as: UTF8.self)
        if let label = publicationLabels.first(where: { folded.hasPrefix($0 + ":") || folded.hasPrefix($0 + " :") }) {
            var k = line.lowerBound + label.utf8.count
            while k < line.upperBound, [32, 58].contains(text.fold[k]) { k += 1 }
            guard k < line.upperBound, Scanner.isDigitByte(text.fold[k]) else { return nil }
            return dateGluedToLead(text, k..<line.upperBound)
        }
        var s = Scanner(text, at: line.lowerBound)
        guard Scanner.isDigitByte(s.current) else { return nil }
        if line.count > 14, text.fold[line.lowerBound + 4] == UInt8(ascii: "-"),
           let iso = isoDate(String(decoding: text.fold[line.lowerBound..<(line.lowerBound + 10)], as: UTF8.self)),
           text.string((line.lowerBound + 10)..<(line.lowerBound + 13)) == " - ", CleanText.isUppercase(text.scalars[line.lowerBound + 13]) {
            return (iso, line.lowerBound + 13)
        }
        guard let date = s.readDate(), s.pos < line.upperBound, CleanText.isUppercase(text.scalars[s.pos]) else { return nil }
        return (date, s.pos)
    }

    /// "Submitted by Ban biên tập on 18 October 2019": where the date a portal's byline gives its
    /// author's post starts, after " on ".
    static func submittedOn(_ text: CleanText, _ line: Range<Int>) -> Int? {
        let fold = text.fold[line]
        guard fold.starts(with: "submitted by ".utf8), let on = fold.indices.reversed().first(where: { k in
            k + 4 <= line.upperBound && fold[k..<(k + 4)].elementsEqual(" on ".utf8)
        }) else { return nil }
        return on + 4
    }

    /// "Người viết: admin - Ngày viết: Friday, Sep 24, 2021": where a date's label starts after the
    /// author's byline label, its name and a dash.
    static func labelAfterByline(_ text: CleanText, _ line: Range<Int>) -> Int? {
        let folded = String(decoding: text.fold[line], as: UTF8.self)
        guard bylineLabels.contains(where: { folded.hasPrefix($0) }), let dash = folded.range(of: " - "),
              folded.distance(from: folded.startIndex, to: dash.lowerBound) <= 40 else { return nil }
        let rest = folded[dash.upperBound...]
        guard publicationLabels.contains(where: { rest.hasPrefix($0) }) else { return nil }
        return line.lowerBound + folded.utf8.distance(from: folded.startIndex, to: dash.upperBound)
    }

    /// The publication date a line of its own gives ("13/06/2018", "Cập nhật: 14/6/2023").
    static func publicationDate(in line: String) -> CalendarDate? {
        let clean = CleanText(line)
        return publicationDate(in: clean, 0..<clean.count)
    }

    /// The labels, folded, that say a line's date is the page's: "Ngày đăng:", "Cập nhật:", "Xuất bản:",
    /// "Ngày phát hành:", "Đăng ngày:", "Thời gian đăng:", "Ngày tạo:", "Ngày viết:".
    static let publicationLabels = [
        "ngay dang", "ngay cap nhat", "ngay xuat ban", "ngay phat hanh", "cap nhat", "dang luc", "dang ngay", "xuat ban",
        "thoi gian dang", "thoi gian cap nhat", "ngay tao", "ngay viet",
    ]

    /// Words a date line may hold beside its date: weekdays, "cập nhật", "GMT", "Publish date", and the page's tools
    /// ("28/08/2017    Lượt xem: 1835    In bài viết   Độ tương phản").
    static let dateLineWords: Set<String> = [
        "thu", "hai", "ba", "tu", "nam", "sau", "bay", "chu", "nhat", "cap", "ngay", "dang", "gmt", "luc",
        "gio", "phut", "am", "pm", "sang", "chieu", "toi", "xuat", "ban", "update", "posted", "t", "h",
        "luot", "xem", "in", "bai", "viet", "do", "tuong", "phan", "publish", "published", "date", "vao",
    ]
}

extension ArticleHeader {
    /// "Ngày 24 tháng 02 năm 2025", "Ngày 24/02/2025": a day and nothing else, but its time ("Ngày
    /// 02/10/2024 | 08:20", "Ngày 01 Tháng 03 Năm 2024 / Thời gian 02:32") or the count of its readers
    /// ("Ngày 30 Tháng 12 Năm 2022 - 95779 Lượt xem").
    static func dayLine(_ text: CleanText, _ line: Range<Int>) -> CalendarDate? {
        var s = Scanner(text, at: line.lowerBound)
        guard line.count <= 60, s.read("ngay") else { return nil }
        s.skipSpaces()
        guard let d = s.readDate() else { return nil }
        s.skipSpaces()
        if ["|", "-", ",", "/"].contains(text.scalars[min(s.pos, text.count - 1)]) { s.pos += 1; s.skipSpaces() }
        if s.pos < line.upperBound, PageChrome.countOfViews(text.fold[s.pos..<line.upperBound]) { return d }
        if s.read("thoi gian") { s.skipSpaces() }
        if s.readNumber() != nil, s.current == UInt8(ascii: ":"), Scanner.isDigitByte(s.byte(s.pos + 1)) {
            s.pos += 1
            _ = s.readNumber()
            s.skipSpaces()
        }
        return s.pos >= line.upperBound ? d : nil
    }
}

extension ArticleHeader {
    /// The day line at `n` and its date, or the one right under the title under it, of a day no later:
    /// the page's clock over the title, the article's date under it ("Ngày 01 Tháng 03 Năm 2024 / Thời
    /// gian 02:32" / the title / "Ngày 30 Tháng 12 Năm 2022 - 95779 Lượt xem").
    static func dayLineUnderClock(_ text: CleanText, _ lines: ArraySlice<Range<Int>>, _ n: Int) -> (Int, CalendarDate?) {
        let clock = dayLine(text, lines[n])
        if n + 2 < lines.endIndex, let clock, let under = dayLine(text, lines[n + 2]), under <= clock { return (n + 2, under) }
        return (n, clock)
    }
}
