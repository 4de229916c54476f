/// A session whose day the lead gives without its year, and whose own name carries the year.
extension MeetingDate {
    /// "Sáng 26-4, tại Văn phòng Chính phủ, Chính phủ đã họp phiên thường kỳ tháng 4-2006" →
    /// 2006-04-26: the year of a session named by the month of that day. Not the year that ends a
    /// conference's name ("Hội nghị cấp cao Á - Phi 2005"), which readers take as the year of the day
    /// or not; not a day told from the article's ("sáng nay", "hôm qua"), which has no year here. Else
    /// the title's month and year of that day: "UBND tỉnh: Tiếp dân định kỳ tháng 02/2019" over "Ngày
    /// 18/02, UBND tỉnh tổ chức tiếp công dân định kỳ" → 2019-02-18; or the title's very day.
    static func fromMonthInName(_ lead: LeadWords, what: String, title: String? = nil) -> CalendarDate? {
        let w = lead.words
        // (A day told from the article's date names no day of its own, unless it says the day in
        // brackets: "Hôm nay (30/3), phiên họp thường kỳ tháng 3/2009 của Chính phủ …".)
        if w.indices.dropLast().contains(where: { (dayWords.contains(w[$0].folded) || w[$0].folded == "hom")
            && ["nay", "qua"].contains(w[$0 + 1].folded)
            && !($0 + 2 < w.count && w[$0 + 2].before.contains("(") && numbers(w[$0 + 2].text).count == 2) }) { return nil }
        if let named = monthInName(what) ?? title.flatMap(monthInName),
           let found = first(lead, articleDate: CalendarDate(year: named.year, month: 12, day: 31)), let day = found,
           day.year == named.year, day.month == named.month { return day }
        guard let titled = title.flatMap(dayInTitle),
              let found = first(lead, articleDate: CalendarDate(year: titled.year, month: 12, day: 31)), let day = found,
              day == titled else { return nil }
        return day
    }

    /// The day a title gives with its year: "Mít tinh hưởng ứng ngày Vệ sinh yêu nước … 2/7 năm 2018"
    /// → 2018-07-02, "… ngày 5/9/2019"; the year of the lead's "Sáng ngày 2/7" when they are one day.
    /// Not in a title that counts the years of an anniversary ("Kỷ niệm 75 năm ngày … 3/2/1930").
    static func dayInTitle(_ title: String) -> CalendarDate? {
        let words = title.split(separator: " ").map { String($0).trimmingCharacters(in: .punctuationCharacters) }
        let counted = words.indices.dropFirst().contains { words[$0].lowercased() == "năm" && Int(words[$0 - 1]) != nil }
        guard !counted else { return nil }
        for k in words.indices {
            let parts = numbers(words[k])
            if parts.count == 3, let found = dayMonth(words[k], articleDate: nil) { return found }
            if parts.count == 2, k + 2 < words.count, words[k + 1].lowercased() == "năm", let year = Int(words[k + 2]),
               (1990...2100).contains(year), let found = dayMonth(words[k] + "/" + words[k + 2], articleDate: nil) { return found }
        }
        return nil
    }

    /// The month and year a session's name carries: "phiên thường kỳ tháng 4-2006" → (2006, 4),
    /// "tháng 3 năm 2009" → (2009, 3).
    static func monthInName(_ what: String) -> (year: Int, month: Int)? {
        let words = what.split(separator: " ")
        for k in words.indices.dropFirst() where words[k - 1].lowercased() == "tháng" {
            let parts = numbers(String(words[k]))
            if parts.count == 2, let month = parts[0], let year = parts[1], (1...12).contains(month), (1990...2030).contains(year) {
                return (year, month)
            }
            // ("phiên họp thường kỳ tháng 3 năm 2009")
            if parts.count == 1, let month = parts[0], (1...12).contains(month), k + 2 < words.count, words[k + 1].lowercased() == "năm",
               let year = Int(words[k + 2].trimmingCharacters(in: .punctuationCharacters)), (1990...2030).contains(year) {
                return (year, month)
            }
        }
        return nil
    }
}
