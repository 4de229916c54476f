/// The host of a meeting whose lead names none: the body it was held with, else the body of the
/// office of who spoke at it, as a reader would take it.
///
/// "Sáng 16/12, trong cuộc họp với Bộ GDĐT, Giám đốc điều hành Cục Khảo thí Hoa Kỳ … đề xuất"
/// → "Bộ GDĐT"; "Chiều 29/3, tại cuộc họp kiểm tra tiến độ …, ông Trần Quang Phượng, Phó giám đốc
/// Sở Giao thông - Công chính, cho biết" → "Sở Giao thông - Công chính". Not "cuộc họp với lãnh
/// đạo các sở" (no body named), not "với sự tham dự của …" nor "Tham dự cuộc họp có …" (who came).
extension HostReader {
    static func counterpartOrSpeaker(_ lead: LeadWords, kind: String, catalog: Catalog) -> String? {
        guard let (i, length) = lead.words.indices.lazy.compactMap({ i -> (Int, Int)? in
            guard let phrase = lead.matchWritten(MeetingWords.nouns, at: i),
                  MeetingWords.kinds[phrase.joined(separator: " ")] == kind else { return nil }
            return (i, phrase.count)
        }).first else { return nil }
        // ("Tham dự cuộc họp có các đồng chí: Phạm Đại Dương, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy":
        // who came speaks for no host.)
        if lists(lead, attendeesOf: i, length: length) { return nil }
        if let r = counterpart(lead, noun: i, length: length, catalog: catalog) { return lead.text(r) }
        guard spokenFor.contains(kind) || meetsThePress(lead, after: i + length) else { return nil }
        if kind == "họp báo", let office = spokesman(lead, catalog: catalog) { return office }
        return agent(lead, noun: i, catalog: catalog).map(lead.text) ?? speakerOffice(lead, noun: i, catalog: catalog, before: true)
    }

    /// "\"Đừng đánh giá thấp …\", Li Weiyi, người phát ngôn Văn phòng Các vấn đề Đài Loan của Trung
    /// Quốc, phát biểu tại buổi họp báo": a spokesman anywhere in a press conference's sentence
    /// speaks for the body that holds it, whatever the shape of the name before the office.
    static func spokesman(_ lead: LeadWords, catalog: Catalog) -> String? {
        lead.words.indices.lazy.filter { lead.matches(["phat", "ngon"], at: $0) }.compactMap { k in
            officeBody(lead, in: max(0, k - 1)..<(k + 1), catalog: catalog)
        }.first
    }

    /// "cuộc gặp gỡ (với) báo chí", "buổi gặp mặt đại diện báo giới", "cuộc gặp gỡ các phóng viên":
    /// an encounter with the press is a press conference, whose speaker speaks for its host.
    static func meetsThePress(_ lead: LeadWords, after end: Int) -> Bool {
        var k = end
        while k < lead.words.count, k < end + 3, ["với", "các", "đại", "diện", "giới"].contains(lead.words[k].lower) { k += 1 }
        return lead.matchWritten(press, at: k) != nil
    }

    static let press = PhraseTable(["báo chí", "báo giới", "phóng viên", "nhà báo", "cơ quan báo chí", "cơ quan thông tấn"])

    /// "Quyết định này vừa được UBND thành phố thông qua trong cuộc họp chiều qua", "… vừa được UBND
    /// TP công bố tại buổi họp báo ngày 3-3": the body that, by the passive's "được", adopted or
    /// announced at the meeting what the sentence tells, its verb right before "trong" or "tại" (not
    /// "được Sở … đưa ra trong cuộc họp": who raises a point may be a guest).
    static func agent(_ lead: LeadWords, noun i: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        guard i >= 3, ["tai", "trong"].contains(w[i - 1].folded) else { return nil }
        for p in stride(from: i - 3, through: max(0, i - 14), by: -1) where w[p].lower == "được" && w[p].after.isEmpty {
            guard let r = BodyGrammar.read(lead, at: p + 1, catalog: catalog), r.upperBound < i - 1,
                  w[(r.upperBound - 1)..<(i - 1)].allSatisfy({ $0.after.isEmpty }),
                  let verb = lead.matchWritten(decisions, at: r.upperBound), r.upperBound + verb.count == i - 1 else { return nil }
            return r
        }
        return nil
    }

    /// What a body does to a decision at its own meeting.
    static let decisions = PhraseTable(["thông qua", "công bố", "quyết định", "phê duyệt", "ban hành", "thống nhất", "nhất trí", "kết luận"])

    /// Whether a body's name may end before word `end`: at a mark, the end, a capital, or a word
    /// that opens what follows it — not a number ("UBND quận ⟨7⟩") or a small word that goes on
    /// with it ("Ban chỉ đạo phát triển ⟨du lịch⟩").
    static func endsName(_ lead: LeadWords, at end: Int) -> Bool {
        let w = lead.words
        guard end < w.count, w[end - 1].after.isEmpty else { return true }
        if w[end].text.first?.isNumber == true { return false }
        return w[end].isCapitalised || meetingWordsAfterName.contains(w[end].lower)
    }

    /// Meetings whose speaker speaks for the host ("Tại phiên họp trù bị hôm 20/5, Chủ tịch Ban Công
    /// tác WTO … đánh giá cao"): not a seminar, a conference or a ceremony, where guests speak ("Tại
    /// hội thảo … tổ chức ở Hà Nội, Thứ trưởng Bộ Thương mại … cho biết"). (A session of an elected
    /// body is that body's before any speaker's: `electedBody`.)
    static let spokenFor: Set<String> = [
        "cuộc họp", "buổi họp", "cuộc họp mặt", "buổi làm việc", "cuộc làm việc", "họp báo", "giao ban", "phiên họp",
    ]

    /// "cuộc họp với Bộ GDĐT", "buổi làm việc chiều qua với Công an Q.10": the body named right
    /// after "với", past a time.
    /// Further on in the meeting's words, the body a time follows: "cuộc họp bàn về biện pháp hạn
    /// chế tai nạn giao thông với Sở Giao thông công chính ⟨chiều nay⟩" (not "bàn về hợp tác với
    /// Ngân hàng Thế giới", the subject).
    static func counterpart(_ lead: LeadWords, noun i: Int, length: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        if hadBySubject(lead, noun: i, catalog: catalog) { return nil }
        // ("với đại diện Uỷ ban Chứng khoán Nhà nước", "với lãnh đạo Bộ Tài chính": whom they stand for —
        // unless an office opens the next clause: "tại cuộc làm việc với lãnh đạo Bộ Công an …, Phó Thủ
        // tướng … yêu cầu", the Deputy Prime Minister's.)
        let next = clauseEnd(lead, from: i + length)
        let officeNext = next < w.count && opensOffice(lead, at: next)
        func body(after v: Int) -> Range<Int>? {
            guard v + 1 < w.count, w[v].lower == "với", w[v].after.isEmpty, w[v + 1].lower != "sự" else { return nil }
            let standsFor = lead.matchesWritten(["đại", "diện"], at: v + 1) || lead.matchesWritten(["lãnh", "đạo"], at: v + 1) ? 2 : 0
            guard standsFor == 0 || w[v + 2].after.isEmpty && !officeNext else { return nil }
            return BodyGrammar.read(lead, at: v + 1 + standsFor, catalog: catalog)
        }
        let v = pastTime(lead, from: i + length)
        if let r = body(after: v) { return endsName(lead, at: r.upperBound) ? r : nil }
        for v in (v + 1)..<max(v + 1, clauseEnd(lead, from: i + length)) {
            if let r = body(after: v), r.upperBound < w.count, w[r.upperBound - 1].after.isEmpty,
               pastTime(lead, from: r.upperBound) > r.upperBound {
                return r
            }
        }
        return nil
    }

    /// "Trưởng đoàn kiểm tra số 8 Bùi Ngọc Tuân đã có buổi làm việc với lãnh đạo UBND tỉnh", "lãnh đạo
    /// thành phố đã có buổi làm việc với Sở Giao thông Công chánh": the clause opens on who had the
    /// meeting (or chaired it), a body, an office or a body's leaders, so the body they met with is not its host.
    /// (A person named there is who had it too. Not "Trong cuộc họp với Bộ GDĐT, …", "tại buổi làm
    /// việc với UBND quận 7": no one had it; nor "15 tân đại sứ VN … đã có buổi họp mặt với UBND TPHCM".)
    static func hadBySubject(_ lead: LeadWords, noun i: Int, catalog: Catalog) -> Bool {
        let w = lead.words
        var have = i - 1
        if have >= 0, w[have].lower == "một" { have -= 1 }
        // (Or chaired it: "Bộ trưởng Hồ Đức Phớc chủ trì buổi làm việc với UBND tỉnh Đồng Nai".)
        if have > 1, lead.matchesWritten(["chủ", "trì"], at: have - 1), w[have - 1].after.isEmpty { have -= 1 }
        guard have > 0, w[have].lower == "có" || lead.matchesWritten(["chủ", "trì"], at: have), w[have].after.isEmpty else { return false }
        let start = clauseStart(lead, before: have)
        guard start < have else { return false }
        let leaders = lead.matchesWritten(["lãnh", "đạo"], at: start) ? 2 : 0
        return opensOffice(lead, at: start) || BodyGrammar.read(lead, at: start + leaders, catalog: catalog) != nil
            || leaders > 0 && start + 2 < have || (start..<have).contains { PersonName.read(lead, at: $0) != nil }
            || lead.matchWritten(delegations, at: start) != nil
    }

    /// A delegation, whatever its task's words after ("Đoàn giám sát thực hiện Nghị quyết số 25-NQ/TW
    /// … có buổi làm việc với Thường trực Tỉnh ủy"): who had the meeting, not the body it met.
    static let delegations = PhraseTable(["đoàn công tác", "đoàn giám sát", "đoàn kiểm tra", "đoàn khảo sát", "đoàn thanh tra",
                                          "đoàn liên ngành", "đoàn đại biểu"])

    /// Past up to three words of a time said right after a meeting noun, run together with it:
    /// "buổi làm việc ⟨sáng qua⟩ với …", "cuộc họp ⟨ngày 5/3⟩ với …".
    static func pastTime(_ lead: LeadWords, from start: Int) -> Int {
        let w = lead.words
        var v = start
        while v < w.count, v < start + 3, w[v - 1].after.isEmpty,
              ["sáng", "chiều", "tối", "trưa", "hôm", "qua", "nay", "ngày"].contains(w[v].lower) || w[v].text.first?.isNumber == true {
            v += 1
        }
        return v
    }

    /// Words that may follow a body's name in a meeting's words: "với Sở Tư pháp ⟨về⟩ đề án …".
    static let meetingWordsAfterName: Set<String> = [
        "về", "để", "nhằm", "tại", "ở", "sáng", "chiều", "tối", "trưa", "hôm", "ngày", "và", "cùng", "vào", "do", "trong",
        "nhân", "xung", "bàn", "sau", "trước", "đã", "vừa", "mới", "cho",
    ]
}
