/// Brackets in and after a host's name: one a cut left open, a term in brackets after a congress, an
/// abbreviation in brackets after the name it shortens.
extension HostReader {
    /// A name with the one bracket a cut left open closed: "Viện Nghiên cứu giáo dục (Trường ĐHSP
    /// TP.HCM⟨)⟩".
    static func withItsBracketClosed(_ name: String) -> String {
        name.filter { $0 == "(" }.count == name.filter { $0 == ")" }.count + 1 ? name + ")" : name
    }

    /// The word after a term in brackets at `k`: "Đại hội lần thứ II ⟨(nhiệm kỳ 2011 – 2013)⟩ Hội thánh
    /// …", "(khóa XV)"; `k` itself when none stands there.
    static func pastTermInBrackets(_ lead: LeadWords, from k: Int) -> Int {
        let w = lead.words
        // (Or after a comma, its years then the body's capital: "Đại hội đại biểu lần I, ⟨nhiệm kỳ 2025 - 2030⟩ Hội Mỹ nghệ …".)
        if k >= 1, w[k - 1].after == ",", opensTerm(lead, at: k) {
            var e = k + 2
            while e < min(w.count, k + 6), !w[e].text.isEmpty, w[e].text.allSatisfy({ $0.isNumber || "-–".contains($0) }) { e += 1 }
            if e > k + 2, e < w.count, w[e - 1].after.isEmpty, w[e].isCapitalised { return e }
        }
        guard k + 1 < w.count, w[k].before == "(", ["nhiệm", "khóa", "khoá"].contains(w[k].lower),
              let close = (k..<min(w.count, k + 7)).first(where: { w[$0].after.hasPrefix(")") }), w[close].after == ")" else { return k }
        return close + 1
    }

    /// "Trường ĐH dân lập công nghệ Sài Gòn ⟨(STU)⟩ và Công ty … (SEVL) đã tổ chức": an abbreviation in
    /// brackets, read alone, is the name right before it that it shortens, with it, when a body's name
    /// ends there; else itself.
    static func withTheNameItShortens(_ lead: LeadWords, _ r: Range<Int>, catalog: Catalog) -> Range<Int> {
        guard r.count == 1, r.lowerBound > 0, lead.words[r.lowerBound].isBracketedAbbreviation, lead.words[r.lowerBound - 1].after.isEmpty,
              let name = body(lead, endingAt: r.lowerBound, catalog: catalog) else { return r }
        return name.lowerBound..<r.upperBound
    }
}
