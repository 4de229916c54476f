/// The body the lead's first sentence is about, for the meeting its second sentence names bare.
extension HostReader {
    /// "Ban Thường vụ Thành đoàn TP HCM và các cơ quan chức năng quận Tân Bình đã thống nhất về việc
    /// … . Cuộc họp diễn ra ngày 5/3 đã nhất trí …": the meeting the second sentence opens on, named
    /// by its noun alone, is what the first told, and the body that told it did so held it
    /// ("Ban Thường vụ Thành đoàn TP HCM"). Only a bare noun at its clause's start or after "Tại",
    /// "Trong" ("Tại cuộc họp, …"; not "Hội nghị APEC …", which names its own), and only where the
    /// first sentence's clause with its first "đã" or "vừa" opens on that body (and those with it).
    static func previousSubject(_ first: LeadWords, meeting second: LeadWords, kind: String, catalog: Catalog) -> String? {
        guard bareNoun(second, kind: kind) != nil else { return nil }
        // (Or its first "tổ chức", when the second tells who attended: "Ngày 24/8, Phòng Tư pháp huyện Tam
        // Nông tổ chức hoạt động kỷ niệm …. Tham dự Hội nghị có …".)
        // (Or a photo's caption of it: "Ngày 10-3, Đảng ủy Quân sự tỉnh tổ chức nghiên cứu, học tập …. Quang
        // cảnh hội nghị …".)
        let attended = second.matches(["tham", "du"], at: 0) || second.words.first?.folded == "du" || captions(second)
        guard let done = first.words.indices.first(where: {
            ["đã", "vừa"].contains(first.words[$0].lower) || attended && first.matchesWritten(["tổ", "chức"], at: $0)
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
    /// after "Tại", "Trong", "(Tham) dự", "Quang cảnh": the noun, then a comma, the sentence's end
    /// or a verb in small letters ("Cuộc họp diễn ra", "hội nghị giới thiệu"), not a name ("Hội nghị
    /// APEC", "hội nghị lần thứ 12", "cuộc họp thường kỳ"). The noun's place, length and kind.
    static func bareNoun(_ lead: LeadWords, kind: String? = nil) -> (at: Int, length: Int, kind: String)? {
        let w = lead.words
        for i in w.indices {
            guard let phrase = lead.matchWritten(MeetingWords.nouns, at: i),
                  let found = MeetingWords.kinds[phrase.joined(separator: " ")],
                  kind == nil || MeetingWords.family(found) == kind.map(MeetingWords.family) else { continue }
            guard clauseStart(lead, before: i) == i || i == 1 && ["tai", "trong", "du"].contains(w[0].folded)
                    || i == 2 && lead.matches(["tham", "du"], at: 0)
                    || i == 2 && captions(lead) else { return nil }
            let last = i + phrase.count - 1
            if last == w.count - 1 || !w[last].after.isEmpty { return (i, phrase.count, found) }
            let next = w[last + 1]
            guard !next.isCapitalised, next.before.isEmpty, !bareNounNamedBy.contains(next.lower) else { return nil }
            return (i, phrase.count, found)
        }
        return nil
    }

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
