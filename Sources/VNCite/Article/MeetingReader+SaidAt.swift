/// A meeting told by what someone said at it: it was held.
extension MeetingReader {
    /// "Tại cuộc họp báo về bộ phim mới phát hành, Tuyết tháng Tư, nam tài tử 33 tuổi này nói: …": a
    /// sentence that opens on the meeting and goes on to what someone said there. Not "Tại một hội
    /// nghị quân sự, …, Hồ chủ tịch thân mật nói": any one, an anecdote; nor "Tại lễ khởi công … vào
    /// cuối tháng 11.2005, Phó thủ tướng … đã chỉ đạo": a month back, background (and "Tại cuộc họp
    /// báo được tổ chức tại Thừa Thiên - Huế trước đó", one before the news); nor "Tại lễ khởi
    /// công, Thủ tướng … nhấn mạnh" after "lễ khởi công … đã diễn ra cách nay gần năm tháng": a
    /// meeting not named again is the one told of before. "Phát biểu tại buổi họp báo hôm thứ hai tại
    /// phi trường …, Wie cho rằng …" frames the same.
    static func framesSpeech(_ lead: LeadWords) -> Bool {
        let w = lead.words
        let o = lead.matchesWritten(["phát", "biểu"], at: 0) && w[1].after.isEmpty ? 2 : 0
        guard w.count > o + 3, ["tại", "trong"].contains(w[o].lower), let phrase = lead.matchWritten(MeetingWords.nouns, at: o + 1),
              !w[o + phrase.count].after.contains(",") else { return false }
        let end = clauseEnd(lead, from: o + 1 + phrase.count, toSubject: true)
        guard end < w.count, w[end - 1].after.contains(","),
              !w[(o + 1)..<end].contains(where: { ["tháng", "năm"].contains($0.lower) }),
              !((o + 1)..<end).contains(where: { lead.matchesWritten(["trước", "đó"], at: $0) }) else { return false }
        let said = (end..<w.count).prefix { !w[$0 - 1].after.contains(where: { ":;".contains($0) }) }
        return said.contains { lead.matchWritten(MeetingWords.sayings, at: $0) != nil || lead.matchWritten(directions, at: $0) != nil }
    }

    /// What one asks or proposes at a meeting, which frames it as what is said does: "Tại hội nghị
    /// giao ban toàn tỉnh, Chủ tịch UBND tỉnh … yêu cầu: …", "Tại hội thảo …, các doanh nghiệp đề nghị …".
    static let directions = PhraseTable(["yêu cầu", "đề nghị", "kiến nghị", "đề xuất"])

    /// "… ông Hoàng Lê Minh … nhận định trong hội thảo "Ứng dụng PMNM" tại Softmart 2005", "Hội đồng
    /// Thi đua Quận Tân Phú … đã cho biết như trên tại hội nghị tổng kết …": what was said at a
    /// meeting tells that it was held. (Not "báo cáo", as often a report as reporting: "Phó Bí thư
    /// Đảng ủy báo cáo tại Hội nghị" under a photo.) Where the meeting's noun stands when the verb of
    /// saying at `i`, with "như vậy/trên/thế" after it, is followed by "tại" or "trong" and the noun.
    static func nounSaidAt(_ lead: LeadWords, _ i: Int) -> Int? {
        guard let verb = lead.matchWritten(MeetingWords.sayings, at: i), verb != ["báo", "cáo"] else { return nil }
        var k = i + verb.count
        if lead.words[k - 1].after.isEmpty, let so = lead.matchWritten(likeSo, at: k) { k += so.count }
        // ("Quan điểm này được đưa ra hôm qua tại hội thảo về án tử hình": and when.)
        if lead.words[k - 1].after.isEmpty, let when = lead.matchWritten(MeetingWords.times, at: k) { k += when.count }
        // ("… được TAND Tối cao công bố ngày 3/1 tại Hội nghị tổng kết …": or its day.)
        if k < lead.words.count, lead.words[k - 1].after.isEmpty, lead.words[k].after.isEmpty, timeThenDay(lead, at: k) { k += 2 }
        guard k + 1 < lead.words.count, ["tại", "trong"].contains(lead.words[k].lower), lead.words[k - 1].after.isEmpty,
              let noun = lead.matchWritten(MeetingWords.nouns, at: k + 1), !placedInAMonth(lead, after: k + 1 + noun.count) else { return nil }
        return k + 1
    }

    /// "(hình thức khiển trách mà ban chấp hành LĐBĐVN đưa ra trong cuộc họp) cuối tháng 1", "… hồi
    /// năm ngoái": a month or a year back, what was said there is background, not news.
    static func placedInAMonth(_ lead: LeadWords, after k: Int) -> Bool {
        k + 1 < lead.words.count && ["cuối", "đầu", "giữa", "hồi"].contains(lead.words[k].lower)
            && ["tháng", "năm"].contains(lead.words[k + 1].lower)
    }

    /// "Việc thành lập Hội Nghề cá TP.Vũng Tàu là sự kiện có ý nghĩa quan trọng …. Đó là lời khẳng
    /// định của ông Vũ Hồng Thuấn, Phó Chủ tịch UBND TP.Vũng Tàu tại Đại hội thành lập Hội Nghề cá
    /// TP.Vũng Tàu khóa I": a sentence that says whose words ("lời khẳng định", "ý kiến", "nhận định",
    /// "kết luận" …) the lead's opening was, and at which meeting — it was held. Not one a month or a
    /// year back ("tại hội nghị cuối tháng 3").
    static func statedAt(_ lead: LeadWords) -> Bool {
        let w = lead.words
        guard lead.matchesWritten(["đó", "là"], at: 0) || lead.matchesWritten(["đây", "là"], at: 0),
              let of = (3..<max(3, min(w.count, 7))).first(where: { w[$0].lower == "của" }),
              (2..<of).contains(where: { lead.matchWritten(MeetingWords.sayings, at: $0) != nil || lead.matchWritten(statements, at: $0) != nil }),
              let at = ((of + 2)..<max(of + 2, min(w.count - 1, of + 24))).first(where: { ["tại", "trong"].contains(w[$0].lower) }),
              let noun = lead.matchWritten(MeetingWords.nouns, at: at + 1) else { return false }
        return !placedInAMonth(lead, after: at + 1 + noun.count)
    }

    /// Nouns of what someone said: "ý kiến", "lời khẳng định", "tinh thần chỉ đạo", "tổng kết".
    static let statements = PhraseTable(["ý kiến", "lời", "tinh thần", "tổng kết", "quan điểm"])

    /// "như vậy", "như trên", "như thế": what was said, pointed back to, between its verb and where.
    static let likeSo = PhraseTable(["như vậy", "như trên", "như thế"])

    /// Where the verb of saying stands whose meeting is the noun at `i`, at most six words before it
    /// ("nói ⟨như vậy⟩ tại hội nghị"), not before `start`.
    static func saying(before i: Int, in lead: LeadWords, from start: Int = 0) -> Int? {
        (max(start, i - 6)..<i).first { nounSaidAt(lead, $0) == i }
    }

    /// Where the last quotation that stands before the noun `i` closes: "“… sẽ ảnh hưởng …”, Giám
    /// đốc … phản ánh tại buổi làm việc". (Not the title of an earlier meeting in quotes, right after
    /// its noun: "… sẽ tổ chức Lễ ký kết "Thỏa thuận ghi nhớ hợp tác …" và Hội thảo khoa học …".)
    static func quotationBefore(_ lead: LeadWords, noun i: Int, from start: Int) -> Int? {
        // (Not a title listed with semicolons: "… sẽ tập trung vào các hoạt động như: “Đối thoại tháng 5”; “Cảm
        // ơn người lao động”; …; các hoạt động … gắn với Lễ phát động …".)
        guard let close = (start..<i).last(where: { lead.words[$0].closesQuote && !lead.words[$0].after.contains(";") }) else { return nil }
        let open = (start...close).last { lead.words[$0].opensQuote } ?? start
        let titled = (max(start, open - 4)..<open).contains { k in
            lead.matchWritten(MeetingWords.nouns, at: k).map { k + $0.count == open } == true
        }
        return titled ? nil : close
    }

    /// The first of the verbs run together up to the saying at `verb`: "dự" in "Tổng Bí thư sẽ dự,
    /// phát biểu chỉ đạo tại hội nghị", so that the "sẽ" before them all is seen.
    static func firstOfVerbs(_ lead: LeadWords, endingAt verb: Int, from start: Int) -> Int {
        var first = verb
        while let k = (max(start, first - 2)..<first).first(where: { k in
            let length = lead.matchWritten(MeetingWords.sayings, at: k)?.count ?? (lead.words[k].lower == "dự" ? 1 : 0)
            return length > 0 && k + length == first
        }) {
            first = k
        }
        return first
    }

    /// "sẽ ⟨chính thức⟩ được ông Taro Takamine … đưa ra": what is still to be said, by whom, in the
    /// clause of the verb at `verb`.
    static func futurePassive(_ lead: LeadWords, before verb: Int, from start: Int) -> Bool {
        let clause = ((start..<verb).last { lead.words[$0].after.contains(",") }).map { $0 + 1 } ?? start
        guard let passive = (clause..<verb).last(where: { lead.words[$0].lower == "được" }) else { return false }
        return (max(clause, passive - 3)..<passive).contains { lead.matchWritten(MeetingWords.future, at: $0) != nil }
    }

    /// A noun inside a quotation that opens its sentence (or follows a colon) and that a verb of
    /// saying takes up after it closes: "“Hội đàm hòa bình phụ thuộc vào ban lãnh đạo Palestine”,
    /// Thủ tướng Ariel Sharon phát biểu". (Not a meeting's quoted name: "tại “Hội nghị Bàn tròn …”";
    /// nor one the speaker says was held: "“Hội nghị ASEM 5 đã thành công tốt đẹp” - Thủ tướng …
    /// đã khẳng định".)
    static func quoted(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        guard let open = (0...i).last(where: { w[$0].opensQuote }), !w[open..<i].contains(where: \.closesQuote),
              open == 0 || w[open - 1].after.contains(":"),
              let close = (i..<w.count).first(where: { w[$0].closesQuote }),
              !w[i...close].contains(where: { ["đã", "vừa"].contains($0.lower) }) else { return false }
        return ((close + 1)..<min(w.count, close + 9)).contains { lead.matchWritten(MeetingWords.sayings, at: $0) != nil }
    }

    /// "trình bày chuyên đề "Tư duy, nhận thức mới về quốc phòng … của Đại hội XIV"", "cuộc thi tìm
    /// hiểu “… Đại hội Đảng …”": a meeting named inside the quoted title of a topic, a contest or a
    /// work is what the title is about, no meeting held; so inside any title after small letters
    /// that does not open on the meeting ("khai mạc \"Liên hoan … tuyên truyền Đại hội Đảng … lần thứ X\"").
    static func insideATitle(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        guard let open = (0...i).last(where: { w[$0].opensQuote }), open >= 2, !w[open..<i].contains(where: \.closesQuote),
              (i..<w.count).contains(where: { w[$0].closesQuote }) else { return false }
        // (Or any title in small letters' words, the meeting not its first: "tổ chức chương trình giao lưu
        // trực tuyến “Gặp gỡ các đại biểu dự Đại hội toàn quốc …”".)
        return titled.contains { lead.matchesWritten($0, at: open - 2) }
            || open < i && !w[open - 1].isCapitalised && w[open - 1].after.isEmpty && MeetingWords.noun(lead, at: open) == nil
    }

    /// What a quoted title follows: "chuyên đề", "chủ đề", "cuộc thi", "tác phẩm" ….
    static let titled: [[Substring]] = ["chuyên đề", "chủ đề", "đề tài", "cuộc thi", "tác phẩm", "cuốn sách", "bài viết", "khẩu hiệu"].phrases
}
