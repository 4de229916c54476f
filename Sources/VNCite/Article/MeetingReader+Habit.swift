/// A meeting told as a habit or as a purpose, or a kind of meeting defined or prescribed, not as news.
extension MeetingReader {
    /// "Cứ đến hẹn lại lên, hàng năm, TCHQ lại phối hợp với VCCI tổ chức hội thảo đối thoại …": a
    /// meeting held every year (month, quarter) with no day said is the custom, not one meeting
    /// reported, and so is the meeting "of every term" ("Hội nghị Trung ương lần thứ 4 của mỗi
    /// khóa"); "Sáng 5/3, UBND tỉnh tổ chức phiên họp thường kỳ hàng tháng" names its day and is.
    static func habitual(_ lead: LeadWords, noun i: Int) -> Bool {
        // (Said of the meeting, in its clause or the one before, not in a quotation: not "… tăng trưởng
        // 30% mỗi năm”, ông X khẳng định tại lễ ký kết …".)
        let clause = HostReader.clauseStart(lead, before: i)
        let before = ((clause > 0 ? HostReader.clauseStart(lead, before: clause - 1) : 0)..<i).contains { k in
            lead.matchWritten(habits, at: k) != nil && !lead.words[k..<i].contains(where: \.closesQuote)
        }
        // "ở Hội nghị Trung ương lần thứ 4 của mỗi khóa": the meeting of every term, in its own words
        // ("tại phiên họp của Thường trực HĐND hàng tháng": of every month — not "cuộc họp hàng năm của
        // Hiệp hội …", this year's, nor "cuộc họp báo hàng tuần", this week's, told as news).
        let briefing = MeetingWords.noun(lead, at: i)?.kind == "họp báo"
        let every = (i..<min(lead.words.count, i + 12)).contains { k in
            let ofEvery = lead.words[k].lower == "mỗi" && lead.matchWritten(periods, at: k + 1) != nil
                || !briefing && ["hàng", "hằng"].contains(lead.words[k].lower) && k + 1 < lead.words.count
                    && ["tháng", "quý"].contains(lead.words[k + 1].lower)
            return ofEvery && lead.words[i..<k].allSatisfy { !$0.after.contains(where: { ",.;:".contains($0) }) }
        }
        let habit = before || every
        return (habit || defined(lead, noun: i) || prescribedHowTo(lead, noun: i)) && !namesADay(lead) && !MeetingWords.saysATime(lead)
    }

    /// "Hội thảo được xem là cuộc hội họp giữa …", "Hội thảo khoa học là cuộc thảo luận về …", "Hội thảo,
    /// hội thảo chuyên đề, … là những thuật ngữ quen thuộc": the kind of meeting defined, the sentence
    /// opening on its noun and saying what it is — no one meeting, nor the nouns listed with it or
    /// named again after it ("Đại hội công đoàn cơ sở là đợt sinh hoạt …, nhiệm vụ của đại hội công
    /// đoàn cơ sở là …"). (Not "Hội nghị ⟨lần này⟩ là dịp …", nor a meeting by its name: "Hội thảo
    /// “Chống lão hoá …” là một …".)
    /// (After a frame of what it is said of or by: "Đối với quỹ tín dụng nhân dân, Đại hội thành viên là
    /// một phần không thể thiếu …", "Theo quy định, Hội nghị … là …".)
    static func defined(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        var start = 0
        if lead.matchWritten(definingFrames, at: 0) != nil, let comma = w.prefix(12).firstIndex(where: { $0.after.contains(",") }) {
            start = comma + 1
        }
        guard let (_, length) = MeetingWords.noun(lead, at: start), start + length < w.count, !w[start + length].opensQuote,
              !w[start + length].isCapitalised,
              let be = ((start + 1)..<min(w.count, start + 16)).first(where: { w[$0].lower == "là" }) else { return false }
        return !w[..<be].contains { ["này", "đó", "trên"].contains($0.lower) || $0.text.contains(where: \.isNumber) }
            && !(0..<be).contains { lead.matchWritten(holdings, at: $0) != nil }
    }

    static let definingFrames = PhraseTable(["đối với", "theo quy định", "theo luật"])

    /// Verbs that tell one meeting held ("Hội thảo do Sở … tổ chức là dịp …" is that seminar).
    static let holdings = PhraseTable(["tổ chức", "khai mạc", "bế mạc", "diễn ra", "kết thúc", "chủ trì", "tiến hành", "triệu tập"])

    /// "Tổ chức hội thảo khoa học phải thực sự khoa học …": a sentence that opens on holding the kind of
    /// meeting and says what it must or should be — how one is held, no one meeting.
    /// So is a sentence that opens on the kind of meeting and says, before any verb of holding, what one
    /// must have: "Phiên họp Thường vụ QH phải có mặt ít nhất 2/3 ủy viên" (a rule of such sessions).
    static func prescribedHowTo(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        if i == 0, let must = (1..<min(w.count, 12)).first(where: { ["phải", "cần", "nên"].contains(w[$0].lower) }) {
            return w[..<must].allSatisfy { $0.after.isEmpty } && !(0..<must).contains { lead.matchWritten(holdings, at: $0) != nil }
        }
        return i == 2 && lead.matchesWritten(["tổ", "chức"], at: 0) && w[i...].contains { ["phải", "cần", "nên"].contains($0.lower) }
    }

    /// "… đã chọn hai đảng bộ để tổ chức đại hội điểm", "Kế hoạch số 08 về tổ chức đại hội", "đề xuất …
    /// về việc tổ chức Hội nghị Thủ tướng với doanh nghiệp", "đồng ý tổ chức Hội nghị toàn quốc": a
    /// meeting to be held as a purpose, a plan's subject, what was agreed to or whose papers are
    /// worked on ("duyệt hồ sơ Đại hội …"), or holding such meetings in general ("khi tổ chức họp báo",
    /// "hoạt động tổ chức họp báo"). (Read after a list of kinds: "quy định về tổ chức hội nghị, hội thảo quốc tế"
    /// names none.)
    static func asPurpose(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        // ("Kế hoạch số 02/KH-HĐND … về việc tiếp xúc cử tri trước kỳ họp …": the plan's subject.)
        if i > 1, lead.matchesWritten(["về", "việc"], at: i - 2), w[i - 2].after.isEmpty, w[i - 1].after.isEmpty { return true }
        // ("Tổng LĐLĐ Việt Nam tổ chức duyệt hồ sơ Đại hội Công đoàn tỉnh …", "duyệt văn kiện Đại hội …": the
        // papers of a meeting to come are what is worked on.)
        if i > 1, papers.contains(where: { lead.matchesWritten($0, at: i - 2) }), w[i - 2].after.isEmpty, w[i - 1].after.isEmpty { return true }
        guard i > 2, lead.matchesWritten(["tổ", "chức"], at: i - 2) else { return false }
        // ("Phó Thủ tướng … đồng ý tổ chức Hội nghị toàn quốc …", "cho phép tổ chức Đại hội": agreed to, still to come.)
        if (max(0, i - 5)..<(i - 2)).contains(where: { k in
            agreedTo.contains { lead.matchesWritten($0, at: k) } && w[k..<(i - 2)].allSatisfy { $0.after.isEmpty }
        }) {
            return true
        }
        // ("đồng ý với đề xuất … về việc tổ chức Hội nghị Thủ tướng với doanh nghiệp": the matter of holding it;
        // "Hướng dẫn số 38-HD/QU … về việc ⟨chỉ đạo⟩ tổ chức Đại hội Chi bộ": of seeing to it, two small words between.)
        let matter = i > 3 && (max(0, i - 6)...(i - 4)).contains { k in
            lead.matchesWritten(["về", "việc"], at: k) && w[k..<i].allSatisfy { $0.after.isEmpty }
                && w[(k + 2)..<(i - 2)].allSatisfy { $0.text.first?.isLowercase == true }
        }
        // ("… mức phạt tăng trong hoạt động tổ chức họp báo", "những lỗi khi tổ chức họp báo": holding such
        // meetings in general, an activity or its time, none held; "Chủ tịch Công đoàn cơ sở với việc tổ chức
        // Đại hội công đoàn cơ sở": the part in holding them — not "đã hoàn thành việc tổ chức hội nghị";
        // "điều chỉnh thời gian tổ chức Đại hội … sang cuối tháng 6": when it is to be held.)
        let framed = i > 3 && holdingFrames.contains { lead.matchesWritten($0, at: i - 4) } && w[i - 4].after.isEmpty
        return (["để", "nhằm", "về", "khi"].contains(w[i - 3].lower) || matter || framed) && w[(i - 3)..<i].allSatisfy { $0.after.isEmpty }
    }

    /// Two words before "tổ chức" and its meeting that make the holding general or still to come: an
    /// activity ("hoạt động", "hành vi"), the part in it ("với việc", "trong việc"), its time ("thời
    /// gian", "thời điểm").
    static let holdingFrames: [[Substring]] = [
        ["hoạt", "động"], ["hành", "vi"], ["với", "việc"], ["trong", "việc"], ["thời", "gian"], ["thời", "điểm"],
    ]

    /// A meeting's papers: "hồ sơ", "văn kiện", "tài liệu".
    static let papers: [[Substring]] = [["hồ", "sơ"], ["văn", "kiện"], ["tài", "liệu"]]

    /// The words that agree to what follows: "đồng ý", "cho phép", "chấp thuận".
    static let agreedTo: [[Substring]] = [["đồng", "ý"], ["cho", "phép"], ["chấp", "thuận"]]

    /// "Nhằm phục vụ cho Quân ủy Trung ương tổ chức hội nghị sơ kết …, vừa qua, Cục Tổ chức đã tổ
    /// chức hội thảo": a meeting named in the purpose that opens the sentence (to its first comma
    /// or semicolon) is what the meeting the sentence goes on to report serves.
    static func servedByThePurpose(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        guard !w.isEmpty, ["nhằm", "để"].contains(w[0].lower) || lead.matchesWritten(["phục", "vụ"], at: 0),
              let end = w.indices.first(where: { w[$0].after.contains(where: { ",;".contains($0) }) }), i <= end else { return false }
        return ((end + 1)..<w.count).contains { MeetingWords.noun(lead, at: $0) != nil }
    }

    /// What recurs: "khóa", "nhiệm kỳ", "kỳ", "năm", "tháng", "quý" (after "mỗi").
    static let periods: [[Substring]] = ["khóa", "khoá", "nhiệm kỳ", "kỳ", "năm", "tháng", "quý"].map { $0.split(separator: " ") }

    /// "hàng năm", "hằng năm", "mỗi năm", "hàng tháng", "hằng quý", "định kỳ", "thường xuyên" ("Các
    /// hoạt động giám sát được tổ chức thường xuyên tại kỳ họp và giữa hai kỳ họp HĐND").
    static let habits: [[Substring]] = ["hàng năm", "hằng năm", "mỗi năm", "hàng tháng", "hằng tháng", "mỗi tháng",
                                        "hàng quý", "hằng quý", "định kỳ", "thường xuyên",
                                        // ("Như đã thành thông lệ, cứ mỗi độ tháng Mười về, Ban Liên lạc … lại tổ chức buổi gặp mặt".)
                                        "thông lệ", "mỗi độ", "mỗi dịp"].map { $0.split(separator: " ") }
}
