/// A body's standing role set after it between commas: "Tòa án nhân dân tỉnh Trà Vinh⟨, Phó Trưởng
/// cụm thi đua số IX⟩ tổ chức hội nghị điển hình tiên tiến", "Sở Nội vụ⟨, cơ quan thường trực Hội
/// đồng Thi đua - Khen thưởng tỉnh⟩ đã tổ chức hội nghị"; or after "với vai trò". The body before it
/// held the meeting.
extension HostReader {
    /// "…, Trưởng cụm thi đua số IX ⟨tổ chức⟩": a role that opens at `k` after a comma, then nothing
    /// but the verbs before the noun `i`; where the role ends.
    static func roleAsideBeforeVerbs(_ lead: LeadWords, from k: Int, noun i: Int) -> Int? {
        let w = lead.words
        // (Or any role after "với vai trò", with no comma: "Công ty Cổ phần Cấp nước Chợ Lớn ⟨với vai trò khối
        // trưởng thi đua năm 2016⟩ đã tổ chức Hội nghị".)
        let asRole = lead.matchesWritten(["với", "vai", "trò"], at: k) ? 3 : nil
        guard k > 0, k < i, let role = w[k - 1].after == "," ? roleLength(lead, at: k) : asRole, k + role < i else { return nil }
        // (The role's name runs to the verbs, no comma inside it but the one that may close it.)
        guard let end = ((k + role + 1)...i).first(where: { e in w[e..<i].allSatisfy { MeetingWords.glue.contains($0.lower) } }),
              end < i, end - k <= 14, ["", ","].contains(w[end - 1].after),
              w[k..<(end - 1)].allSatisfy({ $0.after.isEmpty || $0.after == ")" || $0.before.hasPrefix("(") }) else { return nil }
        return end
    }

    /// The words of a body's role at `k`: the head or deputy head of an emulation cluster or bloc
    /// ("Trưởng cụm", "Phó Trưởng khối", "Cụm trưởng cụm"), or the standing agency of a council or a
    /// committee ("cơ quan thường trực").
    static func roleLength(_ lead: LeadWords, at k: Int) -> Int? {
        if lead.matches(["co", "quan", "thuong", "truc"], at: k) { return 4 }
        var j = k
        if lead.matches(["pho"], at: j) { j += 1 }
        if lead.matches(["truong"], at: j) { j += 1 }
        else if lead.matches(["cum", "truong"], at: j) || lead.matches(["khoi", "truong"], at: j) { j += 2 }
        else { return nil }
        guard lead.matches(["cum"], at: j) || lead.matches(["khoi"], at: j) else { return nil }
        return j + 1 - k
    }
}
