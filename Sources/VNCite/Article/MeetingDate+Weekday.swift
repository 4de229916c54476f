/// A meeting's day named by its weekday, resolved against the article's date.
extension MeetingDate {
    /// After a time of day ("Sáng thứ Hai (12/6)", "chiều thứ Sáu, 16/6", "hôm Chủ nhật") or opening
    /// the sentence ("Thứ Hai vừa qua, …"): the day and month written after the weekday, else the
    /// last such weekday on or before the article's date ("Sáng thứ Hai" in an article of Wednesday
    /// 14/6/2023 → 2023-06-12), of the week before with "tuần trước" / "tuần qua". A weekday to
    /// come ("thứ Hai tới", "tuần sau", "thứ Sáu này" in Wednesday's article) or without the
    /// article's date gives no date (nil inside); no weekday at `k`, nil.
    /// (`digits`: whether "thứ 2" may be Monday; not after "ngày", where it is the second day.)
    static func fromWeekday(_ w: [LeadWords.Word], at k: Int, articleDate: CalendarDate?, digits: Bool = true) -> CalendarDate?? {
        guard let (weekday, length) = weekday(w, at: k, digits: digits) else { return nil }
        var j = k + length
        // "thứ Hai (12/6)", "thứ Hai, 12/6", "thứ Hai (ngày) 12/6", "thứ Hai, ngày 12/6": the day written out.
        if j < w.count, w[j].folded == "ngay" { j += 1 }
        if j < w.count, numbers(w[j].text).count >= 2 { return .some(dayMonth(w[j].text, articleDate: articleDate)) }
        j = k + length
        func next(_ words: String...) -> Bool {
            j + words.count <= w.count && w[j - 1].after.isEmpty
                && zip(words, w[j...]).allSatisfy { $0.0 == $0.1.lower } && w[j..<(j + words.count - 1)].allSatisfy { $0.after.isEmpty }
        }
        guard let a = articleDate, !next("tới"), !next("sau"), !next("tuần", "tới"), !next("tuần", "sau") else { return .some(nil) }
        let back = (a.weekday - weekday + 7) % 7
        if next("này"), weekday > a.weekday { return .some(nil) }
        let lastWeek = next("tuần", "trước") || next("tuần", "qua")
        return .some(a.adding(days: lastWeek ? -(a.weekday - 1) - (8 - weekday) : -back))
    }

    /// The weekday written at `k`, 1 for Monday … 7 for Sunday, and how many words it takes:
    /// "thứ Hai" … "thứ Bảy", "thứ 2" … "thứ 7", "Chủ nhật". ("thứ hai" in small letters is an
    /// ordinal: "lần thứ hai".)
    static func weekday(_ w: [LeadWords.Word], at k: Int, digits: Bool = true) -> (day: Int, length: Int)? {
        guard k + 1 < w.count, w[k].after.isEmpty else { return nil }
        if w[k].lower == "chủ", w[k + 1].lower == "nhật" { return (7, 2) }
        guard w[k].lower == "thứ" else { return nil }
        let names = ["hai": 1, "ba": 2, "tư": 3, "năm": 4, "sáu": 5, "bảy": 6]
        if digits, let n = Int(w[k + 1].text), (2...7).contains(n) { return (n - 1, 2) }
        guard w[k + 1].isCapitalised, let day = names[w[k + 1].lower] else { return nil }
        return (day, 2)
    }
}
