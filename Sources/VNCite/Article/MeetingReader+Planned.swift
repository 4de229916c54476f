/// A meeting not held (yet): one planned, put off or asked for, and a lead that only announces one.
extension MeetingReader {
    /// Whether "sẽ", "dự kiến", "ngày 15/5 tới" … stand in the meeting's sentence before the end
    /// of its clause (a headline run into the lead with "(NLĐ)-" is a sentence of its own), or
    /// "tuần trước" puts it well in the past.
    static func planned(_ lead: LeadWords, noun i: Int, end: Int) -> Bool {
        if namedByANumberedPlan(lead, noun: i) { return true }
        var start = 0
        if let dash = (start..<i).last(where: { ["-", "–"].contains(lead.words[$0].text) || lead.words[$0].after.hasSuffix("–") }) {
            start = dash + 1
        }
        // What a quotation before it says is the speaker's: "“… sẽ ảnh hưởng …”, Giám đốc … phản ánh
        // tại buổi làm việc với …".
        if let close = quotationBefore(lead, noun: i, from: start) { start = close + 1 }
        // So is what was said before who said it at the meeting: "Việc triển khai … sẽ tạo ra những cơ
        // hội kinh doanh mới, ông Hoàng Lê Minh … nhận định trong hội thảo …" (not "sẽ ⟨dự,⟩ phát biểu ⟨chỉ đạo⟩ tại",
        // nor the passive "Quyết định chính thức sẽ được Bộ trưởng … đưa ra tại Hội nghị tuyển sinh").
        if let verb = saying(before: i, in: lead, from: start),
           !(max(0, firstOfVerbs(lead, endingAt: verb, from: start) - 2)..<verb).contains(where: { lead.matchWritten(MeetingWords.planned, at: $0) != nil }),
           !futurePassive(lead, before: verb, from: start) {
            start = verb
        }
        // What a later meeting noun says is that meeting's: "nhóm họp … cho hội nghị … sẽ được tổ chức";
        // but two meetings joined by "và" share it: "Đại hội Đảng toàn quốc lần thứ 10 và Hội nghị Cấp
        // cao APEC lần thứ 14 sắp diễn ra"; and an encounter that opens the next clause is the same
        // meeting named again: "quan sát viên của cuộc họp cho biết, cuộc gặp ở Vienna cũng sẽ …". (Not
        // a noun that goes on its name: "Hội nghị giao ban … sẽ được tổ chức".)
        var stop = min(lead.words.count, end + 3)
        let nameGoesOn = i + (meetingWords(lead, at: i) ?? 1)
        if let next = ((i + 1)..<stop).first(where: { k in
            guard let phrase = lead.matchWritten(MeetingWords.nouns, at: k), !(k == nameGoesOn && lead.words[k - 1].after.isEmpty) else { return false }
            let encounter = MeetingWords.encounters.contains(MeetingWords.family(MeetingWords.kinds[phrase.joined(separator: " ")] ?? ""))
            return !(encounter && lead.words[k - 1].after.contains(","))
        }) {
            // (The first's name may close on a quote: "Hội thảo “…” và lễ kỷ niệm … sẽ được tổ chức".)
            if lead.words[next - 1].lower == "và", lead.words[next - 2].after.allSatisfy({ "\"”)".contains($0) }), let phrase = lead.matchWritten(MeetingWords.nouns, at: next) {
                stop = min(lead.words.count, clauseEnd(lead, from: next + phrase.count) + 3)
            } else {
                stop = next
            }
        }
        // A time just past in the meeting's name places it: "Trong tuyên bố chung bế mạc hội nghị viện
        // trợ … hôm qua, các nhà lãnh đạo cam kết sẽ thiết lập hệ thống cảnh báo".
        // (Not "chiều nay": a meeting later today may still be to come.)
        if let past = ((i + 1)..<min(stop, end)).first(where: { lead.matchWritten(MeetingWords.times, at: $0)?.last == "qua" }),
           let comma = (past..<stop).first(where: { lead.words[$0].after.contains(",") }) {
            stop = comma + 1
        }
        // A purpose after a verb of holding says what is to come of it, not when it was held: "Hội nghị
        // ĐBQH chuyên trách đã khai mạc tại Hà Nội để đóng góp ý kiến vào các dự luật sẽ được trình"; the
        // meeting's own verb too ("… đã đến thăm và làm việc với Sở Ngoại vụ tỉnh Hà Tĩnh nhằm trao đổi, chia sẻ …").
        if let purpose = ((i + 1)..<stop).first(where: { ["để", "nhằm"].contains(lead.words[$0].lower) }),
           (i..<purpose).contains(where: { lead.matchWritten(MeetingWords.held, at: $0) != nil }) {
            stop = purpose
        }
        // What a meeting decided is what is to come of it: "Buổi làm việc giữa EVN với Công ty Điện
        // lực Hà Nội sáng 28/1 đi đến kết luận sẽ có 2 cách tính giá điện", "Cuộc họp diễn ra ngày
        // 5/3 đã nhất trí sẽ kiến nghị …" (not "hội nghị nhằm thống nhất … sẽ diễn ra").
        if let outcome = ((i + 1)..<stop).first(where: { k in
            lead.matchWritten(MeetingWords.outcomes, at: k) != nil
                && (["đã", "vừa"].contains(lead.words[k - 1].lower) || lead.matchesWritten(["đi", "đến"], at: k - 2))
        }) {
            stop = outcome
        }
        // "Sergei Abeltsev phát biểu trong phiên họp hôm qua của hạ viện Nga rằng ông muốn đề nghị hoãn
        // …": what was said there, after "rằng", is not the meeting's.
        if let that = ((i + 1)..<stop).first(where: { lead.words[$0].lower == "rằng" }) {
            stop = that
        }
        // "Trong cuộc họp tại Vienna tuần này, Bộ trưởng OPEC sẽ thảo luận …": a meeting in the clause
        // that opens the sentence is as planned as the clause that follows it — by its future only
        // ("sẽ", "dự kiến"), and not when its own clause says it is held ("Trong hội nghị thượng đỉnh
        // khai mạc tại Thổ Nhĩ Kỳ hôm nay, NATO sẽ nhất trí …").
        let opener = HostReader.clauseStart(lead, before: i)
        var future = stop
        if stop == min(lead.words.count, end + 3), i - opener <= 2, ["tại", "trong"].contains(lead.words[opener].lower),
           !((i + (meetingWords(lead, at: i) ?? 1))..<end).contains(where: { heldInItsClause(lead, at: $0) }) {
            future = max(stop, HostReader.clauseEnd(lead, from: end))
            // (A clause told in the past holds what is to come of the meeting: "Tại cuộc họp ngày 17/4,
            // Bộ Công nghiệp đã quyết định sẽ trình …".)
            future = (stop..<future).first { ["đã", "vừa"].contains(lead.words[$0].lower) } ?? future
        }
        // What someone said at a meeting the sentence placed today or just past is theirs: "trong cuộc
        // họp với các sở ngành … sáng 7/4 cho biết, thành phố sẽ nhanh chóng có hướng giải quyết" (not
        // "quan sát viên của cuộc họp cho biết, cuộc gặp ở Vienna cũng sẽ thảo luận").
        // (What is said is no clause's own future: "Tại hội nghị, ông X khẳng định, Hiệp hội … cam kết sẽ …".)
        if let said = ((i + 1)..<future).first(where: { lead.matchWritten(MeetingWords.sayings, at: $0) != nil }) {
            future = min(future, said)
            if placed(lead, before: said) { stop = min(stop, said) }
        }
        // "Hội Tin học VN … đã tổ chức họp báo giới thiệu Olympic … sẽ được tổ chức từ 6-8.5": held,
        // said before the noun; what is to come after it is what the meeting was about.
        let heldBefore = (max(start, i - 5)..<i).contains { k in
            ["đã", "vừa"].contains(lead.words[k].lower) && lead.words[(k + 1)..<i].allSatisfy { MeetingWords.glue.contains($0.lower) }
                && ((k + 1)..<i).contains { lead.matchWritten(MeetingWords.held, at: $0) != nil || lead.words[$0].lower == "có" }
        }
        // (Held by its own clause's "đã": what an earlier clause says is not yet done is not the meeting —
        // "Liên quan đến việc 7 hộ dân … chưa đồng ý phương án di dời, UBND phường 22 đã có buổi làm việc".)
        let from = heldBefore ? max(start, HostReader.clauseStart(lead, before: i)) : start
        // (Not the words of a title in quotes: "Tọa đàm “Doanh nghiệp cần chuẩn bị gì?” do … tổ chức";
        // but all the words of a saying quoted whole: "“Tỉnh sẽ tổ chức hội nghị …”".)
        let quoted = { (k: Int) in !lead.inQuotes(i) && lead.inQuotes(k) }
        return (from..<(heldBefore ? i : stop)).contains { k in
            if let p = lead.matchWritten(MeetingWords.planned, at: k), !quoted(k) {
                // "sắp xếp" (arrange) is not "sắp" (soon); "… để chuẩn bị cho" is a purpose.
                if p == ["sắp"], k + 1 < lead.words.count, lead.words[k + 1].lower == "xếp" { return false }
                // "Nhận lời mời của Ban tổ chức, ngày 06/12, đồng chí … tham dự … Hội thảo": at the invitation of, opening
                // the sentence — not one who accepted to come ("Sharon và Abbas nhận lời mời … dự hội nghị thượng đỉnh").
                if p == ["nhận", "lời"], k == 0, lead.words.count > 2, lead.words[2].lower == "mời" { return false }
                // "tổ chức cuộc họp bàn giải pháp đẩy mạnh công tác CCHC … trong thời gian sắp tới": the period
                // of the work the meeting took up.
                if p.first == "sắp" || p.first == "tới", k > i, lead.words[k - 1].lower == "gian" { return false }
                if p == ["chuẩn", "bị"], preparationHeld(lead, noun: i, at: k) { return false }
                // "hội nghị triển khai kế hoạch tổ chức Đại hội Đảng bộ xã": the plan is what the
                // meeting, named before it, took up; so is the plan after a meeting that "đã" held
                // ("Hội nghị Ban thường vụ … (khóa IX) đã họp cho ý kiến về kế hoạch tổ chức Đại hội …").
                if p.first == "kế", k > i,
                   lead.words[i..<k].allSatisfy({ $0.after.isEmpty }) || lead.words[i..<k].contains(where: { ["đã", "vừa"].contains($0.lower) }) {
                    return false
                }
                // "sớm một ngày so với dự kiến", "kéo dài hơn dự kiến": measured against the plan, so held.
                if p == ["dự", "kiến"], k >= 1, lead.words[k - 1].lower == "hơn" || k >= 2 && lead.matchesWritten(["so", "với"], at: k - 2) {
                    return false
                }
                // "Phiên họp toàn thể lần thứ 21, thẩm tra dự kiến Chương trình xây dựng luật", "thẩm tra
                // nhiều nội dung dự kiến trình UBTVQH": a draft or a plan the meeting took up, not its own
                // date (not "Hội nghị dự kiến diễn ra …").
                if p == ["dự", "kiến"], k > i, k + 2 < lead.words.count,
                   lead.words[k + 2].lower == "trình" || lead.words[k + 2].isCapitalised || plannedObjects.contains(lead.words[k + 2].lower) {
                    return false
                }
                // "chưa đầy 50 ngày nữa" (less than), "người chưa thành niên" (minors), not "chưa tổ chức" (not yet).
                if p == ["chưa"], lead.matchWritten(notYetFollowers, at: k + 1) != nil { return false }
                return true
            }
            // "ngày 15/5 tới" (to come); not a bracket's last day before a clause: "(20/10/1930-20/10/2023), tới dự có …".
            return k > 0 && lead.words[k].lower == "tới" && lead.words[k - 1].text.first?.isNumber == true && lead.words[k - 1].after.isEmpty
        } || !heldBefore && (stop..<max(stop, future)).contains { lead.matchWritten(MeetingWords.future, at: $0) != nil && !quoted($0) }
            || (i..<end).contains { lead.matchWritten(MeetingWords.past, at: $0) != nil } || askedFor(lead, noun: i, from: start)
            || !heldBefore && toBeHeld(lead, noun: i) || byThePlan(lead)
    }

    /// What follows a "chưa" that is no "not yet": "chưa đầy", "chưa tới", "người chưa thành niên".
    static let notYetFollowers = PhraseTable(["đầy", "tới", "đến", "thành niên"])

    /// "một cuộc họp giữa Iran và các quan chức 3 nước EU là Anh, Pháp và Đức sẽ được tổ chức tại
    /// Vienne", "Hội nghị An ninh Đông Á quy tụ các nhà lãnh đạo ASEAN, Trung Quốc, Nhật và Hàn Quốc dự
    /// kiến diễn ra ở Malaysia": the meeting's own verb, told in the future past a list that ended its
    /// clause, with nothing done, held, decided or said, and no other meeting, between them. The
    /// meeting is what the clause is about, its subject, what is announced or whose topic is told ("Đó là
    /// chủ đề của một cuộc hội thảo sẽ được tổ chức tại …") (not "Sau cuộc họp sáng nay, LĐBĐ Việt Nam
    /// quyết định sẽ tổ chức …", "tại buổi họp báo nhân Tuần lễ … sẽ diễn ra").
    static func toBeHeld(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        guard let length = meetingWords(lead, at: i) else { return false }
        var opener = i
        if opener > 0, ["một", "các"].contains(w[opener - 1].lower) { opener -= 1 }
        let announced = (max(0, opener - 2)..<opener).contains { k in
            lead.matchWritten(MeetingWords.sayings, at: k).map { k + $0.count == opener } ?? false
        }
        let owns = opener > 0 && w[opener - 1].lower == "của" && w[opener - 1].after.isEmpty  // (its topic's)
        guard announced || owns || HostReader.clauseStart(lead, before: i) == opener else { return false }
        for k in (i + length)..<min(w.count, i + length + 20) {
            if ["đã", "vừa"].contains(w[k].lower) || lead.matchWritten(MeetingWords.nouns, at: k) != nil
                || lead.matchWritten(MeetingWords.held, at: k) != nil || lead.matchWritten(MeetingWords.sayings, at: k) != nil
                || lead.matchWritten(MeetingWords.outcomes, at: k) != nil {
                return false
            }
            if let future = lead.matchWritten(MeetingWords.future, at: k) {
                var verb = k + future.count
                if lead.matchesWritten(["sẽ"], at: verb) { verb += 1 }
                if lead.matchesWritten(["được"], at: verb) { verb += 1 }
                return lead.matchWritten(heldVerbs, at: verb) != nil
            }
            if w[k].after.contains(where: { ".;:!?".contains($0) }) { return false }
        }
        return false
    }

    /// What a meeting takes up as planned (after "dự kiến"): "dự kiến ⟨chương trình⟩, ⟨nội dung⟩ …".
    static let plannedObjects: Set<String> = ["chương", "nội", "kế", "danh", "phương", "nhân", "cơ", "dự", "các", "những"]

    /// The verbs of a meeting being held: "(sẽ được) tổ chức", "(dự kiến) diễn ra".
    static let heldVerbs = PhraseTable(["tổ chức", "diễn ra", "khai mạc", "họp", "nhóm họp", "tiến hành"])

    /// A sentence told in the future and not in the past: "Lần đầu tiên các nhà khoa học … sẽ cùng
    /// thảo luận …", "Bà Susan Burge … sẽ trực tiếp giới thiệu và phỏng vấn học sinh".
    static func tellsFuture(_ text: CleanText, _ range: Range<Int>) -> Bool {
        guard futureWords.found(in: text.fold, range) else { return false }
        let lead = LeadWords(text, range)
        return lead.words.indices.contains { lead.matchWritten(MeetingWords.future, at: $0) != nil } && !toldPast(lead)
    }

    /// A byte test before the words are cut: "se ", "sap ", "du kien", "du dinh" (folded).
    static let futureWords = ByteNeedles(["se ", "du kien", "sap ", "du dinh"])

    /// A sentence that gives a meeting's schedule, not a report of it: it opens on the noun, then
    /// "(được) tổ chức" or "diễn ra", and says nothing was done ("Hội thảo được tổ chức vào ngày
    /// 16/8, tại Hà Nội", "Hội thảo tổ chức tại khách sạn Melia").
    static func schedules(_ lead: LeadWords) -> Bool {
        guard let noun = lead.matchWritten(MeetingWords.nouns, at: 0)?.count else { return false }
        let verb = lead.matchesWritten(["được"], at: noun) ? noun + 1 : noun
        return (lead.matchesWritten(["tổ", "chức"], at: verb) || lead.matchesWritten(["diễn", "ra"], at: verb)) && !toldPast(lead)
    }

    /// A sentence that says something was done ("đã", "vừa"), names a time just past ("hôm qua")
    /// or opens on its day, as a report does ("Chiều 21/11, thông tin này được … báo cáo tại hội nghị").
    static func toldPast(_ lead: LeadWords) -> Bool {
        namesADay(lead, before: 2)
            || lead.words.indices.contains { ["đã", "vừa"].contains(lead.words[$0].lower) || lead.matchWritten(MeetingWords.justPast, at: $0) != nil }
    }

    /// Whether the words before `k` place the sentence today or just past, or on a day: "sáng nay",
    /// "hôm qua", "sáng 7/4".
    static func placed(_ lead: LeadWords, before k: Int) -> Bool {
        (0..<k).contains { lead.matchWritten(MeetingWords.justPast, at: $0) != nil }
            || namesADay(lead, before: k)
    }

    /// Whether a sentence names a meeting only to come: "Ngày 8 và 9/12 tới, gần 100 nhà đầu tư …
    /// nhóm họp tại TP HCM."
    static func plans(_ lead: LeadWords) -> Bool {
        lead.words.indices.contains { i in
            guard let length = meetingWords(lead, at: i) else { return false }
            return planned(lead, noun: i, end: clauseEnd(lead, from: i + length))
        }
    }

    /// How many words name a meeting at `i`: a meeting noun, or the verb "họp" on its own.
    static func meetingWords(_ lead: LeadWords, at i: Int) -> Int? {
        lead.matchWritten(MeetingWords.nouns, at: i)?.count ?? (metAt(lead, i) ? 1 : nil)
    }

    /// A sentence whose every meeting noun is planned: "Hội nghị … sẽ được tổ chức vào tháng 4".
    /// "Hôm nay, ABA nhóm họp … để chuẩn bị cho hội nghị thường niên … sẽ được tổ chức" reports
    /// today's meeting: a time of today or just past keeps the sentence from announcing.
    static func announces(_ lead: LeadWords) -> Bool {
        if MeetingWords.saysATime(lead) { return false }
        var any = false
        for i in lead.words.indices {
            guard let length = meetingWords(lead, at: i) else { continue }
            if !planned(lead, noun: i, end: clauseEnd(lead, from: i + length)) { return false }
            any = true
        }
        return any
    }
}
