/// Brackets in and after a host's name: one a cut left open, a term in brackets after a congress.
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
        guard k + 1 < w.count, w[k].before == "(", ["nhiệm", "khóa", "khoá"].contains(w[k].lower),
              let close = (k..<min(w.count, k + 7)).first(where: { w[$0].after.hasPrefix(")") }), w[close].after == ")" else { return k }
        return close + 1
    }
}
