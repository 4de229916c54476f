/// A chair's office written before the name with a body's long name.
extension ChairReader {
    /// The most words an office with its body's full name takes before the holder's name.
    static let longestOffice = 14

    /// An office whose body's name is too long for the usual look back, before the name and a
    /// comma: "Bộ trưởng Bộ Nông nghiệp và Phát triển Nông thôn, Nguyễn Xuân Cường chủ trì" → "Bộ
    /// Nông nghiệp và Phát triển Nông thôn". The nearest office that opens before the name, with no
    /// other person's name and no sentence's or list's mark (". ; :") between.
    static func longOffice(_ lead: LeadWords, before name: Int, catalog: Catalog) -> String? {
        let w = lead.words
        guard name > 0 else { return nil }
        for k in stride(from: name - 1, through: max(0, name - longestOffice), by: -1) {
            if k < name - 1, w[k].after.contains(where: { ".;:".contains($0) }) { return nil }
            if HostReader.opensOffice(lead, at: k) { return HostReader.officeBody(lead, in: k..<(k + 1), catalog: catalog) }
            if k < name - 1, w[k].isCapitalised, let other = PersonName.read(lead, at: k), other.upperBound <= name { return nil }
        }
        return nil
    }

    /// Whether the words of `range` are offices alone, one after another: no mark but commas and
    /// dashes (and a body's abbreviation in brackets: "Tổng cục Thống kê (TCTK)"), no clause's word
    /// ("Phó Thủ tướng, Bộ trưởng Bộ Giáo dục và Đào tạo").
    static func officesOnly(_ lead: LeadWords, _ range: Range<Int>) -> Bool {
        let words = lead.words[range]
        return words.allSatisfy {
            $0.after.isEmpty || $0.after == "," || $0.after == " -" || $0.after == " –" || $0.isBracketedAbbreviation && $0.after == ")"
        }
            && !words.contains { !$0.isCapitalised && clauseWords.contains($0.lower) }
    }
}
