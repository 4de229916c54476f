/// What is and is not a body's whole name: the words that may finish a name the grammar stopped
/// short of ("Ban tổ chức Festival ⟨hoa Đà Lạt⟩", "Hội ⟨đạo diễn điện ảnh Trung Quốc⟩", a title
/// in quotes), and what is left hanging at its end ("Quốc hội khoá", "Cục Dự trữ liên", "Đoàn Chủ");
/// the name right after a meeting noun's number ("Kỳ họp thứ 8 ⟨HĐND TP Hà Nội⟩").
extension HostReader {
    /// Words that may finish a name the grammar stopped short of: at most six, no punctuation
    /// between them, no verb or conjunction of a clause, a capital among them and the last one a
    /// capital or a word of names ("hoa Đà Lạt", "thiếu niên nhi đồng Quốc hội"; not "phối hợp với
    /// UNICEF", not "hôm trước") — or, capital or not, the rank of a place last ("lịch sử tỉnh").
    /// Before "tổ chức" that a "do" announced, any such words will do ("do Ủy ban Văn hóa - Giáo
    /// dục - Thanh thiếu niên nhi đồng tổ chức": `untilVerb`).
    /// ("Trung tâm Nước ⟨sinh hoạt và Vệ sinh môi trường nông thôn TPHCM⟩": "và" before a capital
    /// joins two words of the name; ten words then.)
    static func nameTail(_ lead: LeadWords, _ range: Range<Int>, untilVerb: Bool = false) -> Bool {
        let w = lead.words
        // (Not a second body: "và HLV", "và UBND …", "và Viện Kinh tế …", "và Báo Lao Động".)
        func joins(_ k: Int) -> Bool {
            w[k].lower == "và" && k + 1 < range.upperBound && w[k + 1].isCapitalised && !w[k + 1].isAcronym
                && BodyGrammar.head(lead, at: k + 1) == nil && w[k + 1].lower != "báo"
        }
        let joined = range.contains(where: joins)
        // (Longer when an abbreviation in brackets closes it: "… khiêu vũ thể thao quốc tế (IDSF)".)
        let abbreviated = range.last.map { w[$0].isBracketedAbbreviation } ?? false
        guard range.count <= (joined ? 10 : abbreviated ? 9 : 6), let last = range.last else { return false }
        // "Ban chỉ đạo Phòng chống cháy rừng trung ương": a name may end in "trung ương" written small.
        let central = range.count >= 2 && w[last - 1].lower == "trung" && w[last].lower == "ương"
        // "Hội Khoa học ⟨lịch sử tỉnh⟩ đã tổ chức đại hội": or in the rank of the place it serves.
        let ranked = endsOnRank(lead, range)
        guard untilVerb || central || ranked || range.contains(where: { w[$0].isCapitalised })
                && (w[last].isCapitalised || BodyGrammar.inner.contains(w[last].lower) && !BodyGrammar.verbHalf(lead, last)) else { return false }
        // (Nor a person: "Cao ủy … EU ⟨J.Solana⟩ đã nhóm họp".)
        return range.allSatisfy { k in
            ["", "-", "–"].contains(w[k - 1].after)
                && (!notInNames.contains(w[k].lower) || joins(k)) && !BodyGrammar.initialled(w[k].text)
        }
    }

    /// A body's name without the term written after it, and the term: "QH khoá XI" → ("QH", "khoá
    /// XI"), "HĐND tỉnh nhiệm kỳ 2004-2009" → ("HĐND tỉnh", "nhiệm kỳ 2004-2009"). The term is the
    /// session's or the congress's, not the body's (as the graph's body identity has it). Nil when
    /// there is none, or nothing before it.
    static func withoutTerm(_ name: String) -> (body: String, term: String)? {
        let words = name.split(separator: " ")
        guard let last = words.last, BodyGrammar.isRoman(last.lowercased()) || last.allSatisfy({ $0.isNumber || "-–".contains($0) }) else { return nil }
        let n = words.count > 2 && ["khóa", "khoá"].contains(LeadWords.normal(String(words[words.count - 2]))) ? 2
            : words.count > 3 && words[(words.count - 3)..<(words.count - 1)].map({ LeadWords.normal(String($0)) }) == ["nhiệm", "kỳ"] ? 3 : 0
        guard n > 0 else { return nil }
        return (words.dropLast(n).joined(separator: " "), words.suffix(n).joined(separator: " "))
    }

    /// A name without a qualifier left hanging by the number the grammar did not read ("Quốc hội
    /// khoá" of "Quốc hội khoá 11" → "Quốc hội"), nor the first half of a word it did not finish
    /// ("Cục Dự trữ liên" of "… liên bang" → "Cục Dự trữ", "Chính phủ thường (kỳ)"), with a bracket
    /// it left open closed; nil when nothing is left but its head.
    static func withoutDanglingQualifier(_ name: String) -> String? {
        // ("Hội Dệt may thêu đan TP.HCM...": an ellipsis is no part of a name.)
        let name = name.hasSuffix("..") || name.hasSuffix("…") ? name.withoutClosingStops() : name
        var words = name.split(separator: " ")
        while let last = words.last.map({ String($0) }), words.count > 1 {
            let lower = LeadWords.normal(last)
            // (A place's "Kỳ" is its name's: "HĐND huyện Tứ Kỳ", "TP Tam Kỳ", "Hoa Kỳ".)
            let place = lower == "kỳ" && last != lower && words.dropLast().last.map({ $0.first?.isUppercase == true
                && !["nhiệm", "thường"].contains(LeadWords.normal(String($0))) }) == true
            if ["khóa", "kỳ", "thứ", "lần"].contains(lower), !place {
                words.removeLast()
                if let previous = words.last, ["nhiệm", "lần"].contains(LeadWords.normal(String(previous))) { words.removeLast() }
            } else if last == lower, BodyGrammar.firstHalves.contains(lower)
                        || lower == "tư" && !["đầu", "vật"].contains(words.dropLast().last.map({ LeadWords.normal(String($0)) })) {
                words.removeLast()  // ("Nhóm tư ⟨vấn⟩", not "Sở Kế hoạch và đầu tư", "Công ty Vật tư")
            } else if last != lower, ["chủ", "xúc", "điều"].contains(lower),
                      genericHeads.contains(words.dropLast().map { LeadWords.normal(String($0)) }.joined(separator: " ")) {
                words.removeLast()  // "Đoàn Chủ (tịch)", "Cục Xúc (tiến thương mại)", "Ủy ban Điều (phối)"
            } else if lower == "ủy", last != lower, let previous = words.dropLast().last,
                      !["tỉnh", "thành", "huyện", "quận", "thị", "đảng", "xã", "phường"].contains(LeadWords.normal(String(previous))) {
                words.removeLast()  // "Đoàn Chủ tịch Ủy (ban …)", not "Tỉnh Ủy"
            } else if ["các", "những"].contains(lower), words.dropLast().last.map({ LeadWords.normal(String($0)) }) != "nội" {
                words.removeLast()  // "Hiệp hội Các (nhà đầu tư tài chính)": a plural opens words cut off (not "nội các")
            } else if words.count == 2, BodyGrammar.isRoman(last.lowercased()) {
                words.removeLast()  // "Đảng X" of "Đại hội Đảng X": the Party
            } else {
                break
            }
        }
        // A head alone names no one body: "Hội" of "Hội liên (hiệp …)", "Đoàn" of "Đoàn Chủ (tịch)".
        if genericHeads.contains(words.map { LeadWords.normal(String($0)) }.joined(separator: " ")) { return nil }
        guard !words.isEmpty else { return nil }
        // "Viện Nghiên cứu giáo dục (Trường ĐHSP TP.HCM" of a bracket the text closed after its verb ("…
        // TP.HCM tổ chức)"): the body's bracket is closed where its name ends.
        return withItsBracketClosed(words.joined(separator: " "))
    }

    /// Heads that need a name after them to be a body, each word in the form `LeadWords.normal`
    /// gives it ("quỹ" is compared as it normalises).
    static let genericHeads: Set<String> = Set([
        "hội", "bộ", "sở", "ban", "cục", "viện", "đoàn", "quỹ", "nhóm", "trường", "phòng", "vụ", "tổ", "chi", "hãng",
        "ủy ban", "hội đồng", "trung tâm", "công ty", "tổng cục", "liên đoàn", "hiệp hội", "văn phòng", "tổng công ty",
        // (A university or a college, written short: "ĐH", "CĐ" of "tuyển sinh ĐH, CĐ", "các trường ĐH".)
        "đh", "cđ",
    ].map(LeadWords.normalPhrase))

    /// Words of a clause, never of a name ("phối hợp với", "đã", "đề nghị", "yêu cầu").
    static let notInNames: Set<String> = [
        "và", "với", "cùng", "phối", "hợp", "đã", "vừa", "đang", "sẽ", "được", "bị", "tại", "ở", "cho", "của", "do",
        "là", "về", "sau", "trước", "khi", "thì", "mà", "đề", "yêu", "để", "nhằm", "trong",
    ]

    /// A head whose name goes on in small letters to a capital or a place's rank: "(lễ trao giải
    /// thưởng của) Hội đạo diễn điện ảnh Trung Quốc", "Hội nạn nhân chất độc da cam TP HCM", "Hội
    /// Khoa học lịch sử tỉnh" — at most six words after the head, the longest that `nameTail`
    /// accepts; not an office ("Bộ trưởng …"), and the name stops before a person's.
    static func headWithTail(_ lead: LeadWords, at i: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        guard i < w.count, w[i].isCapitalised, w[i].before.isEmpty, let head = BodyGrammar.head(lead, at: i),
              !BodyGrammar.opensOnAnOffice(lead, at: i) else { return nil }
        let start = i + head
        var limit = min(w.count, start + 6)
        if let person = (start..<limit).first(where: { PersonName.read(lead, at: $0) != nil }) { limit = person }
        guard limit > start, w[start..<limit].first?.isCapitalised == false else { return nil }
        // Words of letters only, none opening a bracket or a quote ("Đảng từ ngày 18 đến 25-4" is a
        // time; "Việt (NLĐ).- Trong" crosses an outlet's mark).
        // ("quận 1": a district's number.)
        func numberOfRank(_ k: Int) -> Bool { k > start && BodyGrammar.numbered(lead, k - 1) && w[k].text.allSatisfy(\.isNumber) }
        if let odd = (start..<limit).first(where: {
            !w[$0].before.isEmpty || !w[$0].text.allSatisfy({ $0.isLetter || $0 == "-" }) && !numberOfRank($0)
        }) {
            limit = odd
        }
        // "Tổ chức tên miền quốc tế (ICANN)", "Tổng cục tình báo chiến lược (Bộ Công an)": its
        // abbreviation or its ministry in brackets belongs to it (and stands for its capital).
        func bracketed(_ k: Int) -> Int? {
            guard k < w.count, w[k].before == "(" else { return nil }
            if w[k].isAcronym, w[k].after.hasPrefix(")") { return k + 1 }
            guard let parent = BodyGrammar.read(lead, at: k, catalog: catalog), w[parent.upperBound - 1].after.hasPrefix(")") else { return nil }
            return parent.upperBound
        }
        // ("Công đoàn ngành Giáo dục ⟨và⟩ Đào tạo (GD&ĐT) Bắc Kạn": two fields joined by "và" are one name.)
        func fieldsJoined(_ k: Int) -> Bool { w[k].lower == "và" && k > start && k + 1 < limit && w[k + 1].isCapitalised }
        if limit > start, (start..<limit).allSatisfy({ w[$0].after.isEmpty && (!notInNames.contains(w[$0].lower) || fieldsJoined($0)) }),
           let end = bracketed(limit) {
            // ("Công đoàn viên chức (CĐVC) ⟨tỉnh⟩ đã tổ chức": the rank of its place after the brackets.)
            return i..<(end < w.count && w[end - 1].after == ")" && BodyGrammar.ownUnit(lead, endingAt: end) ? end + 1 : end)
        }
        for end in stride(from: limit, to: start, by: -1)
        where w[end - 1].text.first?.isUppercase == true || endsOnRank(lead, start..<end) {
            if nameTail(lead, start..<end) { return i..<(bracketed(end) ?? end) }
        }
        return nil
    }

    /// "tỉnh", "huyện", "thành phố" … (`ownPlaces`) last in `range`: the rank of the place a body
    /// serves, which may close its name written in small letters ("Hội Khoa học lịch sử ⟨tỉnh⟩").
    /// (With its number: "Phòng giáo dục quận 1"; not one whose number is cut off.)
    static func endsOnRank(_ lead: LeadWords, _ range: Range<Int>) -> Bool {
        let w = lead.words
        guard let last = range.last else { return false }
        if w[last].text.first?.isNumber == true { return range.count >= 2 && BodyGrammar.numbered(lead, last - 1) }
        guard !(last + 1 < w.count && w[last].after.isEmpty && w[last + 1].text.first?.isNumber == true) else { return false }
        return ownPlaces.contains { $0.count <= range.count && lead.matchesWritten($0, at: last + 1 - $0.count) }
    }

    /// A name that ends on a title in quotes, the project or campaign it is named after: "Hội đồng
    /// Chỉ đạo ⟨biên soạn “Lịch sử Nam Bộ kháng chiến”⟩ tổ chức kỳ họp", "Ban Chỉ đạo ⟨Cuộc vận động
    /// “Toàn dân đoàn kết …”⟩". At most four words before the quote, no clause word among them.
    static func quotedTail(_ lead: LeadWords, _ range: Range<Int>) -> Bool {
        let w = lead.words
        guard let open = range.first(where: { w[$0].opensQuote }),
              open - range.lowerBound <= 4, let last = range.last,
              w[last].closesQuote, range.count <= 14 else { return false }
        return w[range.lowerBound..<open].allSatisfy { $0.after.isEmpty && !notInNames.contains($0.lower) }
            && w[open..<last].allSatisfy { !$0.after.contains(where: { ".;".contains($0) }) }
    }

    /// The body named right after the noun, past its number: "Kỳ họp thứ 8 HĐND …", "Hội nghị lần
    /// thứ 12 Ban Chấp hành …", "Phiên họp thường kỳ Chính phủ", "Đại hội đại biểu toàn quốc Hội
    /// LHTN Việt Nam", "Đại hội đại biểu Đảng bộ tỉnh …", "phiên họp nội các hôm qua" (`cabinet`).
    /// (Not the meeting's own abbreviation in brackets: "tiếp xúc cử tri ⟨(TXCT)⟩".) A congress is
    /// its body's, whose name may go on in small letters: "Đại hội Công đoàn ngành Giáo dục tỉnh Sóc
    /// Trăng khóa VI" (`headWithTail`), or open in small letters: "Đại hội chi bộ Giáo dục lần thứ V"
    /// (`lowerHeadWithQualifier`). (Not what one is admitted to: "lễ kết nạp ⟨Đảng⟩ cho 4 học
    /// sinh", "lễ kết nạp ⟨Hội viên Hội Nông dân⟩".)
    static func named(_ lead: LeadWords, noun end: Int, catalog: Catalog) -> Range<Int>? {
        let k = pastFounding(lead, pastTermInBrackets(lead, from: pastNumber(lead, from: end)), noun: end)
        if k == end, k < lead.words.count, lead.words[k].isBracketedAbbreviation { return nil }
        if end >= 2, lead.matches(["ket", "nap"], at: end - 2) { return nil }
        // ("tại kỳ họp bất thường, UBND tỉnh đã báo cáo": who spoke in the next clause, not a name's
        // body; unlike "Kỳ họp thứ 8, HĐND thành phố khóa XVI".)
        if k > end, lead.words[k - 1].after.contains(","), ["thuong", "ky"].contains(lead.words[k - 1].folded) { return nil }
        // (The cabinet's own sitting only: "cuộc họp nội các", not "cuộc gặp" with it.)
        let sitting = end > 0 && lead.words[end - 1].lower == "họp"
        let congress = end >= 2 && lead.matches(["dai", "hoi"], at: end - 2)
        // ("cuộc họp Hội đồng đánh giá, phân hạng sản phẩm … cấp huyện": a committee named by its task, first.)
        if sitting, let committee = taskCommitteeAfter(lead, at: k) { return committee }
        // ("Hội nghị Ban chấp hành ⟨mở rộng⟩ Hội chữ thập đỏ tỉnh Điện Biên": the extended committee's body.)
        if let n = lead.matchWritten(BodyGrammar.committees, at: k)?.count,
           lead.matchesWritten(["mở", "rộng"], at: k + n), let body = BodyGrammar.read(lead, at: k + n + 2, catalog: catalog) { return body }
        return BodyGrammar.read(lead, at: k, catalog: catalog).map { withRemit(lead, $0) } ?? (sitting ? cabinet(lead, at: k) : nil)
            ?? (congress ? headWithTail(lead, at: k, catalog: catalog) ?? lowerHeadWithQualifier(lead, at: k) : nil)
    }

    /// "hội nghị công tác tổ chức cán bộ Sở GD-ĐT TPHCM ngày 19-1, …", "Hội nghị thường niên Hiệp
    /// hội Ngân hàng châu Á, …": the body whose own work or yearly round the meeting is, closing its
    /// name with its "của" left unsaid — then only a time before the clause ends. Only after words
    /// that name such a meeting ("công tác", "tổng kết", "sơ kết", "triển khai", "thường niên" …),
    /// not what a ceremony marks or who came ("lễ kỷ niệm … thành lập Đảng …", "Cuộc họp có đại
    /// diện Bộ Công an").
    static func closingBody(_ lead: LeadWords, noun end: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        guard end < w.count, lead.matchWritten(ownRounds, at: end) != nil else { return nil }
        var k = end
        while k < min(w.count, end + 10), w[k - 1].after.isEmpty, !w[k].isCapitalised || w[k].text.first?.isNumber == true {
            if notClosing.contains(w[k].lower) { return nil }
            k += 1
        }
        // (A body with a head noun: not an abbreviation alone, "hội nghị quốc tế về ⟨AIDS⟩".)
        guard k > end, k < w.count, w[k - 1].after.isEmpty, BodyGrammar.head(lead, at: k) != nil,
              let r = BodyGrammar.read(lead, at: k, catalog: catalog), r.count >= 2 else { return nil }
        // (A whole name: not "Bệnh viện Nhi đồng ⟨2⟩".)
        let close = pastTime(lead, from: r.upperBound)
        return endsName(lead, at: r.upperBound) && (close == w.count || !w[close - 1].after.isEmpty) ? r : nil
    }

    /// How the name of a meeting about a body's own work or round begins.
    static let ownRounds = PhraseTable(["công tác", "tổng kết", "sơ kết", "triển khai", "thường niên", "thường kỳ"])

    /// Words before a body in a meeting's name that make it what the meeting was with or for.
    static let notClosing: Set<String> = ["với", "cho", "tại", "ở", "giữa", "và", "cùng", "từ", "đến", "tới", "của", "do", "về", "theo"]

    /// The word after a meeting noun's number or standing: "Kỳ họp thứ 8 ⟨HĐND⟩", "buổi họp thường
    /// kỳ ⟨của⟩ …".
    static func pastNumber(_ lead: LeadWords, from end: Int) -> Int {
        let w = lead.words
        var k = end
        while k < w.count, k - end < 7 {  // ("đại biểu bất thường lần I")
            if let n = lead.match(ordinals, at: k) { k += n; continue }
            // "phiên họp thứ nhất", "Hội nghị lần thứ tư": an ordinal spelt out.
            if k > end, w[k - 1].folded == "thu", spelledOrdinals.contains(w[k].folded) { k += 1; continue }
            guard w[k].text.first?.isNumber == true || BodyGrammar.isRoman(w[k].folded) else { break }
            k += 1
        }
        return k
    }

    /// "nhất", "hai" … "mười": the ordinals spelt out after "thứ" (folded).
    static let spelledOrdinals: Set<String> = ["nhat", "hai", "ba", "tu", "bon", "nam", "sau", "bay", "tam", "chin", "muoi"]

    /// Words between a meeting noun and its host's name ("Hội nghị ⟨giữa nhiệm kỳ⟩ Ban Chấp hành Đảng
    /// bộ tỉnh", "Kỳ họp ⟨bất thường⟩ HĐND tỉnh").
    static let ordinals: [[Substring]] = ["lan thu", "lan", "thu", "thuong ky", "mo rong", "toan the", "dai bieu", "toan quoc", "vong",
                                          "cap chu tich", "cap bo truong", "cap cao", "cap thu truong", "giua nhiem ky", "bat thuong"].phrases
}
