/// How many words of a head stand at a word: "Ban Chấp hành" → 3, "Vụ" → 1, "Phòng chống" → none.
extension BodyGrammar {
    /// How many words of a head stand at `i`, as written: "Ban Chấp hành" → 3.
    static func head(_ lead: LeadWords, at i: Int) -> Int? { lead.matchWritten(heads, at: i)?.count }

    /// How many words the head at `i` has: one of `heads`, or "Vụ" written with its mark ("Vụ Tổ
    /// chức cán bộ", not "Vũ Hán").
    static func headLength(_ lead: LeadWords, at i: Int) -> Int? {
        // (Not "Phòng" of "Phòng chống thiên tai", a field: "Chi cục Thủy lợi và ⟨Phòng chống⟩ thiên tai tỉnh".)
        if lead.matchesWritten(["phòng", "chống"], at: i) { return nil }
        return head(lead, at: i) ?? (lead.words[i].lower == "vụ" ? 1 : nil)
    }
}
