/// Bodies that hold a meeting together: the first of them is its host.
///
/// "Văn phòng Chính phủ và Ủy ban Dân tộc tổ chức Hội nghị …" → "Văn phòng Chính phủ"; "Thành
/// ủy, HĐND, UBND và Ủy ban MTTQ thành phố tổ chức …" → "Thành ủy"; "Hội Nạn nhân chất độc da
/// cam/dioxin phối hợp cùng Ủy ban T.Ư MTTQ Việt Nam đã tổ chức" → not the partner "Ủy ban T.Ư
/// MTTQ Việt Nam" (and no host when the first name cannot be read).
extension HostReader {
    /// The first of the bodies joined to `last`, the subject the lead read before its verb: `last`
    /// itself when it stands alone; nil when it is a partner whose leading body has no name that
    /// reads.
    static func firstPartner(_ lead: LeadWords, of last: Range<Int>, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        // ("… phối hợp với Sở Thông tin và Truyền thông, ⟨Hội Nhà báo tỉnh⟩ tổ chức": the partners
        // may be a list, comma by comma.)
        var partners = last.lowerBound
        // (Not back into who allowed it: `permissionEnd`.)
        let floor = permissionEnd(lead, before: last.lowerBound)
        while partners > floor, w[partners - 1].after == ",", let previous = body(lead, endingAt: partners, catalog: catalog) {
            partners = previous.lowerBound
        }
        // ("… phối hợp với Cơ quan Năng lượng nguyên tử quốc tế ⟨(IAEA)⟩ tổ chức": the partner's
        // name may be read only in part; it starts after "phối hợp với".)
        let from = max(2, partners - 12)
        // ("… phối hợp với Phòng An ninh nội địa (Công an tỉnh), UBND huyện Mường Lát và các đơn vị có liên
        // quan tổ chức": a list of partners, commas and brackets in it, within the sentence.)
        let joined = from >= partners ? nil : (from..<partners).last {
            joinsPartners(lead, at: $0) != nil && w[$0..<partners].allSatisfy { !$0.after.contains(where: { ",.;:".contains($0) }) }
        } ?? (max(2, partners - 30)..<max(2, partners)).last {
            w[$0].lower == "với" && joinsPartners(lead, at: $0) != nil
                && w[$0..<partners].allSatisfy { !$0.after.contains(where: { ".;:".contains($0) }) }
        }
        let s = joined.map { $0 + 1 } ?? partners
        // "… phối hợp cùng/với X", "… cùng X": X is the partner.
        let partner = s >= 2 && ["với", "cùng"].contains(w[s - 1].lower) && w[s - 2].after.isEmpty
        // ("Tổ chức Y tế thế giới ⟨(WHO)⟩ và CDC đã họp": the first's abbreviation in brackets before "và".)
        guard partner || s >= 2 && w[s - 1].lower == "và" && (w[s - 2].after.isEmpty || w[s - 2].isBracketedAbbreviation) else { return last }
        // ("Phòng Thương mại Hoa Kỳ (Amcham) vừa phối hợp với …": the verb's adverb too.)
        var joiner = s - 1 - (s >= 3 ? joinsPartners(lead, at: s - 1) ?? 0 : 0)
        if joiner < s - 1, joiner >= 1, ["đã", "vừa", "mới", "cũng"].contains(w[joiner - 1].lower) { joiner -= 1 }
        guard let first = body(lead, endingAt: joiner, catalog: catalog) else { return partner ? nil : last }
        return firstListed(lead, before: first.lowerBound, catalog: catalog) ?? first
    }

    /// "phối hợp ⟨với⟩", "phối hợp ⟨cùng⟩", "phối hợp cùng ⟨với⟩": the word at `k` that joins partners
    /// to a body, and how many words of the verb stand before it; nil when it joins none.
    static func joinsPartners(_ lead: LeadWords, at k: Int) -> Int? {
        let w = lead.words
        guard k >= 2, ["với", "cùng"].contains(w[k].lower) else { return nil }
        if lead.matches(["phoi", "hop"], at: k - 2) { return 2 }
        return k >= 3 && w[k].lower == "với" && w[k - 1].lower == "cùng" && lead.matches(["phoi", "hop"], at: k - 3) ? 3 : nil
    }

    /// "Thành ủy, HĐND, ⟨UBND và …⟩": the first member of the list of bodies that runs, comma by
    /// comma, up to word `start`, from the clause's start; nil when no body stands before it.
    static func firstListed(_ lead: LeadWords, before start: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        var first: Range<Int>?
        var k = start
        let floor = permissionEnd(lead, before: start)  // (not back into who allowed it)
        // (A member may close on its abbreviation: "Tập đoàn Điện lực Việt Nam (EVN), Bộ Tài nguyên Môi trường và …".)
        while k >= 1, k > floor, [",", "),"].contains(w[k - 1].after) {
            // ("Ban Chấp hành Trung ương Đảng, Quốc hội, Chủ tịch nước, Chính phủ …": the President's
            // office stands in the list as a body.)
            if k >= 4, lead.matchesWritten(["chủ", "tịch", "nước"], at: k - 3), w[k - 4].after == "," {
                k -= 3
                continue
            }
            // ("lãnh đạo Bộ Công nghiệp, EVN đã có buổi làm việc": the leaders of the first body.)
            guard var previous = body(lead, endingAt: k, catalog: catalog) else { break }
            // (An item of two bodies "và" joins: "…, Liên đoàn Lao động Việt Nam và Đoàn Thanh niên …, Trường …".)
            if previous.lowerBound >= 2, w[previous.lowerBound - 1].lower == "và", w[previous.lowerBound - 2].after.isEmpty,
               let joined = body(lead, endingAt: previous.lowerBound - 1, catalog: catalog) {
                previous = joined
            }
            let lb = previous.lowerBound
            let led = lb >= 2 && (lead.matchesWritten(["lãnh", "đạo"], at: lb - 2) || lead.matchesWritten(["đại", "diện"], at: lb - 2))
            let opens = led ? lb - 2 : lb
            // (Or right after the day it opens on, with no comma: "Trong hai ngày 18 và 19-5-2018 ⟨Bộ Tài
            // nguyên và Môi trường⟩, Đại sứ quán Hà Lan … tổ chức".)
            let afterDay = opens >= 1 && w[opens - 1].text.first?.isNumber == true && w[opens - 1].text.contains(where: { "/-".contains($0) })
                && w[opens - 1].text.allSatisfy { $0.isNumber || "/-.".contains($0) }
            guard opens == 0 || !w[opens - 1].after.isEmpty || afterDay else { break }
            // (Not the body of a session's name: "Kỳ họp thứ 5, ⟨Quốc hội khóa XV⟩, Đoàn ĐBQH tỉnh đã tổ chức"; nor the
            // venue's: "tại Hội trường, ⟨Hội Nông dân tỉnh Cà Mau⟩, Ban Thường vụ …", `inVenue`.)
            if opens >= 2, w[opens - 2].lower == "thứ" || inVenue(lead, body: opens, from: 0) { break }
            first = previous
            k = opens
        }
        return first
    }

    /// The longest body whose name ends at word `end`, starting at most twelve words before it,
    /// with up to three capitals the grammar stopped short of ("Đại học Quốc gia (ĐHQG) ⟨TPHCM⟩") or
    /// words that finish a name (`nameTail`).
    static func body(_ lead: LeadWords, endingAt end: Int, catalog: Catalog) -> Range<Int>? {
        for j in max(0, end - 12)..<end {
            // (With a committee's remit: "⟨Ban Chỉ đạo quốc gia về phòng, chống thiên tai⟩ phối hợp với …".)
            if let read = BodyGrammar.read(lead, at: j, catalog: catalog) ?? headWithTail(lead, at: j, catalog: catalog),
               case let remitted = withRemit(lead, read), case let r = remitted.upperBound <= end ? remitted : read,
               r.upperBound <= end, end - r.upperBound <= 3 && (r.upperBound..<end).allSatisfy({ lead.words[$0].isCapitalised
                   && lead.words[$0].isVietnamese && ["", ")"].contains(lead.words[$0 - 1].after) })
                   // ("Trung tâm Hỗ trợ khởi nghiệp ⟨sáng tạo Quốc gia⟩ phối hợp với …": words that finish the name.)
                   // (Not a dateline's: "ĐÀ NẴNG - ⟨Sáng 5-4⟩".)
                   || r.upperBound < end && nameTail(lead, r.upperBound..<end) && (r.upperBound..<end).allSatisfy({
                       lead.words[$0 - 1].after.isEmpty && !BodyGrammar.isTimeOrNumber(lead.words[$0].text) }) {
                return r.lowerBound..<end
            }
        }
        return nil
    }

    /// "Sở Nông nghiệp … TP.HCM ⟨cùng các ngành khuyến nông⟩ đã có buổi làm việc", "Bộ Giáo dục và
    /// đào tạo ⟨cùng với công ty máy tính CMS⟩ tổ chức lễ": who came with the subject, named in small
    /// letters, is no part of its name; the subject held the meeting. So do those joined by "và"
    /// whom the text names only as others' representatives or in general: "UBND TP HCM ⟨và đại diện
    /// các Sở⟩ đã có cuộc gặp gỡ", "Hiệp hội lương thực VN ⟨và đại diện Bộ Nông nghiệp Nhật Bản⟩ đã
    /// có buổi họp"; past the subject's abbreviation too: "Hiệp hội Thép Việt Nam (VNSA) ⟨và các doanh
    /// nghiệp thành viên⟩ đã có buổi họp khẩn".
    static func companions(_ lead: LeadWords, _ range: Range<Int>) -> Bool {
        let w = lead.words
        guard range.count >= 2, range.count <= 12, ["", ")"].contains(w[range.lowerBound - 1].after), w[range.lowerBound].after.isEmpty,
              w[range.lowerBound].lower == "cùng" && !w[range.lowerBound + 1].isCapitalised
                || w[range.lowerBound].lower == "và" && lead.matchWritten(generalParties, at: range.lowerBound + 1) != nil
        else { return false }
        return w[range].allSatisfy { !$0.after.contains(where: { ".;:(".contains($0) }) }
    }

    /// Who stands for others or is named in general after "và": "đại diện", "lãnh đạo", "các".
    static let generalParties = PhraseTable(["đại diện", "lãnh đạo", "các"])
}

extension HostReader {
    /// Whether the words of `range` stay in one clause up to the noun at its end: no full stop, no
    /// semicolon but one between partners listed ("… phối hợp với Ban Tuyên giáo Trung ương⟨;⟩ Trung
    /// ương Đoàn … tổ chức Hội nghị").
    static func oneClause(_ lead: LeadWords, _ range: Range<Int>) -> Bool {
        range.allSatisfy { j in
            !lead.words[j].after.contains(".") && (!lead.words[j].after.contains(";") || partnersListed(lead, comma: j, before: range.upperBound) != nil)
        }
    }

    /// The word before "phối hợp" when the comma at `k` is inside the list of partners that follows
    /// it ("Bộ Xây dựng chủ trì, phối hợp với các tỉnh Hà Tĩnh⟨,⟩ Quảng Bình và Tiền Giang tổ chức
    /// Lễ …", "Ban Dân tộc tỉnh đã phối hợp với Sở Tư pháp⟨,⟩ Phòng Cảnh sát giao thông và UBND huyện
    /// Phú Bình tổ chức Hội nghị", "… phối hợp Báo Nhân Dân⟨,⟩ Đài Truyền hình Việt Nam … tổ chức"):
    /// names, "các", ranks of places and "và" on both sides of the comma,
    /// up to the verb; small letters too in a name led by a head of bodies.
    static func partnersListed(_ lead: LeadWords, comma k: Int, before i: Int) -> Int? {
        let w = lead.words
        // (Not the verb's words: "phối hợp", "tổ chức" in small letters.)
        func verb(_ j: Int) -> Bool { !w[j].isCapitalised && (organisedBy(lead, at: j) || j > 0 && organisedBy(lead, at: j - 1)) }
        // ("Trung ương" is one word: "Ban Tuyên giáo và Dân vận Trung ương, Bộ Khoa học - Công nghệ".)
        func listed(_ j: Int) -> Bool {
            w[j].before.isEmpty && (w[j].isCapitalised || ["các", "và", "tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã", "-", "–"].contains(w[j].lower)
                || j > 0 && lead.matches(["trung", "uong"], at: j - 1) || !verb(j) && inHeadedName(j))
        }
        // (A small word inside a name whose item, from the last comma or "và", opens on a head, or on a
        // capital with another capital after the small word: "Thông tấn xã Việt Nam".)
        func inHeadedName(_ j: Int) -> Bool {
            var start = j
            // (Not back past the verb: "Tỉnh ủy Vĩnh Long phối hợp ⟨Ban Tuyên giáo Trung ương⟩, …".)
            // (Past the "và" of a name, a capital after it that opens no second body: "Sở Thông tin và Truyền
            // ⟨thông⟩", not "… Việt Nam và Ủy ban Nhân dân tỉnh …".)
            func namesAnd(_ k: Int) -> Bool {
                w[k].lower == "và" && w[k].after.isEmpty && w[k + 1].isCapitalised && BodyGrammar.head(lead, at: k + 1) == nil
            }
            while start > max(0, j - 8), w[start - 1].after.isEmpty, !["với", "cùng"].contains(w[start - 1].lower),
                  w[start - 1].lower != "và" || namesAnd(start - 1), !verb(start - 1) {
                start -= 1
            }
            // ("… phối hợp với ⟨các cơ quan báo chí của tỉnh⟩, Ban Tuyên giáo Tỉnh ủy, …": partners named in general.)
            if start < j, ["các", "những"].contains(w[start].lower), start == 0 || !w[start - 1].after.isEmpty
                || ["với", "cùng"].contains(w[start - 1].lower) { return true }
            guard start < j, w[start].isCapitalised else { return false }
            if BodyGrammar.head(lead, at: start) != nil { return true }
            var next = j
            while next < min(w.count, j + 4), w[next].after.isEmpty, !w[next].isCapitalised, !organisedBy(lead, at: next) { next += 1 }
            return next < w.count && next > j && w[next].isCapitalised && w[next - 1].after.isEmpty
        }
        // (A semicolon between them too: "… phối hợp với Ban Tuyên giáo Trung ương⟨;⟩ Trung ương Đoàn … tổ chức".)
        let marks: Set<String> = [",", ";"]
        guard marks.contains(w[k].after), k + 1 < i, w[k + 1].isCapitalised else { return nil }
        var next = k + 1
        while next < i, listed(next), !verb(next), w[next].after.isEmpty { next += 1 }
        guard next < i, listed(next) && !verb(next) ? marks.contains(w[next].after) : organisedBy(lead, at: next) else { return nil }
        var with = k
        while with > max(2, k - 24), listed(with), w[with].after.isEmpty || marks.contains(w[with].after) { with -= 1 }
        guard with > k - 24, with >= 2 else { return nil }
        // ("Ban Nội chính Trung ương phối hợp Báo Nhân Dân, Đài Truyền hình Việt Nam, … tổ chức": the
        // list right after "phối hợp", no "với".)
        if jointly(lead, at: with - 1), w[with - 1].after.isEmpty { return with - 2 }
        guard with >= 3, ["với", "cùng"].contains(w[with].lower), jointly(lead, at: with - 2),
              w[with - 1].after.isEmpty else { return nil }
        return with - 3
    }
}

extension HostReader {
    /// Whether word `k` opens one of the partners a body held its meeting with: right after "với" or
    /// "cùng" ("Bộ GTVT phối hợp với ⟨các⟩ địa phương tổ chức lễ khởi công"), or further down their list,
    /// after commas and "và" ("Ban Tôn giáo phối hợp với Công an tỉnh, UBND huyện Mường Lát và ⟨các⟩ đơn
    /// vị liên quan tổ chức Hội nghị"), no verb of holding nor a semicolon between.
    static func listedAsPartner(_ lead: LeadWords, _ k: Int) -> Bool {
        let w = lead.words
        guard k > 0 else { return false }
        if ["với", "cùng"].contains(w[k - 1].lower) { return true }
        guard w[k - 1].lower == "và" || w[k - 1].after == "," else { return false }
        for j in stride(from: k - 2, through: max(0, k - 30), by: -1) {
            if w[j].after.contains(where: { ";:.".contains($0) }) || lead.matchesWritten(["tổ", "chức"], at: j) { return false }
            if lead.matchesWritten(["phối", "hợp", "với"], at: j) || lead.matchesWritten(["phối", "hợp", "cùng"], at: j)
                || lead.matchesWritten(["cùng", "với"], at: j) {
                return true
            }
        }
        return false
    }
}
