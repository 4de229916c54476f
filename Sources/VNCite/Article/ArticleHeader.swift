/// The title and publication date an article's text carries in its first lines.
///
/// "Chính trị 13:45 26/12/2022 (0) (375)" then "Sở TTTT: Năm 2023 tập trung …" gives the date
/// 2022-12-26 and that title; "Thường trực Tỉnh uỷ làm việc với Sở …" over "10.2.2017 - 16:51"
/// gives 2017-02-10. A page banner ("Hôm nay, ngày 23 tháng 6 năm 2018") is not a date.
enum ArticleHeader {
    /// How many non-empty lines at the top are looked at.
    static let linesRead = 15

    /// A line longer than this (in characters) is a paragraph of the body; so is a shorter one that
    /// ends a sentence, longer than a date line with its labels.
    static let bodyParagraph = 250, bodySentence = 100

    /// `headline`: the title as the meeting reader takes it, which goes on past an outlet's mark
    /// ("… (NLĐ)-") when the lead runs on after it in its line: the reader finds the headline there,
    /// apart from a photo's caption glued to it (`LeadWords.partsAtOutletMark`).
    static func read(_ text: CleanText) -> (title: String?, date: CalendarDate?, headline: String?) {
        // The first non-empty lines; a line longer than a headline is body text, kept as nil.
        var lines: [Range<Int>] = []
        var i = 0
        let fold = text.fold
        while i < fold.count, lines.count < linesRead {
            var end = i
            while end < fold.count, fold[end] != 10 { end += 1 }
            var start = i
            while start < end, fold[start] == 32 { start += 1 }
            var stop = end
            while stop > start, fold[stop - 1] == 32 { stop -= 1 }
            if stop > start { lines.append(start..<stop) }
            i = end + 1
        }
        var dateIndex: Int?
        var date: CalendarDate?
        var siteAfterField = false, afterField = false
        // (" date 2026-02-09 Tiếp tục đẩy mạnh …": a store's date field that opens the first line, the
        // headline or the lead after it; a month alone, "date 2023-10", gives no day.)
        if let first = lines.first, let (field, end) = exportDateField(text, first) {
            (date, afterField) = (field, true)
            if end < first.upperBound { lines[0] = pastSection(text, end..<first.upperBound)..<first.upperBound; siteAfterField = true } else { lines.removeFirst() }
        }
        // Only above the body: a date line under the first paragraph is the body's — a timeline
        // ("- 4/1/1995, WTO tiếp nhận đơn"), a player's birth date, a letter's, a schedule's ("…
        // theo lịch sau:" then "18h30, thứ Bảy 26/02/2005").
        let body = lines.indices.dropFirst().first { n in
            lines[n].count > bodyParagraph || lines[n].count > bodySentence && [".", ":"].contains(text.scalars[lines[n].upperBound - 1])
        } ?? lines.count
        // (A line that spells its month only when no line writes it in digits: "Thứ 6, ngày 16 tháng 8,
        // 2019, 8:36:21 Chiều", a site's clock, over "09:55 04/03/2026".)
        for spelled in [false, true] where date == nil {
            for (n, line) in lines.prefix(body).enumerated() where date == nil && line.count <= 80 {
                if let d = publicationDate(in: text, line, spelledMonths: spelled) {
                    dateIndex = n
                    date = d
                }
            }
        }
        if dateIndex == nil, let field = date { dateIndex = lineDated(field, text, lines.prefix(body)) }
        // (A badge's day over its month and year: `splitBadge`.)
        if date == nil, let (n, badge) = lines.prefix(body).indices.dropFirst().lazy.compactMap({ n in splitBadge(text, lines, n).map { (n, $0) } }).first {
            (dateIndex, date) = (n, badge)
        }
        // (The site's clock over its contacts, or a weekday's alone atop the page — not after a store's
        // date field, " date 2025-10-27 Thứ Hai, 27/10/2025" — stands where a date line would, and dates nothing.)
        let bannerClock = dateIndex.map { PageChrome.clockOverContacts(text, lines, $0) || !afterField && weekdayClock(text, Array(lines.prefix(body)), $0) } == true
        if bannerClock { date = nil }
        // The page's clock over the title, the article's date line under it (`dateUnderClock`).
        if let n = dateIndex, let clock = date, let (m, under) = dateUnderClock(text, lines.prefix(body), n, clock: clock) {
            (dateIndex, date) = (m, under)
        }
        // (A date line a crawl glued to the lead: `dateGluedToLead`.)
        if date == nil, let (n, glued) = lines.prefix(body + 1).indices.lazy.compactMap({ n in dateGluedToLead(text, lines[n]).map { (n, $0.date) } }).first {
            (dateIndex, date) = (n, glued)
        }
        // "Ngày 24 tháng 02 năm 2025" alone on a line above the title, with nothing but the page's
        // lines over it, or right under the title ("Ngày 16/04/2004", "Ngày 02/10/2024 | 08:20"), is
        // the page's date (elsewhere, a letter's or a speech's).
        if date == nil, !bannerClock, let above = lines.prefix(body).firstIndex(where: { dayLine(text, $0) != nil }),
           lines[..<above].allSatisfy({ $0.count <= 100 }),  // (not under a paragraph: "… Sau đây là bức thư." / "Ngày 27-4-2006")
           lines[..<above].indices.allSatisfy({ n in
               let line = text.string(lines[n])
               return !isTitle(line) || PageChrome.holds(text, lines[n]) || n == above - 1 || n < above - 1 && isSection(line)
           }) {
            (dateIndex, date) = dayLineUnderClock(text, lines.prefix(body), above)
        }
        // Else a stamp in brackets with the headline or the lead's line: "… tốt đẹp (17:55 30/07/2020)".
        if date == nil { date = lines.prefix(body + 1).dropFirst(bannerClock ? (dateIndex ?? 0) + 1 : 0).lazy.compactMap { stamp(text, $0)?.date }.first }
        // Else the headline said again with its date: "… (22/11/2010)".
        if date == nil, let first = lines.first {
            date = lines.prefix(body).dropFirst().lazy.compactMap { repeatedHeadlineDate(text, headline: first, $0) }.first
        }
        // Else a labelled date line under the first paragraph ("cms-publish-date 23/10/2020 | 09:45"), or a stamp under its authors.
        if date == nil {
            date = lines.dropFirst(body).prefix(2).lazy.filter { labelledDateLine(text, $0) }.compactMap { publicationDate(in: text, $0) }.first
                ?? stampUnderByline(text, lines, body: body)
        }
        // Else the byline's under the text: "Thu Hà - 08/03/2024".
        if date == nil { date = bylineDate(text) }
        // Line `n` read as a headline: the title, and the headline as the meeting reader takes it.
        func titles(at n: Int) -> (title: String?, headline: String?) {
            guard n >= 0, n < lines.count, publicationDate(in: text, lines[n]) == nil, !PageChrome.holds(text, lines[n]) else { return (nil, nil) }
            // A headline with its lead run on in its line is the words before the lead, or before
            // the outlet's mark that opens it.
            var line = lines[n]
            // ("• Hội nghị trực tuyến của Chính phủ …": a page's bullet before it.)
            while line.count > 2, ["\u{2022}", " "].contains(text.scalars[line.lowerBound]) { line = (line.lowerBound + 1)..<line.upperBound }
            line = withoutPictureNumber(text, withoutPrintButton(text, withoutTrailingBar(text, withoutTemplateNull(text, line))))
            if let lead = gluedLeadStart(text, line) { line = line.lowerBound..<(text.scalars[lead - 1] == " " ? lead - 1 : lead) }
            line = withoutStamp(text, line)
            // (The title shown with the page's own dashes, the headline read as the cleaned text.)
            let headline = headlineText(line, of: n)
            guard let mark = outletMarkStart(text, line) else { return (headline.map { _ in text.stringWithOriginalDashes(line) }, headline) }
            line = line.lowerBound..<mark
            while line.count > 0, text.scalars[line.upperBound - 1] == " " { line = line.lowerBound..<(line.upperBound - 1) }
            return (headlineText(line, of: n).map { _ in text.stringWithOriginalDashes(line) }, headline)
        }
        func headlineText(_ line: Range<Int>, of n: Int) -> String? {
            // A line longer than a headline is body text; so is a long one that opens as a lead does ("Chiều nay, đồng chí …").
            guard line.count <= 250, line.count <= 120 || !opensLead(text.fold, at: line.lowerBound) else { return nil }
            let s = text.string(line)
            // A headline of two or three words stands over the body's first paragraph, with no mark
            // to end it that would make it a caption, a label or a letter's greeting ("Ảnh: TTXVN",
            // "Mẹ kính,").
            let overBody = dateIndex == nil && n == 0 && lines.count > 1 && lines[1].count > 80 && lines[n] == line
                && !s.contains(":") && !s.hasSuffix(",")
            // (A portal's headline may end on a full stop, right over its date line: "Tổ chức đối thoại
            // với các hộ dân khiếu nại việc cưỡng chế, thu hồi đất tại xã Đắk Ngo, huyện Tuy Đức." over
            // "cms-publish-date 17/04/2018 | 08:03" — one sentence, kept as the page writes it.)
            // (Or one the page says again on the next line, twice and no more: "Hương Khê: Triển khai phong
            // trào … năm 2020." — not a sentence a text repeats; or the first line over its lead.)
            func same(_ a: Int, _ b: Int) -> Bool { b < lines.count && text.scalars[lines[a]].elementsEqual(text.scalars[lines[b]]) }
            let repeated = same(n, n + 1) && !same(n, n + 2)
            if s.hasSuffix("."), !s.hasSuffix(".."), !s.dropLast().contains(". "),
               dateIndex.map({ n == $0 - 1 }) == true || repeated || standsOverItsLead(text, lines, n, dated: dateIndex != nil)
                || dateIndex.map({ n == $0 + 1 }) == true && underTheDateOverItsLead(text, lines, n) {
                return readsAsHeadline(String(s.dropLast())) ? s : nil
            }
            return readsAsHeadline(s, fewestWords: overBody ? 2 : 4) ? s : nil
        }
        // (Over a date line, else under it; with no date line, the first line that is not the page's
        // name or breadcrumb, nor an item of its menus after a bullet: "• Huế ngày nay Online". Under
        // it first when the line over it is the page's section, "Thời sự - Chính trị", over a longer
        // headline.)
        // (The page's tools between the date line and the headline are passed over: "28/04/2021" /
        // "Tăng cỡ chữ Giảm cỡ chữ" / the headline.)
        // (Nor a line of marks alone, a page's stray ".".)
        var order = dateIndex.map { n in
            [overSection(text, lines, overByline(text, lines, from: overTools(text, lines, n))),
             underSection(text, lines, lines.indices.dropFirst(n + 1).prefix(3).first { !PageChrome.holds(text, lines[$0]) && text.fold[lines[$0]].contains(where: Scanner.isWordByte) } ?? n + 1)]
        }
            ?? [lines.prefix(body).indices.first { n in
                !PageChrome.holds(text, lines[n]) && text.scalars[lines[n].lowerBound] != "\u{2022}" && !PageChrome.bannerOver(text, lines, n)
                    && !PageChrome.endsOnCredit(text, lines[n])  // (nor a photo's caption over the headline)
            } ?? 0]
        // (With no date line, a section's name over the headline, a blank line between, "Trong tỉnh" / "" /
        // "Các ngân hàng sẽ giải ngân 21.000 tỷ đồng vào Thanh Hóa": the line under it next — not a short
        // headline over its lead, "Cá nướng ngói" / "Cá nướng trên ngói là …".)
        // (Or with no blank line, a pair of fields, "Chính quyền - đoàn thể" / "Hiệp thương cử bổ sung …" / "(QNO) - Sáng 21/2, …",
        // or a headline under it: "Tin tức" / "Trường Đại học Khoa học … tổ chức hội nghị …" / "Chiều ngày 29/12/2025, …".)
        if dateIndex == nil, let n = order.first, n + 1 < min(body, lines.count), isSection(text.string(lines[n])),
           text.fold[lines[n].upperBound..<lines[n + 1].lowerBound].filter({ $0 == 10 }).count >= 2
            || (text.string(lines[n]).contains(" - ") || headlineUnderSectionName(text, lines, n)) && overBodyAndLonger(text, lines, n) {
            // (First when it is the longer, over the body: "Ban Chỉ đạo Trung ương" / "" / "Phấn đấu giảm tỷ lệ hộ nghèo …".)
            if overBodyAndLonger(text, lines, n) { order.insert(n + 1, at: 0) } else { order.append(n + 1) }
        }
        if dateIndex == 1, lines.count > 3, isSection(text.string(lines[0])),
           let under = titles(at: 2).title, under.split(separator: " ").count > text.string(lines[0]).split(separator: " ").count {
            order.reverse()
        }
        if let n = order.first, shorterUnder(text, lines, n) { order.insert(n + 1, at: 0) }
        // (" date 2025-10-03 Phú Thọ 24h" / the headline: the site's name after a store's date field, three
        // words at most and no headline — the line under it next; first when it is a section's, " date … Xã hội".)
        if siteAfterField, dateIndex == nil, order.first == 0, 1 < min(body, lines.count), text.string(lines[0]).split(separator: " ").count <= 3 {
            if isSection(text.string(lines[0])), isTitle(text.string(lines[1])) { order.insert(1, at: 0) } else { order.append(1) }
        }
        order = order.map { underKicker(text, lines, $0, body: body) }
        let found = order.map(titles)
        return (found.lazy.compactMap(\.title).first, date, found.lazy.compactMap(\.headline).first)
    }

    /// A date on a short line of its own, with or without a time: "14-06-2023 14:15",
    /// "13/06/2018", "Thứ hai, 26/12/2022, 13:45 (GMT+7)", "Thứ 4, 14/06/2023", "16:51, 14/06/2023",
    /// "Cập nhật: 14/6/2023", "08 Tháng Giêng, 2024" (`monthNamedDate`), "Ngày đăng:
    /// 12-06-2023", the date lines of exports and crawls ("2025-11-03T08:15:00+07:00", "2025-11-03
    /// 08:15", "20191105"). Not a banner, not a sentence of the body ("Ngày 5/2/2004, Bộ … họp"
    /// has too many words).
    /// (`spelledMonths`: whether a month's name is read too.)
    static func publicationDate(in text: CleanText, _ line: Range<Int>, spelledMonths: Bool = true) -> CalendarDate? {
        guard line.count <= 80 else { return nil }
        // "Cập nhật: 12/04/2022 | Chuyên mục: Chính quyền điện tử": the date is one field of the line.
        if let bar = text.fold[line].firstIndex(of: UInt8(ascii: "|")) {
            return publicationDate(in: text, line.lowerBound..<bar, spelledMonths: spelledMonths)
                ?? publicationDate(in: text, (bar + 1)..<line.upperBound, spelledMonths: spelledMonths)
        }
        let folded = String(decoding: text.fold[line], as: UTF8.self)
        // The words a date line holds beside its date, weekdays and labels.
        lazy var otherWords = folded.split(whereSeparator: { !$0.isLetter }).filter { !dateLineWords.contains(String($0)) }
        if MeetingLead.contains(text.fold, line, Array("hom nay".utf8)) { return nil }
        // ("Thời gian: ngày 12-2-2006": when an event listed is held, not when the text was.)
        if folded.hasPrefix("thoi gian"), !publicationLabels.contains(where: { folded.hasPrefix($0) }) { return nil }
        // ("Ngày đăng: 12-06-2023", "Ngày 14/06/2023 08:30" are date lines; "Ngày 5/2/2004, Bộ Y tế họp"
        // is a sentence, and "Ngày 27-4-2006" over a letter in the body is the letter's date.)
        if folded.hasPrefix("ngay "), !publicationLabels.contains(where: { folded.hasPrefix($0) }),
           !(folded.contains(":") && otherWords.isEmpty) {
            return nil
        }
        if let first = folded.utf8.first, first >= 48, first <= 57, let iso = isoDate(folded) { return iso }
        if let on = submittedOn(text, line) ?? labelAfterByline(text, line) { return publicationDate(in: text, on..<line.upperBound, spelledMonths: spelledMonths) }
        // ("date: 2025-11-03", "Published: 2025-11-03T08:15:00+07:00", "Ngày đăng: 2025-11-03 08:15": an
        // export's field, its label before the ISO date.)
        if let label = (isoLabels + publicationLabels).first(where: { folded.hasPrefix($0) }),
           let iso = isoDate(String(folded.dropFirst(label.count).drop { $0 == ":" || $0 == " " })) {
            return iso
        }
        if let d = spacedDate(folded) { return otherWords.count <= 4 ? d : nil }
        if spelledMonths, let d = monthNamedDate(folded) { return d }
        var s = Scanner(text, at: line.lowerBound)
        while s.pos < line.upperBound {
            if Scanner.isDigitByte(s.current), s.isWordStart(s.pos) {
                var probe = s
                if let us = usOrderedDate(text, at: s.pos, line) { return otherWords.count <= 4 ? us : nil }
                if let d = probe.readDate() {
                    // A date line holds little else: not "Sáng 5/2/2004, Bộ … họp khẩn"; nor a related
                    // article's headline with its date in brackets, "Sốt xuất huyết(12/01/2004)", in
                    // the list a short text ends with.
                    // ("[ Cập nhật vào ngày (13/04/2021) ] - [ Số lần xem: 539 ]": a label's words before it.)
                    let bracketed = s.pos > line.lowerBound && text.scalars[s.pos - 1] == "("
                        && probe.pos < line.upperBound && text.scalars[probe.pos] == ")" && !labelsOnly(text, line.lowerBound..<s.pos)
                    // Nor the last day of a list, which a schedule or a headline gives: "Lịch cúp nước
                    // ngày 18,19, 20-4-2006" (a publication date is one day).
                    // (Not a weekday or a time before the comma: "Thứ 4, 14/06/2023", "16:51, 14/06/2023".)
                    var k = s.pos - 1
                    while k > line.lowerBound, text.scalars[k] == " " { k -= 1 }
                    var listed = false
                    if k > line.lowerBound, text.scalars[k] == "," {
                        var first = k
                        while first > line.lowerBound, Scanner.isDigitByte(text.fold[first - 1]) { first -= 1 }
                        let before = String(decoding: text.fold[line.lowerBound..<first], as: UTF8.self)
                        listed = first < k && k - first <= 2 && !before.hasSuffix(":") && !before.hasSuffix("thu ") && !before.hasSuffix("t")
                    }
                    // (More words when they are the outlet's or the author's name before a dash: "Truyền
                    // hình Tòa án nhân dân - 25/12/2022 - 05:16".)
                    return (otherWords.count <= 4 || signed(text, line) == d) && !(bracketed && !otherWords.isEmpty) && !listed ? d : nil
                }
            }
            s.pos += 1
        }
        return nil
    }
}
