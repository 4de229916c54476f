/// A meeting named later in the lead, where what the lead opens on was said.
extension MeetingReader {
    /// A lead that opens on what was said and places it at the meeting in its third or fourth
    /// sentence: "Phát biểu tại cuộc họp tháo gỡ vướng mắc về thuế … do ITPC tổ chức hôm qua, bà
    /// …", "Trong cuộc họp bàn về quy hoạch ngành xi măng hôm qua, Thứ trưởng …" (the fifth or
    /// sixth too when it opens with "Đó là"). Only "tại" or "trong" (and "một") before the noun,
    /// and a time of today or just past in the sentence, or, when the sentence opens at the meeting,
    /// the day it names ("Tại Hội nghị về dược ngày 24/6 …"), or when it says what the opening was
    /// ("Đó là ý kiến của … tại Hội nghị … diễn ra hôm 21/7"); or a body that held it, on a day
    /// named or just past, said outright; or who spoke there, in a lead that places its news today or
    /// just past ("… cho biết trong cuộc họp báo ở Kabul") or with no time told at all ("HLV Eriksson
    /// vui mừng phát biểu trong buổi họp báo: …"), in the lead's first two paragraphs (in the third it
    /// is the setting of a statement told in passing). (Not an encounter, "cuộc gặp": in the third
    /// sentence it is where a statement was made, "Trong cuộc gặp với phái viên an ninh Palestine, …".)
    static func placedLater(_ text: CleanText, lead: MeetingLead.Lead, catalog: Catalog) -> (Meeting, LeadWords, Range<Int>)? {
        // The fifth and sixth only when they say what the opening was: "Đó là báo cáo của … trong
        // buổi làm việc sáng qua với HĐND thành phố".
        func saysWhatItWas(_ range: Range<Int>) -> Bool {
            let opening = range.lowerBound..<min(range.upperBound, range.lowerBound + 6)
            return ["do la ", "day la "].contains { MeetingLead.contains(text.fold, opening, Array($0.utf8)) }
        }
        // Whether the lead's first sentences place its news today or just past (read once, when asked).
        lazy var leadPlacesToday = lead.body.contains { let s = LeadWords(text, $0); return placed(s, before: s.words.count) }
        for (n, range) in lead.more.enumerated() where (n < 2 || saysWhatItWas(range)) && MeetingLead.mayHoldMeeting(text, range) {
            let words = LeadWords(text, range)
            let w = words.words
            // (The bytes are folded: "do là" passes them; the words, with their marks, decide.)
            let saysWhatTheOpeningWas = words.matchesWritten(["đó", "là"], at: 0) || words.matchesWritten(["đây", "là"], at: 0)
            guard n < 2 || saysWhatTheOpeningWas else { continue }
            // ("tại một hội thảo do Cục Xúc tiến Thương mại tổ chức": one word of number between.)
            let atTheMeeting = w.indices.contains { i in
                let at = i > 1 && words.matchesWritten(["một"], at: i - 1) ? i - 1 : i
                return at > 0 && ["tai", "trong"].contains(w[at - 1].folded) && w[at - 1].after.isEmpty
                    && words.matchWritten(MeetingWords.nouns, at: i) != nil
            }
            // "Tại Hội nghị về dược ngày 24/6 tại Hà Nội, ông Đoàn nói": a day named, when the sentence
            // opens at the meeting (not "Trong một cuộc họp báo … hôm 6/3/2003", told in passing).
            let opensOnADay = (words.matchesWritten(["tại"], at: 0) || words.matchesWritten(["trong"], at: 0))
                && words.matchWritten(MeetingWords.nouns, at: 1) != nil && namesADay(words)
            let justPast = w.indices.contains(where: { words.matchWritten(MeetingWords.justPast, at: $0) != nil })
            // "Đó là thông tin mới nhất trong hội nghị … do Bộ Nông nghiệp … tổ chức sáng 9/11": a
            // sentence that says what the opening was, and where and on which day it was told; or
            // that points back to it: "Bà …, Chủ tịch Hội Phụ nữ tỉnh Đồng Tháp, cho biết như trên tại
            // hội thảo … do Tổ chức Cứu trợ Trẻ em Anh tổ chức ngày 28-12 ở TPHCM".
            let pointsBack = w.indices.contains { k in
                nounSaidAt(words, k) != nil && (k..<min(k + 4, w.count)).contains { words.matchWritten(likeSo, at: $0) != nil }
            }
            let toldOnADay = (saysWhatTheOpeningWas || pointsBack) && namesADay(words)
            // "Hôm qua, Hội đồng HLV quốc gia đã họp để …", "Chiều 18-1, Ban Cán sự Đảng- Bộ GTVT đã có
            // cuộc họp …": a body that held it on a day named or just past, said outright ("đã", "vừa").
            // (Not in a quotation or an interview's question or answer: "“Ngày 1/7/1974, … Quân ủy, Bộ
            // Tư lệnh Miền đã họp …", "- Mới đây, Bộ … đã có buổi làm việc …".)
            let quoted = w.first.map { ["-", "–"].contains($0.text) || $0.opensQuote || $0.before.contains(where: { "-–".contains($0) }) } ?? true
            // (Without "đã", a paragraph that opens on the day's report: not a history told mid-paragraph,
            // "Theo dự án, …. Ngày 2/9/2003, Công ty … tổ chức lễ khởi công nhưng từ đó đến nay …".)
            let opensParagraph = text.fold[..<range.lowerBound].reversed().first { $0 != 32 }.map { $0 == 10 } ?? true
            let reported = n < 2 && !quoted && placed(words, before: w.count)
                && (saysHeld(words) || opensParagraph && heldOnTheDayBefore(words))
            // ("Hội nghị thường niên lần thứ 5 của Diễn đàn đã diễn ra sáng nay tại Hà Nội": a sentence that
            // opens on the meeting and says it was held reports it, its host named or not.)
            let opensOnIt = words.matchWritten(MeetingWords.nouns, at: 0) != nil
            // ("Hôm qua, Mỹ … đã cùng bác thông tin …. … Phát ngôn viên quân đội Mỹ Bryan Hilferty cho biết
            // trong cuộc họp báo ở Kabul: …": who spoke there, in a lead that places its news today or
            // just past.)
            let saidThere = w.indices.contains { nounSaidAt(words, $0) != nil }
            let saidThereToday = saidThere && withinTwoParagraphs(text, lead: lead, range) && (leadPlacesToday || n < 2 && !toldWhen(words))
            // ("Tại cuộc họp báo về bộ phim mới phát hành, …, nam tài tử 33 tuổi này nói": a sentence that
            // opens on the meeting and goes on to what was said there.)
            let placedHere = atTheMeeting && (opensOnADay || justPast || toldOnADay || framesSpeech(words)) || reported
            guard placedHere || atTheMeeting && saidThereToday,
                  let (m, next) = meeting(in: words, catalog: catalog), atTheMeeting || opensOnIt || m.host != nil,
                  !MeetingWords.encounters.contains(MeetingWords.family(m.kind)) else { continue }
            // (Not an opening that does not say what it opens, where only who spoke places it: "Bộ trưởng …
            // phát biểu tại lễ khai mạc" of an exhibition the lead told of.)
            let opening = ["lễ khai mạc", "lễ bế mạc"].contains { m.what.lowercased().hasPrefix($0) }
            if !placedHere, MeetingWords.family(m.kind) == "lễ", opening { continue }
            // (Nor, where no time is told, a meeting its words do not name: "Phát biểu chỉ đạo tại Hội
            // nghị, đồng chí …" of a portal's report, which names its meeting elsewhere.)
            if !placedHere, !leadPlacesToday, m.what.split(separator: " ").count <= 2 { continue }
            return (m, words.prefix(next), range)
        }
        return nil
    }

    /// Whether a sentence says when anything in it happened: a number, a day, a month, a year, a
    /// week, "trước", "qua", "nay", "tới". ("“Tôi không sợ đi lại”, Thành Long phát biểu tại cuộc họp
    /// báo ở Singapore" says none: the statement, and the meeting, are the news's own.)
    static func toldWhen(_ lead: LeadWords) -> Bool {
        lead.words.contains { w in
            w.text.contains(where: \.isNumber) || ["tháng", "năm", "tuần", "ngày", "hôm", "trước", "qua", "nay", "tới", "mai", "sau", "khi",
                                                     "lúc", "hồi", "từng"].contains(w.lower)
        }
    }

    /// Whether a sentence stands in the lead's first two paragraphs: at most one break of lines
    /// between the lead's first sentence and it.
    static func withinTwoParagraphs(_ text: CleanText, lead: MeetingLead.Lead, _ range: Range<Int>) -> Bool {
        guard let start = lead.body.first?.lowerBound, start <= range.lowerBound else { return false }
        var breaks = 0
        var k = start
        while k < range.lowerBound {
            if text.fold[k] == 10 {
                breaks += 1
                while k + 1 < range.lowerBound, [10, 32].contains(text.fold[k + 1]) { k += 1 }
            }
            k += 1
        }
        return breaks <= 1
    }
}
