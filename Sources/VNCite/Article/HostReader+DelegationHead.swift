/// A delegation and who heads it: the office of leading it is the one that acts, and the body an
/// aside says someone led is the subject.
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

    /// "Đoàn công tác của Bộ Y tế do Thứ trưởng X làm trưởng đoàn đã có buổi làm việc", "Chiều 13/6,
    /// Đoàn công tác của Ban Chỉ đạo … do đồng chí Nguyễn Văn F, Phó Trưởng Ban Nội chính Trung ương
    /// làm trưởng đoàn đã có …": the body before the aside that names who led it ("do …" then "làm
    /// trưởng đoàn", "làm trưởng ban" or "dẫn đầu", right before the meeting's verbs), read as the
    /// subject of the "do" (a comma inside the aside may hide it from the clause of the verbs).
    static func ledSubject(_ lead: LeadWords, noun i: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        var verbs = i
        // (Past "tổ chức" too: "…, do ông X, Bí thư Quận ủy …, làm tổ trưởng, tổ chức tiếp xúc cử tri".)
        while verbs > 0 {
            let organised = lead.matchesWritten(["tổ", "chức"], at: verbs - 2)
            guard organised || ["đã", "vừa", "có", "đến", "về", "tới", "mới"].contains(w[verbs - 1].lower) else { break }
            verbs -= organised ? 2 : 1
        }
        let heads: [[Substring]] = [["trưởng", "đoàn"], ["trưởng", "ban"], ["tổ", "trưởng"], ["trưởng", "tổ"]]
        guard let led = verbs >= 2 && lead.matchesWritten(["dẫn", "đầu"], at: verbs - 2) ? verbs - 2
                : verbs >= 3 && lead.matchesWritten(["làm"], at: verbs - 3) && heads.contains(where: { lead.matchesWritten($0, at: verbs - 2) }) ? verbs - 3
                : leaderWithOffice(lead, before: verbs) ? verbs : nil
        else { return nil }
        guard led > 1, let by = (max(1, led - 30)..<led).last(where: { w[$0].lower == "do" }),
              !w[by..<led].contains(where: { $0.after.contains(where: { ".;:".contains($0) }) }) else { return nil }
        let subject = before(lead, noun: by, catalog: catalog) ?? nameBeforeComma(lead, before: by, catalog: catalog)
        // ("Đoàn công tác Hải quan vùng III, nước CHDCND Lào do đồng chí … dẫn đầu có cuộc làm việc":
        // the delegation, not its country set after it.)
        if let r = subject, r.lowerBound >= 2, w[r.lowerBound - 1].lower == "nước",
           let delegation = nameBeforeComma(lead, before: r.lowerBound - 1, catalog: catalog) {
            return delegation
        }
        return subject
    }

    /// "Đoàn giám sát của Uỷ ban Xã hội của Quốc hội do ông Đặng Thuần Phong – Phó Chủ nhiệm Uỷ ban ⟨có
    /// buổi giám sát⟩": who leads it, by name and office with no verb of leading, right before the verbs.
    static func leaderWithOffice(_ lead: LeadWords, before verbs: Int) -> Bool {
        let w = lead.words
        guard let by = (max(0, verbs - 16)..<verbs).last(where: { w[$0].lower == "do" }), by + 2 < verbs else { return false }
        let first = by + 1 + (lead.matchWritten(PersonName.honorifics, at: by + 1)?.count ?? 0)
        guard let name = PersonName.read(lead, at: first), name.upperBound < verbs,
              let office = PersonName.officeStart(lead, after: name), office < verbs, opensOffice(lead, at: office) else { return false }
        return w[office..<verbs].allSatisfy { $0.isCapitalised || $0.after.isEmpty && $0.text.first?.isLowercase == true }
            && !w[(by + 1)..<verbs].contains { $0.after.contains(where: { ".;:".contains($0) }) }
    }
}
