/// A meeting before or after the one the news reports: "cuộc làm việc lần trước", "hội nghị tới",
/// "tại kỳ họp Quốc hội tới".
extension MeetingReader {
    /// Whether a word that puts the meeting in the past or future of the news (`MeetingWords.notThisOne`)
    /// follows its noun, or the body whose meeting it is when that ends the clause: "để Quốc hội xem xét
    /// thông qua tại kỳ họp Quốc hội tới." (not "Hội nghị Sở Y tế tới dự có …").
    static func notThisOne(_ lead: LeadWords, noun i: Int, length: Int, catalog: Catalog) -> Bool {
        if lead.matchWritten(MeetingWords.notThisOne, at: i + length) != nil { return true }
        guard let owner = BodyGrammar.read(lead, at: i + length, catalog: catalog),
              let word = lead.matchWritten(MeetingWords.notThisOne, at: owner.upperBound) else { return false }
        let last = owner.upperBound + word.count - 1
        return last + 1 == lead.words.count || lead.words[last].after.contains(where: { ".,;:!?)".contains($0) })
    }
}
