import Foundation

/// The part of an article that reports its meeting: the title and the lead's first sentences.
///
/// Short lines at the top (a site banner, "Cỡ chữ: A+ A-", a date line, a section name) are not
/// the lead; the first two sentences of 40 characters or more are (after a photo's credit when the
/// first line runs headline, caption and summary together: `afterPhotoCredit`). `more` holds the next four,
/// where "Đồng chí X … chủ trì hội nghị" often stands.
enum MeetingLead {
    /// Sentences as ranges of the cleaned text: they are cut into words without folding again.
    struct Lead {
        var title: String?
        var body: [Range<Int>]
        var more: [Range<Int>]
        /// Where the text after the top's photo caption starts (`afterPhotoCredit`), else 0: where
        /// the searches for a word start.
        var start = 0
    }

    /// Where the lead may start: within the first 3,000 characters.
    static let leadLimit = 3_000
    /// How far the searches for a sentence holding a word ("chủ trì", "tại Hội nghị") read.
    static let searchLimit = 8_000

    static func sentences(of text: CleanText, title: String?) -> Lead {
        var body: [Range<Int>] = []
        var more: [Range<Int>] = []
        var captions: [Range<Int>] = []
        var headlines: [Range<Int>] = []
        let fold = text.fold
        let titleLength = title?.unicodeScalars.count ?? -1
        // A first line of headline, caption, credit and summary: the summary's first sentence,
        // then the next line's (the lead proper).
        let header = afterPhotoCredit(text)
        var i = header?.summary ?? 0
        while i < fold.count, body.count + more.count < 6, i < leadLimit {
            if fold[i] == 10 || fold[i] == 32 { i += 1; continue }
            var r = sentenceRange(text, at: i)
            // (The summary's first sentence starts at the credit's end, not with the caption's.)
            if let header, r.lowerBound < header.summary { r = header.summary..<max(header.summary, r.upperBound) }
            i = max(r.upperBound, i + 1)
            while r.lowerBound < r.upperBound, [10, 32].contains(fold[r.lowerBound]) { r = (r.lowerBound + 1)..<r.upperBound }
            while r.lowerBound < r.upperBound, [10, 32].contains(fold[r.upperBound - 1]) { r = r.lowerBound..<(r.upperBound - 1) }
            // (" date 2025-11-11 Đại hội …": a store's date field opening the text is no word of its headline,
            // nor the section after it, " date 2024-08 Thời sự Ký kết …".)
            if fold[..<r.lowerBound].allSatisfy({ [10, 32].contains($0) }), let (_, end) = ArticleHeader.exportDateField(text, r) {
                r = ArticleHeader.pastSection(text, end..<max(end, r.upperBound))..<max(end, r.upperBound)
            }
            // (Nor a portal's stamp: "(16/07/2014)Chiều ngày 16/7, …" opens on its day.)
            if let stamped = ArticleHeader.stamp(text, r)?.range, stamped.lowerBound == r.lowerBound {
                r = stamped.upperBound..<r.upperBound
                while r.lowerBound < r.upperBound, fold[r.lowerBound] == 32 { r = (r.lowerBound + 1)..<r.upperBound }
            }
            // (Nor the page's date line glued to it: "19/07/2024Sáng nay (19/7), …".)
            if r.lowerBound == 0 || fold[r.lowerBound - 1] == 10, let glued = ArticleHeader.dateGluedToLead(text, r) {
                r = glued.lead..<r.upperBound
            }
            // Not the title again, nor the headline a lead runs on from ("… cayenne Chiều 26-9, …"; not
            // a lead that opens on the headline's words: "Quốc hội thông qua Luật … sáng nay").
            if let title, r.count > titleLength + 1, text.fold[r.lowerBound + titleLength] == 32,
               ArticleHeader.opensLead(text, at: r.lowerBound + titleLength + 1),
               text.string(r.lowerBound..<(r.lowerBound + titleLength)) == title {
                r = (r.lowerBound + titleLength + 1)..<r.upperBound
            }
            // Long enough for a lead; not the page's tools, breadcrumb or date line.
            guard r.count >= 40, !(r.count == titleLength && text.string(r) == title), !PageChrome.holds(text, r),
                  ArticleHeader.publicationDate(in: text, r) == nil else { continue }
            if let header, r.upperBound <= header.lineEnd, !body.isEmpty {
                more.append(r)
            // (A picture's numbered label that names a meeting is the headline again, read as the lead:
            // "Bộ Tài chính tổ chức Hội nghị tổng kết năm 2024 - Ảnh 1."; one that names none is passed.)
            } else if body.count < 2, let words = PageChrome.caption(text, r), !(PageChrome.numbersAPicture(text, r) && mayHoldMeeting(text, r)) {
                if words.count >= 40 { captions.append(words) }
            } else if body.isEmpty, headlines.count < 2, header == nil, headline(text, r) {
                headlines.append(r)
            } else if body.count < 2 || body.count == 2 && (revealsAfter(text, body[1], r) || more.isEmpty && leadAfterSummary(text, body, r)) {
                body.append(r)
            } else {
                more.append(r)
            }
        }
        // A photo's caption is read after the lead: it may tell the meeting the lead does not ("Đoàn …
        // trong buổi làm việc tại báo Tuổi Trẻ chiều 21-6-2005 - Ảnh: Thanh Đạm").
        return Lead(title: title, body: body + captions.prefix(1) + headlines, more: more + captions.dropFirst(), start: header?.summary ?? 0)
    }

    /// A line of a saved page's top, before any sentence, that is a headline or a caption, not the
    /// lead (two at most): a whole line of under 160 characters that no full stop, question or
    /// exclamation mark ends ("Hội nghị trực tuyến toàn quốc nghiên cứu, học tập, quán triệt Nghị
    /// quyết Đại hội XIII của Đảng" over the lead "Trong 2 ngày 27-28/3, …, Ban Bí thư Trung ương Đảng
    /// tổ chức Hội nghị …"). Read after the lead.
    static func headline(_ text: CleanText, _ r: Range<Int>) -> Bool {
        let fold = text.fold
        guard r.count < 160, r.lowerBound == 0 || fold[r.lowerBound - 1] == 10,
              r.upperBound == fold.count || fold[r.upperBound] == 10 else { return false }
        var last = r.upperBound - 1
        while last > r.lowerBound, [34, 39, 41].contains(fold[last]) || text.scalars[last] == "”" { last -= 1 }
        return ![46, 33, 63, 58].contains(fold[last]) && text.scalars[last] != "…"
    }

    /// "Những người bán phao sẽ bị tạm giữ 24 giờ. Với các trung tâm luyện thi, … không cho phép thi
    /// thử. Đó là nội dung cuộc họp giữa Bộ GDĐT với Hà Nội …": a third sentence of the lead's own
    /// paragraph that says what the two before it were ("Đó là …", "Đây là …") is still the lead.
    static func revealsAfter(_ text: CleanText, _ previous: Range<Int>, _ r: Range<Int>) -> Bool {
        let fold = text.fold
        guard !fold[previous.upperBound..<r.lowerBound].contains(10) else { return false }
        return contains(fold, r.lowerBound..<min(r.upperBound, r.lowerBound + 6), Array("do la ".utf8))
            || contains(fold, r.lowerBound..<min(r.upperBound, r.lowerBound + 7), Array("day la ".utf8))
    }

    /// " date 2025-10-05 Nhiệm kỳ 2025 - 2030, Ban Chấp hành … có 70 nhân sự. Trong đó, …" / "⟨Sáng
    /// 3.10, Đại hội đại biểu Đảng bộ tỉnh Hưng Yên … khai mạc⟩": a summary of two sentences, neither
    /// opening on a time with its day nor naming another meeting than it, over a paragraph that opens on
    /// such a time is the summary of the lead proper (the paragraph right under it, not one further on).
    static func leadAfterSummary(_ text: CleanText, _ body: [Range<Int>], _ r: Range<Int>) -> Bool {
        // ("Trên tinh thần đó, ngày 28 tháng 02 năm 2020, Chi bộ 1 … tổ chức Đại hội": past a connective
        // that ties the paragraph to the summary over it.)
        let at = connectives.lazy.compactMap { c -> Int? in
            let end = r.lowerBound + c.count
            return end + 2 <= r.upperBound && text.fold[r.lowerBound..<end].elementsEqual(c) && text.fold[end] == 44 ? end + 2 : nil
        }.first ?? r.lowerBound
        // (Its day in digits: "Chiều qua, đã có cuộc họp …" tells no day of its own.)
        let opening = text.fold[at..<min(r.upperBound, at + 24)].prefix { $0 != 44 }
        guard text.fold[body[1].upperBound..<r.lowerBound].contains(10), ArticleHeader.opensLead(text.fold, at: at),
              opening.contains(where: { (48...57).contains($0) }),
              !body.contains(where: { ArticleHeader.opensLead(text.fold, at: $0.lowerBound) }) else { return false }
        // (Or one that names the meeting the paragraph under it reports: "Đây là một trong 4 mục tiêu mà Đại
        // hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X đã đề ra …" / "Sáng ngày 28/9, … tổ chức trọng thể Đại hội …".)
        func nouns(_ sentence: Range<Int>) -> Set<String> {
            let words = LeadWords(text.string(sentence))
            return Set(words.words.indices.compactMap { MeetingWords.noun(words, at: $0)?.kind })
        }
        let named = body.reduce(into: Set<String>()) { $0.formUnion(nouns($1)) }
        return named.isEmpty || !named.isDisjoint(with: nouns(r))
    }

    /// Connectives that open a paragraph on what the one over it said, folded: "Trên tinh thần đó".
    static let connectives = ["tren tinh than do", "tren co so do", "voi tinh than do"].map { Array($0.utf8) }

    /// Whether a range of folded bytes holds `needle`.
    static func contains(_ fold: [UInt8], _ range: Range<Int>, _ needle: [UInt8]) -> Bool {
        guard range.count >= needle.count, let first = needle.first else { return false }
        var i = range.lowerBound
        while i + needle.count <= range.upperBound {
            if fold[i] == first, fold[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// "Donald H. Rumsfeld", "George W. Bush": the full stop at `j` closes a middle initial — one
    /// capital after a capitalised word of letters, a capital after it — not a sentence. (A
    /// Vietnamese word of one letter is no initial: "… khu vực Đông Nam Á. Thứ trưởng …".)
    static func middleInitial(_ text: CleanText, at j: Int) -> Bool {
        let s = text.scalars
        guard j >= 3, j + 2 < s.count, s[j - 1].isASCII, s[j - 1].properties.isUppercase, s[j - 2] == " ", s[j + 1] == " ",
              s[j + 2].properties.isUppercase, s[j - 3].properties.isLowercase else { return false }
        var k = j - 3
        while k > 0, s[k - 1].properties.isAlphabetic { k -= 1 }
        return s[k].properties.isUppercase
    }

    /// The sentences (first 4 hits, within the first 8,000 characters) whose folded text holds one
    /// of `needles` whole: a byte search, then the sentence around each hit. `atWordStart`: only where
    /// a word begins ("tai hoi nghi", not "…tai hoi nghi"). From `start`: `Lead.start`, past a
    /// photo's caption.
    static func sentences(of text: CleanText, holdingAny needles: ByteNeedles, atWordStart: Bool = false,
                          from start: Int = 0) -> [Range<Int>] {
        let limit = min(text.fold.count, searchLimit)
        var out: [Range<Int>] = []
        text.fold.withUnsafeBufferPointer { fold in
            var i = start
            while out.count < 4, let hit = needles.first(in: fold, from: i, limit: limit, accept: { _, k in
                !atWordStart || k == 0 || !Scanner.isWordByte(fold[k - 1])
            }) {
                let r = sentenceRange(text, at: hit)
                out.append(r)
                i = max(r.upperBound, hit + 1)
            }
        }
        return out
    }

    /// A cheap test before a sentence is cut into words: does it hold a meeting noun at all, or
    /// the verb "họp"? ("gặp khó khăn" holds none; "cuộc gặp" does.)
    /// Whether an article may report a meeting at all: most write no meeting noun and no "họp" where
    /// the reader reads (the title, the lead, the searches' first 8,000 characters), and every way
    /// the reader finds a meeting starts at such a word.
    static func mayHoldAny(_ text: CleanText, title: String?) -> Bool {
        mayHoldMeeting(text, 0..<min(text.count, searchLimit))
            || title.map { CleanText($0) }.map { mayHoldMeeting($0, 0..<$0.count) } == true
    }

    static func mayHoldMeeting(_ text: CleanText, _ range: Range<Int>) -> Bool {
        let marks = meetingMarks
        return meetingNeedles.found(in: text.fold, range) { k, i in marks[k].isEmpty || marks[k].contains(text.scalars[i + 1]) }
    }

    /// Each needle, with the second letter it must be written with (none: any): "hop" only as
    /// "họp" (the verb, and every noun with it: "kỳ họp", "họp báo"), "le " only as "lễ" (every
    /// "lễ …"; not "tỷ lệ"), and every other meeting noun folded whole ("hoi nghi", "cuoc gap",
    /// "tiep xuc cu tri"); and a supervision said with its verb ("doan giam sat", "to chuc giam sat",
    /// `MeetingReader.supervised`), and a meeting with voters with words inside it ("tiep xuc voi
    /// gan 100 cu tri", `MeetingWords.votersMet`).
    static let meetingNeedles = ByteNeedles(meetingWords.map(\.0))
    static let meetingMarks = meetingWords.map(\.1)
    private static let meetingWords: [(String, Set<Unicode.Scalar>)] = [("hop", ["ọ", "Ọ"]), ("le ", ["ễ", "Ễ"]), ("doan giam sat", []),
                                                                          ("to chuc giam sat", []), ("tiep xuc ", [])]
        + unmarked.filter { word in !unmarked.contains { $0 != word && word.contains($0) } }.map { ($0, []) }

    /// Every other meeting noun, folded; one that holds another ("phien tru bi dai hoi", "dai hoi")
    /// is found by it.
    private static let unmarked = Set((Array(MeetingWords.kinds.keys) + MeetingWords.organisedEvents.keys).filter {
        !$0.contains("họp") && !$0.hasPrefix("lễ ")
    }.map { String(decoding: CleanText($0).fold, as: UTF8.self) }).sorted()
}
