/// A session whose day the lead gives without its year, and whose own name carries the year.
extension MeetingDate {
    /// "Sáng 26-4, tại Văn phòng Chính phủ, Chính phủ đã họp phiên thường kỳ tháng 4-2006" →
    /// 2006-04-26: the year of a session named by the month of that day. Not the year that ends a
    /// conference's name ("Hội nghị cấp cao Á - Phi 2005"), which readers take as the year of the day
    /// or not; not a day told from the article's ("sáng nay", "hôm qua"), which has no year here. Else
    /// the title's month and year of that day: "UBND tỉnh: Tiếp dân định kỳ tháng 02/2019" over "Ngày
    /// 18/02, UBND tỉnh tổ chức tiếp công dân định kỳ" → 2019-02-18.
    static func fromMonthInName(_ lead: LeadWords, what: String, title: String? = nil) -> CalendarDate? {
        let w = lead.words
        // (A day told from the article's date names no day of its own.)
        if w.indices.dropLast().contains(where: { (dayWords.contains(w[$0].folded) || w[$0].folded == "hom")
            && ["nay", "qua"].contains(w[$0 + 1].folded) }) { return nil }
        guard let named = monthInName(what) ?? title.flatMap(monthInName),
              let found = first(lead, articleDate: CalendarDate(year: named.year, month: 12, day: 31)), let day = found,
              day.year == named.year, day.month == named.month else { return nil }
        return day
    }

    /// The month and year a session's name carries: "phiên thường kỳ tháng 4-2006" → (2006, 4).
    static func monthInName(_ what: String) -> (year: Int, month: Int)? {
        let words = what.split(separator: " ")
        for k in words.indices.dropFirst() where words[k - 1].lowercased() == "tháng" {
            let parts = numbers(String(words[k]))
            if parts.count == 2, let month = parts[0], let year = parts[1], (1...12).contains(month), (1990...2030).contains(year) {
                return (year, month)
            }
        }
        return nil
    }
}
