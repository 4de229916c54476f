/// The clause around a meeting noun: "Tại buổi làm việc với Sở Y tế ngày 3/5, ⟨Ban Pháp chế đã
/// đề nghị⟩ …" — where the host before the noun starts and where the meeting's name ends.
extension HostReader {
    /// Where the clause that holds word `i` ends: after a comma, semicolon, colon or full stop,
    /// not one inside quotes ("Hội thảo \"Giới thiệu môi trường, cơ hội đầu tư vào VN\" sẽ diễn
    /// ra"), at most 16 words on.
    static func clauseEnd(_ lead: LeadWords, from i: Int) -> Int {
        var k = i
        var quoted = false
        while k < lead.words.count, k - i < 16 {
            let word = lead.words[k]
            k += 1
            if word.opensQuote { quoted = true }
            if word.closesQuote { quoted = false }
            if !quoted, word.after.contains(where: { ",;:.".contains($0) }), !pairedWithComma(lead, k - 1) { break }
        }
        return k
    }

    /// "phòng, chống", "tham nhũng, tiêu cực", "đổi mới, phát triển", "kinh tế tập thể, hợp tác xã":
    /// pairs that name one task, their comma inside a name ("Ban Chỉ đạo Trung ương về phòng, chống
    /// tham nhũng, tiêu cực", "Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp tác xã"), not
    /// between clauses; and the comma of a body's fields ("Sở Văn hóa, Thể thao và Du lịch":
    /// `BodyGrammar.commaFields`); and the horizon of a plan or a strategy in its name ("Chiến lược
    /// phát triển dịch vụ logistics Việt Nam giai đoạn 2025–2035⟨, tầm nhìn 2050⟩", "… giai đoạn
    /// 2021-2025⟨, định hướng đến năm 2030⟩"); and two verbs of one act ("Cảng vụ Hàng hải Vũng Tàu đã
    /// chủ trì⟨, tổ chức⟩ cuộc họp", "chủ trì, phối hợp").
    static func pairedWithComma(_ lead: LeadWords, _ k: Int) -> Bool {
        guard k + 1 < lead.words.count, lead.words[k].after == "," else { return false }
        return secondHalf(lead, after: k) != nil
            || BodyGrammar.commaInsideFields(lead, k) || BodyGrammar.listedFields(lead, comma: k, catalog: .standard)
            || BodyGrammar.wardGoesOn(lead, from: 0, to: k + 1)
            || lead.matchesWritten(["tầm", "nhìn"], at: k + 1) || lead.matchesWritten(["định", "hướng", "đến"], at: k + 1)
            || k >= 1 && lead.matchesWritten(["chủ", "trì"], at: k - 1)
                && (lead.matchesWritten(["tổ", "chức"], at: k + 1) || lead.matchesWritten(["phối", "hợp"], at: k + 1))
    }

    /// "Tọa đàm về xây dựng và bảo vệ thương hiệu, ⟨đấu tranh chống hàng giả⟩, ⟨hàng vi phạm sở hữu trí
    /// tuệ (SHTT)⟩ do Hiệp hội … tổ chức": after the comma at `k`, the meeting's topics go on — words in
    /// small letters to the next comma or "do", none a clause's ("các đại biểu đã …" is a clause).
    static func topicGoesOn(_ lead: LeadWords, after k: Int) -> Bool {
        let w = lead.words
        var j = k + 1
        while j < w.count, w[j].folded != "do" {
            let small = w[j].text.first?.isLowercase == true || w[j].isBracketedAbbreviation
            guard small, !clauseWords.contains(w[j].lower), !["các", "những", "nhiều"].contains(w[j].lower) else { return false }
            if !w[j].after.isEmpty { return w[j].after == "," || w[j].after.hasPrefix(")") }
            j += 1
        }
        return j > k + 1
    }

    /// How many words the second half of a task's pair has, after the comma at `k` ("kinh tế tập
    /// thể, ⟨hợp tác xã⟩" → 3); nil when no pair stands there.
    static func secondHalf(_ lead: LeadWords, after k: Int) -> Int? {
        taskPairs.first { pair in
            k + 1 >= pair.0.count && lead.matchesWritten(pair.0, at: k + 1 - pair.0.count)
                && lead.words[(k + 1 - pair.0.count)..<k].allSatisfy(\.after.isEmpty) && lead.matchesWritten(pair.1, at: k + 1)
        }?.1.count
    }

    /// The two halves of tasks written with a comma between them.
    static let taskPairs: [([Substring], [Substring])] = [
        ("phòng", "chống"), ("tham nhũng", "tiêu cực"), ("đổi mới", "phát triển"), ("kinh tế tập thể", "hợp tác xã"),
        ("phương hướng", "nhiệm vụ"),
        // (Sectors named as a pair: "lãnh đạo nhiều Bộ, ngành Trung ương", "các phòng, ban chuyên môn", "một số sở,
        // ngành liên quan". Not yet the list "sở, ban, ngành": read through, it gives the bare "Tỉnh uỷ" of an office
        // where a title names more.)
        ("bộ", "ngành"), ("phòng", "ban"), ("sở", "ngành"),
    ].map { ($0.0.split(separator: " "), $0.1.split(separator: " ")) }

    /// The word after the last comma, semicolon or colon before `i`.
    /// `throughCompanions`: not a comma in the list of who came with the subject, when nothing but
    /// small letters follows it ("Sở Nông nghiệp … cùng các ngành khuyến nông, bảo vệ thực vật đã có
    /// buổi làm việc"), nor the one after "chủ trì" that "phối hợp" follows.
    static func clauseStart(_ lead: LeadWords, before i: Int, throughCompanions: Bool = false) -> Int {
        var k = i - 1
        while k >= 0 {
            // (Not a comma inside brackets: "Hội Nông dân xã Cát Hanh (huyện Phù Cát, tỉnh Bình Định) tổ chức";
            // nor inside quotes, as `clauseEnd`: "… về “… công nghiệp hóa, hiện đại hóa” có buổi làm việc".)
            if lead.words[k].after.contains(where: { ",;:".contains($0) }), !pairedWithComma(lead, k), !lead.insideCurlyQuotes(k),
               !(throughCompanions && lead.inBrackets(k) && !lead.words[k].after.contains(")")) {
                // "Hội đồng Liên đoàn Thể thao Đông Nam Á, cuối tuần qua, đã nhóm họp": a time between
                // commas, an aside inside the subject's clause; not one a name follows, which opens the
                // clause ("Được sự đồng ý của Tòa án nhân dân tối cao, ngày 19/01/2017, ⟨Tòa án nhân dân
                // tỉnh Đắk Lắk⟩ tổ chức …").
                if throughCompanions, let aside = timeAside(lead, endingAt: k), !lead.words[k + 1].isCapitalised {
                    k = aside - 2
                    continue
                }
                // "…, Trung tâm phát triển nông thôn miền Trung Việt Nam, tổ chức Hội nghị", "Hội Cựu chiến binh xã
                // Thống Nhất, vừa tổ chức thành công Đại hội": a stray comma between a name and its verb of
                // holding, nothing else after it.
                if throughCompanions, lead.words[k].after == ",", lead.words[k].isCapitalised, k + 2 <= i,
                   lead.words[(k + 1)..<i].allSatisfy({
                       (MeetingWords.glue.contains($0.lower) || ["thành", "công"].contains($0.lower)) && !$0.isCapitalised && $0.after.isEmpty }),
                   ((k + 1)..<i).contains(where: { lead.matchesWritten(["tổ", "chức"], at: $0) }) {
                    k -= 1
                    continue
                }
                // "Ban Tuyên giáo Trung ương chủ trì, phối hợp với … tổ chức Hội thảo": who led, then who
                // joined, one clause.
                if throughCompanions, k > 0, lead.matches(["chu", "tri"], at: k - 1), jointly(lead, at: k + 1) {
                    k -= 2
                    continue
                }
                // "Bộ Xây dựng chủ trì, phối hợp với các tỉnh Hà Tĩnh, Quảng Bình … tổ chức": the partners' list.
                if throughCompanions, let joined = partnersListed(lead, comma: k, before: i) {
                    k = joined
                    continue
                }
                // "HĐND tỉnh Bình Định khóa XIII, nhiệm kỳ 2021-2026 tổ chức Kỳ họp thứ 9": the term after
                // a comma is the body's.
                if throughCompanions, opensTerm(lead, at: k + 1) {
                    k -= 1
                    continue
                }
                // "Trường Tiểu học Phan Chu Trinh, Quận Gò Vấp đã tổ chức": the body's place between commas;
                // "Sở Nội vụ, cơ quan thường trực Hội đồng … đã tổ chức": its role.
                if throughCompanions, placeAsideBeforeVerbs(lead, from: k + 1, noun: i) ?? roleAsideBeforeVerbs(lead, from: k + 1, noun: i) != nil {
                    k -= 1
                    continue
                }
                // "Trại giam Sông Cái, thuộc Tổng cục VIII, Bộ Công an, tổ chức": the bodies above it.
                if throughCompanions, let aside = parentAside(lead, through: k, noun: i, catalog: .standard) {
                    k = aside - 2
                    continue
                }
                guard throughCompanions, lead.words[k].after == ",", k > 0,
                      lead.words[(k + 1)..<i].allSatisfy({ !$0.isCapitalised && $0.before.isEmpty && $0.after.isEmpty }),
                      let with = (clauseStart(lead, before: k)..<k).last(where: { lead.words[$0].lower == "cùng" }),
                      with + 1 < k, !lead.words[with + 1].isCapitalised,
                      lead.words[(with + 1)...k].allSatisfy({ !$0.isCapitalised && $0.before.isEmpty }) else { return k + 1 }
                k = with - 1
                continue
            }
            k -= 1
        }
        return 0
    }
}

extension HostReader {
    /// Verbs after which a meeting noun is the subject of its clause: "đã diễn ra Hội nghị …".
    static let inverted: Set<String> = ["dien ra", "khai mac", "be mac"]

    /// "Tham dự Hội nghị có …", "Dự buổi làm việc có …": the clause lists who attended.
    static func lists(_ lead: LeadWords, attendeesOf i: Int, length: Int) -> Bool {
        let start = clauseStart(lead, before: i)
        // (Written with their marks: "Dù hội nghị có …" is a concession.)
        let opener = lead.words[start..<i].map(\.lower).joined(separator: " ")
        let next = pastNumber(lead, from: i + length)
        return ["tham dự", "dự"].contains(opener) && next < lead.words.count && ["có", "gồm"].contains(lead.words[next].lower)
    }
}

extension HostReader {
    /// The first word of a time set off by commas that ends at word `k` (", cuối tuần qua,", ", hôm
    /// qua,", ", sáng 12-3,"): at most five words of time, after a comma that follows a word.
    /// (Or right after a name, its day in brackets: "Ban chỉ đạo … thành phố Hà Nội ⟨sáng nay
    /// (25/8),⟩ đã tổ chức Hội nghị".)
    static func timeAside(_ lead: LeadWords, endingAt k: Int) -> Int? {
        let w = lead.words
        func timeWord(_ word: LeadWords.Word) -> Bool {
            (word.before.isEmpty || word.before == "(" && word.text.first?.isNumber == true)
                && (timesInAsides.contains(word.lower) || word.text.first?.isNumber == true)
        }
        guard w[k].after == "," || w[k].after == ")," && w[k].before == "(", timeWord(w[k]) else { return nil }
        var a = k
        while a > 0, k - a < 5, w[a - 1].after.isEmpty, timeWord(w[a - 1]) { a -= 1 }
        let afterComma = a >= 2 && w[a - 1].after == ","
        let afterName = a >= 2 && w[a - 1].after.isEmpty && w[a - 1].isCapitalised && MeetingDate.dayWords.contains(w[a].folded)
        guard afterComma || afterName, w[a...k].allSatisfy(timeWord),
              w[a...k].contains(where: { !["này", "rồi", "vừa", "mới", "trước", "đây"].contains($0.lower) }) else { return nil }
        return a
    }

    /// "nhiệm kỳ 2021-2026", "nhiệm kỳ 2020 - 2025" at word `k`.
    static func opensTerm(_ lead: LeadWords, at k: Int) -> Bool {
        k + 2 < lead.words.count && lead.matchesWritten(["nhiệm", "kỳ"], at: k) && lead.words[k + 2].text.first?.isNumber == true
    }

    /// The words of such a time: "cuối tuần qua", "sáng 12-3", "hôm thứ hai".
    static let timesInAsides: Set<String> = [
        "hôm", "qua", "nay", "sáng", "chiều", "tối", "trưa", "đêm", "ngày", "cuối", "đầu", "giữa", "tuần", "tháng",
        "trước", "này", "vừa", "rồi", "mới", "đây", "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật",
    ]
}

extension HostReader {
    /// "phối hợp", "kết hợp" at `k`: a body joining another to hold a meeting.
    static func jointly(_ lead: LeadWords, at k: Int) -> Bool {
        lead.matches(["phoi", "hop"], at: k) || lead.matches(["ket", "hop"], at: k)
    }
}

extension HostReader {
    /// "Đoàn công tác của huyện Xiềng Khọ⟨,⟩ do đồng chí …, Chủ tịch UBND huyện làm Trưởng đoàn, đã đến
    /// thăm …": a body's name that opens its clause and ends right at the comma before the word `k`.
    static func nameBeforeComma(_ lead: LeadWords, before k: Int, catalog: Catalog) -> Range<Int>? {
        guard k >= 2, lead.words[k - 1].after == "," else { return nil }
        let start = clauseStart(lead, before: k - 1)
        guard let r = BodyGrammar.read(lead, at: start, catalog: catalog) else { return nil }
        if r.upperBound == k { return r }
        // (With whose it is: "… ⟨của huyện Xiềng Khọ⟩".)
        guard r.upperBound + 1 < k, lead.words[r.upperBound].lower == "của",
              let owner = BodyGrammar.read(lead, at: r.upperBound + 1, catalog: catalog) ?? ownPlace(lead, at: r.upperBound + 1),
              owner.upperBound == k else { return nil }
        return r.lowerBound..<k
    }
}
