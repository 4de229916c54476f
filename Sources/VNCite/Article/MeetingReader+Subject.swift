/// A working session, a gathering or a reception said with its verb ("làm việc với", "nhóm họp",
/// "tiếp"): held by the body before the verb, else by the office that opens the clause.
extension MeetingReader {
    /// The meeting of the noun `phrase` at `i`, a verb, read by who held it; nil when no one did.
    static func heldBySubject(_ lead: LeadWords, noun i: Int, phrase: [Substring], kind: String, end: Int, place: String?,
                              catalog: Catalog) -> (Meeting, next: Int)? {
        if phrase.first == "chào" { return courtesyCall(lead, noun: i, end: end, place: place, catalog: catalog) }
        let w = lead.words
        // (A guest by name has one: "tiếp ông Park Noh Wan", not "phải tiếp ông để trả lời".)
        if ["ông", "bà"].contains(phrase.last ?? ""), !(i + 2 < w.count && w[i + 2].isCapitalised) { return nil }
        // "Thủ tướng … đã đồng ý về nguyên tắc tiếp ông Bill Gates … vào ngày 22-4": agreed to, still to come.
        if (max(0, i - 5)..<i).contains(where: { lead.matchesWritten(["đồng", "ý"], at: $0) }) { return nil }
        let visit = joinedVisit(lead, noun: i)
        // "Trong ⟨buổi⟩ kiểm tra, làm việc với huyện Đức Thọ …, Chủ tịch UBND tỉnh Hà Tĩnh … yêu cầu": the
        // visit and the session named with their classifier, a noun, read as "buổi làm việc" is.
        if let visit, visit > 0, w[visit - 1].lower == "buổi" {
            let length = i + phrase.count - (visit - 1)
            return (Meeting(kind: "buổi làm việc", what: lead.text((visit - 1)..<end),
                            host: HostReader.host(lead, noun: visit - 1, length: length, catalog: catalog), place: place),
                    nextNoun(lead, after: i + phrase.count))
        }
        // "Thường trực Tỉnh uỷ làm việc với Sở …", "Hôm nay, Hiệp hội Ngân hàng châu Á (ABA)
        // nhóm họp tại Hà Nội": the body before the verb held it.
        // ("… khi làm việc với Ban Pháp chế HĐND thành phố hôm nay": an elected body oversees.)
        let overseer = phrase.count == 3 ? HostReader.overseer(lead, noun: i, length: 2, catalog: catalog) : nil
        // (Or before a visit joined to it: "… đã đến thăm và làm việc với …".)
        func subject(before k: Int) -> Range<Int>? {
            HostReader.before(lead, noun: k, catalog: catalog) ?? HostReader.ledSubject(lead, noun: k, catalog: catalog)
        }
        if let host = subject(before: i) ?? visit.flatMap(subject) {
            return (Meeting(kind: kind, what: lead.text(host.lowerBound..<end), host: lead.text(overseer ?? host), place: place),
                    nextNoun(lead, after: i + phrase.count))
        }
        if let overseer {
            return (Meeting(kind: kind, what: lead.text(i..<end), host: lead.text(overseer), place: place),
                    nextNoun(lead, after: i + phrase.count))
        }
        // "Ngày 8/12, Bộ trưởng Bộ NNPTNT Cao Đức Phát cùng đoàn cán bộ của Bộ đã về làm việc
        // với tỉnh Đồng Nai": the office that opens the clause.
        // ("Bộ trưởng Bộ Công an Tô Lâm, ⟨Ủy viên Bộ Chính trị⟩ đã làm việc với …": a membership in
        // apposition; the office before it.)
        var clause = HostReader.clauseStart(lead, before: visit ?? i)
        if clause > 0, lead.matches(["uy", "vien"], at: clause) { clause = HostReader.clauseStart(lead, before: clause - 1) }
        // ("ông Lê Phú Hòa ⟨-⟩ Giám đốc Sở Ngoại vụ đã tiếp ông …": or the office set after the name with a dash.)
        let dash = (clause..<max(clause, min(i - 1, clause + 6))).first { w[$0].text == "-" && !HostReader.namesEnding(lead, at: $0).isEmpty }
        guard let office = HostReader.officeBody(lead, in: clause..<min(i, clause + 2), catalog: catalog)
                ?? dash.flatMap({ HostReader.officeBody(lead, in: ($0 + 1)..<($0 + 2), catalog: catalog) })
                ?? HostReader.apposedSubject(lead, noun: i, catalog: catalog) else {
            // ("Phó Chủ tịch nước … cùng Đoàn công tác đã đến thăm và làm việc tại tỉnh Sơn La": a visit
            // by an office that gives no body, held all the same.)
            // (Or by a place's leaders: "… lãnh đạo tỉnh đã tiếp Đoàn đại biểu …".)
            if phrase.last == "tại" && MeetingWords.office(lead, at: clause) != nil || heldByAPlacesLeaders(lead, clause: clause, verb: visit ?? i) {
                return (Meeting(kind: kind, what: lead.text(clause..<end), host: nil, place: place), nextNoun(lead, after: i + phrase.count))
            }
            guard phrase.first == "nhóm", metWithNoBody(lead, at: i, clause: clause) else { return nil }
            // ("Các bộ trưởng dầu mỏ OPEC hôm qua đã nhóm họp": whose ministers they are.)
            let group = (clause..<i).first { BodyGrammar.isOrganisation(w[$0].text) }.map { w[$0].text }
            return (Meeting(kind: kind, what: lead.text(i..<end), host: group, place: place), nextNoun(lead, after: i + phrase.count))
        }
        return (Meeting(kind: kind, what: lead.text(clause..<end), host: office, place: place), nextNoun(lead, after: i + phrase.count))
    }

    /// "Hiệp hội doanh nghiệp tỉnh Hưng Yên đã đến ⟨thăm⟩ và làm việc với …", "Đoàn … đã ⟨kiểm tra⟩ và
    /// làm việc tại …", "Bí thư Tỉnh ủy … có buổi ⟨tiếp⟩, làm việc với đoàn công tác …": where the visit
    /// or reception joined by "và" or a comma to the working session at `i` begins.
    /// ("… đã đến thăm, có buổi làm việc với …": or the session with its classifier, after "có".)
    static func joinedVisit(_ lead: LeadWords, noun: Int) -> Int? {
        let w = lead.words
        let i = noun >= 2 && ["buổi", "cuộc"].contains(w[noun].lower) && w[noun - 1].lower == "có" && lead.matchesWritten(["làm", "việc"], at: noun + 1)
            ? noun - 1 : noun
        guard i >= 1, w[i].lower == "làm" || i < noun else { return nil }
        let last: Int
        if i >= 2, w[i - 1].lower == "và", w[i - 2].after.isEmpty {
            last = i - 2
        } else if w[i - 1].after == "," || w[i - 1].lower == "thăm" && w[i - 1].after.isEmpty {
            last = i - 1  // (or with nothing between: "đã về thăm làm việc tại tỉnh …")
        } else {
            return nil
        }
        // (Not "trực tiếp", "liên tiếp": `MeetingWords.notReceiving`.)
        if w[last].lower == "tiếp", last > 0, MeetingWords.notReceiving.contains(w[last - 1].lower) { return nil }
        guard let start = (0...1).lazy.map({ last - $0 }).first(where: { $0 >= 0 && lead.matchWritten(visits, at: $0)?.count == last - $0 + 1 })
        else { return nil }
        // ("Đoàn … vừa có ⟨chuyến⟩ thăm và làm việc tại huyện …": the trip's word with it.)
        return start >= 2 && w[start - 1].lower == "chuyến" && w[start - 2].lower == "có" ? start - 1 : start
    }

    /// Visits and receptions a working session is joined to.
    static let visits = PhraseTable(["thăm", "kiểm tra", "khảo sát", "giám sát", "tiếp"])
}
