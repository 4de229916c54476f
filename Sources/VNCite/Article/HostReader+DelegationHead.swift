/// The delegation whose head holds a meeting: the office of leading it is the one that acts.
extension HostReader {
    /// "…, Chủ tịch Quốc hội Trần Thanh Mẫn, Trưởng đoàn kiểm tra số 11 của Bộ Chính trị đã chủ trì
    /// Hội nghị …" → "Đoàn kiểm tra số 11 của Bộ Chính trị"; "Phó Thủ tướng … Nguyễn Hòa Bình, Trưởng
    /// đoàn kiểm tra số 1 (theo Quyết định số 486/QĐ-TTg) chủ trì buổi làm việc" → "Đoàn kiểm tra số
    /// 1": among a person's offices, heading an inspection, supervision or working delegation is the
    /// one the meeting is held in. The delegation's name: its kind, its number, and whose it is
    /// ("của" a body), up to anything else. (Not a delegation of deputies: "Trưởng đoàn ĐBQH tỉnh".)
    static func delegationHeaded(_ lead: LeadWords, in range: Range<Int>, catalog: Catalog) -> String? {
        let w = lead.words
        for k in range where lead.matchesWritten(["trưởng", "đoàn"], at: k) && !(k > 0 && w[k - 1].folded == "pho") {
            let kind = k + 2
            guard kind + 1 < w.count, w[k + 1].after.isEmpty, lead.match(delegationKinds, at: kind) != nil else { continue }
            var end = kind + 2
            // "số 11", "số 1": its number.
            if end + 1 < w.count, w[end - 1].after.isEmpty, w[end].lower == "số", w[end + 1].text.allSatisfy(\.isNumber) { end += 2 }
            // "của Bộ Chính trị": whose delegation it is.
            if end + 1 < w.count, w[end - 1].after.isEmpty, w[end].lower == "của",
               let owner = BodyGrammar.read(lead, at: end + 1, catalog: catalog) {
                end = owner.upperBound
            }
            return "Đoàn " + lead.text(kind..<end)
        }
        return nil
    }

    /// Whether the word at `k` is the "do" that names who leads a delegation, up to "làm trưởng đoàn"
    /// or "dẫn đầu" within thirty words ("đoàn công tác của Bộ … do đồng chí X, Phó Cục trưởng … làm
    /// trưởng đoàn").
    static func leaderNamed(_ lead: LeadWords, after k: Int) -> Bool {
        lead.words[k].lower == "do" && (k..<min(lead.words.count, k + 30)).contains {
            lead.matchesWritten(["làm", "trưởng", "đoàn"], at: $0) || lead.matchesWritten(["dẫn", "đầu"], at: $0)
        }
    }

    /// Delegations that inspect, oversee or work: "đoàn kiểm tra", "đoàn giám sát", "đoàn công tác".
    static let delegationKinds: [[Substring]] = ["kiem tra", "giam sat", "cong tac"].phrases
}
