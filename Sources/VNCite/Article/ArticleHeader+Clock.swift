/// The page's clock over the title and the article's own date line under it.
extension ArticleHeader {
    /// Where the article's date line stands under the page's clock on line `n`, and its date:
    /// - "Thứ 5, 28/11/2024, 20:49" / the title / "Thứ 5, 06/01/2022 | 14:39": a date line under the
    ///   title, no later than the clock, unless the clock is a page's left as cached, its time to the
    ///   second ("Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27" / the title / "Văn Hoa - Việt Hà -
    ///   16:11, 09/09/2024"); or further under it, past the page's sections ("Thứ năm, Ngày 17 Tháng
    ///   9 Năm 2021" / "Phóng sự ảnh" / "Giới thiệu chung" / the title / "(10/05/2017 08:53)");
    /// - "Phóng sự ảnh Thứ hai, 25/11/2024 , 04:17 am" / "Cập nhật : 10/06/2012 , 05:06(GMT +7)": a
    ///   labelled date line right under an unlabelled clock, or an earlier day's ("Thứ Hai, 22/07/2019
    ///   6:03:54 CH" / "Ngày 22/03/2019 15:06:23").
    /// (Right under the title, the line stays the clock's: the title is read over it.)
    static func dateUnderClock(_ text: CleanText, _ lines: ArraySlice<Range<Int>>, _ n: Int, clock: CalendarDate) -> (Int, CalendarDate)? {
        if n + 1 < lines.endIndex, !labelledDateLine(text, lines[n]), let under = publicationDate(in: text, lines[n + 1]),
           labelledDateLine(text, lines[n + 1]) || under < clock {
            return (n + 1, under)
        }
        guard let m = lines.indices.dropFirst(n + 1).prefix(10).first(where: { publicationDate(in: text, lines[$0]) != nil }), m >= n + 2,
              let under = publicationDate(in: text, lines[m]), under <= clock || tellsSeconds(text, lines[n]) else { return nil }
        // (Further down, only sections' names, menu items or a slogan between and the headline over it: not a
        // forum's post, "• #598749 18/02/2023" / its author's name / "Top 25" / … / "Tham gia:03/08/2022".)
        if m > n + 2, !((n + 1)..<(m - 1)).allSatisfy({ isSection(text.string(lines[$0])) || menuItem(text.string(lines[$0]))
            || PageChrome.holds(text, lines[$0]) || PageChrome.exclaimedOver(text, Array(lines.prefix($0 + 2)), $0) })
            || !readsAsHeadline(text.string(lines[m - 1])) {
            return nil
        }
        return (m > n + 2 ? m : n, under)
    }
}

extension ArticleHeader {
    /// "Thông tin phục vụ điều hành", "Tra cứu văn bản": an item of a portal's menu between its clock and
    /// the headline — six words at most, no digit, no mark of a sentence or a label.
    static func menuItem(_ line: String) -> Bool {
        (1...6).contains(line.split(separator: " ").count) && !line.contains(where: { $0.isNumber || ".:,;!?\"“”".contains($0) })
    }

    /// "10" / "09/2021": a portal's date badge, its day on a line over its month and year — the date,
    /// read at the second line.
    static func splitBadge(_ text: CleanText, _ lines: [Range<Int>], _ n: Int) -> CalendarDate? {
        guard n >= 1, lines[n - 1].count <= 2, let day = Int(text.string(lines[n - 1])) else { return nil }
        let parts = text.string(lines[n]).split(separator: "/")
        guard parts.count == 2, parts[0].count <= 2, parts[1].count == 4, let month = Int(parts[0]), let year = Int(parts[1]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}

extension ArticleHeader {
    /// "Thứ sáu,  16/04/2021" alone as the page's first line, a weekday and a day with no time: the
    /// site's clock over an archived article ("Hội thảo nâng cao chất lượng thực hành quyền công tố" /
    /// "LSO-Ngày 18/12/2015, …"), not its date. (A dated line under a section's name, "Thứ Năm,
    /// 14/3/2024", or with its time, "Thứ 5, 28/11/2024, 20:49", is the article's; so is one with another date
    /// line under it, of which `dateUnderClock` tells which dates the article.)
    /// `lines`: the page's lines over its body.
    static func weekdayClock(_ text: CleanText, _ lines: [Range<Int>], _ n: Int) -> Bool {
        guard n == 0, !lines.isEmpty else { return false }
        let words = String(decoding: text.fold[lines[0]], as: UTF8.self).split(whereSeparator: { " ,".contains($0) })
        guard words.count == 3, opensOnWeekday(words) else { return false }
        let day = words[2].split(separator: "/")
        // (With another date line over the body, `dateUnderClock` tells which is the article's.)
        return day.count == 3 && day.allSatisfy { $0.allSatisfy(\.isNumber) } && day[2].count == 4
            && !lines.dropFirst().contains { publicationDate(in: text, $0) != nil }
    }

    /// Whether folded words open on a weekday's two: "thu hai" … "thu bay", "thu 2" … "thu 7", "chu nhat".
    static func opensOnWeekday<S: StringProtocol>(_ words: [S]) -> Bool {
        words.count >= 2 && (words[0] == "thu" && (["hai", "ba", "tu", "nam", "sau", "bay"].contains(words[1]) || ("2"..."7").contains(words[1]))
            || words[0] == "chu" && words[1] == "nhat")
    }
}
