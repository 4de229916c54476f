/// A meeting noun that mentions a meeting in passing: after two words that say so, the plenum that
/// adopted a cited document, the session a law was passed at, the meetings of every level, the
/// meeting an instruction came from.
extension MeetingReader {
    /// "một số cuộc họp", "trước thềm cuộc họp OPEC" (`MeetingWords.passing`, two words); and the
    /// meeting the news came after, when the sentence goes on to hold another: "ngay sau khi bế mạc
    /// Kỳ họp thứ 12, Thường trực HĐND tỉnh tổ chức họp báo …" reports the press conference.
    /// ("Chiều 12.4, ngay sau khi Quốc hội bế mạc kỳ họp cuối cùng, Thủ tướng … chủ trì phiên họp đầu
    /// tiên …" reports the sitting.)
    static func mentionedInPassing(_ lead: LeadWords, noun i: Int) -> Bool {
        if adoptedACitedDocument(lead, noun: i) || passedAt(lead, noun: i) || sittingOfAMeetingNamedNext(lead, noun: i)
            || instructedAt(lead, noun: i) || secondOfTheResolutions(lead, noun: i) || publishedAt(lead, noun: i) || absentFrom(lead, noun: i)
            || restatesAnEarlierNoun(lead, noun: i, kind: MeetingWords.noun(lead, at: i)?.kind ?? "") { return true }
        let w = lead.words
        // "nhiều thông báo kết luận cuộc họp chuyên đề của Phó Thủ tướng": a notice of its conclusions,
        // a document (not "Kết luận cuộc họp, Bộ trưởng yêu cầu …", the meeting's close).
        if i >= 4, lead.matchesWritten(["thông", "báo", "kết", "luận"], at: i - 4) || i >= 5 && lead.matchesWritten(["thông", "báo", "kết", "luận", "của"], at: i - 5) {
            return true
        }
        // "quán triệt ⟨Kết luận⟩ Hội nghị Trung ương 4 khóa XII": a central plenum's conclusion, a document
        // (not "Kết luận hội nghị, Bộ trưởng yêu cầu …", the close of the meeting reported).
        // (Its name runs on to "Trung ương" with no mark between: not "Phát biểu kết luận hội nghị, đồng
        // chí …, Ủy viên Trung ương Đảng".)
        if i >= 2, lead.matchesWritten(["kết", "luận"], at: i - 2), let (_, length) = MeetingWords.noun(lead, at: i),
           let central = (i + length..<min(w.count, i + length + 8)).first(where: { lead.matches(["trung", "uong"], at: $0) || ["tw", "t.u"].contains(w[$0].folded) }),
           w[i..<central].allSatisfy({ $0.after.isEmpty }) {
            return true
        }
        // "đại hội đảng bộ các cấp", "đại hội đảng bộ cấp huyện", "đại hội chi, đảng bộ cấp cơ sở": the
        // congresses of every level, or of one level, many meetings (written small: not "Đại hội Đảng
        // bộ cấp trên"; past the name of whose congresses: "Đại hội Đoàn TNCS Hồ Chí Minh cấp cơ sở").
        // (Of other meetings one level is the meeting's own: "hội thảo tham vấn cấp tỉnh" is one seminar;
        // every level, "các cấp", is still many.)
        if let (kind, length) = MeetingWords.noun(lead, at: i), i + length < w.count - 1,
           let level = (i + length..<min(w.count - 1, i + length + 8)).first(where: {
               lead.matchesWritten(["các", "cấp"], at: $0) || w[$0].text == "cấp" && lead.matchWritten(levels, at: $0 + 1) != nil
           }),
           level - i - length < 4 || w[(i + length)..<level].allSatisfy({ $0.isCapitalised }) && w[level].text == "cấp",
           ["đại hội", "kỳ họp"].contains(MeetingWords.family(kind)) || w[level].lower == "các",
           w[i..<level].allSatisfy({ $0.after.isEmpty || $0.after == "," && $0.lower == "chi" }) {
            return true
        }
        // "kiến nghị của cử tri gửi đến kỳ họp thứ 2 Quốc hội khóa XV", "… gửi gắm tới kỳ họp thường lệ":
        // the session petitions are sent to (not "tham luận … gửi đến hội thảo", papers for one held).
        if i > 1, MeetingWords.noun(lead, at: i)?.kind == "kỳ họp", ["đến", "tới"].contains(w[i - 1].lower),
           ["gửi", "gắm"].contains(w[i - 2].lower) { return true }
        // "đã thực hiện tốt công tác tiếp xúc cử tri (TXCT) trước và sau các kỳ họp", "chỉ đạo một số nội dung
        // cho công tác Đại hội": the task of meeting voters or citizens, or of preparing congresses, no one
        // meeting (not "Đoàn công tác …", a delegation).
        if i >= 2, lead.matchesWritten(["công", "tác"], at: i - 2), !(i >= 3 && w[i - 3].lower == "đoàn"), let kind = MeetingWords.noun(lead, at: i)?.kind,
           ["tiếp xúc cử tri", "buổi tiếp công dân", "đại hội"].contains(MeetingWords.family(kind)) { return true }
        // "ở từng đại hội", "mỗi hội nghị", "các cuộc họp": each of many, no one meeting.
        // ("Các buổi lễ tưởng niệm cũng được tổ chức tại Israel và Đức": their classifier between.)
        let each: Set<String> = ["từng", "mỗi", "các", "những", "mọi"]
        if i > 0, w[i - 1].after.isEmpty, each.contains(w[i - 1].lower) { return true }
        if let k = beforeClassifier(lead, noun: i), w[k].after.isEmpty, each.contains(w[k].lower) { return true }
        if listedAfterOneAhead(lead, noun: i) || namesAVenue(lead, noun: i) { return true }
        // "Chào mừng thành công Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, ngày 20-10, Hội LHPN … tổ chức hội
        // nghị …": a meeting hailed for its success is the occasion of another (not "tổ chức thành công Đại hội").
        if i >= 4, lead.matchesWritten(["chào", "mừng", "thành", "công"], at: i - 4) { return true }
        // "Đồng thời trên cơ sở tổ chức tổng kết 05 năm thực hiện Đề án …, đề xuất các giải pháp …": what
        // a plan builds on, no meeting reported.
        let basis = i >= 2 && lead.matchesWritten(["tổ", "chức"], at: i - 2) ? i - 2 : i
        if basis >= 3, lead.matchesWritten(["trên", "cơ", "sở"], at: basis - 3) { return true }
        guard i > 1, w[i - 1].after.isEmpty, w[i - 2].after.isEmpty else { return false }
        if MeetingWords.passing.contains(w[i - 2].folded + " " + w[i - 1].folded) { return !adoptsItsResolution(lead, noun: i) && !framesItself(lead, noun: i) }
        let closed = lead.matches(["be", "mac"], at: i - 2) || lead.matches(["ket", "thuc"], at: i - 2)
        // ("ngay sau khi Quốc hội khóa XIII bế mạc kỳ họp cuối cùng, Thủ tướng … chủ trì phiên họp đầu
        // tiên …": the closing's subject between.)
        let clause = HostReader.clauseStart(lead, before: i)
        let after = lead.matches(["sau"], at: clause) || lead.matches(["ngay", "sau"], at: clause)
        // (Or right after "sau khi", whatever it did: "ngay sau khi Đại hội … thông báo kết quả bầu …, Ban
        // Chấp hành khóa mới đã tiến hành Hội nghị lần thứ nhất".)
        guard closed && (lead.matches(["sau"], at: i - 3) || i > 3 && lead.matches(["sau", "khi"], at: i - 4) || after)
                || lead.matches(["sau", "khi"], at: i - 2),
              let kind = MeetingWords.noun(lead, at: i)?.kind else { return false }
        // (Only when the sentence goes on to hold or chair a meeting of another kind: "ngay sau kết thúc
        // cuộc họp …, ông X khẳng định …" reports what was said at the one it closed.)
        return (i + 3..<w.count).contains { k in
            (lead.matches(["to", "chuc"], at: k - 2) || lead.matches(["chu", "tri"], at: k - 2) || lead.matches(["tien", "hanh"], at: k - 2))
                && MeetingWords.noun(lead, at: k).map { $0.kind != kind } == true
        }
    }

    /// "… thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung
    /// ương …", "Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5", "Nghị quyết số
    /// 13-NQ/TW ngày 18/3/2002, Hội nghị lần thứ 5, Ban Chấp hành Trung ương Đảng khóa IX": the meeting
    /// that adopted a document the sentence cites by its number or date, not one the sentence reports;
    /// nor a meeting the document is about ("Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ
    /// các cấp").
    static func adoptedACitedDocument(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        guard i > 2 else { return false }
        let next = i + (MeetingWords.noun(lead, at: i)?.length ?? 2)
        // (Or with no mark after its date: "Nghị quyết số 21-NQ/TW ngày 16-6-2022 Hội nghị lần thứ năm …".)
        if w[i - 1].after == "," || w[i - 1].after.isEmpty && w[i - 1].text.contains(where: \.isNumber),
           lead.matches(["lan", "thu"], at: next) || lead.matches(["trung", "uong"], at: next) {
            return numberedDocument(lead, before: i - 1)
        }
        if ["của", "về"].contains(w[i - 1].lower), w[i - 2].after.isEmpty { return numberedDocument(lead, before: i - 2) }
        return ruledOnByADocument(lead, noun: i)
    }

    /// "Chỉ thị số 02-CT/TW của Ban Bí thư ⟨về lãnh đạo⟩ đại hội Hội cựu chiến binh các cấp ⟨và⟩ Đại
    /// hội đại biểu toàn quốc …", "Quyết định số 27/2023/QĐ-TTg … ⟨quy định tổ chức⟩ lễ động thổ, lễ
    /// khởi công và lễ khánh thành": meetings a cited document rules on, a verb of leading or holding
    /// between — each of them, when they are listed.
    static func ruledOnByADocument(_ lead: LeadWords, noun i: Int, depth: Int = 0) -> Bool {
        let w = lead.words
        var k = i
        while k > max(1, i - 5), w[k - 1].after.isEmpty, topicWords.contains(w[k - 1].lower) { k -= 1 }
        if k < i, lead.matchWritten(topicOpeners, at: k) != nil, w[k - 1].after.isEmpty { return numberedDocument(lead, before: k - 1) }
        // (The next of a list: after "và" or a comma, back to the noun before it.)
        guard depth < 4, i > 1, w[i - 1].lower == "và" || w[i - 1].after == "," else { return false }
        let previous = stride(from: i - 2, through: max(0, i - 14), by: -1).prefix { !w[$0].after.contains(where: { ".;:".contains($0) }) }
            .first { MeetingWords.noun(lead, at: $0) != nil }
        return previous.map { ruledOnByADocument(lead, noun: $0, depth: depth + 1) } ?? false
    }

    /// The words between a document and a meeting it rules on: "về (việc) lãnh đạo", "quy định tổ
    /// chức", "hướng dẫn tổ chức"; the first of them opens what the document is about.
    static let topicWords: Set<String> = ["về", "việc", "lãnh", "đạo", "chỉ", "tổ", "chức", "quy", "định", "hướng", "dẫn"]
    static let topicOpeners = PhraseTable(["về", "quy định", "hướng dẫn"])

    /// The levels of the Party's and the State's bodies: "cấp huyện", "cấp xã", "cấp cơ sở".
    static let levels = PhraseTable(["huyện", "xã", "cơ sở", "tỉnh", "trên cơ sở", "quận", "phường"])

    /// Whether a document cited by its number or date ends the words back from `end` (within 15
    /// words, in the clause).
    static func numberedDocument(_ lead: LeadWords, before end: Int) -> Bool {
        let w = lead.words
        var numbered = false
        for k in stride(from: end, through: max(0, end - 14), by: -1) {
            if k < end, w[k].after.contains(where: { ".;:".contains($0) }) { return false }
            if w[k].text.contains(where: \.isNumber) { numbered = true }
            if lead.matchWritten(citedDocuments, at: k) != nil { return numbered }
        }
        return false
    }

    /// The committees named after the meeting they organise or steer: "Ban Tổ chức", "Ban chỉ đạo"; and
    /// the delegates it gathers: "Đoàn đại biểu ⟨Đại hội⟩ thành lập Hội … đã vào Lăng viếng Chủ tịch Hồ Chí Minh".
    static let organisingCommittees: [[Substring]] = [["ban", "tổ", "chức"], ["ban", "chỉ", "đạo"], ["đoàn", "đại", "biểu"]]

    /// "Trưởng Ban Tổ chức ⟨Hội nghị⟩ Cấp cao APEC", "thành lập Ban tổ chức công bố Điều chỉnh quy hoạch Khu
    /// kinh tế mở Chu Lai và ⟨Lễ kỷ niệm⟩ 15 năm …": the meeting at `i` names the committee that organises
    /// or steers it, right after it or last of what it is named for, after "và" (within twenty words,
    /// in one clause).
    static func namesItsCommittee(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        if i > 2, lead.matchWritten(organisingCommittees, at: i - 3) != nil, w[(i - 3)..<i].allSatisfy({ $0.after.isEmpty }) { return true }
        guard i > 4, w[i - 1].lower == "và",
              let k = (max(0, i - 20)..<(i - 4)).last(where: { lead.matchWritten(organisingCommittees, at: $0) != nil }) else { return false }
        return w[k..<i].allSatisfy { !$0.after.contains(where: { ",.;:".contains($0) }) }
    }

    /// The document types whose numbered citation names the meeting that adopted them.
    static let citedDocuments: [[Substring]] = [["nghị", "quyết"], ["kết", "luận"], ["chỉ", "thị"], ["quy", "định"],
                                                ["thông", "báo"], ["quyết", "định"], ["hướng", "dẫn"]]

    /// "Kết luận phiên thảo luận của Hội nghị ĐBQH chuyên trách …": a sitting of the meeting named
    /// after it; that meeting is the one reported.
    static func sittingOfAMeetingNamedNext(_ lead: LeadWords, noun i: Int) -> Bool {
        guard let (kind, length) = MeetingWords.noun(lead, at: i), MeetingWords.sittings.contains(kind),
              i + length + 1 < lead.words.count, lead.words[i + length].lower == "của" else { return false }
        return MeetingWords.noun(lead, at: i + length + 1) != nil
    }
}

extension MeetingReader {
    /// "tiến tới đại hội đại biểu Đảng bộ tỉnh lần thứ XI, ⟨Đại hội đại biểu toàn quốc lần thứ XIII⟩
    /// của Đảng", "chào mừng … Đại hội XIV của Đảng và ⟨Đại hội Thi đua yêu nước toàn quốc⟩": a
    /// meeting listed after one that words ahead of it name ("tiến tới", "hướng tới", "chào mừng") is
    /// ahead too — no verb of holding between them.
    static func listedAfterOneAhead(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        guard i > 3, w[i - 1].after == "," || w[i - 1].lower == "và" else { return false }
        let from = max(2, i - 24)
        guard let first = (from..<(i - 1)).first(where: { k in
            MeetingWords.noun(lead, at: k) != nil && w[k - 2].after.isEmpty && w[k - 1].after.isEmpty
                && MeetingWords.ahead.contains(w[k - 2].folded + " " + w[k - 1].folded)
        }) else { return false }
        return !w[first..<(i - 1)].contains(where: { $0.after.contains(where: { ".;:".contains($0) }) })
            && !((first + 1)..<i).contains(where: { lead.matchWritten(MeetingWords.held, at: $0) != nil })
    }
}

extension MeetingReader {
    /// "tại Trung tâm tổ chức ⟨hội nghị⟩ FLC Hạ Long", "tại Trung tâm Thông tin - ⟨Hội nghị⟩ tỉnh": a
    /// meeting noun in a venue's name, or its second field after a dash, names no meeting (as right
    /// after "Trung tâm", `MeetingWords.passing`).
    /// So is one the place of its holding names: "kiểm tra tại các địa điểm đón tiếp đại biểu và tổ chức
    /// ⟨Hội nghị⟩", "nơi tổ chức ⟨Đại hội⟩" (small words between, no comma: not "Tại địa điểm mới, Sở Y tế tổ chức …").
    static func namesAVenue(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        if i >= 3, lead.matchesWritten(["tổ", "chức"], at: i - 2), w[i - 3].lower == "nơi" || ((max(0, i - 9)..<(i - 2)).last {
            lead.matchesWritten(["địa", "điểm"], at: $0) }.map { w[$0..<(i - 2)].allSatisfy { $0.after.isEmpty && !$0.isCapitalised } } ?? false) {
            return true
        }
        if i >= 4, lead.matchesWritten(["trung", "tâm", "tổ", "chức"], at: i - 4), w[i - 4].isCapitalised {
            return w[(i - 4)..<i].allSatisfy { $0.after.isEmpty }
        }
        guard i >= 3, ["-", "–"].contains(w[i - 1].text) || ["-", "–"].contains(w[i - 1].after.trimmingCharacters(in: .whitespaces)),
              let centre = (max(0, i - 6)..<(i - 3)).last(where: { lead.matchesWritten(["trung", "tâm"], at: $0) && w[$0].isCapitalised })
        else { return false }
        return w[centre + 2].isCapitalised && w[centre..<(i - 1)].allSatisfy { $0.after.isEmpty }
    }
}

extension MeetingReader {
    /// "… thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và ⟨Đại hội Đảng bộ
    /// thành phố⟩ lần thứ XVII": a congress joined by "và" to one a resolution names is that
    /// resolution's too (within its clause), no meeting held. So is one after a comma ("Nghị quyết Đại
    /// hội lần thứ XIII của Đảng, ⟨Đại hội Đảng bộ tỉnh Bắc Ninh⟩ lần thứ XX, …") unless its clause
    /// says it was held ("…, Đại hội Hội VHNT tỉnh … được tổ chức trọng thể").
    static func secondOfTheResolutions(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        guard i > 3 else { return false }
        let listed = w[i - 1].after == ","
        guard listed || w[i - 1].lower == "và" && w[i - 2].after.isEmpty else { return false }
        if listed, ((i + 1)..<max(i + 1, clauseEnd(lead, from: i))).contains(where: { lead.matchWritten(MeetingWords.held, at: $0) != nil }) { return false }
        for k in stride(from: listed ? i - 2 : i - 3, through: max(1, i - 30), by: -1) {
            // (Past the commas of the list: "Đại hội …, ⟨Đại hội⟩ …".)
            if listed, w[k].after == ",", MeetingWords.noun(lead, at: k + 1) != nil { continue }
            if w[k].after.contains(where: { ",.;:".contains($0) }) { return false }
            if MeetingWords.noun(lead, at: k + 1) != nil, lead.matchesWritten(["nghị", "quyết"], at: k - 1) || lead.matchesWritten(["văn", "kiện"], at: k - 1) {
                return true
            }
        }
        return false
    }
}

extension MeetingReader {
    /// "Chiều 12.11, Ban Chấp hành Đảng bộ TP.Hà Nội đã biểu quyết thông qua Nghị quyết ⟨Hội nghị⟩ lần
    /// thứ 2 …": a meeting's resolution adopted is adopted at that meeting, which is held (not a
    /// central plenum's, "thông qua Nghị quyết Hội nghị Trung ương 4", which others study).
    static func adoptsItsResolution(_ lead: LeadWords, noun i: Int) -> Bool {
        guard i >= 4, lead.matchesWritten(["thông", "qua", "nghị", "quyết"], at: i - 4),
              let (_, length) = MeetingWords.noun(lead, at: i) else { return false }
        return !lead.matches(["trung", "uong"], at: i + length) && !["tw", "tu"].contains(i + length < lead.words.count ? lead.words[i + length].folded : "")
    }
}
