/// A meeting's verb inside another meeting's name.
extension MeetingReader {
    /// "bên lề hội nghị ⟨đối thoại với doanh nghiệp⟩ hôm qua", "Hội nghị ⟨tiếp xúc cử tri⟩ …": a
    /// verb that names a meeting ("đối thoại với …", "tiếp xúc cử tri"), right after a meeting noun,
    /// is that meeting's name, not a meeting of its own.
    static func namesTheMeetingBefore(_ lead: LeadWords, noun i: Int) -> Bool {
        guard ["đối", "tiếp"].contains(lead.words[i].lower) else { return false }
        return (1...2).contains { n in
            i - n >= 0 && lead.words[(i - n)..<i].allSatisfy(\.after.isEmpty) && MeetingWords.noun(lead, at: i - n)?.length == n
        }
    }
}
