/// The organising (or steering) committee of an event, named by the event, as the host of what it held.
extension HostReader {
    /// "Ban Tổ chức (BTC) Giải Bóng đá Vô địch quốc gia - Number One 2005 đã tổ chức buổi họp báo",
    /// "BTC giải bóng đá chuyên nghiệp Việt Nam 2005 tổ chức họp báo", "Ban tổ chức bảng A Tiger Cup
    /// tại Việt Nam hôm nay đã tổ chức buổi họp": the committee that opens the clause held it; its name
    /// runs, numbers and small letters and all, to the verbs of holding before the noun (not "BTC"
    /// alone, which names no event; not a name with a mark of its own clause in it).
    static func organisingCommittee(_ lead: LeadWords, noun i: Int) -> Range<Int>? {
        let w = lead.words
        var start = clauseStart(lead, before: i)
        // ("Ban Tổ chức Đại hội Thể dục thể thao huyện Yên Lập lần thứ IX, ⟨năm 2021⟩ đã tổ chức": the year after
        // the meeting's number, past its comma.)
        var yearComma: Int? = nil
        if start >= 3, lead.matchesWritten(["năm"], at: start), w[start - 1].after == ",", lead.matchesWritten(["lần", "thứ"], at: start - 3) {
            yearComma = start - 1
            start = clauseStart(lead, before: start - 1)
        }
        let head: Int
        if lead.matchesWritten(["ban", "tổ", "chức"], at: start) {
            head = 3
        } else if start < w.count, w[start].text == "BTC" {
            head = 1
        } else if lead.matchesWritten(["ban", "chỉ", "đạo"], at: start), w[start].isCapitalised, MeetingWords.noun(lead, at: start + 3) != nil {
            // ("Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số (DTTS) tỉnh lần thứ III, năm 2019 tổ chức cuộc họp": an event's
            // steering committee, named by its event.)
            head = 3
        } else {
            return nil
        }
        var verbs = i
        while verbs > start + head, MeetingWords.glue.contains(w[verbs - 1].lower) { verbs -= 1 }
        guard verbs > start + head, verbs - start <= 20,
              (verbs..<i).contains(where: { lead.matchesWritten(["tổ", "chức"], at: $0) || w[$0].lower == "có" }),
              !(start..<verbs).contains(where: { $0 != yearComma && w[$0].after.contains(where: { ",;:.".contains($0) }) }) else { return nil }
        return start..<verbs
    }
}
