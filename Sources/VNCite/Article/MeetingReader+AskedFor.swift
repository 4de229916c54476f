/// A meeting asked or called for, not held: "Bộ GTVT đề nghị UBND TPHCM tổ chức họp báo",
/// "kêu gọi một cuộc họp quốc tế khẩn cấp".
extension MeetingReader {
    /// "Bộ GTVT đề nghị UBND TPHCM tổ chức họp báo": a body asked to hold it, within eight words
    /// and no comma before "tổ chức" and the noun; or the meeting itself called for ("kêu gọi một
    /// cuộc họp").
    static func askedFor(_ lead: LeadWords, noun i: Int, from start: Int) -> Bool {
        // "Thủ tướng Palestine hôm qua kêu gọi một cuộc họp quốc tế khẩn cấp": a meeting called for.
        let called = i >= 2 && lead.matchesWritten(["kêu", "gọi"], at: i - 2)
            || i >= 3 && lead.matchesWritten(["kêu", "gọi"], at: i - 3) && ["một", "các"].contains(lead.words[i - 1].lower)
        if called, lead.words[(max(0, i - 3))..<(i - 1)].allSatisfy({ $0.after.isEmpty }) { return true }
        // ("kêu gọi LHQ nhanh chóng tổ chức một phiên họp": past "một" too.)
        let article = i >= 1 && ["một", "các"].contains(lead.words[i - 1].lower) ? 1 : 0
        guard i >= 2 + article, lead.matches(["to", "chuc"], at: i - 2 - article) else { return false }
        var k = i - 3 - article
        while k >= max(start, i - 10), lead.words[k].after.isEmpty || lead.words[k].after == "-" {
            // (Written small: "Ban Chỉ đạo …" is a name.)
            if !lead.words[k].isCapitalised, lead.matchWritten(MeetingWords.asksFor, at: k) != nil { return true }
            k -= 1
        }
        return false
    }
}
