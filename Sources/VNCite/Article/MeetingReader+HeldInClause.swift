/// Whether the clause that names a meeting says it was held.
extension MeetingReader {
    /// A verb of holding at `k` in a meeting's own clause: "Trong hội nghị thượng đỉnh ⟨khai mạc⟩ tại
    /// Thổ Nhĩ Kỳ hôm nay, NATO sẽ nhất trí …" is held — but "diễn ra" alone only places it ("Trong
    /// cuộc họp ⟨diễn ra⟩ ngày 20 và 21/1, Ban chấp hành … sẽ thống nhất …" is to come), unless said
    /// done ("đã diễn ra").
    static func heldInItsClause(_ lead: LeadWords, at k: Int) -> Bool {
        guard lead.matchWritten(MeetingWords.held, at: k) != nil else { return false }
        return !lead.matchesWritten(["diễn", "ra"], at: k) || k > 0 && ["đã", "vừa"].contains(lead.words[k - 1].lower)
    }
}
