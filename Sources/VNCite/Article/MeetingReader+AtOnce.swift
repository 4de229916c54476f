/// One ceremony held in many places at once: one each, none of them the one reported.
extension MeetingReader {
    /// "Lễ giao nhận quân tại 13 huyện, thành phố trên địa bàn tỉnh được tổ chức đồng loạt", "Lễ giao
    /// nhận quân năm 2024 tại các địa phương diễn ra trong 3 ngày": a ceremony held ("được tổ chức",
    /// "diễn ra" after it, when it opens its clause) at places counted as many ("tại" or "ở", then
    /// "các", "những", "nhiều" or a number of three or more, then a unit: huyện, xã, địa phương, chi
    /// hội …); so is one a body held there: "Hội LHPN huyện … đã phối hợp với các địa phương tổ chức lễ
    /// ra mắt CLB “…” tại nhiều chi hội ở các xã". Only a ceremony (a conference's places are its
    /// topic's: "Hội nghị sơ kết tiêm phòng cúm gia cầm ở 3 xã điểm"), and not in a title in quotes.
    static func heldAtManyPlaces(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        guard let (kind, _) = MeetingWords.noun(lead, at: i), kind.hasPrefix("lễ"),
              let at = (i..<max(i, min(w.count - 2, i + 12))).first(where: { ["tại", "ở"].contains(w[$0].lower) && !lead.insideCurlyQuotes($0) }),
              ["các", "những", "nhiều"].contains(w[at + 1].lower) || (Int(w[at + 1].text) ?? 0) >= 3 && w[at + 1].after.isEmpty,
              lead.matchWritten(units, at: at + 2) != nil else { return false }
        // (Not one ceremony for them at one venue named later: "Lễ ra quân tại 5 xã biên giới được tổ chức tại trụ sở UBND huyện".)
        guard !((at + 1)..<w.count).contains(where: { w[$0].lower == "tại" }) else { return false }
        return HostReader.clauseStart(lead, before: i) < i || ((at + 2)..<min(w.count, at + 16)).contains {
            lead.matchesWritten(["được", "tổ", "chức"], at: $0) || lead.matchesWritten(["diễn", "ra"], at: $0)
        }
    }
}
