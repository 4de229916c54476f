/// A body that met, said with the verb alone; who met with "nhóm họp", though no body.
extension MeetingReader {
    /// "Chiều 27-9, Hội đồng Thi đua - Khen thưởng Trung ương đã họp dưới sự chủ trì của Thủ tướng
    /// …": no meeting noun, but a body that met — a "cuộc họp" held by it ("Chính phủ đã họp phiên
    /// thường kỳ tháng 1": a "phiên họp"; "Quốc hội khóa XV họp Kỳ họp thứ 5": a "kỳ họp"). Only
    /// right after the body's name and its verbs (not "Các đại biểu dự họp"), never one to come
    /// ("UBND tỉnh sẽ họp") or asked for ("lãnh đạo CLB đề nghị LĐBĐ TPHCM họp"), nor a habit ("… họp mỗi
    /// năm ít nhất 02 kỳ").
    static func met(_ lead: LeadWords, at i: Int, catalog: Catalog) -> (Meeting, next: Int)? {
        guard metAt(lead, i) else { return nil }
        let body = chairedBody(lead, at: i, catalog: catalog) ?? HostReader.before(lead, noun: i, catalog: catalog)
            ?? convenedBody(lead, at: i, catalog: catalog)
        // "Phó Chủ tịch UBND tỉnh Trần Hoàng Tuấn chủ trì họp đánh giá …": a meeting its chair held,
        // in the chair's office's name.
        // ("Chủ tịch UBND TP Cần Thơ Trương Cảnh Tuyên … họp với các sở, ngành": who met with the bodies under
        // it, the office that opens the clause; not "họp với Thường trực Ban Chỉ đạo …", a body named.)
        let withMany = lead.matchesWritten(["họp", "với"], at: i) && lead.matchWritten(HostReader.generalParties, at: i + 2) != nil
        let office = body == nil && chaired(lead, at: i) ? chairsOffice(lead, at: i, catalog: catalog)
            : body == nil && withMany ? HostReader.officeBody(lead, in: HostReader.clauseStart(lead, before: i)..<i, catalog: catalog) : nil
        guard let host = body.map({ lead.text($0) }) ?? office, case let start = body?.lowerBound ?? i,
              !planned(lead, noun: i, end: clauseEnd(lead, from: i + 1)), !toldAgo(lead, noun: i), !habitual(lead, noun: i),
              !ofALevel(lead, body),
              !(HostReader.clauseStart(lead, before: start)..<start).contains(where: {
                  !lead.words[$0].isCapitalised && lead.matchWritten(MeetingWords.asksFor, at: $0) != nil
              }) else { return nil }
        let end = clauseEnd(lead, from: i + 1, toSubject: true)
        let place = MeetingPlace.read(lead, noun: i, length: 1, end: end, catalog: catalog)
        // "Quốc hội khóa XV họp Kỳ họp thứ 5", "Ủy ban Kiểm tra Trung ương họp Kỳ họp thứ 28": the
        // meeting the verb names is of its noun's kind, and is what the noun names.
        if let phrase = lead.matchWritten(MeetingWords.nouns, at: i + 1), let kind = MeetingWords.kinds[phrase.joined(separator: " ")] {
            return (Meeting(kind: kind, what: lead.text((i + 1)..<max(end, i + 1 + phrase.count)), host: host, place: place),
                    nextNoun(lead, after: i + 1 + phrase.count))
        }
        // ("Ủy ban Kiểm tra Trung ương đã họp kỳ 32", "… họp kỳ thứ 8": a numbered session; "Phòng Giáo dục
        // và Đào tạo thành phố họp mặt kỷ niệm …": a gathering.)
        let w = lead.words
        let next = i + 1 < w.count ? w[i + 1].lower : ""
        let numbered = i + 2 < w.count && (w[i + 2].lower == "thứ" || BodyGrammar.isTimeOrNumber(w[i + 2].text))
        let kind = next == "phiên" ? "phiên họp" : next == "kỳ" && numbered ? "kỳ họp"
            : next == "mặt" ? "họp mặt" : "cuộc họp"
        return (Meeting(kind: kind, what: lead.text(start..<end), host: host, place: place),
                nextNoun(lead, after: i + 1))
    }

    /// "Tổng Bí thư … chủ trì họp ⟨Ban Bí thư⟩", "Thường trực Ban Bí thư chủ trì họp ⟨Ban Chỉ đạo xây
    /// dựng Đề án …⟩": the body a chair's meeting names after "họp" is the one that met, not the
    /// chair's.
    static func chairedBody(_ lead: LeadWords, at i: Int, catalog: Catalog) -> Range<Int>? {
        guard chaired(lead, at: i), lead.words[i].after.isEmpty,
              let body = BodyGrammar.read(lead, at: i + 1, catalog: catalog) else { return nil }
        return HostReader.withRemit(lead, body)
    }

    /// "Bộ Y tế đã triệu tập lãnh đạo các tỉnh thành phía Bắc cùng họp bàn về …": the body that
    /// called those it names to meet, "triệu tập" and them before "họp" with no mark between.
    static func convenedBody(_ lead: LeadWords, at i: Int, catalog: Catalog) -> Range<Int>? {
        guard let k = (max(0, i - 12)..<i).last(where: { lead.matchesWritten(["triệu", "tập"], at: $0) }),
              lead.words[k..<i].allSatisfy({ $0.after.isEmpty }) else { return nil }
        return HostReader.before(lead, noun: k, catalog: catalog)
    }

    /// "Theo đó, Hội đồng nhân dân ⟨cấp xã⟩ họp mỗi năm ít nhất 02 kỳ": a body named by its level is
    /// every body of that level, none that met.
    static func ofALevel(_ lead: LeadWords, _ body: Range<Int>?) -> Bool {
        guard let body, body.count >= 3 else { return false }
        return lead.words[body.upperBound - 2].lower == "cấp" && lead.matchWritten(levels, at: body.upperBound - 1) != nil
    }

    /// Whether "chủ trì" stands right before word `i`.
    static func chaired(_ lead: LeadWords, at i: Int) -> Bool { i >= 2 && lead.matchesWritten(["chủ", "trì"], at: i - 2) }

    /// The body of the office of who chaired, in the clause before "chủ trì" at `i - 2`.
    static func chairsOffice(_ lead: LeadWords, at i: Int, catalog: Catalog) -> String? {
        HostReader.officeBody(lead, in: HostReader.clauseStart(lead, before: i - 2)..<(i - 2), catalog: catalog)
    }

    /// Whether word `i` is the verb "họp" on its own, not the end of a meeting noun ("cuộc họp",
    /// "kỳ họp") nor the start of one ("họp báo"), nor a room, a gathering or going to one
    /// ("phòng họp", "tụ họp", "dự họp", "hội họp"; but "Quốc hội họp", "Ủy ban Thường vụ Quốc hội họp").
    static func metAt(_ lead: LeadWords, _ i: Int) -> Bool {
        lead.words[i].lower == "họp" && i > 0
            && (!notMet.contains(lead.words[i - 1].lower) || i > 1 && lead.matchesWritten(["quốc", "hội"], at: i - 2))
            && !(i + 1 < lead.words.count && lead.words[i + 1].lower == "fan")  // "tổ chức họp fan": a singer's show
            && lead.matchWritten(MeetingWords.nouns, at: i) == nil
            && !(max(0, i - 2)..<i).contains { k in (lead.matchWritten(MeetingWords.nouns, at: k)?.count ?? 0) > i - k }
    }

    static let notMet: Set<String> = ["phòng", "tụ", "hội", "dự", "đi", "giờ", "lịch", "buổi", "cuộc", "kỳ", "phiên"]

    /// "Bộ trưởng thương mại các quốc gia kém phát triển nhất (LDC) hôm nay nhóm họp tại Dakar": who
    /// "nhóm họp" at `i` is no body, but they met, on a day the sentence says or as it says with
    /// "đã" (not "Chợ … đã bắt đầu nhóm họp", a market; nor with no day: "nghị viện … đang nhóm họp").
    static func metWithNoBody(_ lead: LeadWords, at i: Int, clause: Int) -> Bool {
        let w = lead.words
        let dated = placed(lead, before: i) || (max(0, i - 3)..<i).contains { ["đã", "vừa"].contains(w[$0].lower) }
        return dated && !(clause..<i).contains { w[$0].lower == "chợ" }
    }
}
