/// Meetings that many bodies held, one each, or that a body decided to hold: no one meeting
/// reported.
extension MeetingReader {
    /// "Trong dịp này, các cấp ủy đảng cũng tổ chức hội nghị sơ kết …", "toàn bộ 67 Đảng bộ tỉnh,
    /// thành phố … đã tổ chức thành công Đại hội nhiệm kỳ 2020-2025": units counted or listed as
    /// many ("các", "những", "toàn bộ", "nhiều", "100%" or any share, a number of three or more, then
    /// a unit: cấp ủy, đảng bộ, chi bộ, địa phương, đơn vị, xã, hợp tác xã …) hold the meeting, in
    /// its clause or, across a list of their names, the one before — not as the partners of one body
    /// ("phối hợp với các địa phương").
    static func heldByMany(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        if congressesOfMany(lead, noun: i) || heldAtManyPlaces(lead, noun: i) { return true }
        // ("trong đó có 18 đơn vị đại hội điểm": units counted right before the noun.)
        if (1...3).contains(where: { n in
            i - n >= 1 && lead.matchWritten(units, at: i - n) == n && (Int(w[i - n - 1].text) ?? 0) >= 3
                && !(i - n >= 2 && w[i - n - 2].lower == "năm")
        }) { return true }
        // ("… đã tổ chức Đại hội đảng bộ cơ sở ⟨cho 80% đơn vị⟩ xã, phường": the units it was held for, counted;
        // not who the guests stand for, "tiếp các đoàn đại biểu đại diện cho các đơn vị".)
        if let given = ((i + 1)..<max(i + 1, min(w.count - 2, i + 8))).first(where: { w[$0].lower == "cho" && w[$0 - 1].lower != "diện" }),
           (Int(w[given + 1].text.trimmingCharacters(in: ["%"])) ?? 0) >= 3 || ["các", "nhiều"].contains(w[given + 1].lower),
           lead.matchWritten(units, at: given + 2) != nil {
            return true
        }
        // ("tổ chức xong đại hội", "đã hoàn thành đại hội Đoàn": held, all of them.)
        let organised = lead.matchesWritten(["tổ", "chức"], at: i - 2) || lead.matchesWritten(["tổ", "chức", "thành", "công"], at: i - 4)
            || lead.matchesWritten(["tiến", "hành"], at: i - 2)
            || lead.matchesWritten(["tổ", "chức", "xong"], at: i - 3) || lead.matchesWritten(["hoàn", "thành"], at: i - 2)
        guard i >= 2, organised else { return false }
        var from = HostReader.clauseStart(lead, before: i)
        // ("62/63 tỉnh, thành tiến hành kỳ họp": the pair "tỉnh, thành" one unit.)
        if from > 0, w[from].lower == "thành", w[from - 1].lower == "tỉnh", w[from - 1].after == "," {
            from = HostReader.clauseStart(lead, before: from - 1)
        }
        // (Back across a list of the units' names, short items between commas: "toàn bộ 67 Đảng bộ
        // tỉnh, thành phố, Đảng bộ trực thuộc Trung ương".)
        for _ in 0..<3 {
            guard from > 0, w[from - 1].after == "," else { break }
            let previous = HostReader.clauseStart(lead, before: from - 1)
            guard from - previous <= 6 else { break }
            from = previous
        }
        return (from..<(i - 2)).contains { k in
            // ("khối thi đua ⟨các⟩ đơn vị trường học trực thuộc đã tiến hành tổ chức Hội nghị giao ban": an emulation bloc
            // named by its many members is one body.)
            let bloc = k >= 2 && lead.matchesWritten(["thi", "đua"], at: k - 2)
            // (Not a year: "Hội Chiến sĩ Thành cổ Quảng Trị ⟨năm 1972⟩ huyện Quỳnh Phụ tổ chức Đại hội"; nor a
            // number a comma parts from the next word: "tại cột mốc 1145, huyện Cao Lộc, Hội CCB tỉnh tổ chức".)
            let counted = !bloc && (["các", "những", "nhiều"].contains(w[k].lower) || percentage(w[k].text) || lead.matchesWritten(["toàn", "bộ"], at: k))
                || ((Int(w[k].text) ?? 0) >= 3 || threeOrMore(w[k], at: k)) && w[k].after.isEmpty
                    && !(k > 0 && (w[k - 1].lower == "năm" || namedByNumber.contains(w[k - 1].lower)))
            // ("Bộ GTVT phối hợp với các địa phương tổ chức lễ khởi công": partners of the one that held it.)
            // ("Đảng ủy Đồn Biên phòng … ⟨và⟩ Đảng ủy 5 xã biên giới … tổ chức Hội nghị": counted after a body
            // named in capitals and "và", they held one meeting with it; not days, "Trong các ngày 13 và 16/7/2022, các Chi bộ …".)
            // ("có 3 đơn vị phối hợp tổ chức hội thảo": so many that held one together.)
            let partners = HostReader.listedAsPartner(lead, k)
                || (from..<k).dropFirst().contains { w[$0].lower == "và" && w[$0 - 1].text.first?.isUppercase == true && w[$0 - 1].after.isEmpty }
                || (k..<(i - 2)).contains { lead.matchesWritten(["phối", "hợp"], at: $0) || w[$0].lower == "cùng" }
            // ("46/49 chi, đảng bộ", "8/8 Hội Cựu chiến binh cấp huyện": so many of so many.)
            if fraction(lead, at: k) { return !partners }
            guard counted, !partners else { return false }
            let unit = k + (lead.matchesWritten(["toàn", "bộ"], at: k) ? 2 : 1)
            // ("toàn bộ 67 Đảng bộ": the count after "toàn bộ".)
            let named = unit < w.count && Int(w[unit].text) != nil ? unit + 1 : unit
            // ("100% Hội Nông dân cấp huyện, thành phố …": bodies named by their level are every body of it.)
            let levelled = (named..<max(named, min(i - 2, named + 6))).contains {
                lead.matchesWritten(["cấp"], at: $0) && lead.matchWritten(levels, at: $0 + 1) != nil
            }
            // ("các Cục Thống kê tỉnh, thành phố đã tổ chức Hội nghị tập huấn": departments that open the clause, each
            // holding its own; not one of those listed, "lãnh đạo Thành ủy, HĐND, UBND và giám đốc các sở - ban - ngành TP".)
            // ("Ngày thứ nhất (25/2) có 30 tỉnh, thành phố tổ chức lễ giao nhận quân": so many that held one
            // each, whatever they are.)
            let existing = k > 0 && w[k - 1].lower == "có" && (Int(w[k].text) ?? 0) >= 3
            return lead.matchWritten(units, at: named) != nil || levelled || existing
                || (k == 0 || w[k - 1].after.contains(",")) && lead.matchWritten(departments, at: named) != nil
        }
    }

    /// Words a number names a unit after, no count: "Chi bộ thôn ⟨17⟩ xã Quảng Phú", "Chi bộ ⟨17⟩ đảng bộ xã".
    static let namedByNumber: Set<String> = ["thôn", "tổ", "khu", "ấp", "xóm", "bản", "khối", "phố", "bộ", "đội", "số", "phường", "quận"]

    /// "Tổ chức thành công đại hội các chi bộ trực thuộc Đảng bộ xã …", "đại hội các cấp Hội Nông
    /// dân", "đại hội Hội Chữ thập đỏ các cấp", "Đại hội Mặt trận … cấp xã": a congress is its one
    /// body's, so congresses of units counted as many are many meetings (not "Đại hội các dân tộc
    /// thiểu số tỉnh", whose delegates, not units, are counted).
    static func congressesOfMany(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        guard let (kind, length) = MeetingWords.noun(lead, at: i), kind == "đại hội", i + length + 1 < w.count else { return false }
        /// Where the first word that `opens` stands after the body's name the noun runs into (capitalised, no mark).
        func afterTheBodysName(_ opens: (Int) -> Bool) -> Int? {
            guard let k = ((i + length)..<min(w.count - 1, i + length + 8)).first(where: opens), k > i + length,
                  w[i + length].isCapitalised, w[(i + length)..<k].allSatisfy({ $0.after.isEmpty }) else { return nil }
            return k
        }
        // ("năm tổ chức đại hội Hội Chữ thập đỏ các cấp": the body's name, then all its levels.)
        if afterTheBodysName({ lead.matchesWritten(["các", "cấp"], at: $0) }) != nil { return true }
        // ("Lâm Đồng hoàn thành Đại hội Mặt trận tổ quốc Việt Nam cấp xã": the body's congress in every commune,
        // not one commune's, "… cấp xã Tân Hà".)
        if let level = afterTheBodysName({ w[$0].lower == "cấp" }), let n = lead.matchWritten(lowerLevels, at: level + 1),
           !(level + n + 1 < w.count && w[level + n].after.isEmpty && w[level + n + 1].isCapitalised) {
            return true
        }
        guard ["các", "những"].contains(w[i + length].lower) else { return false }
        return w[i + length + 1].lower == "cấp" || lead.matchWritten(units, at: i + length + 1) != nil
    }

    /// The levels below a province, each of many units: "cấp xã", "cấp huyện", "cấp cơ sở".
    static let lowerLevels: [[Substring]] = [["xã"], ["huyện"], ["cơ", "sở"]]

    /// "46/49 chi, đảng bộ …", "8/8 Hội Cựu chiến binh …", "62/63 tỉnh": a count of the units of a whole, its
    /// units named right after it (not a day: "Ngày 8/8, Hội …", "Trong 2 ngày, 3 và 4/8, Đảng bộ …").
    static func fraction(_ lead: LeadWords, at k: Int) -> Bool {
        let w = lead.words
        let day = k > 0 && (MeetingDate.dayWords.contains(w[k - 1].folded) || ["và", "đến"].contains(w[k - 1].lower))
        guard let (_, whole) = partOfWhole(w[k].text), w[k].after.isEmpty, k + 1 < w.count, !day else { return false }
        // ("62/63 tỉnh, thành": a province too, as a part of the country; "đã có 11/12 quỹ tín dụng nhân dân
        // trên địa bàn tổ chức hội nghị tổng kết …", funds; "24/24 MTTQ quận, huyện", bodies by their
        // abbreviation, of more than a year has months.)
        return lead.matchWritten(units, at: k + 1) != nil || fractionUnits.contains(w[k + 1].lower) || whole > 12 && w[k + 1].isAcronym
    }

    /// "100%", "78,94%": a share of the units, whatever the share ("Đạt 78,94% cơ sở Hội Nông dân tổ chức Đại hội").
    static func percentage(_ text: String) -> Bool {
        guard text.hasSuffix("%"), let first = text.first, first.isNumber else { return false }
        return text.dropLast().allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
    }

    /// "423", "1.423" (thousands set apart by dots, as Vietnamese writes them) → the number; nil for any other word.
    static func wholeNumber(_ text: String) -> Int? {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.dropFirst().allSatisfy({ $0.count == 3 }), (1...3).contains(groups[0].count) else { return nil }
        return Int(groups.joined())
    }

    /// "46/49" → (46, 49): a part of a whole of two or more, written with a slash; nil for any other word.
    static func partOfWhole(_ text: String) -> (part: Int, whole: Int)? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let part = Int(parts[0]), let whole = Int(parts[1]), whole >= 2, (1...whole).contains(part) else { return nil }
        return (part, whole)
    }

    /// Units counted as parts of a whole besides `units` (as words are compared: "quỹ" as "qũy").
    static let fractionUnits: Set<String> = Set(["chi", "hội", "tỉnh", "quỹ"].map(LeadWords.normal))

    /// After many held, "Tại đại hội này, …" (pointed back to with "này") or "Theo đánh giá, Đại hội … được tổ chức trang
    /// trọng" (of their kind, on no day of its own; not "Ngày 5/3, Đoàn phường … tổ chức Đại hội điểm"): one of them, or all.
    static func namesOneOfThem(_ lead: LeadWords, many: String) -> Bool {
        lazy var undated = !placed(lead, before: lead.words.count)
        return lead.words.indices.contains { i in
            MeetingWords.noun(lead, at: i).map { i + $0.length < lead.words.count && lead.words[i + $0.length].lower == "này" || $0.kind == many && undated } == true
        }
    }

    /// Bodies of which each holds its own meeting ("54/54 tổ chức cơ sở đảng … đã tiến hành đại hội xong").
    static let units: [[Substring]] = ["cấp ủy", "cấp uỷ", "đảng bộ", "chi bộ", "địa phương", "đơn vị", "tỉnh ủy", "tỉnh uỷ",
                                       "huyện ủy", "huyện uỷ", "xã", "phường", "huyện", "cơ sở", "trường", "cấp hội", "công đoàn cơ sở",
                                       "tổ chức cơ sở đảng", "tổ chức đảng", "hợp tác xã", "htx", "chi đoàn", "chi hội"]
        .map { $0.split(separator: " ") }

    /// Departments, many of which hold one meeting each when they are what holds it: "các Cục Thống kê";
    /// "các bộ, ngành, địa phương tổ chức sơ kết", "các ban, ngành".
    static let departments: [[Substring]] = [["cục"], ["chi", "cục"], ["sở"], ["bộ"], ["ngành"], ["ban"]]

    /// "Ủy ban Thường vụ Quốc hội quyết định triệu tập Kỳ họp bất thường lần thứ 3", "Thường trực Tỉnh
    /// ủy vừa thống nhất chủ trương tổ chức gặp mặt …": a meeting a body decided, resolved or agreed in
    /// principle to convene or hold ("quyết định", "quyết nghị" or "chủ trương" written small, then "triệu tập" or
    /// "tổ chức"), still to come; so is a meeting its members were summoned to (`summonedTo`). A
    /// headline says it with a capital after its colon: "Bắc Quang: Quyết định triệu tập Kỳ họp thứ
    /// Nhất HĐND huyện khóa XXI".
    static func decidedToHold(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        return i >= 4 && (lead.matchesWritten(["triệu", "tập"], at: i - 2) || lead.matchesWritten(["tổ", "chức"], at: i - 2))
            && lead.matchWritten(decisions, at: i - 4) != nil
            && (!w[i - 4].isCapitalised || i == 4 || w[i - 5].after.hasSuffix(":"))
            // (What was resolved may follow a colon: "BCH Hội … đã quyết nghị: Tổ chức Đại hội …".)
            && [i - 4, i - 2, i - 1].allSatisfy { w[$0].after.isEmpty } && ["", ":"].contains(w[i - 3].after)
            || summonedTo(lead, noun: i)
    }

    /// A decision, or an agreement in principle, to hold a meeting: "quyết định", "quyết nghị", "chủ trương".
    static let decisions = PhraseTable(["quyết định", "quyết nghị", "chủ trương"])

    /// "vừa ký giấy triệu tập các đại biểu HĐND TP về dự kỳ họp chuyên đề": a meeting its members were
    /// summoned to attend ("triệu tập" written small in its clause, or opening the sentence — "Triệu
    /// tập đủ thành phần ở cấp tỉnh, cấp huyện dự Hội nghị trực tuyến …", an item of a plan — and
    /// "dự" right before the noun; not Mr Triệu). So is a congress delegates were chosen or elected
    /// to attend: "Chọn cử 225 thiếu nhi dự Đại hội Cháu ngoan Bác Hồ tỉnh", "bầu đoàn đại biểu đi dự
    /// Đại hội đại biểu Phụ nữ xã" (not who was sent: "tôi được cử tham dự cuộc họp báo").
    static func summonedTo(_ lead: LeadWords, noun i: Int) -> Bool {
        guard i >= 3, lead.words[i - 1].lower == "dự" else { return false }
        if lead.matchesWritten(["triệu", "tập"], at: 0) || lead.matchesWritten(["chọn", "cử"], at: 0) { return true }
        return (min(HostReader.clauseStart(lead, before: i), i - 2)..<(i - 2)).contains {
            !lead.words[$0].isCapitalised && lead.matchWritten(sendings, at: $0) != nil
        }
    }

    /// Verbs that summon delegates to a meeting or choose them for it: "triệu tập", "chọn cử", "bầu".
    static let sendings = PhraseTable(["triệu tập", "chọn cử", "bầu"])
}
