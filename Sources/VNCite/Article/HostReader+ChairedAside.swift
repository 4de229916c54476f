/// Who chaired it, said between the body and its verbs: "Đoàn ĐBQH tỉnh ⟨do đồng chí Nguyễn Văn Sơn
/// chủ trì⟩ đã tiến hành họp Đoàn giám sát" — the body held it, its chair an aside.
extension HostReader {
    /// Where the verbs start past "do … chủ trì" from word `k` (at most twelve words, no mark but
    /// commas among them) before the noun `i`; nil when no such aside stands there.
    static func pastChairedAside(_ lead: LeadWords, from k: Int, noun i: Int) -> Int? {
        let w = lead.words
        guard k > 0, k < i, w[k].lower == "do", w[k - 1].after.isEmpty,
              let chaired = ((k + 2)..<min(i, k + 13)).first(where: { lead.matchesWritten(["chủ", "trì"], at: $0) }),
              w[k..<chaired].allSatisfy({ ["", ","].contains($0.after) }), w[chaired + 1].after.isEmpty else { return nil }
        return chaired + 2
    }
}
