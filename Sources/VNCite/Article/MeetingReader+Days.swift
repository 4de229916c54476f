/// The days a lead sentence names, as words: "Chiều 13/6", "ngày 25.3", "hôm 10/11".
extension MeetingReader {
    /// "ngày 2/6", "chiều 13-12", "đêm 24/12": a time word written with its marks at `k`, then a day.
    static func timeThenDay(_ lead: LeadWords, at k: Int) -> Bool {
        let w = lead.words
        return k >= 0 && k + 1 < w.count && BodyGrammar.sentenceTimes.contains(w[k].lower) && writtenDay(w[k + 1].text)
    }

    /// "2/6", "13-12", "14-3-2006", and with a point, as some papers write it, "25.3", "19.2.2006" (a day
    /// of a month that exists; not "2.500").
    static func writtenDay(_ text: String) -> Bool {
        guard text.first?.isNumber == true else { return false }
        if text.contains("/") || text.contains("-") { return true }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
              let day = Int(parts[0]), let month = Int(parts[1]) else { return false }
        return (1...31).contains(day) && (1...12).contains(month) && parts[1].count <= 2 && (parts.count == 2 || parts[2].count == 4)
    }

    /// "Chiều 13/6", "ngày 7/6/2023", "hôm 10/11": a day the sentence names; or the first of two
    /// ("Ngày 21 và 22/10/2025", "ngày 4 đến 6/7").
    static func namesADay(_ lead: LeadWords, before k: Int? = nil) -> Bool {
        let w = lead.words
        return w.indices.prefix(k ?? w.count).dropLast().contains { i in
            guard MeetingDate.dayWords.contains(w[i].folded) else { return false }
            if writtenDay(w[i + 1].text) { return true }
            return i + 3 < w.count && w[i + 1].text.allSatisfy(\.isNumber) && w[i + 1].after.isEmpty
                && ["và", "đến"].contains(w[i + 2].lower) && writtenDay(w[i + 3].text)
        }
    }
    /// The meeting's day as the page's date allows it: nil (no meeting) when it is still to come or
    /// history, else the day, or no day. "Theo kế hoạch, sáng 16/6, UBND tỉnh tổ chức hội nghị …" in an
    /// article of 14/6: its day is still to come, and no meeting was held; two months or more before
    /// it, history ("Ngày 25/10/2017, Hội nghị lần thứ sáu … ban hành Nghị quyết số 19-NQ/TW" in an
    /// article of 2020). (A page clock in another time zone may stand a day before what it says was
    /// held: "22:19 10/10/2017" over "Sáng ngày 11/10/2017, HĐND huyện … đã tổ chức kỳ họp …".) But a
    /// day of the sentence without its year months before the page's stamp tells that the stamp is
    /// not when the news was written ("Print Thứ Bảy, 26/01/2019" over "Ngày 22-8, … tổ chức hội
    /// thảo"): the meeting stands, its year unknown.
    static func heldDay(_ date: CalendarDate?, _ words: LeadWords, articleDate: CalendarDate?) -> CalendarDate?? {
        guard let day = date, let articleDate else { return .some(date) }
        if articleDate.dayNumber - day.dayNumber > 60, MeetingDate.first(words, articleDate: articleDate) == day,
           MeetingDate.first(words, articleDate: nil) == .some(nil) {
            return .some(nil)
        }
        if articleDate < day && !(day == articleDate.adding(days: 1) && saysHeld(words)) || articleDate.dayNumber - day.dayNumber > 60 {
            return nil
        }
        return .some(day)
    }

    /// Whether the title names the meeting by the first words of its name, six or more ("Kết luận của
    /// Phó Thủ tướng … tại Hội nghị toàn quốc sơ kết một năm thực hiện Quyết định số 1956/QĐ-TTg"):
    /// a page of the meeting's own, its conclusions published months on, which history does not undo.
    static func titleNames(_ what: String, _ title: String?) -> Bool {
        guard let title else { return false }
        let words = Catalog.fold(what.lowercased()).split(separator: " ")
        guard words.count >= 6 else { return false }
        return Catalog.fold(title.lowercased()).contains(words.prefix(8).joined(separator: " "))
    }
}
