/// Whether a meeting the lead names was held as a meeting: said to be held, not questioning, not still to come.
extension MeetingReader {
    /// A working session with investigators: "Ở buổi làm việc đầu tiên với cơ quan điều tra vào chiều
    /// qua", "đã có buổi làm việc với Cơ quan Cảnh sát Điều tra (CSĐT) …" (not investigators who
    /// report to an elected body: "… cơ quan cảnh sát điều tra … khi làm việc với Ban Pháp chế HĐND").
    static func questioned(_ words: LeadWords, kind: String) -> Bool {
        guard ["buổi làm việc", "cuộc làm việc"].contains(kind) else { return false }
        let w = words.words
        return w.indices.contains { v in
            guard w[v].lower == "với" else { return false }
            var k = v + 1
            while k < min(w.count, v + 7) {
                if words.matches(["dieu", "tra"], at: k) || ["cqdt", "csdt"].contains(w[k].folded) { return true }
                if !w[k].after.isEmpty { return false }
                k += 1
            }
            return false
        }
    }

    /// Investigators who worked with a person questioned them: "CQĐT đã làm việc với Nguyễn Phi Hùng",
    /// "C14 đã có cuộc làm việc lần lượt với hai ông …", "Bộ Công an làm việc với 9 cầu thủ U.23"
    /// (not with a body: "Cơ quan Cảnh sát Điều tra … đã làm việc với CLB ĐA.TP"; nor their leaders, who
    /// meet: "lãnh đạo Tổng cục Cảnh sát cũng đã làm việc với ông Huỳnh Văn Tý - phó bí thư …").
    static func questioning(_ words: LeadWords, kind: String, host: String) -> Bool {
        guard ["buổi làm việc", "cuộc làm việc"].contains(kind) else { return false }
        let folded = Catalog.fold(host)
        guard ["dieu tra", "cqdt", "csdt", "canh sat", "cong an"].contains(where: folded.contains), !folded.hasPrefix("thanh tra") else { return false }
        let w = words.words
        let first = host.split(separator: " ").first.map(String.init) ?? host
        if w.indices.contains(where: { words.matchesWritten(["lãnh", "đạo"], at: $0) && $0 + 2 < w.count && w[$0 + 2].text == first }) {
            return false
        }
        return w.indices.contains { v in
            guard w[v].lower == "với", w[v].after.isEmpty else { return false }
            var k = v + 1
            while k < w.count, ["lần", "lượt", "từng", "các", "một", "số", "những"].contains(w[k].lower) || Int(w[k].text) != nil
                    || ["hai", "ba", "bốn", "năm"].contains(w[k].lower) { k += 1 }
            return k < w.count && (questionedPeople.contains(w[k].lower) || words.matchWritten(questionedRoles, at: k) != nil
                || PersonName.read(words, at: k) != nil)
        }
    }

    /// Who investigators question, by the word a person is called by: "ông", "bà", "anh", "chị".
    static let questionedPeople: Set<String> = ["ông", "bà", "anh", "chị"]
    /// … or by their part in the case or the trade: "nghi can", "bị can", "cầu thủ", "phóng viên" ….
    static let questionedRoles = PhraseTable([
        "nghi can", "bị can", "đối tượng", "cầu thủ", "thủ môn", "trọng tài", "phóng viên", "nhà báo", "nhân chứng",
    ])

    /// "Nhằm phổ biến …, ngày 18/4/2025, Bộ Tư pháp tổ chức Hội nghị …", "Sáng 12/3, UBND tỉnh khai
    /// mạc hội nghị …": a clause of its own naming a day, then a body's clause that holds a meeting
    /// with its verb right before the noun — the report's own form, "đã" or not.
    static func heldOnTheDayBefore(_ lead: LeadWords) -> Bool {
        let w = lead.words
        return w.indices.contains { k in
            guard let verb = lead.matchWritten(heldOnADay, at: k), lead.matchWritten(MeetingWords.nouns, at: k + verb.count) != nil,
                  case let clause = HostReader.clauseStart(lead, before: k), clause > 1, clause < k, w[clause].isCapitalised
            else { return false }
            let day = HostReader.clauseStart(lead, before: clause - 1)
            return clause - day <= 4 && MeetingDate.dayWords.contains(w[day].folded)
                && w[(day + 1)..<clause].contains { MeetingDate.isDayAndMonth($0.text) }
        }
    }

    /// A verb of holding, a time of today or the day before, or what was said at the meeting,
    /// anywhere in the sentence.
    static func evidence(_ lead: LeadWords) -> Bool {
        lead.words.indices.contains { i in
            lead.matchWritten(MeetingWords.held, at: i) != nil && !namesTheWork(lead, at: i) || lead.matchWritten(MeetingWords.times, at: i) != nil
                || nounSaidAt(lead, i) != nil || madePublicAfter(lead, noun: i)
        } || namesADay(lead) || framesSpeech(lead) || statedAt(lead)
    }

    /// "những vướng mắc trong quá trình ⟨tổ chức⟩, triển khai thực hiện", "biện pháp lãnh đạo, chỉ đạo
    /// ⟨tổ chức⟩ thực hiện công tác tuyển quân": "tổ chức" after a noun of work names the work of
    /// organising, before a verb of carrying out it organises that; neither says a meeting was held.
    static func namesTheWork(_ lead: LeadWords, at i: Int) -> Bool {
        guard lead.matchesWritten(["tổ", "chức"], at: i) else { return false }
        return i >= 2 && workNouns.contains(lead.words[(i - 2)..<i].map(\.lower).joined(separator: " "))
            || lead.matchesWritten(["thực", "hiện"], at: i + 2) || lead.matchesWritten(["triển", "khai"], at: i + 2)
    }

    /// Nouns of work, two words each, after which "tổ chức" is the work of organising.
    static let workNouns: Set<String> = ["quá trình", "công tác", "kinh nghiệm", "hình thức", "phương án"]

    /// The verbs of holding a day's report puts right before its meeting: "tổ chức", "khai mạc".
    static let heldOnADay = PhraseTable(["tổ chức", "khai mạc"])

    /// Whether a sentence says its meeting was held: "đã" or "vừa" before a verb of holding ("đã kết
    /// thúc", "vừa tổ chức", "đã tới tham dự"). (Not a day it names: "Văn phòng Chính phủ ngày 22-8
    /// đã có công văn triệu tập một cuộc họp … vào ngày hôm nay" is the day of the summons.)
    static func saysHeld(_ lead: LeadWords) -> Bool {
        lead.words.indices.contains { k in
            ["đã", "vừa"].contains(lead.words[k].lower)
                && ((k + 1)..<min(lead.words.count, k + 4)).contains { lead.matchWritten(MeetingWords.held, at: $0) != nil }
        }
    }

    /// "Ngày 3/2, Thường trực HĐND tỉnh … đã tổ chức phiên họp thứ 16": a sentence that says a meeting
    /// was held (`saysHeld`) and opens on its day.
    static func heldOnItsDay(_ lead: LeadWords) -> Bool {
        saysHeld(lead) && MeetingDate.opensOnADay(lead)
    }

    /// A memorial service that no body holds is a family's funeral, no meeting: "Lễ truy điệu bắt đầu vào
    /// hôm nay tại tư gia …", "gia đình tổ chức lễ truy điệu" (not "Tỉnh ủy … đã tổ chức lễ truy điệu").
    static func isAFuneral(_ meeting: Meeting) -> Bool {
        meeting.kind == "lễ truy điệu" && meeting.host == nil
    }

    /// Whether the sentence after lead sentence `n` (the lead's next, or the first after the lead)
    /// reports a meeting held on the day it opens on: "HĐND tỉnh sẽ tổ chức phiên giải trình …. Ngày
    /// 3/2, Thường trực HĐND tỉnh đã tổ chức phiên họp thứ 16 …"; or without "đã", nothing in it to
    /// come: "… xây dựng kế hoạch tổ chức Hội nghị tổng kết 20 năm …" / "Chiều ngày 12/7/2023, tại Hội
    /// trường …, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố tổ chức Hội nghị tổng kết 20 năm …".
    /// (Past a line with no end of a sentence between, a link to another article: "Sơn La Hội Cựu chiến
    /// binh tỉnh Sơn La xác định phương hướng nhiệm kỳ mới" / "Ngày 26/11, Hội Cựu chiến binh tỉnh … tổ
    /// chức họp báo …".)
    static func heldNext(_ text: CleanText, _ lead: MeetingLead.Lead, after n: Int, catalog: Catalog) -> Bool {
        let after = Array(lead.body.dropFirst(n + 1) + lead.more).prefix(2)
        guard var next = after.first else { return false }
        if after.count == 2, let last = text.string(next).last, !".!?:;".contains(last), !MeetingDate.opensOnADay(LeadWords(text, next)) { next = after[1] }
        let words = LeadWords(text, next)
        if heldOnItsDay(words) { return true }
        return MeetingDate.opensOnADay(words) && !announces(words) && !words.words.contains { ["sẽ", "tới"].contains($0.lower) }
            && meeting(in: words, catalog: catalog) != nil
    }

    /// "Sau cuộc họp sáng qua, …", "Đó là quyết định sau cuộc họp hôm qua của Thanh tra Sở y tế
    /// …", "… sau hội nghị lần 2 của Ban Chấp hành (BCH) VFF khóa V vào hôm qua": what came of a
    /// meeting of today or just past, a time in the meeting's own words ("sau cuộc họp vừa tổ chức của
    /// Bộ Công an …", "Sau cuộc họp của Ban chấp hành LĐBĐ châu Á (AFC) … mới đây"; not "Sau cuộc họp, LĐBĐ
    /// Việt Nam hôm qua quyết định"). Within a sentence, after a comma, only when a body opens the
    /// next clause ("Tuy nhiên, sau buổi họp chiều nay, Liên đoàn quyết định"; not "…, sau cuộc họp
    /// hôm qua, giá sẽ còn tăng") or the sentence ends ("… vừa được LĐBĐ đưa ra, sau cuộc họp
    /// chiều nay.").
    static func opensOnItsOutcome(_ lead: LeadWords, noun i: Int, length: Int, catalog: Catalog) -> Bool {
        let w = lead.words
        guard i >= 1, lead.matchesWritten(["sau"], at: i - 1) else { return false }
        let own = w[i + length - 1].after.contains(",") ? i + length : HostReader.clauseEnd(lead, from: i + length)
        // (Or, when it opens the sentence, a day it names: "Sau buổi làm việc giữa các nhà tài trợ với
        // đơn vị dệt may diễn ra ngày 2/6 tại TP HCM, đã có 10 hợp đồng được ký kết".)
        guard ((i + length)..<own).contains(where: { k in
            lead.matchWritten(MeetingWords.justPast, at: k) != nil || i == 1 && k + 1 < own && timeThenDay(lead, at: k)
        }) else { return false }
        if i == 1 || !w[i - 2].after.contains(",") { return true }
        if own == w.count { return true }
        return w[own - 1].after.contains(",") && w[own].isCapitalised
            && (BodyGrammar.read(lead, at: own, catalog: catalog) != nil || BodyGrammar.head(lead, at: own) != nil)
    }

    /// "Quyết định này được lãnh đạo Ủy ban TDTT đưa ra sau cuộc họp chiều qua", "Kết luận này vừa được
    /// Bộ trưởng Tư pháp … đưa ra sau cuộc họp của ban soạn thảo …": what the lead tells was made public
    /// right after the meeting, by the passive "được" and its verb, so the meeting is the news's own
    /// (not "sẽ được công bố sau cuộc họp", still to come: `planned` reads that).
    static func madePublicAfter(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        guard i >= 2, w[i - 1].folded == "sau" else { return false }
        let verbEnd = w[i - 2].folded == "ngay" ? i - 2 : i - 1
        guard let verb = (max(0, verbEnd - 2)..<verbEnd).first(where: { k in
            lead.matchWritten(madePublic, at: k).map { k + $0.count == verbEnd } ?? false
        }) else { return false }
        // The passive's "được" within the words before the verb, in the same clause (not "chỉ được
        // quyết định sau cuộc họp …", which waits for it).
        return (max(0, verb - 10)..<verb).contains { k in
            w[k].lower == "được" && !(k > 0 && w[k - 1].lower == "chỉ")
                && !w[k..<verb].contains { $0.after.contains(where: { ",;:".contains($0) }) }
        }
    }

    /// Verbs that make a decision or a statement public.
    static let madePublic = PhraseTable(["đưa ra", "công bố", "thông qua", "ban hành", "quyết định", "thống nhất"])

    /// "Ban Thường trực Ủy ban T.Ư MTTQ Việt Nam đã có buổi làm việc với …", "Bộ trưởng Bộ Ngoại giao
    /// … đã có cuộc hội đàm dài 4 giờ đồng hồ với đại sứ Mỹ": "đã có" or "vừa có" a meeting says it
    /// was held when a body or an office-holder had it — not a reporter ("chúng tôi đã có một cuộc
    /// gặp gỡ"), an outlet or a person with no office ("Đạo diễn Ron Howard đã có cuộc gặp").
    static func heldByABody(_ lead: LeadWords, catalog: Catalog) -> Bool {
        lead.words.indices.contains { k in
            guard ["đã", "vừa"].contains(lead.words[k].lower), lead.matchesWritten(["có"], at: k + 1) else { return false }
            var noun = k + 2
            while noun < lead.words.count, ["một", "cuộc", "buổi"].contains(lead.words[noun].lower),
                  lead.matchWritten(MeetingWords.nouns, at: noun) == nil { noun += 1 }
            guard noun < lead.words.count, lead.matchWritten(MeetingWords.nouns, at: noun) != nil else { return false }
            let clause = HostReader.clauseStart(lead, before: k)
            return HostReader.before(lead, noun: noun, catalog: catalog) != nil
                || HostReader.officeBody(lead, in: clause..<k, catalog: catalog) != nil
        }
    }

    /// "trước khi diễn ra một cuộc họp", "trước khi khai mạc hội nghị", "trước khi tham dự kỳ họp":
    /// what the lead tells happened before the meeting, which has not yet been held.
    static func beforeItIsHeld(_ lead: LeadWords, noun i: Int) -> Bool {
        var k = i
        if k > 0, ["một", "các"].contains(lead.words[k - 1].lower) { k -= 1 }
        if let verb = (max(0, k - 2)..<k).first(where: { at in lead.matchWritten(beforeVerbs, at: at).map { $0.count == k - at } ?? false }) {
            k = verb
        }
        return k >= 2 && lead.matchesWritten(["trước", "khi"], at: k - 2) && lead.words[(k - 2)..<i].allSatisfy { $0.after.isEmpty }
    }

    /// The verbs between "trước khi" and the meeting: "diễn ra", "khai mạc", "tham dự", "dự", "bước vào".
    static let beforeVerbs = PhraseTable(["diễn ra", "khai mạc", "tham dự", "dự", "bước vào", "bắt đầu", "tổ chức"])
}
