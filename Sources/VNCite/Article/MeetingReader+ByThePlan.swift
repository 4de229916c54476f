/// Meetings a sentence says the plan holds, not ones held.
extension MeetingReader {
    /// "Theo kế hoạch, đại hội các chi bộ … hoàn thành trước ngày 15.2; đại hội đảng bộ cơ sở …": a
    /// sentence that opens on what the plan says tells meetings to be held, unless it says they were
    /// ("Theo kế hoạch, hội nghị đã diễn ra trong hai ngày"). (A day that opens what the plan says
    /// is read against the article's date: "Theo kế hoạch, sáng 16/6, UBND tỉnh tổ chức hội nghị …",
    /// "Theo kế hoạch, từ ngày 12 đến 16/6, …".)
    static func byThePlan(_ lead: LeadWords) -> Bool {
        let w = lead.words
        guard lead.matchesWritten(["theo", "kế", "hoạch"], at: 0), w[2].after.hasPrefix(",") else { return false }
        let opensOnADay = (3..<max(3, min(w.count - 1, 6))).contains {
            MeetingDate.dayWords.contains(w[$0].folded) && w[$0 + 1].text.first?.isNumber == true
        }
        return !opensOnADay && !w.contains { ["đã", "vừa"].contains($0.lower) }
    }
}
