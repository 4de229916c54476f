/// A body whose head the text writes in small letters before its capitalised qualifier, as news
/// writes foreign and lesser bodies: "hạ viện Nga", "chính phủ Chechnya", "hội đồng quận Rashid".
extension HostReader {
    /// "phiên họp hôm qua của hạ viện Nga", "phiên họp của hội người Do Thái Mỹ", "cuộc họp của ban
    /// Kinh tế ngân sách HĐND TP HCM": after "của", a head in small letters, then words to the last
    /// capitalised one before a time, a place or the clause's end (not a head alone: "cuộc họp của
    /// đảng", "của chính phủ" name no one body).
    static func lowerHeadWithQualifier(_ lead: LeadWords, at i: Int) -> Range<Int>? {
        let w = lead.words
        guard i < w.count, !w[i].isCapitalised, w[i].before.isEmpty, let head = lead.matchWritten(lowerHeads, at: i) else { return nil }
        let start = i + head.count
        guard start < w.count, w[start - 1].after.isEmpty else { return nil }
        var end = start, marked = false
        var k = start
        // (A number inside it too: "cuộc họp của ban chỉ đạo ⟨389⟩ tỉnh Bình Dương".)
        while k < min(w.count, start + 8), w[k].before.isEmpty, w[k].text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }),
              !qualifierStops.contains(w[k].lower) {
            if w[k].isCapitalised { end = k + 1 }
            if !w[k].after.isEmpty { marked = true; break }
            k += 1
        }
        // ("Đại hội chi bộ Giáo ⟨dục⟩ lần thứ V", "… Giáo ⟨dục⟩, nhiệm kỳ …": the small half of the last
        // capital's word goes on the name, to its round or its mark; not "quốc hội Mỹ ⟨tuần trước⟩".)
        while end > start, end < min(w.count, marked ? k + 1 : k), BodyGrammar.runsOn(w[end - 1], into: w[end]) { end += 1 }
        // (The qualifier opens on a capital or a small word of its own: "ban ⟨Kinh tế⟩ …", "hội ⟨người⟩ Do Thái Mỹ".)
        guard end > start, PersonName.read(lead, at: start) == nil else { return nil }
        return i..<end
    }

    /// "phiên họp nội các hôm qua", "cuộc họp của Nội các Israel": a government's cabinet, written in
    /// small letters or not, with its country when one follows. A country has one cabinet, so it
    /// is a body without its country (unlike "của chính phủ" or "của đảng", which name none).
    static func cabinet(_ lead: LeadWords, at i: Int) -> Range<Int>? {
        let w = lead.words
        guard i + 1 < w.count, lead.matchesWritten(["nội", "các"], at: i), w[i].after.isEmpty, w[i].before.isEmpty else { return nil }
        if i + 2 < w.count, w[i + 1].after.isEmpty, w[i + 2].isCapitalised, let country = lead.match(countries, at: i + 2) {
            return i..<(i + 2 + country)
        }
        return i..<(i + 2)
    }

    /// Heads of bodies that news writes in small letters.
    static let lowerHeads = PhraseTable([
        "ban", "hội", "hội đồng", "chính phủ", "chính quyền", "hạ viện", "thượng viện", "quốc hội", "nội các", "ủy ban", "uỷ ban",
        "chi bộ", "đảng bộ", "chi đoàn", "công đoàn",
    ])

    /// Words that end a qualifier: those that end any name (`notInNames`), a time, what it did, a
    /// congress's round or term (`rounds`).
    static let qualifierStops = notInNames.union([
        "hôm", "sáng", "chiều", "tối", "trưa", "ngày", "bắt", "rằng", "mới", "này", "đó", "qua", "nay",
    ]).union(rounds)

    /// Words of a congress's round or term, which end its body's name: "chi bộ Giáo dục ⟨lần⟩ thứ V".
    static let rounds: Set<String> = ["lần", "nhiệm", "khóa", "khoá"]
}
