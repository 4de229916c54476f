/// Who chaired a meeting, as the article says it.
///
/// "Đồng chí Trần Gia Long, Tỉnh ủy viên, Bí thư Đảng ủy … chủ trì buổi sinh hoạt" → "Trần Gia
/// Long"; "dưới sự chủ trì của Phó Thủ tướng Vũ Khoan" → "Vũ Khoan"; "Chủ trì thảo luận, Phó
/// Chủ tịch Quốc hội Nguyễn Văn Yểu hỏi …" → "Nguyễn Văn Yểu". Not "Thủ tướng giao Bộ Xây dựng
/// chủ trì, phối hợp …", "cơ quan chủ trì" nor "Bộ nên đứng ra chủ trì", which name who leads a task.
enum ChairReader {
    /// "chủ trì", "chủ tọa", "sự điều hành của", folded: the byte test before a sentence is cut into words.
    static let needles = ByteNeedles(["chu tri", "chu toa", "su dieu hanh cua"])
    /// "chủ trì" alone: the sentences past the lead that may tell who chaired.
    static let chaired = ByteNeedles(["chu tri"])

    /// The chair's name, and the body of the office the text gives them ("Phó Chủ tịch Quốc hội
    /// Nguyễn Văn Yểu" → Quốc hội; "Đồng chí X, Bí thư Tỉnh ủy, chủ trì" → Tỉnh ủy).
    struct Chair {
        var name: String
        var office: String?
    }

    static func read(_ text: CleanText, _ sentences: [Range<Int>], catalog: Catalog) -> Chair? {
        guard var found = named(text, sentences, catalog: catalog) else { return nil }
        // "Phó chủ tịch UBND tỉnh Gia Lai Phạm Thế Dũng yêu cầu … Phó chủ tịch Phạm Thế Dũng đã trực
        // tiếp chủ trì cuộc họp": the office written in full where the lead names them first.
        if found.office == nil {
            found.office = sentences.lazy.compactMap { office(of: found.name, in: LeadWords(text, $0), catalog: catalog) }.first
        }
        return found
    }

    /// The body of the office written right before the name, wherever the sentence names them.
    static func office(of name: String, in lead: LeadWords, catalog: Catalog) -> String? {
        let parts = name.split(separator: " ")
        for k in lead.words.indices where lead.words[k].text == parts[0] && k + parts.count <= lead.words.count {
            guard lead.words[k..<(k + parts.count)].map(\.text).elementsEqual(parts.map(String.init)) else { continue }
            // (Their own office: not past a comma or "và" to another person's.)
            let from = (max(0, k - 8)..<k).last { !lead.words[$0].after.isEmpty || ["và", "cùng"].contains(lead.words[$0].lower) }
            if let body = HostReader.officeBody(lead, in: (from.map { $0 + 1 } ?? max(0, k - 8))..<k, catalog: catalog) { return body }
        }
        return nil
    }

    /// The first chair the sentences name, with the office written beside the name.
    private static func named(_ text: CleanText, _ sentences: [Range<Int>], catalog: Catalog) -> Chair? {
        for r in sentences where needles.found(in: text.fold, r) {
            let lead = LeadWords(text, r)
            if atALocalRelayPoint(lead) { continue }
            let w = lead.words
            // ("Tại Phiên họp thứ 41, dưới sự điều hành của Phó Chủ tịch Quốc hội …": who presided, as
            // "dưới sự chủ trì của", in a sentence that names the meeting; not a firm run by its director.)
            lazy var namesMeeting = w.indices.contains { lead.matchWritten(MeetingWords.nouns, at: $0) != nil }
            for j in w.indices where lead.matches(["chu", "tri"], at: j) || lead.matches(["chu", "toa"], at: j)
                || j > 0 && w[j - 1].folded == "su" && lead.matches(["dieu", "hanh", "cua"], at: j) && namesMeeting {
                if j > 0, ["quan", "vị", "giao", "ngành"].contains(w[j - 1].lower) { continue }  // "cơ quan chủ trì"
                // "Thủ tướng giao Bộ Xây dựng chủ trì", "giao cho Sở Tài chính chủ trì": the verb that hands a
                // task on, before a body (not "Trưởng Ban Tuyên giáo Tỉnh ủy", "Giám đốc Sở Giao thông vận
                // tải", "Giám đốc Phòng giao dịch chủ trì", nor "Thứ trưởng Bộ Ngoại giao Lê Hoài Trung chủ trì").
                if (max(0, j - 8)..<j).contains(where: { k in
                    w[k].text == "giao" && k + 1 < j && (w[k + 1].isCapitalised || w[k + 1].lower == "cho")
                        && !(k > 0 && w[k - 1].lower == "ngoại")
                }) { continue }
                // "đề nghị Bộ Thương mại nên đứng ra chủ trì": who should take a task on, not who chaired;
                // "ông Vương Nghị, Thứ trưởng Ngoại giao Trung Quốc, từng chủ trì đàm phán 6 bên": who once did.
                // (Written small: not the given name "Nên" of "Bí thư Thành ủy Nguyễn Văn Nên chủ trì".)
                if (max(0, j - 4)..<j).contains(where: { !w[$0].isCapitalised && lead.matchWritten(notChairingThis, at: $0) != nil }) { continue }
                // "… trực tiếp chủ trì giải quyết vụ việc", "chỉ đạo Vụ Tổ chức cán bộ chủ trì(,) phối hợp":
                // who leads a task chairs no meeting.
                if lead.matchWritten(tasks, at: j + 2) != nil { continue }
                let under = j > 0 && w[j - 1].folded == "su"  // "dưới sự chủ trì của X"
                // "Chủ tọa kỳ họp là đồng chí Hồ Văn Tuấn": who it was, named after "là" (not the guest
                // listed before it in the same sentence).
                if !under, let be = ((j + 2)..<min(w.count, j + 6)).first(where: { w[$0].lower == "là" }),
                   w[j..<be].allSatisfy({ $0.after.isEmpty }),
                   let r = ((be + 1)..<min(w.count, be + 4)).lazy.compactMap({ PersonName.read(lead, at: $0) }).first, !isPlace(lead, r, catalog) {
                    return chair(lead, r, catalog)
                }
                // "Bộ trưởng Tài chính Anh Gordon Brown, người chủ trì cuộc họp": a foreign name
                // in apposition.
                if j > 1, w[j - 1].folded == "nguoi", w[j - 2].after.contains(","), let r = PersonName.foreign(in: lead, endingAt: j - 2) {
                    return chair(lead, r, catalog, until: j)
                }
                // "Các đồng chí: A, …; B, … chủ trì": the first of those the list names.
                if !under, let r = firstListed(lead, before: j) { return chair(lead, r, catalog, until: j) }
                // The nearest name before it: "Đồng chí X, Tỉnh ủy viên, Bí thư …, chủ trì".
                // (Past a place that ends the office: "Bí thư Thành ủy ⟨Thái Nguyên⟩ chủ trì".)
                if !under, let r = nameBefore(lead, j, catalog) ?? beforeOffices(lead, j), !isPlace(lead, r, catalog) {
                    return chair(lead, firstCoChair(lead, before: r, from: max(0, j - 80), catalog) ?? r, catalog, until: j)
                }
                // "cuộc họp nội các do Thủ tướng Lee Hae-Chan chủ trì": a foreign name right before it,
                // after an office (not "do New Zealand chủ trì", a country).
                if !under, let r = PersonName.foreign(in: lead, endingAt: j - 1), (max(0, r.lowerBound - 3)..<r.lowerBound).contains(where: {
                    HostReader.opensOffice(lead, at: $0) || lead.matches(["tong", "thong"], at: $0) || lead.matches(["ngoai", "truong"], at: $0)
                }) {
                    return chair(lead, r, catalog, until: j)
                }
                // The name after it: "dưới sự chủ trì của …", "Chủ trì thảo luận, Phó Chủ tịch … X hỏi";
                // further when the sentence opens on it, its subject's offices however many ("Chủ trì và
                // phát biểu khai mạc Hội nghị, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Vương Đình Huệ nêu rõ").
                // ("dưới sự chủ trì của Phó Thủ tướng, Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Thiện Nhân": further
                // after "dưới sự" when only offices stand before the name, `officesOnly`.)
                for m in (j + 2)..<min(w.count, j + (j == 0 ? 45 : under ? 30 : 14)) {
                    if let r = PersonName.read(lead, at: m), !isPlace(lead, r, catalog) {
                        guard j == 0 || m < j + 14 || officesOnly(lead, (j + 3)..<m) else { break }
                        return chair(lead, r, catalog)
                    }
                }
                // "dưới sự chủ trì của Thủ tướng Lào Bounnhang Vorachith, …": a foreign name that ends
                // the office's words.
                if under, let r = ((j + 2)..<min(w.count, j + 16)).lazy.filter({ k in
                    !w[k].after.isEmpty || k + 1 < w.count && ["và", "cùng"].contains(w[k + 1].lower)
                }).compactMap({ PersonName.foreign(in: lead, endingAt: $0) }).first {
                    return chair(lead, r, catalog)
                }
            }
        }
        return nil
    }

    /// The nearest person's name before `j` (25 words at most); past a place that ends an office,
    /// only with nothing but offices between the name and "chủ trì" (`onlyOffices`).
    static func nameBefore(_ lead: LeadWords, _ j: Int, _ catalog: Catalog) -> Range<Int>? {
        var end = j
        while let r = PersonName.last(in: lead, before: end, from: max(0, j - 25)) {
            if !isPlace(lead, r, catalog) {
                return end == j || onlyOffices(lead, after: r, before: j) ? r : nil
            }
            end = r.lowerBound
        }
        return nil
    }

    /// "Thượng tướng Nguyễn Tân Cương, Ủy viên Trung ương Đảng, Ủy viên Thường vụ Quân ủy Trung ương,
    /// Tổng Tham mưu trưởng QĐND Việt Nam, Thứ trưởng Bộ Quốc phòng chủ trì": a name further back
    /// (up to 45 words), when nothing but offices stands between it and "chủ trì" — no clause's word,
    /// no mark but commas and dashes.
    static func beforeOffices(_ lead: LeadWords, _ j: Int) -> Range<Int>? {
        guard j > 25 else { return nil }
        // (The first name that opens before that look back, though it may end inside it: "Ông ⟨Nguyễn Trung
        // Tiến⟩, Tổ trưởng tổ thường trực Ban chỉ đạo …, Phó Tổng cục trưởng Tổng cục Thống kê chủ trì".)
        var end = j
        while let r = PersonName.last(in: lead, before: end, from: max(0, j - 45)) {
            if r.lowerBound < j - 25 { return onlyOffices(lead, after: r, before: j) ? r : nil }
            end = r.lowerBound
        }
        return nil
    }

    /// Whether nothing but offices stands between a name and "chủ trì" at `j`: no clause's word, no
    /// mark but commas and dashes.
    static func onlyOffices(_ lead: LeadWords, after name: Range<Int>, before j: Int) -> Bool {
        officesOnly(lead, name.upperBound..<verbStart(lead, j, after: name.upperBound))
    }

    /// "Các đồng chí: Hoàng Văn Tứ, …, Phó Chủ tịch TT HĐND tỉnh; Đinh Văn Dực, Phó Chủ tịch HĐND tỉnh
    /// chủ trì", "các ông: Nguyễn Tấn Tuân – …; Lê Hữu Hoàng – … đồng chủ trì": co-chairs listed after a
    /// colon (or after "Các đồng chí" alone), each with offices, one from the next by a semicolon — the
    /// first leads.
    static func firstListed(_ lead: LeadWords, before j: Int) -> Range<Int>? {
        let w = lead.words
        // (Or no colon after a plural honorific: "Các đồng chí Nguyễn Văn Du - …; Hoàng Duy Chinh - … đồng chủ trì".)
        func plural(_ k: Int) -> Bool {
            w[k].after.isEmpty && (k >= 2 && lead.matchesWritten(["các", "đồng", "chí"], at: k - 2)
                || k >= 1 && lead.matchesWritten(["các", "ông"], at: k - 1))
        }
        guard let colon = (max(0, j - 45)..<j).last(where: { w[$0].after.contains(":") || plural($0) }),
              ["chí", "ông", "bà"].contains(w[colon].lower), (colon..<j).contains(where: { w[$0].after.contains(";") }),
              let r = PersonName.read(lead, at: colon + 1) else { return nil }
        let between = w[r.upperBound..<verbStart(lead, j, after: r.upperBound)]
        guard !between.contains(where: { !$0.isCapitalised && clauseWords.contains($0.lower) }) else { return nil }
        return r
    }

    /// Where the verb "chủ trì" at `j` starts with its own small words, back to `lower` at most: "…
    /// Chủ tịch HĐND tỉnh ⟨đã⟩ chủ trì" — no clause of the offices'.
    static func verbStart(_ lead: LeadWords, _ j: Int, after lower: Int) -> Int {
        var verb = j
        while verb > lower, lead.words[verb - 1].after.isEmpty, ["đã", "vừa", "cùng"].contains(lead.words[verb - 1].lower) { verb -= 1 }
        return verb
    }

    /// Words of a clause that offices do not hold.
    static let clauseWords: Set<String> = ["đã", "sẽ", "đang", "vừa", "cho", "nói", "là", "được", "có", "theo", "tại", "với", "khi",
                                           "sau", "trước", "để", "cũng", "đều", "thì", "nhưng", "rằng"]

    /// Words before "chủ trì" that make it a task someone should, must or will take on, or one they
    /// took on once before ("từng").
    static let notChairingThis = PhraseTable(["nên", "cần", "phải", "sẽ", "đứng ra", "đề nghị", "yêu cầu", "kiến nghị", "từng"])

    /// "Hà Nội", "Thái Bình": a province spelt like a family name and a given name; "Hồ Chí Minh", the
    /// city's (or an institute's) name whole ("Học viện Chính trị quốc gia Hồ Chí Minh").
    static func isPlace(_ lead: LeadWords, _ r: Range<Int>, _ catalog: Catalog) -> Bool {
        let name = lead.words[r].map(\.folded).joined(separator: " ")
        return catalog.startsWithProvince(name) && (r.count == 2 || catalog.province(in: name).map(Catalog.fold) == name)
            || BodyGrammar.isBrand(lead, r)  // (nor a company's brand: "Công ty CP than ⟨Hà Lầm⟩")
            || r.count == 2 && afterAPlacesRank(lead, r.lowerBound)
    }

    /// "Bí thư Huyện ủy ⟨Châu Thành⟩", "Chủ tịch UBND huyện ⟨Thái Thụy⟩": two words right after a
    /// place's rank or a district's Party committee name the place, not a person.
    static func afterAPlacesRank(_ lead: LeadWords, _ k: Int) -> Bool {
        let w = lead.words
        guard k >= 1, w[k - 1].after.isEmpty else { return false }
        if HostReader.placeRanks.contains(w[k - 1].lower) || k >= 2 && HostReader.placeRanks.contains(w[k - 2].lower + " " + w[k - 1].lower) {
            return true
        }
        return k >= 2 && w[k - 1].folded == "uy" && w[k - 2].after.isEmpty && ["huyen", "quan", "thi", "thanh"].contains(w[k - 2].folded)
    }

    /// The name, with the office written before it ("Phó Thủ tướng Vũ Khoan") or after it up to
    /// the verb ("Trần Gia Long, Tỉnh ủy viên, Bí thư Đảng ủy …, chủ trì"); a long one before it
    /// (`longOffice`).
    private static func chair(_ lead: LeadWords, _ r: Range<Int>, _ catalog: Catalog, until: Int? = nil) -> Chair {
        let before = max(0, r.lowerBound - 8)..<r.lowerBound
        let after = r.upperBound..<min(lead.words.count, until ?? r.upperBound)
        var office = HostReader.officeBody(lead, in: before, catalog: catalog)
        if office == "Chính phủ", let council = HostReader.councilHeaded(lead, in: after, catalog: catalog) { office = council }
        office = office ?? HostReader.officeBody(lead, in: after, catalog: catalog)
            ?? longOffice(lead, before: r.lowerBound, catalog: catalog)
        return Chair(name: withoutGluedOffice(lead, r), office: office)
    }

    /// The name without an office glued to one of its words by a hyphen: "ông Lê Quốc Doanh-Thứ
    /// trưởng Bộ Nông nghiệp và PTNT" → "Lê Quốc Doanh", "đồng chí Nguyễn Hoàng Đức- Phó Chủ tịch
    /// HĐND phường" → "Nguyễn Hoàng Đức"; not a name's own hyphen ("Lee Hae-Chan").
    static func withoutGluedOffice(_ lead: LeadWords, _ r: Range<Int>) -> String {
        for k in r.dropFirst() {
            let word = lead.words[k].text
            guard let dash = word.firstIndex(where: { $0 == "-" || $0 == "–" }), dash != word.startIndex else { continue }
            let glued = word[word.index(after: dash)...]
            // (A dash that ends the name's last word: the office after it is not the name's.)
            if glued.isEmpty, k + 1 == r.upperBound { return lead.text(r.lowerBound..<k) + " " + word[..<dash] }
            guard glued.isEmpty || glued.first?.isUppercase == true else { continue }
            let following = lead.text(k + 1..<min(lead.words.count, k + 4))
            if HostReader.opensOffice(LeadWords(glued.isEmpty ? following : glued + " " + following), at: 0) {
                return lead.text(r.lowerBound..<k) + " " + word[..<dash]
            }
        }
        return lead.text(r)
    }

    /// What one leads rather than chairs, after "chủ trì": a task.
    static let tasks = PhraseTable(["giải quyết", "phối hợp", "thực hiện", "soạn thảo", "xây dựng"])
}
