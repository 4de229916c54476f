/// A unit's meeting whose noun ends on the unit's own head, its name going on: "dự sinh hoạt ⟨Chi bộ
/// thôn Ma Oai⟩".
extension HostReader {
    /// The unit named from the last words of the noun at `i` ("sinh hoạt chi bộ", "sinh hoạt cấp
    /// ủy"), when they are capitalised and a name follows them; nil for the noun alone ("sinh hoạt
    /// chi bộ định kỳ").
    static func cellMeeting(_ lead: LeadWords, noun i: Int, length: Int, catalog: Catalog) -> Range<Int>? {
        let head = i + length - 2
        guard length >= 3, lead.words[i + length - 3].lower == "hoạt", lead.words[head].isCapitalised,
              lead.matchWritten(MeetingReader.units, at: head) == 2,
              let r = BodyGrammar.read(lead, at: head, catalog: catalog), r.upperBound > i + length else { return nil }
        return r
    }
}
