/// Date lines that spell their month: a Vietnamese month's name or number then a comma and the year
/// ("03:15 CH @ Thứ Hai - 08 Tháng Giêng, 2024", "Thứ Năm, 12 tháng 5, 2022"), or an English date
/// ("June 30, 2022 | 08:49 GMT+7", "30 June 2022").
extension ArticleHeader {
    /// The day a folded date line spells its month in, when the line holds little else (a weekday,
    /// a time, "GMT"); nil for a sentence.
    static func monthNamedDate(_ folded: String) -> CalendarDate? {
        // ("18 giờ:42 phút Thứ ba, ngày 17 tháng 11 , 2020": a colon between the time's words too.)
        let words = folded.split(whereSeparator: { " ,-|@:".contains($0) }).map(String.init)
        for k in words.indices {
            guard let (date, used) = vietnameseMonth(words, at: k) ?? englishMonth(words, at: k) else { continue }
            // The rest: weekdays, times, labels (not "ngày 5 tháng 6, 2023 Bộ … họp").
            let rest = words[..<k] + words[(k + used)...]
            let others = rest.filter { word in
                word.contains(where: \.isLetter) && !dateLineWords.contains(word) && !timeMarks.contains(word)
                    && !(word.first?.isNumber == true && word.contains(":"))
            }
            return others.count <= 1 ? date : nil
        }
        return nil
    }

    /// "08 tháng giêng, 2024", "12 tháng 5, 2022": day, "tháng", the month, the year; or the month
    /// written short, as a blog in Vietnamese prints it: "Đã đăng vào 23 Th2, 2020 lúc 14:33".
    private static func vietnameseMonth(_ w: [String], at k: Int) -> (CalendarDate, Int)? {
        if k + 2 < w.count, let day = Int(w[k]), w[k + 1].hasPrefix("th"), let month = Int(w[k + 1].dropFirst(2)),
           w[k + 2].count == 4, let year = Int(w[k + 2]), (1990...2100).contains(year) {
            return CalendarDate(year: year, month: month, day: day).map { ($0, 3) }
        }
        guard k + 3 < w.count, let day = Int(w[k]), w[k + 1] == "thang" else { return nil }
        var month = Int(w[k + 2])
        var length = 1
        if month == nil {
            // ("mười một", "mười hai": two words.)
            if k + 4 < w.count, let two = monthNames[w[k + 2] + " " + w[k + 3]] {
                month = two
                length = 2
            } else {
                month = monthNames[w[k + 2]]
            }
        }
        let y = k + 2 + length
        guard let month, y < w.count, w[y].count == 4, let year = Int(w[y]), (1990...2100).contains(year),
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return (date, 3 + length)
    }

    /// "june 30, 2022", "30 june 2022", "jun 30 2022".
    private static func englishMonth(_ w: [String], at k: Int) -> (CalendarDate, Int)? {
        guard k + 2 < w.count, w[k + 2].count == 4, let year = Int(w[k + 2]), (1990...2100).contains(year) else { return nil }
        if let month = englishMonths[String(w[k].prefix(3))], w[k].count >= 3, let day = Int(w[k + 1]) {
            return CalendarDate(year: year, month: month, day: day).map { ($0, 3) }
        }
        if let day = Int(w[k]), w[k + 1].count >= 3, let month = englishMonths[String(w[k + 1].prefix(3))] {
            return CalendarDate(year: year, month: month, day: day).map { ($0, 3) }
        }
        return nil
    }

    /// The months' Vietnamese names, folded: "giêng" (the first), "tư" (the fourth), "chạp" (the twelfth).
    static let monthNames: [String: Int] = [
        "gieng": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10,
        "muoi mot": 11, "muoi hai": 12, "chap": 12,
    ]

    /// English months by their first three letters.
    static let englishMonths: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// A time's marks beside a date line's clock: "CH", "SA" (chiều, sáng), "AM", "PM", "GMT+7".
    static let timeMarks: Set<String> = ["ch", "sa", "am", "pm", "gmt+7", "gmt+07:00", "ict"]
}
