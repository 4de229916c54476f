/// A day whose year the anniversary it is held for gives.
extension MeetingDate {
    /// "Nhân kỷ niệm 93 năm ngày thành lập Đoàn (26/3/1931 - 26/3/2024), sáng 26/3, …" → 2024-03-26: a
    /// day written without its year, in a sentence whose anniversary's range gives that day and
    /// month with two years; the later is the meeting's (one full date alone may be the event marked:
    /// "sáng 30/4, kỷ niệm ngày 30/4/1975"). The range may be one word: "(23/11/1946-23/11/2022)", or
    /// close the sentence: "(23.9.1945 - 23.9.2005).".
    static func anniversaryYear(_ w: [LeadWords.Word], day token: String) -> CalendarDate? {
        let day = numbers(token)
        guard day.count == 2, let d = day[0], let m = day[1] else { return nil }
        // (Each date from its first figure to its last: "23.9.2005)." at a sentence's end.)
        let dates = w.flatMap { $0.text.contains("/") ? $0.text.split(whereSeparator: { "-–".contains($0) }).map(String.init) : [$0.text] }
            .map { String($0.drop { !$0.isNumber }.reversed().drop { !$0.isNumber }.reversed()) }
        let years = dates.compactMap { date -> Int? in
            let parts = numbers(date)
            return parts.count == 3 && parts[0] == d && parts[1] == m ? parts[2].flatMap { (1800...2100).contains($0) ? $0 : nil } : nil
        }
        guard years.count >= 2, let year = years.max() else { return nil }
        return CalendarDate(year: year, month: m, day: d)
    }
}
