/// The meeting's other parties: a guest who came to it ("… dự Hội nghị") and the parties of a
/// meeting between two ("cuộc họp mặt giữa kiều bào và UBND TP HCM").
extension HostReader {
    /// "… dự Hội nghị", "… dự và chỉ đạo Hội thảo", "… dự và phát biểu chỉ đạo tại buổi lễ": who came to the
    /// meeting at `i` (its guest, whose office is not its host), unless they also chaired it.
    static func attends(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        guard i > 0 else { return false }
        if w[i - 1].lower == "dự" { return true }
        guard let d = (max(0, i - 9)..<(i - 1)).last(where: { w[$0].lower == "dự" }), w[d + 1].lower == "và" else { return false }
        return w[d..<i].allSatisfy { !$0.isCapitalised && !$0.after.contains(where: { ".;:".contains($0) }) }
            && !((d + 2)..<i).contains { lead.matches(["chu", "tri"], at: $0) }
    }

    /// "buổi tọa đàm giữa Bộ trưởng Bộ VHTT … và …", "cuộc họp mặt giữa kiều bào và UBND TP HCM":
    /// the first body among the parties.
    static func between(_ lead: LeadWords, from end: Int, catalog: Catalog) -> String? {
        // ("cuộc họp khẩn sáng nay giữa lãnh đạo Bộ Tài chính và …": a time may come first.)
        guard let g = (end..<min(lead.words.count, end + 5)).first(where: { lead.words[$0].folded == "giua" }) else { return nil }
        let stop = clauseEnd(lead, from: g + 1)
        for k in (g + 1)..<stop {
            if let office = officeBody(lead, in: k..<(k + 1), catalog: catalog) { return office }
            // ("cuộc họp kín giữa Bộ trưởng Nguyễn Minh Hiển và các giám đốc sở GDĐT": a first party
            // whose offices name no body leaves the host unknown; the second party's is not it.)
            if k == g + 1, opensOffice(lead, at: k) {
                let party = (k..<stop).first { ["và", "với"].contains(lead.words[$0].lower) } ?? stop
                return (k..<party).lazy.compactMap { officeBody(lead, in: $0..<($0 + 1), catalog: catalog) }.first
            }
            if let r = BodyGrammar.read(lead, at: k, catalog: catalog) ?? headWithTail(lead, at: k, catalog: catalog) { return lead.text(r) }
        }
        return nil
    }
}
