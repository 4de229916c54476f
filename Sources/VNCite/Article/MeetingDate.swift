/// The day of a meeting, as a lead gives it, resolved against the article's date.
///
/// "Ngày 7/6/2023, …" → 2023-06-07; "Sáng ngày 10/02/2017" → 2017-02-10; "Ngày 13 tháng 6 năm
/// 2023" → 2023-06-13; "Chiều 13/6" in an article of 14/6/2018 → 2018-06-13; "Ngày 23-12, …"
/// and "hôm 10/11" likewise; "sáng nay",
/// "hôm nay" → the article's date; "hôm qua" → the day before; "Sáng thứ Hai" → the last Monday
/// (`fromWeekday`). Without the year in the text or an article date, no date: a day and month
/// alone are not a date.
enum MeetingDate {
    static func read(_ sentence: String, articleDate: CalendarDate?) -> CalendarDate? {
        read(LeadWords(sentence), articleDate: articleDate)
    }

    static func read(_ lead: LeadWords, articleDate: CalendarDate?) -> CalendarDate? {
        first(lead, articleDate: articleDate) ?? nil
    }

    /// The sentence's first day, resolved (nil inside when its year cannot be known), or nil when
    /// the sentence gives no day at all. `since`: whether "từ ngày 5/7" with no end is a day of its
    /// own; in another sentence than the meeting's it is when something else began ("… cho biết, từ
    /// ngày 31/12/2004, các đơn vị điều trị đã có thể …"), and only a range there is read.
    static func first(_ lead: LeadWords, articleDate: CalendarDate?, since: Bool = true) -> CalendarDate?? {
        let w = lead.words
        // A purpose that opens the sentence holds the days of what it serves, not the meeting's: "Nhằm
        // bảo đảm Luật Đất đai 2013 được thi hành từ ngày 1-7-2014, chiều 3-7, Sở TN&MT … tổ chức hội nghị".
        // (To its comma or its semicolon: "Để đánh giá kết quả … năm 2022; ngày 21/12/2021, …".)
        let purpose = ["nham", "de"].contains(w.first?.folded ?? "")
            ? w.firstIndex { $0.after.contains(where: { ",;".contains($0) }) }.map { $0 + 1 } : nil
        // So does a source that opens it, when a day follows its comma: "Theo thông tin từ Hội thánh Tin
        // Lành Việt Nam (miền Nam) ngày 26/4, ngày 23/04/2021, tại Ấp 1, … đã diễn ra Lễ công bố …".
        if purpose == nil, w.first?.folded == "theo", let comma = w.firstIndex(where: { $0.after.contains(",") }), comma + 1 < w.count,
           let day = first(LeadWords(words: Array(w[(comma + 1)...])), articleDate: articleDate, since: since) {
            return day
        }
        for i in (purpose ?? 0)..<w.count {
            let f = w[i].folded
            if f == "ngay", datesADocument(w, day: i) || recursYearly(w, day: i) { continue }
            if f == "ngay" || f == "tu", takesEffect(w, at: i) { continue }
            if f == "tu", !since {
                let k = i + 1 < w.count && w[i + 1].folded == "ngay" ? i + 2 : i + 1
                if let d = firstOfRange(w, at: k, articleDate: articleDate) { return d }
                continue
            }
            // (Nor the day after such a "từ": "từ ⟨ngày 31/12/2004⟩", "từ ⟨sáng 5/7⟩".)
            if i > 0, w[i - 1].folded == "tu", !since { continue }
            if dayWords.contains(f) || f == "tu" {
                var k = i + 1
                if k < w.count, w[k].folded == "nay" || w[k].folded == "qua" {
                    // "Chiều nay (10/2)", "sáng qua", "Sáng nay ngày 16 tháng 9 năm 2022"
                    let day = k + 2 < w.count && w[k + 1].folded == "ngay" ? k + 2 : k + 1
                    if day < w.count, let d = dayMonth(w[day].text, articleDate: articleDate) { return d }
                    if let d = spelledOut(w, at: day, articleDate: articleDate) { return d }
                    return relative(w[k].folded == "nay" ? 0 : -1, articleDate)
                }
                if let d = fromWeekday(w, at: k, articleDate: articleDate, digits: f != "ngay") { return d }
                if k < w.count, w[k].folded == "ngay" { k += 1 }
                // "ngày 15/5 tới" is to come.
                if k < w.count, !(k + 1 < w.count && ["toi", "sap"].contains(w[k + 1].folded)),
                   let d = dayMonth(w[k].text, articleDate: articleDate) { return d }
                if let d = spacedDayMonth(w, at: k, articleDate: articleDate) { return d }
                if let d = firstOfRange(w, at: k, articleDate: articleDate) { return d }
                if k < w.count, let d = firstOfDashedRange(w[k].text, articleDate: articleDate) { return d }
                if let d = spelledOut(w, at: k, articleDate: articleDate) { return d }
                // The first day the sentence gives is its own; a later full date ("… sẽ tổ chức
                // ngày 1-2-2005") is another event's. A day without its year gives no date.
                if k < w.count, isDayAndMonth(w[k].text) { return .some(anniversaryYear(w, day: w[k].text)) }
            }
            // "18/8/2020, Tổng cục Thuế tổ chức …": a sentence that opens on the day alone, then a comma.
            if i == 0, w[0].after.hasPrefix(","), let d = dayMonth(w[0].text, articleDate: articleDate) { return d }
            // "Thứ Hai vừa qua, …": a sentence that opens on a weekday.
            if i == 0, let d = fromWeekday(w, at: 0, articleDate: articleDate) { return d }
            if f == "hom", i + 1 < w.count, w[i + 1].folded == "nay" || w[i + 1].folded == "qua" {
                if i + 2 < w.count, let d = dayMonth(w[i + 2].text, articleDate: articleDate) { return d }
                return relative(w[i + 1].folded == "nay" ? 0 : -1, articleDate)
            }
        }
        return nil
    }

    /// Words (folded) that a day follows: "sáng", "chiều", "tối", "trưa", "ngày", "hôm".
    static let dayWords: Set<String> = ["sang", "chieu", "toi", "trua", "ngay", "hom"]

    /// "Sáng 7/9/2002, Thủ tướng Anh …", "Ngày 31-5-2005, chúng tôi đã triệu tập …", "Theo TTXVN, ngày
    /// 10/7/2004, …": a sentence other than the meeting's gives its day only when it opens on a day; not
    /// a day inside it, another event's ("… để tránh lặp lại thảm hoạ ngày 26/12/2004", "… trận tranh
    /// Siêu Cup quốc gia với GĐT chiều 1/1/2006").
    static func opensOnADay(_ lead: LeadWords) -> Bool {
        // (Past an outlet's mark: "(Baohatinh.vn) - Sáng 19/3, …".)
        let part = lead.partsAtOutletMark.last ?? lead
        let w = part.words
        // (Past a dash that opens it, then a source and the session it goes on with, each to its comma
        // within a few words: "- Ngày 31-5-2005, …", "Theo TTXVN, ", "Tiếp tục chương trình Kỳ họp thứ
        // 15, sáng 10/7, …".)
        var k = w.prefix { !$0.text.contains(where: { $0.isLetter || $0.isNumber }) }.count
        for (opening, reach) in [(["theo"], 6), (["tiep", "tuc"], 10)] as [([Substring], Int)] where part.matches(opening, at: k) {
            if let comma = w[k...].prefix(reach).firstIndex(where: { $0.after.contains(",") }) { k = comma + 1 }
        }
        // ("Tôi nhiệt liệt hoan nghênh …": "tôi", I, is no "tối".)
        return k < w.count && dayWords.contains(w[k].folded) && w[k].lower != "tôi"
    }

    /// The first day of a range written with the second day's month: "(từ) ngày 4 đến 10/7" →
    /// 4 July, "các ngày 12, 13/6" → 12 June, "trong 2 ngày (27 và 28-2-2006)" → 2006-02-27,
    /// "trong hai ngày 25- 26/3/2010" → 2010-03-25, "từ ngày 5 đến ngày 7-8-2006" → 2006-08-05; or
    /// with its own month and the second day's year: "từ ngày 20/3 đến ngày 24/3/2006" → 2006-03-20,
    /// "từ 28/12 đến 2/1/2006" → 2005-12-28, "từ chiều 7/6 đến hết ngày 9/6/2022" → 2022-06-07 (nil
    /// inside without its year).
    static func firstOfRange(_ w: [LeadWords.Word], at k: Int, articleDate: CalendarDate?) -> CalendarDate?? {
        // ("Trong hai ngày 25- 26/3/2010": the dash glued to the first day.)
        let gluedDash = k + 1 < w.count && w[k].after.isEmpty && (w[k].text.hasSuffix("-") || w[k].text.hasSuffix("–"))
        let first = k < w.count ? numbers(gluedDash ? String(w[k].text.dropLast()) : w[k].text) : []
        // ("Trong các ngày 12, 13/6": two days listed with a comma.)
        let listed = k + 1 < w.count && w[k].after == "," && first.count == 1 || gluedDash
        guard k + 2 < w.count || listed, (1...2).contains(first.count), let day = first[0], (1...31).contains(day),
              first.count == 1 || first[1].map({ (1...12).contains($0) }) == true,
              listed || w[k].after.isEmpty && ["va", "den", "-", "toi"].contains(w[k + 1].folded) else { return nil }
        // ("đến ngày 7-8-2006", "đến hết ngày 9/6/2022", "đến sáng 9/6": the words before the last day.)
        var end = listed ? k + 1 : k + 2
        while !listed, w[k + 1].folded == "den", end < w.count, end - k <= 4, ["ngay", "het", "sang", "chieu", "toi", "trua"].contains(w[end].folded) {
            end += 1
        }
        guard end < w.count,
              let last = dayMonth(w[end].text, articleDate: articleDate ?? anyYear)
        else { return nil }
        let month = first.count == 2 ? first[1] ?? last.month : last.month
        // (The first day comes before the last: in the month before the year's turn, of the year before.)
        guard month != last.month ? first.count == 2 : day < last.day else { return nil }
        let year = month > last.month ? last.year - 1 : last.year
        // Without the year in the text or an article date, the day is known but not its year.
        let written = numbers(w[end].text).count == 3
        guard written || articleDate != nil else { return .some(nil) }
        return .some(CalendarDate(year: year, month: month, day: day))
    }

    /// "Trong hai ngày 11-12/12", "(11-12/12/2023)": two days joined by a dash, then the month they
    /// share (the first day, before the second); nil inside when its year cannot be known. Not
    /// "11-12-2023", one day. (Or by a comma with no space: "Trong các ngày 9,10/6/2020".)
    static func firstOfDashedRange(_ token: String, articleDate: CalendarDate?) -> CalendarDate?? {
        guard let dash = token.firstIndex(where: { $0 == "-" || $0 == "," }), let slash = token.firstIndex(of: "/"), dash < slash,
              let day = Int(token[..<dash]), (1...31).contains(day) else { return nil }
        let rest = String(token[token.index(after: dash)...])
        guard let last = dayMonth(rest, articleDate: articleDate ?? anyYear), day < last.day
        else { return nil }
        guard numbers(rest).count == 3 || articleDate != nil else { return .some(nil) }
        return .some(CalendarDate(year: last.year, month: last.month, day: day))
    }

    /// "(Ngày) 13 tháng 6 năm 2023", "(sáng) 13 tháng 6": the day written out in words (the year
    /// from the article when not written; nil inside when it cannot be known); of a range, its first
    /// day ("Ngày 21 và 22 tháng 3 năm 2018", "từ 21 đến 23 tháng 3", "Ngày 2-3 tháng 7 năm 2018",
    /// "Ngày 21, 22 tháng 10 năm 2020").
    static func spelledOut(_ w: [LeadWords.Word], at k: Int, articleDate: CalendarDate?) -> CalendarDate?? {
        let joined = k + 2 < w.count && w[k].after.isEmpty && ["va", "den"].contains(w[k + 1].folded)
        let listed = k + 1 < w.count && w[k].after == "," && Int(w[k + 1].text) != nil
        if joined || listed, let first = Int(w[k].text), let last = spelledOut(w, at: k + (joined ? 2 : 1), articleDate: articleDate) {
            guard let last, first < last.day else { return .some(nil) }
            return .some(CalendarDate(year: last.year, month: last.month, day: first))
        }
        guard k + 2 < w.count, let day = Int(w[k].text) ?? firstOfDashedDays(w[k].text), w[k + 1].folded == "thang", let month = Int(w[k + 2].text),
              w[k].after.isEmpty, w[k + 1].after.isEmpty else { return nil }
        if k + 4 < w.count, w[k + 2].after.isEmpty, w[k + 3].folded == "nam", let year = Int(w[k + 4].text), (1900...2100).contains(year) {
            return .some(CalendarDate(year: year, month: month, day: day))
        }
        return .some(dayMonth("\(day)/\(month)", articleDate: articleDate))
    }

    /// "2-3": the first of two days a dash joins, the first before the second; nil otherwise.
    static func firstOfDashedDays(_ text: String) -> Int? {
        let days = text.split(whereSeparator: { "-–".contains($0) }).map { Int($0) }
        guard days.count == 2, let first = days[0], let last = days[1], first < last else { return nil }
        return first
    }

    /// A day written with spaces around its dash, after a day's word: "Chiều 12 - 01" (in an article
    /// of 13/01/2021 → 2021-01-12), "ngày 24- 4-2010", "Sáng 12 - 01 - 2021": up to five words of
    /// digits and dashes only, joined and read as `dayMonth`.
    static func spacedDayMonth(_ w: [LeadWords.Word], at k: Int, articleDate: CalendarDate?) -> CalendarDate? {
        guard k + 1 < w.count, w[k].after.isEmpty else { return nil }
        let parts = w[k..<min(w.count, k + 5)].prefix { $0.text.allSatisfy { $0.isNumber || "-–".contains($0) } && $0.before.isEmpty }
        guard parts.count >= 2, parts.dropLast().allSatisfy({ $0.after.isEmpty }) else { return nil }
        let joined = parts.map(\.text).joined().replacingOccurrences(of: "–", with: "-")
        guard joined.contains("-"), !joined.contains("--") else { return nil }
        return dayMonth(joined, articleDate: articleDate)
    }

    /// "13/6", "7/6/2023", "23-12", "10.02.2017" (the year from the article when not written;
    /// a month after the article's month is of the year before).
    static func dayMonth(_ token: String, articleDate: CalendarDate?) -> CalendarDate? {
        let parts = numbers(token)
        guard parts.count >= 2, parts.count <= 3, parts.allSatisfy({ $0 != nil }),
              let day = parts[0], let month = parts[1], (1...31).contains(day), (1...12).contains(month) else { return nil }
        if parts.count == 3, let y = parts[2] {
            guard y >= 1900, y <= 2100 else { return nil }
            return CalendarDate(year: y, month: month, day: day)
        }
        guard let a = articleDate else { return nil }
        let year = month > a.month + 1 ? a.year - 1 : a.year
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The numbers of a written day, split at "/", "-" or ".": "24/3/2006" → [24, 3, 2006] (nil where a
    /// part is no number).
    static func numbers(_ token: String) -> [Int?] {
        token.split(whereSeparator: { "/-.".contains($0) }).map { Int($0) }
    }

    /// What `dayMonth` reads a day against when only its day and month matter: a December, which no
    /// month comes after, so every day and month reads in one year.
    static let anyYear = CalendarDate(year: 2000, month: 12, day: 31)

    /// "13/6", "7/6/2023", "23-12": a day and a month, whatever the year.
    static func isDayAndMonth(_ token: String) -> Bool {
        dayMonth(token, articleDate: anyYear) != nil
    }

    static func relative(_ days: Int, _ articleDate: CalendarDate?) -> CalendarDate? {
        articleDate?.adding(days: days)
    }
}
