/// A body named again by its head alone: "Lãnh đạo Cục Đường bộ Việt Nam thông tin, Cục vừa có buổi
/// làm việc với các cơ quan liên quan …" → "Cục Đường bộ Việt Nam".
extension HostReader {
    /// The longer name earlier in the sentence that the bare head at `k` ("Cục", "Sở", "Bộ"), right
    /// before the verbs of the meeting noun at `i`, names again: the last one that starts with the
    /// same word; nil when none does ("Hội vừa tổ chức …" with no "Hội …" before it).
    static func namedAgain(_ lead: LeadWords, head k: Int, noun i: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        guard w[k].isCapitalised, w[k].after.isEmpty, BodyGrammar.head(lead, at: k) == 1, k + 1 < i,
              w[(k + 1)..<i].allSatisfy({ MeetingWords.glue.contains($0.lower) && !$0.isCapitalised && $0.after.isEmpty }) else { return nil }
        return (0..<k).filter { w[$0].text == w[k].text }
            .compactMap { BodyGrammar.read(lead, at: $0, catalog: catalog) }
            .last { $0.count > 1 && $0.upperBound <= k }
    }
}
