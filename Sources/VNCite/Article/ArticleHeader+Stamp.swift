/// A page's time stamp printed in brackets with its headline or its lead, as a city's portal does,
/// or run on after the headline in a copy of the page.
extension ArticleHeader {
    /// "Đại hội Đảng bộ Thị xã Sơn Tây lần thứ XXI thành công tốt đẹp (17:55 30/07/2020)", "Biểu
    /// dương người có uy tín tiêu biểu (20/12/2018 14:40)", "… năm 2022 [17-05-2022]" end on their stamps; "(16/07/2014)Chiều
    /// ngày 16/7, dưới sự điều hành …" opens on it: the date, with its year, and where the stamp
    /// stands in the line. Only a date and a time in the brackets; at a headline's end, apart from
    /// it and with its time (not a related article's headline with its date glued, "Vụ án Lã Thị Kim
    /// Oanh(17/11/2003)", in the list under a title).
    static func stamp(_ text: CleanText, _ line: Range<Int>) -> (date: CalendarDate, range: Range<Int>)? {
        let s = text.scalars
        guard line.count > 12 else { return nil }
        // (A day alone in the first line's brackets too: "Sở Xây dựng Hà Nội tích cực triển khai … năm
        // 2021 (21/01/2021)" — a list of related headlines stands under the title, never on its line;
        // there, glued to the last word too, "Đại hội Thi đua yêu nước ngành Xây dựng lần thứ V(27/11/2020)";
        // in square brackets, "… năm 2022 [17-05-2022]", which no list of related headlines writes.)
        let closing = s[line.upperBound - 1], opening: Unicode.Scalar = closing == "]" ? "[" : "("
        if closing == ")" || closing == "]", let open = (max(line.lowerBound, line.upperBound - 20)..<line.upperBound).last(where: { s[$0] == opening }),
           open > line.lowerBound, case let first = firstUnderSection(text, line), s[open - 1] == " " || first,
           let date = stampDate(text.string((open + 1)..<(line.upperBound - 1)), timed: !first && closing == ")") {
            return (date, open..<line.upperBound)
        }
        if let runOn = runOnStamp(text, line) ?? gluedStamp(text, line) { return runOn }
        guard s[line.lowerBound] == "(", let close = (line.lowerBound..<min(line.upperBound, line.lowerBound + 21)).first(where: { s[$0] == ")" }),
              close + 1 < line.upperBound, let date = stampDate(text.string((line.lowerBound + 1)..<close), timed: false) else { return nil }
        return (date, line.lowerBound..<(close + 1))
    }

    /// Whether `line` is the page's first, or the first under a section's name or the site's line alone
    /// ("Tin KHCN trong tỉnh" / "Lễ công bố quyết định thành lập Đảng bộ Sở Khoa học và Công nghệ tỉnh
    /// BR-VT (12/12/2016)").
    static func firstUnderSection(_ text: CleanText, _ line: Range<Int>) -> Bool {
        let fold = text.fold
        func blank(_ b: UInt8) -> Bool { b == 32 || b == 10 }
        // (Back over the blank before the line, then the one line over it, then nothing but blanks.)
        guard let end = fold[..<line.lowerBound].lastIndex(where: { !blank($0) }).map({ $0 + 1 }) else { return true }
        let start = fold[..<end].lastIndex(of: 10).map { $0 + 1 } ?? 0
        guard fold[..<start].allSatisfy(blank) else { return false }
        // (Or under the site's own line: "SINH NĂNG LƯỢNG - DƯỠNG TƯƠNG LAI" / "Hội nghị người lao động năm
        // 2011 … (10/01/2011)".)
        return isSection(text.string(start..<end).trimmingCharacters(in: .whitespaces)) || PageChrome.holds(text, start..<end)
    }

    /// "Trung tâm Phục vụ Hành chính công TP.HCM gấp rút hoàn thiện trước giờ G 27/12/2025 15:38": a
    /// copied page's date and time run on after its headline, with no brackets.
    static func runOnStamp(_ text: CleanText, _ line: Range<Int>) -> (date: CalendarDate, range: Range<Int>)? {
        let s = text.scalars
        guard let space = (line.lowerBound..<line.upperBound).last(where: { s[$0] == " " }),
              let before = (line.lowerBound..<space).last(where: { s[$0] == " " }), before > line.lowerBound else { return nil }
        let time = text.string((space + 1)..<line.upperBound)
        guard isClock(time), let date = stampDate(text.string((before + 1)..<space), timed: false) else { return nil }
        return (date, (before + 1)..<line.upperBound)
    }

    /// "15:38": an hour and its minutes, figures on both sides of one colon.
    static func isClock<S: StringProtocol>(_ time: S) -> Bool {
        time.split(separator: ":").count == 2 && time.allSatisfy { $0.isNumber || $0 == ":" }
    }

    /// "Họp trực tuyến ứng phó bão số 10⟨28-12-2016⟩": a copied page's date glued to its headline's last
    /// word, written in full with two figures for the day and the month, after four words or more.
    /// (With its time after it: "… năm 2023⟨23/05/2023 10:05:00 SA⟩".)
    static func gluedStamp(_ text: CleanText, _ line: Range<Int>) -> (date: CalendarDate, range: Range<Int>)? {
        let s = text.scalars
        let start = timeEnd(text, line) - 10
        guard start > line.lowerBound, s[start - 1] != " ", s[start - 1] != "(", s[start + 2] == "-" || s[start + 2] == "/",
              s[start + 5] == s[start + 2] else { return nil }
        // (Read on the scalars: most lines end otherwise, and a line may be a whole paragraph.)
        func number(_ from: Int, _ count: Int) -> Int? {
            var n = 0
            for k in from..<(from + count) {
                guard (48...57).contains(s[k].value) else { return nil }
                n = n * 10 + Int(s[k].value - 48)
            }
            return n
        }
        guard let day = number(start, 2), let month = number(start + 3, 2), let year = number(start + 6, 4), (1990...2100).contains(year),
              let valid = CalendarDate(year: year, month: month, day: day),
              s[line.lowerBound..<start].reduce(0, { $0 + ($1 == " " ? 1 : 0) }) >= 3 else { return nil }
        return (valid, start..<line.upperBound)
    }

    /// Where a line ends before the time it ends on ("10:05:00 SA", "14:15", "8:03 PM"), else its end.
    static func timeEnd(_ text: CleanText, _ line: Range<Int>) -> Int {
        let s = text.scalars
        var end = line.upperBound
        // ("SA", "CH", "AM", "PM": the half of the day.)
        if end - line.lowerBound > 3, s[end - 3] == " ", ["SA", "CH", "AM", "PM"].contains(String(String.UnicodeScalarView(s[(end - 2)..<end]))) {
            end -= 3
        }
        var k = end
        while k > line.lowerBound, s[k - 1] == ":" || (48...57).contains(s[k - 1].value) { k -= 1 }
        let clock = s[k..<end]
        guard k > line.lowerBound, s[k - 1] == " ", clock.contains(":"), clock.first != ":", clock.count >= 4 else { return line.upperBound }
        return k - 1
    }

    /// "Khẩn trương hoàn thành cấp giấy chứng nhận … trước ngày 20/12/2010" over "Tin tức nổi bật"
    /// over "Khẩn trương hoàn thành cấp giấy chứng nhận … trước ngày 20/12/2010 (22/11/2010)": the
    /// headline said again with its date in brackets is the page's date (not another article's
    /// headline with its date, in a list of related ones).
    static func repeatedHeadlineDate(_ text: CleanText, headline: Range<Int>, _ line: Range<Int>) -> CalendarDate? {
        let s = text.scalars
        let length = headline.count
        guard line.count > length + 3, s[line.upperBound - 1] == ")", s[line.lowerBound + length] == " ",
              s[line.lowerBound + length + 1] == "(", text.scalars[line.lowerBound..<(line.lowerBound + length)].elementsEqual(s[headline]) else { return nil }
        return stampDate(text.string((line.lowerBound + length + 2)..<(line.upperBound - 1)), timed: false)
    }

    /// "17:55 30/07/2020", "16/07/2014": a day with its year, after a time when `timed`.
    static func stampDate(_ inside: String, timed: Bool) -> CalendarDate? {
        var parts = inside.split(separator: " ")
        let isTime = { (part: Substring) in part.split(separator: ":").count == 2 && part.allSatisfy({ $0.isNumber || $0 == ":" }) }
        // (The time before the date or after it: "(17:55 30/07/2020)", "(20/12/2018 14:40)".)
        if parts.count == 2, isTime(parts[0]) {
            parts.removeFirst()
        } else if parts.count == 2, isTime(parts[1]) {
            parts.removeLast()
        } else if timed {
            return nil
        }
        guard parts.count == 1 else { return nil }
        // ("17-05-2022": dashes for the slashes, both the same.)
        let mark: Character = parts[0].contains("/") ? "/" : "-"
        let numbers = parts[0].split(separator: mark).compactMap { Int($0) }
        guard numbers.count == 3, parts[0].split(separator: mark).count == 3, (1990...2100).contains(numbers[2]) else { return nil }
        return CalendarDate(year: numbers[2], month: numbers[1], day: numbers[0])
    }

    /// A headline without the stamp it ends on: "… thành công tốt đẹp ⟨(17:55 30/07/2020)⟩".
    static func withoutStamp(_ text: CleanText, _ line: Range<Int>) -> Range<Int> {
        guard let stamped = stamp(text, line)?.range, stamped.upperBound == line.upperBound else { return line }
        var end = stamped.lowerBound
        while end > line.lowerBound, text.scalars[end - 1] == " " { end -= 1 }
        return line.lowerBound..<end
    }

    /// Whether a line tells the time to the second, as a page's clock does: "09:25:27".
    static func tellsSeconds(_ text: CleanText, _ line: Range<Int>) -> Bool {
        let fold = text.fold
        func digits(_ k: Int) -> Bool { k + 1 < line.upperBound && Scanner.isDigitByte(fold[k]) && Scanner.isDigitByte(fold[k + 1]) }
        return line.contains { k in
            k + 8 <= line.upperBound && digits(k) && fold[k + 2] == UInt8(ascii: ":") && digits(k + 3) && fold[k + 5] == UInt8(ascii: ":") && digits(k + 6)
        }
    }
}
