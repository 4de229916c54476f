/// The elected body that came to oversee a working session.
extension HostReader {
    /// A working session with an elected body or one of its committees is that body's: it came to
    /// oversee. "Tại buổi làm việc với Ban Pháp chế HĐND TP HCM ngày 3/11, VKSND TP HCM cho biết"
    /// → "Ban Pháp chế HĐND TP HCM"; "buổi làm việc với Đoàn ĐBQH tỉnh" → "Đoàn ĐBQH tỉnh"; "Một
    /// đại biểu HĐND TP HCM chất vấn tại buổi làm việc với …" → "HĐND TP HCM". Not "buổi làm việc
    /// với Sở Tài chính" (the subject held it).
    static func overseer(_ lead: LeadWords, noun i: Int, length: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        guard w[i..<(i + length)].map(\.folded).suffix(2) == ["lam", "viec"] else { return nil }
        // ("buổi làm việc sáng qua với HĐND thành phố": a time may come first.)
        let v = pastTime(lead, from: i + length)
        guard v < w.count, w[v].folded == "voi", w[v - 1].after.isEmpty else { return nil }
        // "Một đại biểu HĐND TP HCM chất vấn tại buổi làm việc với Bộ đội Biên phòng": a member
        // of the council asks, so the council oversees. (Not "Đoàn đại biểu Quốc hội TPHCM đã có buổi
        // làm việc với …": the delegation is the subject, and the grammar reads it whole.)
        for k in clauseStart(lead, before: i)..<i where lead.matches(["dai", "bieu"], at: k) && !(k > 0 && w[k - 1].folded == "doan") {
            if let council = BodyGrammar.read(lead, at: k + 2, catalog: catalog), lead.match(elected, at: k + 2) != nil {
                return council
            }
        }
        guard let r = BodyGrammar.read(lead, at: v + 1, catalog: catalog) else { return nil }
        if r.contains(where: { lead.match(elected, at: $0) != nil }) { return r }
        // "Ban Pháp chế của HĐND TP HCM", "Ban Kinh tế- Ngân sách (KT-NS) HĐND TP": a committee,
        // then its council within five words of its name ("của", an abbreviation in brackets).
        for k in r.upperBound..<min(w.count, r.upperBound + 5) {
            if w[k - 1].after.contains(where: { ",;:.".contains($0) }) { break }
            if lead.match(elected, at: k) != nil, let council = BodyGrammar.read(lead, at: k, catalog: catalog) {
                return r.lowerBound..<council.upperBound
            }
            guard w[k].folded == "cua" || !notInNames.contains(w[k].lower) else { break }
        }
        return nil
    }

    /// Councils and their members: the sessions' bodies, and "Đoàn ĐBQH".
    static let elected: [[Substring]] = electedBodies + ["dbqh", "dai bieu quoc hoi"].phrases

    /// A session ("kỳ họp") and a sitting of it ("Phiên họp ngày 7-6 (kỳ họp thứ 7 Quốc hội khóa
    /// XI)") are held by the elected body the lead names: HĐND, Quốc hội.
    static func electedBody(kind: String, in leads: [LeadWords], catalog: Catalog) -> String? {
        guard kind == "kỳ họp" || kind == "phiên họp" || MeetingWords.sittings.contains(kind) else { return nil }
        // (A sitting any body may hold is not the council's its guests came from: "Tham dự cuộc họp có …,
        // đại diện một số cơ quan liên quan của Quốc hội" after a minister "chủ trì phiên họp".)
        for lead in leads where kind == "kỳ họp" || !listsGuests(lead) {
            for k in lead.words.indices where lead.match(electedBodies, at: k) != nil && !namesAThing(lead, at: k) {
                if let r = BodyGrammar.read(lead, at: k, catalog: catalog) { return lead.text(r) }
            }
        }
        return nil
    }

    /// Whether the body's name at `k` names a building ("tại ⟨Nhà⟩ Quốc hội") or is a title in quotes
    /// ("Phiên họp giả định “Quốc hội trẻ em”"), no body.
    static func namesAThing(_ lead: LeadWords, at k: Int) -> Bool {
        lead.words[k].before.contains(where: { "\"“‘".contains($0) }) || k > 0 && lead.words[k - 1].lower == "nhà" && lead.words[k - 1].after.isEmpty
    }

    /// "Tham dự …", "Dự …", "Cùng dự …", "Đến dự …": a sentence that opens on who came (not "Dự kiến …",
    /// "Dự thảo …", nor "Dù …").
    static func listsGuests(_ lead: LeadWords) -> Bool {
        let w = lead.words
        guard w.count > 2 else { return false }
        let verb = lead.matchesWritten(["tham", "dự"], at: 0) ? 1 : ["cùng", "đến", "tới"].contains(w[0].lower) ? 1 : 0
        return w[verb].lower == "dự" && !["kiến", "án", "thảo", "báo", "toán", "định"].contains(w[verb + 1].lower)
    }

    static let electedBodies: [[Substring]] = ["hdnd", "hoi dong nhan dan", "quoc hoi"].phrases

    /// A sitting where officials answer a council ("Bộ trưởng Tài chính … phải 3 lần đăng đàn tại phiên
    /// thảo luận", "Giám đốc Sở Y tế … tại phiên chất vấn HĐND") is the council's, not the body that answered.
    static func sittingHost(kind: String, host: String?, in leads: [LeadWords], catalog: Catalog) -> String? {
        guard MeetingWords.sittings.contains(kind), let host, host.hasPrefix("Bộ ") || host.hasPrefix("Sở ") else { return host }
        return electedBody(kind: kind, in: leads, catalog: catalog) ?? host
    }
}
