/// The meeting an article reports: its kind, the words that name it, the body that held it,
/// its date and who chaired it, read from the title and the lead only.
///
/// "Ngày 7/6/2023, Chi bộ Sở Thông tin và Truyền thông đã tổ chức Hội nghị sơ kết công tác 6 tháng
/// đầu năm 2023." gives a "hội nghị" held by "Chi bộ Sở Thông tin và Truyền thông" on 2023-06-07;
/// the title "Thường trực Tỉnh uỷ làm việc với Sở Thông tin và Truyền thông" gives a "buổi làm việc"
/// held by "Thường trực Tỉnh uỷ". No meeting is better than a wrong one: a meeting noun needs a
/// verb or a time that says it was held, not "sẽ tổ chức", not "sau cuộc họp"; a host must read
/// as the name of a body (`BodyGrammar`), never a fragment of a sentence.
enum MeetingReader {
    static func read(_ text: CleanText, title: String?, articleDate: CalendarDate?,
                     catalog: Catalog = .standard) -> Meeting? {
        guard MeetingLead.mayHoldAny(text, title: title), !invitesOrSchedules(title), !invitesInItsText(text), !givesItsTimeAsAField(text) else { return nil }
        let lead = MeetingLead.sentences(of: text, title: title)
        // The lead's sentences first, then the title; the first meeting with a host wins.
        var first: (Meeting, LeadWords, Range<Int>)?
        let titleText = lead.title.map(CleanText.init)
        let sentences = lead.body.map { (text, $0) } + (titleText.map { [($0, 0..<$0.count)] } ?? [])
        var plannedBefore = false
        var leadPlans = false
        var manyBefore: String?  // the kind of the many meetings a sentence before reported held
        var holdingPlanned = false
        reading: for (n, (source, range)) in sentences.enumerated() where MeetingLead.mayHoldMeeting(source, range) {
            let sentence = LeadWords(source, range)
            // "Quốc hội Iraq họp phiên đầu tiên" over "… các nghị sĩ Iraq hôm nay sẽ nhóm họp": the
            // title names the meeting the lead says is to come.
            if n == lead.body.count, leadPlans, meeting(in: sentence, catalog: catalog) != nil { return nil }
            // (What the meeting will do, told before the lead that reports it held: `summarisesAhead`.)
            if first == nil, summarisesAhead(sentence, next: n + 1 < lead.body.count ? lead.body[n + 1] : nil, in: text) { continue }
            // A lead that announces a meeting to come is about that meeting: none was held. (After a
            // sentence that reported one held, what is to come is what came of it: "Ngày 6-4, … hội
            // nghị tổng kết … đã kết thúc tại Hà Nội. Hội nghị đã đề ra mục tiêu …, theo đó, VN sẽ …".)
            if announces(sentence) {
                if tellsTheAgenda(sentence) { continue }
                // (Nor before a meeting reported held on the day its sentence opens on: "HĐND tỉnh sẽ tổ chức phiên
                // giải trình …. Ngày 3/2, Thường trực HĐND tỉnh đã tổ chức phiên họp thứ 16 …".)
                if first == nil, n < lead.body.count, heldNext(text, lead, after: n, catalog: catalog) { continue }
                // (Held: "đã tổ chức", or on the day its sentence opens on: "Ngày 12-9, Ban Chỉ đạo … tổ chức cuộc họp".)
                guard let (_, words, _) = first, n < lead.body.count, saysHeld(words) || MeetingDate.opensOnADay(words) else { return nil }
                break reading
            }
            // "Ngày 8 và 9/12 tới, gần 100 nhà đầu tư … nhóm họp tại TP HCM. Đây là lần đầu tiên VN
            // tổ chức hội nghị …": the meeting the next sentence says this is, is the one planned.
            if plannedBefore, sentence.matchesWritten(["đây", "là"], at: 0) || sentence.matchesWritten(["đó", "là"], at: 0) {
                plannedBefore = false
                continue
            }
            // ("Đại hội … sẽ chính thức diễn ra từ chiều nay. Đại hội tổng kết, đánh giá …": what the
            // meeting planned will do.)
            if holdingPlanned, tellsWhatItWillDo(sentence) { continue }
            // ("46/49 chi, đảng bộ … tổ chức xong đại hội …. Tại đại hội này, 2 xã …": "this" congress is
            // one of the many.)
            if let many = manyBefore, namesOneOfThem(sentence, many: many) { continue }
            // What a later sentence adds besides the news ("Ngoài ra, Kỳ họp thứ 10, Quốc hội đã …"), or
            // what a document prescribes ("Nghị định nêu rõ, … tổ chức họp báo").
            if n > 0 && n < lead.body.count && sentence.matchWritten(MeetingWords.besides, at: 0) != nil || prescribes(sentence) { continue }
            // The lead after an outlet's mark first, then the headline or caption before it.
            for words in sentence.partsAtOutletMark.reversed() {
                guard let (m, next) = meeting(in: words, catalog: catalog) else { continue }
                // "… sẽ cùng thảo luận …. Hội thảo được tổ chức vào ngày 16/8, tại Hà Nội.": after a
                // sentence told in the future, a meeting its own sentence does not place in the past.
                if schedules(words), n > 0, n < lead.body.count, tellsFuture(text, lead.body[n - 1]) { continue }
                // A day after another meeting noun is that meeting's ("tại cuộc họp … trong kỳ họp …
                // tại Paris ngày 29-10-2004"): the date is read before it.
                let own = words.prefix(next)
                if m.host != nil { first = (m, own, range); break reading }
                if first == nil || first.map({ opensUnnamed($0.0) }) == true && !opensUnnamed(m) { first = (m, own, range) }
            }
            plannedBefore = first == nil && plans(sentence)
            holdingPlanned = plannedBefore && willHold(sentence)
            leadPlans = leadPlans || plannedBefore
            manyBefore = first != nil ? nil
                : sentence.words.indices.lazy.compactMap { k in MeetingWords.noun(sentence, at: k).flatMap { heldByMany(sentence, noun: k) ? $0.kind : nil } }.first
        }
        if let (found, _, _) = first, opensUnnamed(found) { return nil }
        if let (found, words, range) = first, lead.body.contains(range),
           titlePlans(titleText, found, lead: words, articleDate: articleDate) { return nil }
        if first == nil { first = reportedOtherwise(text, lead: lead, catalog: catalog) }
        var meeting: Meeting
        var own: LeadWords?
        var told: String?
        var ownSentence: Range<Int>?
        if let (found, words, ownRange) = first {
            own = words
            ownSentence = lead.body.contains(ownRange) ? ownRange : nil
            // The lead's second sentence naming the meeting its first told: who told it held it.
            if found.host == nil, lead.body.count == 2, ownRange == lead.body[1] {
                told = HostReader.previousSubject(LeadWords(text, lead.body[0]), meeting: words, kind: found.kind, catalog: catalog)
            }
            meeting = titleNamed(found, title: titleText, games: namesGames(text, lead: lead, title: titleText), catalog: catalog)
            // The meeting's sentence's first day, else the day another lead sentence opens on, else the
            // day of a later sentence that reports it again (a day without its year: none).
            meeting.date = MeetingDate.first(words, articleDate: articleDate)
                ?? lead.body.prefix(2).lazy.filter { $0 != ownRange }.map { LeadWords(text, $0) }.filter { MeetingDate.opensOnADay($0) && !MeetingDate.opensOnASigning($0) }
                    .compactMap { MeetingDate.first($0, articleDate: articleDate, since: false) }.first
                ?? restatedDay(found, in: text, sentences: lead.body + lead.more, except: ownRange, articleDate: articleDate, catalog: catalog)
                ?? heldDayNext(found, in: text, sentences: lead.body + lead.more, after: ownRange, articleDate: articleDate)
                ?? nil
            // (Without the article's date, the month and year its own name or the title carries: "phiên thường kỳ tháng 4-2006".)
            if meeting.date == nil, articleDate == nil { meeting.date = MeetingDate.fromMonthInName(words, what: found.what, title: lead.title) }
            switch heldDay(meeting.date, words, articleDate: articleDate) {
            case .none: if !titleNames(found.what, lead.title) { return nil }
            case .some(let day): meeting.date = day
            }
        } else if let named = MeetingAnaphora.read(text, lead: lead, catalog: catalog) {
            meeting = named
        } else {
            return nil
        }
        let nearby = lead.body + lead.more.prefix(2)  // (read once a meeting is found: most articles have none)
        if nearby.contains(where: { holdsClockTime(text, $0) || holdsSignUp(text, $0) }), advertises(nearby.map { LeadWords(text, $0) }) { return nil }
        if meeting.kind == "hội thảo", advertisesStudyAbroad(text, lead.body, title: titleText) { return nil }
        if let ownSentence, meeting.kind != "họp báo" && isInterview(text, sentence: ownSentence) || answersAQuestion(text, before: ownSentence.lowerBound)
            || onItsEve(text, after: ownSentence, in: lead.body + lead.more, kind: meeting.kind) { return nil }
        if meeting.kind == "đại hội", meeting.host == nil, namesGames(text, lead: lead, title: titleText) { return nil }
        let chair = ChairReader.read(text, lead.body + lead.more + MeetingLead.sentences(of: text, holdingAny: ChairReader.chaired, from: lead.start),
                                     catalog: catalog)
        meeting.chair = chair?.name
        // (Who went to the investigators with no body of theirs named was questioned: "Ở buổi làm việc
        // đầu tiên với cơ quan điều tra …, nhà cầm quân … đã khai báo" — the investigators are not its
        // host either; not "Tổng thư ký VFF … đã có cuộc làm việc với Cục cảnh sát điều tra …", a body's.)
        if meeting.host == nil, let own, questioned(own, kind: meeting.kind) { return nil }
        if let host = meeting.host, let own, questioning(own, kind: meeting.kind, host: host) { return nil }
        // A session of an elected body is that body's ("tại kỳ họp bất thường" under the title
        // "HĐND Thừa Thiên Huế …"); else the chair's office names the host.
        let sentenceWords = sentences.map { LeadWords($0.0, $0.1) }
        if meeting.host == nil {
            // Else the body the lead's first sentence told it of, the body whose premises held it
            // ("cuộc họp … tại Bộ Công nghiệp"), the body it was held with, or the office of who spoke at it.
            meeting.host = HostReader.electedBody(kind: meeting.kind, in: sentenceWords, catalog: catalog)
                ?? chair?.office ?? told ?? meeting.place.flatMap { MeetingPlace.body($0, catalog: catalog) }
                ?? own.flatMap { HostReader.counterpartOrSpeaker($0, kind: meeting.kind, catalog: catalog) }
                ?? ownSentence.flatMap { own in
                    let after = (lead.body + lead.more).filter { $0.lowerBound >= own.upperBound }
                    return HostReader.namedNext(after.map { LeadWords(text, $0) }, catalog: catalog)
                } ?? titleHost(meeting, title: titleText, catalog: catalog)
        }
        meeting.host = HostReader.sittingHost(kind: meeting.kind, host: meeting.host, in: sentenceWords, catalog: catalog)
        if let host = meeting.host, let own, let full = HostReader.namedInFull(host, in: own, catalog: catalog) ?? HostReader.placedBefore(host, in: own) { meeting.host = full }
        if let host = meeting.host, let spelled = HostReader.spelledOut(host, in: sentenceWords) { meeting.host = spelled }
        if let host = meeting.host, let first = HostReader.firstWritten(host, in: sentenceWords.prefix(lead.body.count), catalog: catalog) { meeting.host = first }
        // The term is the sitting's, not the body's: the host "Quốc hội khóa XI" of "kỳ họp thứ 7" is
        // "Quốc hội", and the sitting's name keeps it ("kỳ họp thứ 7, Quốc hội khóa XI").
        if let host = meeting.host, let (body, term) = HostReader.withoutTerm(host) {
            if !Catalog.fold(meeting.what).contains(Catalog.fold(term)) { meeting.what += ", " + host }
            meeting.host = body
        }
        meeting.host = meeting.host.flatMap(HostReader.withoutDanglingQualifier)
        // "Thủ tướng Phan Văn Khải đã hội đàm với Thủ tướng Hun Sen": talks are held by both sides,
        // neither of them the host (not "Chính phủ" by the Prime Minister's office) — unless a body
        // that opens the clause held them with its guests (`heldTalks`).
        if MeetingWords.talks.contains(meeting.kind), !(own.map { heldTalks($0, host: meeting.host, catalog: catalog) } ?? false) { meeting.host = nil }
        meeting.what = withoutDanglingWord(withoutDayAndPlace(balanced(meeting.what, in: text), place: meeting.place))
        return isAFuneral(meeting) ? nil : meeting
    }

    /// The meeting one sentence reports, if it reports one.
    /// With the meeting, where the next meeting noun of the sentence stands (or its end).
    /// `heldFrom`: only a noun from there on that a verb of holding introduces ("… đã tổ chức mít
    /// tinh"), with a host — the same meeting named again after a caption's mention.
    static func meeting(in lead: LeadWords, catalog: Catalog, heldFrom: Int? = nil, training: Bool = false) -> (Meeting, next: Int)? {
        let w = lead.words
        // "Tại kỳ họp này, Quốc hội sẽ có thay đổi gì …, thưa ông?": a question reports nothing; nor an address.
        guard evidence(lead) || heldByABody(lead, catalog: catalog), w.last?.after.contains("?") != true, !addressed(lead) else { return nil }
        // (A noun set aside is set aside whole: not "những cuộc họp báo" then its "họp báo".)
        var inside = 0
        for i in (heldFrom ?? 0)..<w.count where i >= inside {
            guard let (phrase, noun, kind) = writtenNoun(lead, at: i, training: training) else {
                if heldFrom == nil, let found = met(lead, at: i, catalog: catalog) ?? supervised(lead, at: i, catalog: catalog)
                    ?? reviewed(lead, at: i, catalog: catalog) { return found }
                continue
            }
            inside = i + phrase.count
            if MeetingWords.assignsABoard(lead, at: i) || heldFrom != nil && !(i >= 2 && lead.matches(["to", "chuc"], at: i - 2)) { continue }
            // "Ban Cơ yếu Chính phủ đã tổ chức gặp mặt hơn 600 cán bộ", "… tổ chức chương trình Gặp mặt …":
            // without its classifier, a gathering only as what is organised (not "3 chị em … họp mặt",
            // "tiệc họp mặt bạn bè").
            if MeetingWords.organisedOnly.contains(noun), organisingVerb(lead, before: i) == nil {
                continue
            }
            let next = i + phrase.count < w.count ? w[i + phrase.count].lower : ""
            if MeetingWords.notAfter[noun]?.contains(next) == true { continue }
            if phrase == ["hội", "thảo"], i > 0, w[i - 1].folded == "quoc" { continue }  // "Quốc hội thảo luận"
            // "(… Quốc hội khóa XI, kỳ họp thứ 8 thông qua)", "“Hội đàm hòa bình phụ thuộc vào …”, Thủ tướng …
            // phát biểu": a meeting in brackets is an aside, one in a speaker's quoted words what was said,
            // one in a quoted title what the title is about.
            if lead.inBrackets(i) || quoted(lead, noun: i) || insideATitle(lead, noun: i) { continue }
            // "sau cuộc họp", "các hội nghị" — but not "Chiều qua, hội nghị …" across a comma, nor a
            // lead that opens on what came of today's meeting ("Sau cuộc họp sáng qua, Hiệp hội … đã
            // nhất trí").
            if i > 0, w[i - 1].after.isEmpty, MeetingWords.passing.contains(w[i - 1].folded),
               !opensOnItsOutcome(lead, noun: i, length: phrase.count, catalog: catalog), !madePublicAfter(lead, noun: i) {
                // (Many, and the nouns listed after them: "tại các cuộc họp, hội nghị phù hợp".)
                if MeetingWords.many.contains(w[i - 1].folded) { inside = listedKinds(lead, noun: i, length: phrase.count) ?? inside }
                continue
            }
            if mentionedInPassing(lead, noun: i) || framesASitting(lead, noun: i, length: phrase.count) || inThePhoto(lead, noun: i) { continue }
            // "Trưởng Ban Tổ chức Hội nghị Cấp cao APEC", "Ban chỉ đạo Đại hội đại biểu các dân tộc thiểu số tỉnh … tổ chức
            // họp báo": the committee that organises or steers it, no report of it (not "Nhật Bản tổ chức").
            if namesItsCommittee(lead, noun: i) { continue }
            if counted(lead, noun: i) { continue }
            if let end = listedKinds(lead, noun: i, length: phrase.count) { inside = end; continue }
            if anExample(lead, noun: i) || opensATask(lead) { continue }
            if inTheBackground(lead, noun: i) { continue }
            // "lễ khai mạc (chính thức) Đại hội đại biểu Đảng bộ tỉnh …": the meeting is the one it opens.
            if MeetingWords.family(kind) == "lễ", ["khai", "bế"].contains(phrase.dropFirst().first ?? ""), case let formally = i + phrase.count,
               lead.matchWritten(MeetingWords.nouns, at: formally + (lead.matchesWritten(["chính", "thức"], at: formally) ? 2 : 0)) != nil { continue }
            // "lễ khai mạc Festival Huế": a festival opens, no body meets.
            if ["khai", "bế"].contains(phrase.dropFirst().first ?? ""),
               (0..<2).contains(where: { lead.matchWritten(MeetingWords.festivals, at: i + phrase.count + $0) != nil }) { continue }
            // (Whether it is planned is read to the end of the sentence's clause; its name stops at the
            // next clause's subject: "Tại hội thảo …, ông X sẽ giới thiệu" is planned.)
            if planned(lead, noun: i, end: clauseEnd(lead, from: i + phrase.count)) || negated(lead, noun: i) || asPurpose(lead, noun: i)
                || servedByThePurpose(lead, noun: i) || namesTheMeetingBefore(lead, noun: i) || congressTeaches(lead, noun: i)
                || calledOff(lead, noun: i, length: phrase.count) || toldAgo(lead, noun: i) || placedByMonth(lead, noun: i, length: phrase.count)
                || habitual(lead, noun: i) || heldByMany(lead, noun: i) || toldToHold(lead, noun: i) || decidedToHold(lead, noun: i)
                || scheduled(lead, noun: i) || notThisOne(lead, noun: i, length: phrase.count, catalog: catalog) {
                inside = nounInItsName(lead, from: i + phrase.count) ?? inside; continue }
            // "Bộ Công an đang làm việc với nước bạn để …": work going on, no day said, is no meeting.
            if phrase.first == "làm", i > 0, w[i - 1].lower == "đang", !placed(lead, before: w.count) { continue }
            if MeetingWords.receptions.contains(noun), i > 0, MeetingWords.notReceiving.contains(w[i - 1].lower) { continue }
            // "khởi động ⟨đợt⟩ sinh hoạt chính trị rộng khắp": a round of meetings, a campaign, no one meeting.
            if i > 0 && w[i - 1].lower == "đợt" || noun == "làm việc tại" && !workingVisit(lead, noun: i) { continue }
            let end = clauseEnd(lead, from: i + phrase.count, toSubject: true)
            let place = MeetingPlace.read(lead, noun: i, length: phrase.count, end: end, catalog: catalog)
            if phrase.first == "làm" || phrase.first == "nhóm" || phrase.first == "chào" || MeetingWords.receptions.contains(noun)
                || joinedVisit(lead, noun: i) != nil {
                guard let found = heldBySubject(lead, noun: i, phrase: phrase, kind: kind, end: end, place: place, catalog: catalog) else { continue }
                return found
            }
            let host = HostReader.host(lead, noun: i, length: phrase.count, catalog: catalog)
            if heldFrom != nil, host == nil { continue }
            // "Các đại biểu dự mít tinh tại … Tối 25-3, tại …, T.Ư Đoàn … long trọng tổ chức mít-tinh
            // kỷ niệm …": a caption's mention names no host; the report that follows does.
            // (Or whose name holds it: "tiếp tục chương trình tiếp xúc cử tri …, Đoàn ĐBQH tỉnh đã tổ chức hội nghị tiếp xúc cử tri".)
            if heldFrom == nil, host == nil, let (held, after) = meeting(in: lead, catalog: catalog, heldFrom: i + phrase.count),
               MeetingWords.family(held.kind) == MeetingWords.family(kind) || Catalog.fold(held.what).contains(Catalog.fold(noun)) {
                return (held, after)
            }
            // "hội thảo … ⟨do Tổng cục Thống kê tổ chức⟩": the meeting's name ends before its organiser.
            let named = ((i + phrase.count)..<end).first {
                lead.words[$0].folded == "do" && $0 + 1 < lead.words.count && lead.words[$0 + 1].isCapitalised
                    && (BodyGrammar.read(lead, at: $0 + 1, catalog: catalog) != nil || BodyGrammar.head(lead, at: $0 + 1) != nil)
            } ?? end
            return (Meeting(kind: kind, what: lead.text(i..<nameEnd(lead, from: i + phrase.count, to: named)), host: host, place: place),
                    nextNoun(lead, after: i + phrase.count))
        }
        return nil
    }
}
