/// A meeting the article names only by "the Conference": "Phát biểu chỉ đạo tại Hội nghị, đồng chí
/// Nguyễn Xuân Sơn, Bí thư Đảng ủy, Giám đốc Sở …", "Một số hình ảnh tại Hội nghị:".
///
/// Portal articles often open with what a body achieved and report the meeting only in captions
/// and speeches, with the capitalised noun and nothing after it. Twice "tại Hội nghị" so written
/// (or once, under a headline that names it) is a meeting the article reports; its host is the
/// office of a speaker in apposition (or the headline's body), completed from a longer name of the
/// same body in the lead ("Đảng ủy" → "Đảng ủy Sở Thông tin và Truyền thông").
enum MeetingAnaphora {
    /// The written nouns, capitalised, and the kind each names.
    static let nouns: [(written: [Substring], kind: String, needle: String)] = [
        (["Hội", "nghị"], "hội nghị", "tai hoi nghi"), (["Đại", "hội"], "đại hội", "tai dai hoi"),
        (["Kỳ", "họp"], "kỳ họp", "tai ky hop"), (["Hội", "thảo"], "hội thảo", "tai hoi thao"),
    ]
    static let needles = ByteNeedles(nouns.map(\.needle))

    static func read(_ text: CleanText, lead: MeetingLead.Lead, catalog: Catalog) -> Meeting? {
        // The sentences (within the first 8,000 characters, four at most) where "tại" stands
        // before one of the nouns.
        let sentences = MeetingLead.sentences(of: text, holdingAny: needles, atWordStart: true, from: lead.start).map { LeadWords(text, $0) }
        var kind: String?
        var count = 0
        var host: String?
        for words in sentences {
            for k in words.words.indices where words.words[k].folded == "tai" {
                guard let noun = nouns.first(where: { bare(words, $0.written, at: k + 1) }) else { continue }
                guard kind == nil || kind == noun.kind else { return nil }  // two meetings: none is the article's
                kind = noun.kind
                count += 1
                // (Not a guest's who presents a topic at it: "… Vụ trưởng Vụ Giáo dục Trung học, Bộ GD&ĐT
                // báo cáo chuyên đề tại Hội nghị".)
                if host == nil, !HostReader.presenter(words, noun: k + 1), let office = HostReader.appositionOffice(words, catalog: catalog) {
                    host = completed(office, from: lead, in: text, catalog: catalog)
                }
            }
        }
        // (Or, under a headline that is its own name, the guests' line: "Đến dự đại hội có các đồng chí: …".)
        guard let kind = kind ?? attended(text, lead: lead) else { return nil }
        if count >= 2 { return Meeting(kind: kind, what: nouns.first { $0.kind == kind }!.written.joined(separator: " "), host: host) }
        // (The headline cut into words once, for both readings of it.)
        let title = lead.title.map { CleanText($0) }.map { LeadWords($0, 0..<$0.count) }
        return titleNamed(kind, title: title, host: host, catalog: catalog) ?? guestsUnderIt(kind, text, lead: lead, title: title, host: host)
    }

    /// "Hội nghị tổng kết công tác tòa án … năm 2020" over "Dự Hội nghị có ông Y Thông Kbua – Phó Chánh
    /// án …": a headline that opens on the meeting's noun, over a lead that opens on its guests' line,
    /// is the meeting the article reports.
    static func guestsUnderIt(_ kind: String, _ text: CleanText, lead: MeetingLead.Lead, title words: LeadWords?, host: String?) -> Meeting? {
        guard let title = lead.title, let words, let written = nouns.first(where: { $0.kind == kind })?.written, let first = lead.body.first
        else { return nil }
        let opening = LeadWords(text, first)
        guard words.words.count > written.count + 2, spelled(words, written, at: 0),
              opening.words.count > written.count + 2, opening.matches(["du"], at: 0) || opening.matches(["den", "du"], at: 0)
                || opening.matches(["tham", "du"], at: 0),
              case let at = opening.words[0].folded == "du" ? 1 : 2, opening.matchesWritten(written.map { Substring($0.lowercased()) }, at: at),
              opening.matches(["co"], at: at + written.count) else { return nil }
        return Meeting(kind: kind, what: title, host: host)
    }

    /// Once "tại Đại hội" under a headline that is the meeting's own name, its body's after it:
    /// "Đại hội Đảng bộ Sở Tài nguyên và Môi trường tỉnh … nhiệm kỳ 2020 - 2025" over "Theo báo cáo
    /// tại Đại hội, trong nhiệm kỳ 2015 - 2020, …": the noun, the body, then its term or number only
    /// (not a headline that says something of it: "Đại hội Đảng X có nhiệm vụ nhìn thẳng vào sự thật").
    static func titleNamed(_ kind: String, title words: LeadWords?, host: String?, catalog: Catalog) -> Meeting? {
        guard let words, let written = nouns.first(where: { $0.kind == kind })?.written else { return nil }
        guard words.words.count > written.count + 1, spelled(words, written, at: 0),
              let (named, noun) = MeetingWords.noun(words, at: 0), named == kind,
              // (A congress of delegates: "Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh Bến Tre lần thứ X".)
              case let length = noun + (words.matchesWritten(["đại", "biểu"], at: noun) ? 2 : 0),
              let body = BodyGrammar.read(words, at: length, catalog: catalog), body.lowerBound == length,
              words.words[body.upperBound...].allSatisfy({ termWords.contains($0.lower) || $0.isCapitalised || $0.text == "-" || $0.text == "–" })
        else { return nil }
        return Meeting(kind: kind, what: words.text(0..<words.words.count), host: host ?? words.text(body))
    }

    /// The kind of the meeting whose guests a sentence lists, "Đến dự đại hội có các đồng chí: …",
    /// "Tham dự Hội nghị có …" (the noun, then "có").
    static func attended(_ text: CleanText, lead: MeetingLead.Lead) -> String? {
        guard lead.title != nil, let first = MeetingLead.sentences(of: text, holdingAny: guests, atWordStart: true, from: lead.start).first
        else { return nil }
        let fold = String(decoding: text.fold[first], as: UTF8.self)
        return guestLines.first { fold.contains($0.needle) }?.kind
    }

    /// The guests' lines, folded, and the kind each names: "du hoi nghi co" (each noun's needle past
    /// its "tai ").
    static let guestLines = nouns.map { (needle: "du " + $0.needle.dropFirst(4) + " co", kind: $0.kind) }
    static let guests = ByteNeedles(guestLines.map(\.needle))

    /// The words of a meeting's term or number after its body's name: "nhiệm kỳ 2020 - 2025", "lần thứ X", "khóa XVII".
    static let termWords: Set<String> = ["nhiệm", "kỳ", "lần", "thứ", "khóa", "khoá", "năm"]

    /// The noun as written, capitalised, with nothing after it but punctuation or the sentence's end.
    static func bare(_ lead: LeadWords, _ written: [Substring], at i: Int) -> Bool {
        let w = lead.words
        guard spelled(lead, written, at: i) else { return false }
        let last = i + written.count - 1
        return last == w.count - 1 || !w[last].after.isEmpty
    }

    /// Whether the noun stands at `i` exactly as written, its capital and all ("Hội nghị").
    static func spelled(_ lead: LeadWords, _ written: [Substring], at i: Int) -> Bool {
        i + written.count <= lead.words.count
            && zip(written, lead.words[i..<(i + written.count)]).allSatisfy { $0.0.elementsEqual($0.1.text) }
    }

    /// "Đảng ủy" completed from the lead's "Đảng ủy Sở Thông tin và Truyền thông": the first longer
    /// name of the lead that starts with it (the lead opens on the article's subject).
    static func completed(_ body: String, from lead: MeetingLead.Lead, in text: CleanText, catalog: Catalog) -> String {
        for r in lead.body {
            let words = LeadWords(text, r)
            for k in words.words.indices {
                guard let b = BodyGrammar.read(words, at: k, catalog: catalog) else { continue }
                let name = words.text(b)
                if name.hasPrefix(body + " ") { return name }
            }
        }
        return body
    }
}
