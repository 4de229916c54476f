/// The host spelt out as the lead first writes it.
extension HostReader {
    /// "Sáng ngày 15/9/2021, Ủy ban nhân dân huyện tổ chức lấy ý kiến …. Đồng chí Trần Ngọc Bình - Phó
    /// Chủ tịch UBND huyện, chủ trì cuộc họp": the host read from the chair's office, "UBND huyện", is
    /// the body the lead named first, spelt out there, "Ủy ban nhân dân huyện" (one body however spelt,
    /// its province too: `BodyNames.parts`). Only an abbreviation is spelt out; nothing is dropped or
    /// glossed ("Sở Y tế TP HCM" stays, "Quốc hội" is no "QH"). nil when the lead writes it no other way.
    static func firstWritten(_ host: String, in sentences: ArraySlice<LeadWords>, catalog: Catalog) -> String? {
        guard abbreviations(host) > 0 else { return nil }
        let parts = BodyNames.parts(host, catalog: catalog)
        for lead in sentences {
            for k in lead.words.indices where lead.words[k].isCapitalised {
                guard let r = BodyGrammar.read(lead, at: k, catalog: catalog), r.lowerBound == k else { continue }
                let name = lead.text(r)
                if name == host { return nil }
                if !name.contains("("), abbreviations(name) == 0, BodyNames.parts(name, catalog: catalog) == parts { return name }
            }
        }
        return nil
    }

    /// How many words of a name are abbreviations in capitals: "UBND huyện" 1, "Ủy ban nhân dân huyện" 0
    /// (a term's numeral is none: "Ban Chấp hành Trung ương Đảng khóa XIII" 0).
    static func abbreviations(_ name: String) -> Int {
        name.split(separator: " ").count { $0.count >= 2 && $0.allSatisfy { $0.isUppercase || $0 == "&" } && !$0.allSatisfy { "IVXLC".contains($0) } }
    }
}
