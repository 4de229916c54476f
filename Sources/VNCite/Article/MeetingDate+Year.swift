/// The year of a meeting's day that the lead writes without it, from the article's own full dates.
///
/// VNTC articles carry no date line. "Chiều 11/8, Sở Xây dựng đã có buổi làm việc …" in an article
/// that writes "ngày 9/8/2005" further on → 2005-08-11; "Sáng 27-4, … tổ chức lễ mít tinh kỷ niệm
/// … (30.4.1975 - 30.4.2006)" → 2006-04-27 (the latest full date near the day is the news's; the
/// older one is the anniversary's). No full date within 45 days of the day, or only one of a
/// year before the article's latest: no date. "Sáng nay" is never placed by a date of the body.
extension MeetingDate {
    /// How near a full date must stand to the day for its year to be the day's.
    static let nearDays = 45

    /// `sentences`: where the news is (the lead); a date further on is more often history's.
    static func inferred(_ lead: LeadWords, text: CleanText, sentences: [Range<Int>]) -> CalendarDate? {
        let dates = sentences.flatMap { fullDates(in: text, $0) }.sorted(by: >)
        guard let latest = dates.first else { return nil }
        // An anniversary's article writes the day it remembers: only a pair such as
        // "(2.9.1945-2.9.2005)" tells the news's year from the history's.
        if anniversaryWords.contains(where: { MeetingLead.contains(text.fold, 0..<text.fold.count, $0) }),
           !dates.contains(where: { $0.year < latest.year - 1 }) { return nil }
        for near in dates {
            guard case let .some(.some(day)) = first(lead, articleDate: near, relative: false) else { continue }
            // "Sáng 28-3, … Đại hội …" beside "19-4-1946" and "18-11-2005": not in 1946, a year
            // the article's latest date has left behind.
            guard day.year >= latest.year - 1 else { return nil }
            if abs(day.dayNumber - near.dayNumber) <= nearDays { return day }
        }
        return nil
    }

    /// "kỷ niệm 60 năm", "50 năm thành lập", "60 năm hình thành và phát triển", folded.
    static let anniversaryWords: [[UInt8]] = ["ky niem", "ki niem", "tuong niem", "nam thanh lap", "nam hinh thanh",
                                              "nam truyen thong", "nam ngay", "nam chien thang", "ngay sinh", "ngay mat"]
        .map { Array($0.utf8) }

    /// The full dates the text writes: "9/8/2005", "30.4.2006", "1-4-2005" (day, month, year of
    /// four digits; not inside a longer number).
    static func fullDates(in text: CleanText, _ range: Range<Int>) -> [CalendarDate] {
        let f = text.fold[range]
        func digits(_ i: Int, _ range: ClosedRange<Int>) -> (value: Int, end: Int)? {
            var k = i, v = 0
            while k < f.endIndex, k - i < range.upperBound, (48...57).contains(f[k]) { v = v * 10 + Int(f[k] - 48); k += 1 }
            guard range.contains(k - i), !(k < f.endIndex && (48...57).contains(f[k])) else { return nil }
            return (v, k)
        }
        func separator(_ k: Int) -> Bool { k < f.endIndex && (f[k] == 47 || f[k] == 46 || f[k] == 45) }
        var dates: [CalendarDate] = []
        var i = range.lowerBound, afterDate = -1
        while i < range.upperBound {
            // ("9.5.1945-9.5.2005": a range's second date follows the first's dash.)
            guard (48...57).contains(f[i]), i == range.lowerBound || i == afterDate || !(48...57).contains(f[i - 1]) && !separator(i - 1)
            else { i += 1; continue }
            if let d = digits(i, 1...2), separator(d.end), let m = digits(d.end + 1, 1...2), separator(m.end),
               f[m.end] == f[d.end], let y = digits(m.end + 1, 4...4),
               let date = CalendarDate(year: y.value, month: m.value, day: d.value) {
                dates.append(date)
                i = y.end
                if separator(i) { afterDate = i + 1 }
                continue
            }
            i += 1
        }
        return dates
    }
}

extension CalendarDate {
    /// Days since 1 March of year 0 (proleptic Gregorian): what two dates are apart.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 9 : month - 3
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
    }
}
