/// The session where a document was passed, told as the document's history.
extension MeetingReader {
    /// "Luật Đất đai năm 2024 được Quốc hội khóa XV thông qua ngày 18/01/2024 tại kỳ họp bất thường
    /// lần thứ 5": the session a law "was passed" at (a law's name opening the clause, the passive
    /// "được … thông qua", its day, then "tại" or "trong" the session; or the law's name further in the
    /// sentence, before its passive) is where the law comes from,
    /// not a meeting reported. (Not the active "Sáng 18/1, tại kỳ họp bất thường, Quốc hội đã thông
    /// qua Luật Đất đai"; not a decision "vừa được UBND thành phố thông qua trong cuộc họp chiều qua".)
    static func passedAt(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        if passedBy(lead, session: i) || (passedAfter(lead, session: i) || passedThatYear(lead, session: i)) && !MeetingWords.saysATime(lead) {
            return true
        }
        guard i > 2, MeetingWords.noun(lead, at: i)?.kind == "kỳ họp", ["tại", "trong"].contains(w[i - 1].lower), w[i - 2].after.isEmpty,
              !MeetingWords.saysATime(lead) else { return false }
        // Back past the day it was passed: "ngày 18/01/2024", "vào ngày …", "năm 2013".
        var k = i - 1
        if k >= 2, w[k - 1].text.first?.isNumber == true, ["ngày", "năm"].contains(w[k - 2].lower) {
            k -= 2
            // ("ngày 20 tháng 11 năm 2012": the day and the month before the year.)
            if k >= 4, w[k - 2].lower == "tháng", w[k - 4].lower == "ngày", w[k - 1].text.first?.isNumber == true { k -= 4 }
            if k >= 1, w[k - 1].lower == "vào" { k -= 1 }
        }
        guard k >= 2, lead.matchesWritten(["thông", "qua"], at: k - 2) else { return false }
        // A law's name opens the clause, "được" (not "vừa được") before "thông qua".
        var clause = HostReader.clauseStart(lead, before: k - 2)
        // ("Luật Hợp tác xã, đã được Quốc hội thông qua …": the law's name before a comma; "Luật Biên phòng
        // Việt Nam 2020 gồm 6 chương, 36 điều được Quốc hội khóa XIV thông qua tại Kỳ họp thứ 10": with
        // what it holds.)
        if clause > 0, lead.matchWritten(laws, at: clause) == nil, w[clause - 1].after == ",",
           case let named = HostReader.clauseStart(lead, before: clause - 1), clause - named <= 10, lead.matchWritten(laws, at: named) != nil {
            clause = named
        }
        // (Or inside the sentence, its commas aside, the law it tells of: "… đã phổ biến những điểm mới của Luật Phòng cháy, chữa
        // cháy và cứu nạn, cứu hộ được thông qua tại kỳ họp thứ 8, Quốc hội khóa XV", "phổ biến các Luật được Quốc hội nước Cộng
        // hòa xã hội chủ nghĩa Việt Nam khóa XIV thông qua tại kỳ họp thứ 6".)
        let opens = namesALaw(lead, at: clause)
        guard let start = opens ? clause : (max(0, k - 20)..<(k - 2)).last(where: { namesALaw(lead, at: $0) }),
              let law = lead.matchWritten(laws, at: start) else { return false }
        // (A headline leaves "được" out: "Nghị quyết thông qua tại Kỳ họp thứ 19, HĐND tỉnh khoá XIII".)
        if opens, k - 2 == clause + law.count { return true }
        guard let passive = (max(start, k - 16)..<(k - 2)).last(where: { w[$0].lower == "được" }) else { return false }
        return !(start..<passive).contains { ["vừa", "mới"].contains(w[$0].lower) }
    }

    /// "Luật Biên phòng Việt Nam năm 2020 đã được Quốc hội … khóa XIV, kỳ họp thứ 10 thông qua ngày 11
    /// tháng 11 năm 2020": the session named between the legislature and "thông qua" (its number
    /// between), in a sentence that names a law, then says it "was passed" (not "vừa được"): "Cụ thể các
    /// Luật được Quốc hội … khóa XIV, kỳ họp thứ 6 thông qua gồm: …".
    static func passedBy(_ lead: LeadWords, session i: Int) -> Bool {
        let w = lead.words
        guard i > 2, MeetingWords.noun(lead, at: i)?.kind == "kỳ họp",
              let passed = ((i + 1)..<min(w.count, i + 6)).first(where: { lead.matchesWritten(["thông", "qua"], at: $0) }),
              w[i..<passed].allSatisfy({ $0.after.isEmpty }),
              let passive = (0..<i).last(where: { w[$0].lower == "được" }),
              let law = (0..<passive).first(where: { namesALaw(lead, at: $0) }) else { return false }
        return !(law..<passive).contains { ["vừa", "mới"].contains(w[$0].lower) }
    }

    /// "Ngày 17/6/2010, tại kỳ họp thứ 7 Quốc hội khóa XII, dự án Luật Bưu chính đã được Quốc hội biểu quyết
    /// thông qua": the session fronted, then the law (or its bill) that "was passed" at it, in the same
    /// sentence (not "vừa được"), with no time of the day it was news ("Sáng 17/6, tại kỳ họp thứ 7, …").
    static func passedAfter(_ lead: LeadWords, session i: Int) -> Bool {
        let w = lead.words
        guard i >= 1, w[i - 1].lower == "tại", MeetingWords.noun(lead, at: i)?.kind == "kỳ họp",
              !w[..<i].contains(where: { ["sáng", "chiều", "tối", "trưa"].contains($0.lower) }),
              let comma = (i..<min(w.count, i + 10)).first(where: { w[$0].after.contains(",") }) else { return false }
        var subject = comma + 1
        if lead.matchesWritten(["dự", "án"], at: subject) || lead.matchesWritten(["dự", "thảo"], at: subject) { subject += 2 }
        guard subject < w.count, namesALaw(lead, at: subject),
              let passed = (subject..<min(w.count - 1, subject + 20)).first(where: { lead.matchesWritten(["thông", "qua"], at: $0) }),
              !w[subject..<passed].contains(where: { $0.after.contains(".") }),
              let passive = (subject..<passed).last(where: { w[$0].lower == "được" }) else { return false }
        return !(subject..<passive).contains { ["vừa", "mới"].contains(w[$0].lower) }
    }

    /// "Ngày 11/11/2020, tại Kỳ họp thứ 10, Quốc hội khóa XIV đã thông qua Luật Biên phòng Việt Nam":
    /// the session fronted after a day with its year (no time of the day: not "Sáng 18/1, tại kỳ họp
    /// …"), then the legislature that "đã (biểu quyết) thông qua" a law in the same sentence — where
    /// the law comes from, told with its year as history.
    static func passedThatYear(_ lead: LeadWords, session i: Int) -> Bool {
        let w = lead.words
        guard i >= 3, w[i - 1].lower == "tại", w[i - 3].lower == "ngày", i == 3 || w[i - 4].after.contains(":"),
              w[i - 2].after.hasPrefix(","), MeetingWords.noun(lead, at: i)?.kind == "kỳ họp" else { return false }
        let day = w[i - 2].text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        guard day.count == 3, day.allSatisfy({ $0.allSatisfy(\.isNumber) }), day[2].count == 4,
              let passed = (i..<min(w.count - 2, i + 16)).first(where: { lead.matchesWritten(["thông", "qua"], at: $0) }),
              !w[i..<passed].contains(where: { $0.after.contains(".") }), lead.matchWritten(laws, at: passed + 2) != nil,
              w[(passed - 2)..<passed].contains(where: { $0.lower == "đã" }) else { return false }
        // (The legislature between: "Quốc hội", "QH".)
        return w[i..<passed].contains(where: { $0.folded == "qh" }) || (i..<passed).contains(where: { lead.matches(["quoc", "hoi"], at: $0) })
    }

    /// Whether a law's name opens at `k`, its type word written with a capital: "Luật Đất đai", "Nghị quyết số …".
    static func namesALaw(_ lead: LeadWords, at k: Int) -> Bool {
        lead.words[k].isCapitalised && lead.matchWritten(laws, at: k) != nil
    }

    /// The documents a legislature or a council passes at its sessions.
    static let laws = PhraseTable(["luật", "bộ luật", "hiến pháp", "pháp lệnh", "nghị quyết"])
}
