/// Where a meeting's own words end: its clause, and its name inside the clause, before what the
/// clause tells of it, or where the next meeting noun stands; and the review named by its verb's
/// noun ("tổ chức sơ kết").
extension MeetingReader {
    /// Where the meeting's own words end: a semicolon or full stop, a comma before a capital or
    /// a new clause ("…, Bộ trưởng …", "…, với sự tham dự"), "dưới sự chủ trì", 24 words.
    /// "hội nghị kiểm điểm tập thể, cá nhân lãnh đạo, quản lý năm 2022" is one name, and so is a
    /// title in quotes ("Hội thảo \"Giới thiệu môi trường, cơ hội đầu tư vào VN\" sẽ diễn ra").
    /// `toSubject`: the meeting's name, which ends before the next clause's subject too.
    static func clauseEnd(_ lead: LeadWords, from i: Int, toSubject: Bool = false) -> Int {
        let w = lead.words
        func ends(after k: Int) -> Bool {
            let after = w[k - 1].after
            return after.contains(where: { ";:.!?".contains($0) }) || after.contains(",") && k < w.count
                && (w[k].isCapitalised && !(toSubject && listOfAbbreviations(k)) || clauseOpeners.contains(w[k].lower)
                    || toSubject && (subjects.contains(w[k].lower) && w[k - 1].lower != "sĩ" || endsOnATime(k)
                        || lead.matchWritten(subjectPhrases, at: k) != nil || lead.matchWritten(MeetingWords.times, at: k) != nil))
        }
        // ("lễ tổng kết và khen thưởng cho các HLV, VĐV đã hoàn thành nhiệm vụ", "Hội nghị tuyển sinh ĐH, CĐ
        // năm 2006": a comma between two abbreviations lists them inside the name.)
        func listOfAbbreviations(_ k: Int) -> Bool {
            w[k - 1].isAcronym && w[k].isAcronym && w[k].text.count <= 4 && w[k - 1].text.count <= 4
                && w[k - 1].after == "," && w[k - 1].before.isEmpty
                && !BodyGrammar.isOrganisation(w[k].text) && BodyGrammar.headLength(lead, at: k) == nil
        }
        // ("buổi họp chiều qua của Thường trực LĐBĐ VN⟨, kết luận …⟩", "phiên họp ngày 13/8⟨, chủ trương
        // này …⟩": a time ends the name, and its comma the clause; not its subject after the comma:
        // "buổi tọa đàm chiều qua, về việc khám chữa bệnh miễn phí cho trẻ em".)
        func endsOnATime(_ k: Int) -> Bool {
            guard k >= 2, w[k].lower != "về" else { return false }
            if timeThenDay(lead, at: k - 2) { return true }
            return ["nay", "qua"].contains(w[k - 1].lower) && (BodyGrammar.sentenceTimes.contains(w[k - 2].lower) || w[k - 2].lower == "vừa")
        }
        // ("lễ bế mạc⟨, Thủ tướng … đã chúc mừng⟩": a name ends at the mark after its noun, but not at
        // a colon before its title: "Hội thảo: “Xóa đói giảm nghèo …”".)
        if toSubject, i > 0, i <= w.count, !w[i - 1].closesQuote, !w[i - 1].after.contains(":"), ends(after: i) { return i }
        var k = i
        var quoted = false
        while k < w.count, k - i < 24 {
            if lead.matches(["voi", "su"], at: k) || lead.matches(["duoi", "su"], at: k) { break }
            if w[k].opensQuote { quoted = true }
            k += 1
            if w[k - 1].closesQuote { quoted = false }
            if quoted { continue }
            if ends(after: k) { break }
        }
        // ("… mở rộng phân khu công nghiệp thuộc khu kinh tế Nhơn ⟨Hội⟩": a proper name the count of
        // words ran out inside is read to its end.)
        if k - i == 24, !quoted {
            let run = k
            while k < w.count, k - run < 4, w[k - 1].after.isEmpty, w[k - 1].isCapitalised, w[k].isCapitalised { k += 1 }
        }
        return k
    }

    /// "cuộc họp báo ⟨có ông Nguyễn Văn An⟩ …", "hội nghị ⟨có sự tham dự⟩ …": who was there, after "có"
    /// — a person, by name or title, or someone's presence — is no part of the meeting's name.
    static func presentThere(_ lead: LeadWords, at k: Int) -> Bool {
        let w = lead.words
        guard w[k].lower == "có", w[k].after.isEmpty, k + 1 < w.count else { return false }
        let next = k + 1
        return lead.matchWritten(PersonName.honorifics, at: next) != nil || lead.matchesWritten(["đại", "diện"], at: next)
            || lead.matchesWritten(["sự", "tham"], at: next) || lead.matchWritten(PersonName.clergy, at: next) != nil
            || BodyGrammar.titles.contains(w[next].text.uppercased()) || PersonName.read(lead, at: next) != nil
    }

    /// Words that open a clause after a comma ("có", not "cơ hội").
    static let clauseOpeners: Set<String> = ["với", "dưới", "nhằm", "do", "tại", "có", "đã", "cho", "trong", "được", "cùng"]

    /// Words that open the next clause's subject, where a meeting's name ends ("…, ông Đào Duy Quát
    /// đã trả lời", "…, các đại biểu đã thảo luận", "…, lãnh đạo Bộ …", "…, tiến sĩ William Ditto",
    /// "…, tài tử Jude Law"; not the next of a list of degrees: "500 thạc sĩ, tiến sĩ").
    static let subjects: Set<String> = [
        "ông", "bà", "các", "nhiều", "lãnh", "đại", "hai", "người", "phía", "đồng",
        "tiến", "tài", "giáo", "bác", "luật", "thạc", "dược", "chuyên", "thiếu", "thượng", "ủy", "trưởng", "một",
    ]

    /// Phrases that open the next clause after a comma, in small letters: "…, tất cả 192 nước thành
    /// viên đã …", "…, bộ trưởng y tế và chuyên gia …", "…, cựu đại diện Thương mại Mỹ …", "…, hầu hết
    /// các ý kiến đều nhất trí", "…, đa số đại biểu cho rằng"; a time of today opens it too ("…, hôm
    /// nay Chủ tịch LĐBĐVN … đã ký").
    static let subjectPhrases = PhraseTable([
        "tất cả", "bộ trưởng", "thứ trưởng", "chủ tịch", "phó chủ tịch", "giám đốc", "tổng giám đốc", "cựu", "thủ tướng",
        "hầu hết", "đa số", "phần lớn", "không ít",
    ])

    /// The end of the name that runs from a meeting noun ending at `start`, at or before `end`: before
    /// "đã", "vừa", "sẽ", "đang", "được tổ chức", "chính thức khai mạc", a verb of holding ("khai
    /// mạc", "diễn ra") or "tổ chức" with its time or place. "Đại hội lần VI của Hội điện ảnh VN ⟨đã
    /// bế mạc trưa nay⟩", "kỳ họp thứ 6 HĐND thành phố khóa VII ⟨chính thức khai mạc⟩", "hội nghị
    /// triển khai công tác giám sát năm 2005 ⟨tổ chức sáng 14/1 tại Hà Nội⟩"; not "hội nghị triển khai
    /// …", "cuộc họp bàn về …".
    static func nameEnd(_ lead: LeadWords, from start: Int, to end: Int) -> Int {
        let w = lead.words
        guard var cut = (start..<end).first(where: { k in
            let word = w[k].lower
            // ("hội nghị ban chấp hành (BCH) ⟨thì nóng bỏng⟩": a "thì" turns to what is said of it.)
            if ["đã", "vừa", "sẽ", "đang", "rằng", "thì"].contains(word) || lead.matchWritten(toldVerbs, at: k) != nil { return true }
            // "Hội nghị Đối tác Nghị viện Á - Âu 3 ⟨là sự kiện …⟩", "Hội nghị Tỉnh ủy Hưng Yên ⟨nhất trí áp
            // dụng …⟩": what the meeting was or agreed, right after its name; not "được coi là", "đặc biệt
            // là", "(gọi tắt là …)", nor a "là" of what it was about ("họp báo giới thiệu Festival Huế là …").
            if word == "là", k > start, k - start <= 10, !governsIs.contains(w[k - 1].lower), !lead.inBrackets(k),
               !w[start..<k].contains(where: { ["về", "việc", "giới", "được", "bị"].contains($0.lower) }) { return true }
            if lead.matchesWritten(["nhất", "trí"], at: k) { return true }
            // "Hội nghị thượng đỉnh G8 ⟨bắt đầu hôm nay …⟩": when it began (not "để bắt đầu triển khai", nor
            // "kể từ khi khủng hoảng … bắt đầu").
            if lead.matchesWritten(["bắt", "đầu"], at: k), !w[start..<k].contains(where: { ["để", "nhằm", "khi"].contains($0.lower) }) {
                return true
            }
            // "hội thảo về liên lạc di động băng rộng ⟨do Ericsson vừa tổ chức⟩", "cuộc họp nội các ⟨do Thủ
            // tướng Lee Hae-Chan chủ trì⟩": who organised it is its host, not its name (not "do hạn hán").
            if word == "do", organisedLater(lead, after: k) { return true }
            // "hội thảo “Góp ý dự thảo Luật Đất đai” ⟨nhằm lấy ý kiến …⟩": a title in quotes is the whole
            // name, and what it was for follows it.
            if ["để", "nhằm"].contains(word), k > start, w[k - 1].closesQuote { return true }
            // "cuộc họp báo ⟨Bộ Quốc phòng Mexico cho biết⟩ …": what was said there is no part of its name.
            if lead.matchWritten(saidThere, at: k) != nil { return true }
            // "Tham dự lễ ký kết ⟨có đồng chí Trần Minh Luân …⟩": who came is no part of its name.
            if ["có", "gồm"].contains(word), opensOnAttending(lead, before: start) || presentThere(lead, at: k) { return true }
            // "cuộc họp với các bệnh viện chuyên khoa tại TP HCM, ⟨yêu cầu đưa ra danh mục …⟩": what it asked.
            if k > start, w[k - 1].after.contains(","), lead.matchWritten(MeetingWords.asksFor, at: k) != nil { return true }
            if k > start, whoCame(lead, at: k) { return true }
            // "(hội thảo …) được tổ chức", "(kỳ họp …) chính thức khai mạc"; not "(hội thảo về quyền) được
            // học tập", "Đại hội chính thức lần VII".
            // "(cuộc hội thảo) được Trung tâm Nghiên cứu Giáo dục tổ chức": its organiser, by the passive.
            if word == "được", k + 1 < w.count, w[k + 1].isCapitalised, BodyGrammar.head(lead, at: k + 1) != nil { return true }
            // "Cuộc họp ⟨được truyền hình trực tiếp⟩", "cuộc gặp gỡ ⟨được đánh giá là …⟩": what was said or
            // shown of it (not "cây không được phép trồng", "vấn đề cần được đồng thuận").
            if word == "được", k > start, !["không", "cần", "chưa", "sẽ", "phải", "đã"].contains(w[k - 1].lower),
               lead.matchWritten(toldOfIt, at: k + 1) != nil { return true }
            if word == "được" || lead.matchesWritten(["chính", "thức"], at: k) {
                let verb = word == "được" ? k + 1 : k + 2
                return lead.matchWritten(toldVerbs, at: verb) != nil || lead.matchesWritten(["tổ", "chức"], at: verb)
                    || lead.matchesWritten(["được"], at: verb)
            }
            if lead.matchesWritten(["tổ", "chức"], at: k), k + 2 < w.count, heldWhen.contains(w[k + 2].lower) { return true }
            return false
        }) else { return end }
        // ("… Việt Nam ⟨chỉ⟩ diễn ra gói gọn": an adverb of the verb goes with it; so does the "trước
        // khi" of "… trước khi được Chính phủ ban hành".)
        while cut > start, ["chỉ", "cũng", "vẫn", "mới", "lại", "còn", "đều", "từng"].contains(w[cut - 1].lower) { cut -= 1 }
        if cut > start, w[cut - 1].lower == "khi" {
            cut -= 1
            if cut > start, ["trước", "sau"].contains(w[cut - 1].lower) { cut -= 1 }
        }
        return cut
    }

    /// Whether the clause of the word at `k` opens on "Tham dự" or "Dự": "Tham dự hội nghị có …".
    static func opensOnAttending(_ lead: LeadWords, before k: Int) -> Bool {
        let first = HostReader.clauseStart(lead, before: k)
        return lead.matchesWritten(["dự"], at: first) || lead.matchesWritten(["tham", "dự"], at: first)
    }

    /// Whether a verb of organising ("tổ chức", "chủ trì", "phối hợp", "triệu tập", "chủ tọa") follows
    /// the "do" at `k` within sixteen words of its sentence: "do X tổ chức" names the organiser.
    static func organisedLater(_ lead: LeadWords, after k: Int) -> Bool {
        let w = lead.words
        for j in (k + 1)..<min(w.count, k + 17) {
            if HostReader.organisedBy(lead, at: j) || lead.matches(["chu", "toa"], at: j) { return true }
            if w[j].after.contains(where: { ".;:".contains($0) }) { return false }
        }
        return false
    }

    /// Words that govern the "là" after them, inside what goes on: "được coi là", "chính là", "đặc biệt
    /// là", "với tư cách là".
    static let governsIs: Set<String> = [
        "coi", "xem", "cho", "giá", "chính", "biệt", "thể", "nhiên", "nhất", "cách", "trò", "tắt", "gọi", "đó", "đây",
    ]

    /// What is said or shown of a meeting after "được": "(cuộc họp) được truyền hình trực tiếp",
    /// "(cuộc gặp gỡ) được đánh giá là …", "(lễ tôn vinh) vẫn được coi là …".
    static let toldOfIt = PhraseTable(["truyền hình", "coi", "xem", "đánh giá", "mong đợi", "chờ đợi", "kỳ vọng", "tường thuật", "phát sóng"])

    /// Verbs that tell what became of a meeting: "(Hội nghị …) khai mạc", "(…) diễn ra".
    /// ("kết thúc" after "đã" only: "Lễ ký kết Thỏa thuận kết thúc đàm phán …" is one name.)
    static let toldVerbs = PhraseTable(["khai mạc", "bế mạc", "diễn ra", "khép lại"])

    /// Verbs of saying, which end a meeting's name: "cho biết", "nhấn mạnh", "(Hội nghị nữ doanh nhân
    /// Việt - Mỹ sáng nay) cho thấy" (not "nói", of "nói trên", nor "tuyên bố", of "lễ ký tuyên bố chung").
    static let saidThere = PhraseTable(["cho biết", "cho rằng", "khẳng định", "nhấn mạnh", "cho thấy"])

    /// Words after "tổ chức" that give when or where a meeting was held.
    static let heldWhen: Set<String> = ["tại", "ở", "vào", "sáng", "chiều", "tối", "trưa", "hôm", "ngày", "trong", "từ"]

    /// Where the next meeting noun stands from word `k` (or the sentence's end): where the words
    /// of the meeting before it end. A noun right at `k`, joined to the one before, names the same
    /// meeting ("Hội nghị ⟨giao ban⟩ … được tổ chức vào chiều ngày 14/9/2022", "Hội nghị ⟨tiếp xúc cử
    /// tri⟩ …"): the search starts past it.
    static func nextNoun(_ lead: LeadWords, after k: Int) -> Int {
        var from = k
        if k > 0, k < lead.words.count, lead.words[k - 1].after.isEmpty, let joined = lead.matchWritten(MeetingWords.nouns, at: k) {
            from = k + joined.count
        }
        return (from..<lead.words.count).first { lead.matchWritten(MeetingWords.nouns, at: $0) != nil } ?? lead.words.count
    }

    /// "tổ chức sơ kết", "tổ chức tổng kết", "tổ chức kỷ niệm": a review or a ceremony held, its
    /// word right after "tổ chức" — not the holding as a task ("tiến độ triển khai tổ chức kỷ niệm
    /// Ngày giải phóng Thủ đô", "về việc tổ chức kỷ niệm …"), nor an item of a list of tasks ("Kế
    /// hoạch nêu rõ: …; tổ chức phát động và tổng kết phong trào thi đua …"), nor a task given to a
    /// body (`assignedAsTask`).
    static func organisedEvent(_ lead: LeadWords, at i: Int) -> [Substring]? {
        // "Diễn đàn “Thúc đẩy phát triển bền vững khu công nghiệp Việt Nam” được tổ chức ngày 28/3": a
        // forum by its quoted name, whoever held it.
        if lead.words[i].text == "Diễn", lead.matchesWritten(["diễn", "đàn"], at: i), i + 2 < lead.words.count, lead.words[i + 2].opensQuote {
            return ["diễn", "đàn"]
        }
        guard let verb = organisingVerb(lead, before: i), verb == i - 2 || lead.matchesWritten(["khai", "mạc"], at: i - 2),
              !(verb >= 1 && lead.words[verb - 1].after.isEmpty && tasks.contains(lead.words[verb - 1].lower)),
              !(verb >= 1 && lead.words[verb - 1].after.contains(where: { ";:".contains($0) })) else { return nil }
        guard let event = lead.matchWritten(MeetingWords.organisedEventNouns, at: i), !assignedAsTask(lead, before: verb) else { return nil }
        return event
    }

    /// Where the "tổ chức" that the word at `i` follows stands (before a review, "tiến hành" too: "Hội …
    /// tiến hành tổng kết …", not "tiến hành ký kết hợp đồng"): right before it, or before a programme's
    /// word ("tổ chức chương trình Gặp mặt kỷ niệm …") or its opening ("tổ chức khai mạc diễn đàn …").
    /// (Only a gathering goes by its programme: "tổ chức chương trình tổng kết …" is the review's agenda,
    /// and what the lead calls it next, "Tại hội nghị", names it.)
    static func organisingVerb(_ lead: LeadWords, before i: Int) -> Int? {
        // ("tổ chức ⟨khai mạc⟩ diễn đàn logistics Vùng lần thứ 6": or its opening, nothing between.)
        let verb = i >= 4 && (lead.matchesWritten(["chương", "trình"], at: i - 2) || lead.matchesWritten(["khai", "mạc"], at: i - 2))
            && lead.words[i - 3].after.isEmpty ? i - 4 : i - 2
        guard verb >= 0, lead.matchesWritten(["tổ", "chức"], at: verb) || verb == i - 2 && opensReview(lead, at: i) && lead.matchesWritten(["tiến", "hành"], at: verb),
              lead.words[i - 1].after.isEmpty else { return nil }
        return verb
    }

    /// The last words of what makes holding a task before "tổ chức": "(đánh giá) việc", "(triển) khai",
    /// "(chuẩn) bị", "(kế) hoạch", "(đề) cương", "(công) tác", "(tiến) độ", "(chủ) trương", "(phương) án".
    /// (A purpose, "để/nhằm/về tổ chức …", is `asPurpose`'s, for every meeting noun.)
    static let tasks: Set<String> = ["việc", "khai", "bị", "hoạch", "cương", "tác", "độ", "trương", "án"]
}

extension MeetingReader {
    /// "về tổ chức Đại hội điểm toàn quốc ⟨Đại hội⟩ đại biểu Mặt trận Tổ quốc Việt Nam thành phố …": a
    /// meeting noun within the first words of the name of one set aside (no mark between) is that
    /// meeting's, set aside with it; where that noun ends.
    static func nounInItsName(_ lead: LeadWords, from start: Int) -> Int? {
        let w = lead.words
        for k in start..<min(w.count, start + 4) {
            if k > start, !w[k - 1].after.isEmpty { return nil }
            if let phrase = lead.matchWritten(MeetingWords.nouns, at: k) { return k + phrase.count }
        }
        return nil
    }
}
