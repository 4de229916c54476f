/// A body's abbreviation after "và" that ends a longer name, not a second body: "Ban Quản lý dự án
/// đầu tư xây dựng các công trình Nông nghiệp ⟨và PTNT tỉnh⟩ tổ chức hội nghị" is no "PTNT tỉnh"
/// but the whole name, from the head that opens the clause.
extension HostReader {
    /// Whether the abbreviation at `k` follows "và" after a field written with a capital ("Nông
    /// nghiệp") that ends no body read in the twelve words before and closes no list. Not for two
    /// bodies ("Bộ Ngoại giao và UBND tỉnh") or a list's last ("Mỹ, LHQ, Nga và EU").
    static func closesALongerName(_ lead: LeadWords, body k: Int, catalog: Catalog) -> Bool {
        let w = lead.words
        guard k >= 2, w[k].isAcronym, BodyGrammar.head(lead, at: k) == nil, ["và", "&"].contains(w[k - 1].lower),
              let field = (max(0, k - 4)..<(k - 1)).last(where: { w[$0].isCapitalised }),
              w[field..<k].allSatisfy({ $0.after.isEmpty }), field == 0 || w[field - 1].after.isEmpty else { return false }
        return !(max(0, k - 13)..<(k - 1)).contains { BodyGrammar.read(lead, at: $0, catalog: catalog)?.upperBound == k - 1 }
    }

    /// The whole name up to `end`, when a head opens the clause at `start` with no mark before it
    /// ends; nil when the name is past reading.
    static func wholeName(_ lead: LeadWords, from start: Int, to end: Int) -> Range<Int>? {
        guard start < end, BodyGrammar.head(lead, at: start) != nil, lead.words[start].isCapitalised,
              lead.words[start..<(end - 1)].allSatisfy({ $0.after.isEmpty }) else { return nil }
        return start..<end
    }
}
