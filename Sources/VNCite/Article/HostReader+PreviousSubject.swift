/// The body the lead's first sentence is about, for the meeting its second sentence names bare.
extension HostReader {
    /// "Ban Thường vụ Thành đoàn TP HCM và các cơ quan chức năng quận Tân Bình đã thống nhất về việc
    /// … . Cuộc họp diễn ra ngày 5/3 đã nhất trí …": the meeting the second sentence opens on, named
    /// by its noun alone, is what the first told, and the body that told it did so held it
    /// ("Ban Thường vụ Thành đoàn TP HCM"). Only a bare noun at its clause's start or after "Tại",
    /// "Trong" ("Tại cuộc họp, …"; not "Hội nghị APEC …", which names its own), and only where the
    /// first sentence's clause with its first "đã" or "vừa" opens on that body (and those with it).
    static func previousSubject(_ first: LeadWords, meeting second: LeadWords, kind: String, catalog: Catalog) -> String? {
        guard let bare = bareNoun(second, kind: kind) else { return nil }
        // (Or its first "tổ chức", when the second tells who attended: "Ngày 24/8, Phòng Tư pháp huyện Tam
        // Nông tổ chức hoạt động kỷ niệm …. Tham dự Hội nghị có …".)
        // (Or a photo's caption of it: "Ngày 10-3, Đảng ủy Quân sự tỉnh tổ chức nghiên cứu, học tập …. Quang
        // cảnh hội nghị …".)
        let attended = attendance(second) != nil || captions(second)
        // (Or its first deed, when it opens on the day and the second points back at the meeting: "Chiều 4-11,
        // Đảng ủy Tòa án nhân dân tối cao công bố Quyết định …. Tại hội nghị, …"; not an item of a list:
        // "… tổ chức chuỗi hoạt động …. Chuỗi hoạt động gồm: Tọa đàm …".)
        let pointed = bare.at == 1 && ["tai", "trong"].contains(second.words[0].folded)
            || bare.at == attendance(second) || captions(second)
        let onTheDay = pointed && MeetingDate.opensOnADay(first)
        guard let done = first.words.indices.first(where: {
            ["đã", "vừa"].contains(first.words[$0].lower) || attended && first.matchesWritten(["tổ", "chức"], at: $0)
                || onTheDay && first.matchWritten(deeds, at: $0) != nil
        }) else { return nil }
        let start = clauseStart(first, before: done)
        if start > 0, first.words[start - 1].folded == "do" { return nil }
        guard let body = BodyGrammar.read(first, at: start, catalog: catalog), body.upperBound <= done else { return nil }
        // Nothing between the body and "đã" but those who did it with it ("và các cơ quan chức năng …").
        let between = first.words[body.upperBound..<done]
        guard between.isEmpty || ["và", "cùng"].contains(between.first!.lower)
                && between.allSatisfy({ !$0.after.contains(where: { ",;:".contains($0) }) }) else { return nil }
        return first.text(body)
    }

    /// Where the sentence names a meeting (of this kind) by its noun alone, at its clause's start or
    /// after "Tại", "Trong", "(Đến tham) dự" (`attendance`), "Quang cảnh": the noun, then a comma, the
    /// sentence's end or a verb in small letters ("Cuộc họp diễn ra", "hội nghị giới thiệu"), not a name ("Hội nghị
    /// APEC", "hội nghị lần thứ 12", "cuộc họp thường kỳ"). The noun's place, length and kind.
    static func bareNoun(_ lead: LeadWords, kind: String? = nil) -> (at: Int, length: Int, kind: String)? {
        let w = lead.words
        for i in w.indices {
            guard let phrase = lead.matchWritten(MeetingWords.nouns, at: i),
                  let found = MeetingWords.kinds[phrase.joined(separator: " ")],
                  kind == nil || MeetingWords.family(found) == kind.map(MeetingWords.family) else { continue }
            guard clauseStart(lead, before: i) == i || i == 1 && ["tai", "trong"].contains(w[0].folded)
                    || i == attendance(lead) || i == 2 && captions(lead) else { return nil }
            let last = i + phrase.count - 1
            if last == w.count - 1 || !w[last].after.isEmpty { return (i, phrase.count, found) }
            let next = w[last + 1]
            guard !next.isCapitalised, next.before.isEmpty, !bareNounNamedBy.contains(next.lower) else { return nil }
            return (i, phrase.count, found)
        }
        return nil
    }

    /// The words that open a line of who attended: "Dự", "Tham dự", "Đến (tham) dự", "Về dự"; their count.
    static func attendance(_ lead: LeadWords) -> Int? {
        let k = lead.matches(["den"], at: 0) || lead.matches(["ve"], at: 0) ? 1 : 0
        if lead.matches(["du"], at: k) { return k + 1 }
        return lead.matches(["tham", "du"], at: k) ? k + 2 : nil
    }

    /// What a body does at a meeting it holds, told as its deed: "tổ chức", "tiến hành", "công bố", "triển khai".
    static let deeds = PhraseTable(["tổ chức", "tiến hành", "công bố", "triển khai"])

    /// A photo's caption of the meeting: "Quang cảnh hội nghị …", "Toàn cảnh hội nghị".
    static func captions(_ lead: LeadWords) -> Bool {
        lead.matches(["quang", "canh"], at: 0) || lead.matches(["quanh", "canh"], at: 0) || lead.matches(["toan", "canh"], at: 0)
    }

    /// Words that, after a meeting noun, start its name or say which one it is.
    static let bareNounNamedBy: Set<String> = [
        "lần", "thứ", "thường", "kỳ", "về", "của", "do", "giữa", "với", "bàn", "sơ", "tổng", "toàn", "quốc",
        "trực", "cấp", "chuyên", "đầu", "cuối", "định", "bất", "liên", "các", "những", "khác", "sau", "trước",
    ]
}
