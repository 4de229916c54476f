/// Hosts named by a person's office: "Bộ trưởng Bộ Y tế X chủ trì" → "Bộ Y tế"; the speaker in
/// apposition at a working session or press conference ("ông X, Phó Giám đốc Sở GTCC, cho biết").
extension HostReader {
    /// "Bộ trưởng Bộ Y tế X", "Chủ tịch UBND tỉnh Y", "Thủ tướng Phan Văn Khải" → the body.
    static func officeBody(_ lead: LeadWords, in range: Range<Int>, catalog: Catalog) -> String? {
        if let delegation = delegationHeaded(lead, in: range, catalog: catalog) { return delegation }
        // (An office once held speaks for no body: "cựu Giám đốc Sở TDTT Nghệ An", "nguyên Phó Thủ tướng".)
        for k in range where !(k > 0 && ["cựu", "nguyên"].contains(lead.words[k - 1].lower)) {
            // "Thủ tướng Phan Văn Khải", "Thủ tướng Chính phủ" — not "Thủ tướng Nhật Koizumi".
            if let hit = MeetingWords.officeBodies.first(where: { lead.matches($0.0, at: k) }) {
                let n = standing(lead, after: k + hit.0.count)
                if n < lead.words.count, lead.words[n].isCapitalised, PersonName.read(lead, at: n) == nil,
                   !lead.matches(["chinh", "phu"], at: n) { continue }
                if hit.1 == "Chính phủ", let council = councilHeaded(lead, in: (k + hit.0.count)..<max(k + hit.0.count, range.upperBound), catalog: catalog) {
                    return council
                }
                return hit.1
            }
            if let chair = chairmanshipAfterRank(lead, at: k), let body = officeBody(lead, in: chair..<(chair + 1), catalog: catalog) { return body }
            // ("Bí thư Trung ương Đảng": a seat in the Secretariat, as "Ủy viên Bộ Chính trị" is a membership.)
            if lead.matches(["bi", "thu", "trung", "uong"], at: k) { continue }
            if let council = councilHeaded(lead, in: k..<(k + 1), catalog: catalog, readShortOnly: true) { return council }  // ("Hội đồng tư vấn đặc xá")
            if let office = MeetingWords.office(lead, at: k) {
                let n = standing(lead, after: k + office) - k
                // ("Bộ trưởng GDĐT" is the minister of the Bộ GDĐT, not of a body "GDĐT".)
                if lead.match(ministers, at: k) == office, let ministry = ministry(lead, at: k + n, catalog: catalog) {
                    return ministry
                }
                // "Bộ trưởng KHCN Hoàng Văn Phong": a ministry by its abbreviation alone, before the name.
                if lead.match(ministers, at: k) == office, k + n + 1 < lead.words.count, lead.words[k + n].isAcronym,
                   lead.words[k + n - 1].after.isEmpty, lead.words[k + n].after.isEmpty,
                   !BodyGrammar.notBodies.contains(lead.words[k + n].text.uppercased()),
                   !BodyGrammar.organisations.contains(lead.words[k + n].text), PersonName.read(lead, at: k + n + 1) != nil {
                    return "Bộ " + lead.words[k + n].text
                }
                // "Trưởng Ban VHXH HĐND TPHCM", "Phó trưởng ban Tổ chức Trung ương": the office ends on
                // the head of its body's name, which must have words of its own (not "Trưởng Ban Tổ
                // chức ⟨trận đấu⟩"); unless the body's "Ban" is written again, "Trưởng ban ⟨Ban chỉ đạo⟩ (BCĐ) TĐTKT tỉnh".
                if n == office, lead.words[k + n - 1].folded == "ban", !(k + n < lead.words.count && lead.words[k + n].folded == "ban"),
                   let r = BodyGrammar.read(lead, at: k + n - 1, catalog: catalog, afterOffice: true),
                   r.count > (BodyGrammar.headLength(lead, at: r.lowerBound) ?? 1) {
                    return "Ban " + lead.text((r.lowerBound + 1)..<r.upperBound)
                }
                // ("Bộ trưởng NN": a minister's abbreviation read only in part is no body; read whole
                // before the minister's name, "Bộ trưởng NN & PTNT Cao Đức Phát", it names the ministry,
                // as "Bộ trưởng KHCN Hoàng Văn Phong" does.)
                if let r = BodyGrammar.read(lead, at: k + n, catalog: catalog, afterOffice: true) {
                    let abbreviated = lead.match(ministers, at: k) == office && lead.words[r].allSatisfy { $0.isAcronym || $0.text == "&" }
                    if !abbreviated, !boards.contains(lead.text(r).lowercased()) { return lead.text(r) }  // (`boards`: no body alone)
                    if r.count > 1, PersonName.read(lead, at: r.upperBound) != nil { return "Bộ " + lead.text(r) }
                }
                if n == office, let body = fieldOffice(lead, office: k..<(k + n)) { return body }
                // "Người phát ngôn của Thủ tướng", "người phát ngôn của Bộ Ngoại giao".
                if lead.matches(["cua"], at: k + n), lead.words[k + n - 1].after.isEmpty {
                    if let body = officeBody(lead, in: (k + n + 1)..<min(lead.words.count, k + n + 2), catalog: catalog)
                        ?? BodyGrammar.read(lead, at: k + n + 1, catalog: catalog).map(lead.text) {
                        return body
                    }
                }
            }
        }
        return nil
    }

    /// Past "Thường trực" (standing) after an office, which is the office's, not a body's:
    /// "Thứ trưởng ⟨Thường trực⟩ Bộ Công nghiệp", "Phó Chủ tịch ⟨Thường trực⟩ Nguyễn Thiện Nhân".
    static func standing(_ lead: LeadWords, after end: Int) -> Int {
        end > 0 && lead.words[end - 1].after.isEmpty && lead.matchesWritten(["thường", "trực"], at: end) ? end + 2 : end
    }

    /// Whether a person's office opens the words at `k` ("Bộ trưởng …", "Phó Thủ tướng …"):
    /// `officeBody` reads it, no body's name does.
    static func opensOffice(_ lead: LeadWords, at k: Int) -> Bool {
        MeetingWords.office(lead, at: k) != nil || lead.match(officeBodyPhrases, at: k) != nil
    }

    /// The offices that are a body by themselves (`MeetingWords.officeBodies`), as phrases.
    static let officeBodyPhrases: [[Substring]] = MeetingWords.officeBodies.map(\.0)

    /// "Cục trưởng Thú y Bùi Quang Anh" → "Cục Thú y", "Vụ trưởng Tiền lương - Tiền công Phạm Minh
    /// Huân" → "Vụ Tiền lương - Tiền công": the head of a department named by its field alone, the
    /// field's words (the first capitalised, no mark between them) running to the holder's name.
    static func fieldOffice(_ lead: LeadWords, office: Range<Int>) -> String? {
        let w = lead.words
        guard office.count >= 2, let head = fieldHeads[w[office.upperBound - 2].folded + " " + w[office.upperBound - 1].folded],
              office.upperBound < w.count, w[office.upperBound].isCapitalised, w[office.upperBound - 1].after.isEmpty,
              let name = ((office.upperBound + 1)..<min(w.count, office.upperBound + 10)).first(where: { w[$0].isCapitalised && PersonName.read(lead, at: $0) != nil }),
              w[office.upperBound..<name].allSatisfy({ $0.after.isEmpty || $0.text == "-" || $0.text == "–" }) else { return nil }
        // (Not a field that ends on the first half of a word: "Cục trưởng Quản lý ⟨nhà⟩ Trịnh Huy Thục".)
        let body = head + " " + lead.text(office.upperBound..<name)
        return withoutDanglingQualifier(body) == body ? body : nil
    }

    /// The offices that head a department, and its head noun.
    static let fieldHeads: [String: String] = ["cuc truong": "Cục", "vu truong": "Vụ", "vien truong": "Viện"]

    /// Offices of a ministry, whose name may follow without its "Bộ".
    static let ministers: [[Substring]] = ["bo truong", "thu truong"].phrases

    /// The ministry a minister's office names without its "Bộ", one the catalogue knows however its
    /// fields are joined ("Thứ trưởng Lao động Thương binh và Xã hội"), and the country after it:
    /// "Bộ trưởng Thương mại Trương Đình Tuyển" → "Bộ Thương mại", "Bộ trưởng Ngoại giao Mỹ
    /// Condoleezza Rice" → "Bộ Ngoại giao Mỹ".
    static func ministry(_ lead: LeadWords, at start: Int, catalog: Catalog) -> String? {
        let w = lead.words
        guard start < w.count, w[start].isCapitalised else { return nil }
        let longest = (start..<min(w.count, start + 7)).prefix { $0 == start || w[$0 - 1].after.isEmpty }.count
        guard let n = (1...longest).reversed().first(where: { n in
            let name = "bo " + w[start..<(start + n)].map(\.folded).joined(separator: " ")
            return catalog.stateBody(named: name) != nil
        }) else { return nil }
        var end = start + n
        if end < w.count, w[end - 1].after.isEmpty, w[end].isCapitalised, PersonName.read(lead, at: end) == nil {
            // A capital that opens no Vietnamese name is a country's, or a name not read: nothing
            // rather than "Bộ Tư pháp Uông (Chu Lưu)".
            guard let country = lead.match(countries, at: end) else { return nil }
            end += country
        }
        return "Bộ " + lead.text(start..<end)
    }

    /// Countries whose ministers the news names: "Bộ trưởng Ngoại giao Trung Quốc".
    static let countries: [[Substring]] = [
        "viet nam", "my", "nga", "duc", "nhat ban", "nhat", "trung quoc", "han quoc", "thai lan", "an do", "anh", "phap",
        "uc", "lao", "campuchia", "singapore", "malaysia", "indonesia", "philippines", "trieu tien", "israel", "canada",
    ].phrases

    /// "Tại buổi làm việc với …, ông Trần Đình Phú, Phó Giám đốc Sở GTCC, cho biết", "Trong buổi
    /// họp báo sáng nay, ông X, Giám đốc công ty Điện lực TP HCM xin lỗi", "tại cuộc họp với lãnh
    /// đạo các sở, ngành, Chủ tịch UBND TP HCM … đề nghị": who speaks at a working session or a
    /// meeting with others, or at a press conference, speaks for its host. The office stands in
    /// apposition to a name ("Tên, Chức vụ Cơ quan"), not in what the speaker says.
    static func speaker(_ lead: LeadWords, noun i: Int, catalog: Catalog) -> String? {
        // (Also "cuộc họp với lãnh đạo các sở": who meets with others holds the meeting; and "Mở đầu
        // phiên họp …, Phó Chủ tịch Quốc hội X yêu cầu": who opens, closes or sums it up presides.)
        let opener = lead.words[clauseStart(lead, before: i)..<i].map(\.folded).joined(separator: " ")
        // (Not who gave a directing speech, a superior: "Phát biểu chỉ đạo tại Hội nghị tổng kết …, Chủ
        // tịch UBND tỉnh …".)
        if opener.hasPrefix("phat bieu chi dao") { return nil }
        guard lead.matchesWritten(["làm", "việc"], at: i + 1) || lead.matchesWritten(["họp", "báo"], at: i)
            || lead.matchesWritten(["họp", "báo"], at: i + 1) || lead.matchesWritten(["họp", "với"], at: i + 1)
            || presiding.contains(opener) || reviewsItsOwnWork(lead, noun: i)
        else { return nil }
        return speakerOffice(lead, noun: i, catalog: catalog)
    }

    /// The office of who speaks in the meeting's sentence, in apposition to a name or opening
    /// the clause after the meeting's words or the sentence.
    /// `before`: a name in apposition only before the noun ("Thượng tá X, Phó giám đốc công an TP
    /// HCM, đã khẳng định … trong cuộc họp"), not in what the meeting was about.
    static func speakerOffice(_ lead: LeadWords, noun i: Int, catalog: Catalog, before: Bool = false) -> String? {
        // "Trong cuộc họp báo …, người phát ngôn Bộ Ngoại giao Lê Dũng nhấn mạnh", "Tại buổi làm việc
        // …, Phó thủ tướng Nguyễn Tấn Dũng kết luận": the office that opens the next clause.
        // (The meeting's own name may hold a comma: the first two clauses after it are looked at.)
        let commas = (i..<min(lead.words.count, i + 30)).filter { lead.words[$0].after.contains(",") }.prefix(2)
        for next in commas.map({ $0 + 1 }) where next < lead.words.count {
            // (Not in apposition to a name in what the meeting was about: "… triển khai chỉ thị của
            // ông Nguyễn Hoàng Thụ, Giám đốc Sở TDTT Nghệ An".)
            let apposed = !namesEnding(lead, at: next).isEmpty
            if !apposed, let office = officeBody(lead, in: next..<min(lead.words.count, next + 2), catalog: catalog) { return office }
            // "…, ông Trương Thanh Phong, Chủ tịch Hiệp hội Lương thực, cho rằng", "…, ông Nguyễn Minh
            // Hoàng – trưởng Ban Kinh tế ngân sách HĐND TP.HCM cho biết": a name, then its office.
            for start in next..<min(lead.words.count, next + 2) {
                guard let name = PersonName.read(lead, at: start), let at = PersonName.officeStart(lead, after: name) else { continue }
                if let office = officeBody(lead, in: at..<(at + 1), catalog: catalog) { return office }
            }
        }
        // "Người phát ngôn của Thủ tướng, ông Nguyễn Kinh Quốc đã cho biết … trong cuộc họp báo":
        // the office that opens the sentence, before the speaker's name; or that opens a clause
        // after a quote ("\"…\", Phó giám đốc Sở Y tế TP HCM, Lê Trường Giang đánh giá … trong buổi
        // họp giao ban").
        let opens = [0] + (0..<min(i, lead.words.count)).filter { lead.words[$0].after.contains(",") }.map { $0 + 1 }
        for start in opens where start < i {
            if let comma = lead.words[start...].prefix(8).firstIndex(where: { $0.after.contains(",") }),
               comma + 1 < i, PersonName.read(lead, at: comma + 2) != nil || PersonName.read(lead, at: comma + 1) != nil,
               let office = officeBody(lead, in: start..<(start + 1), catalog: catalog) {
                return office
            }
        }
        // "Phó Chủ tịch UBND thành phố Nguyễn Thiện Nhân đã đồng ý với dự thảo trên, tại cuộc họp với
        // các ban ngành liên quan, chiều qua": the office that opens the sentence, whose holder did
        // at the meeting what the sentence tells — the body's whole name, then the holder's
        // ("Giám đốc Công ty Phát hành ⟨sách TP HCM⟩ … Phạm Minh Thuận" is cut short).
        if i >= 2, ["tai", "trong"].contains(lead.words[i - 1].folded), lead.words[i - 2].after == ",",
           let office = officeBody(lead, in: 0..<1, catalog: catalog),
           (2..<min(i, 12)).contains(where: { PersonName.read(lead, at: $0) != nil && lead.text(0..<$0).hasSuffix(" " + office) }) {
            return office
        }
        // (Not the guests' leader after the noun: "… với đoàn công tác của Bộ … do đồng chí X, … làm trưởng đoàn".)
        let guests = (i..<lead.words.count).first { leaderNamed(lead, after: $0) } ?? lead.words.count
        return appositionOffice(lead, catalog: catalog, before: min(before ? i : lead.words.count, guests))
    }

    /// A meeting that sums up or sets out a body's own work, whose officers report at it: "cuộc họp
    /// tổng kết công tác XTTM năm 2005", "Hội nghị sơ kết 6 tháng", "hội nghị triển khai nhiệm vụ".
    static func reviewsItsOwnWork(_ lead: LeadWords, noun i: Int) -> Bool {
        ((i + 1)..<min(lead.words.count, i + 5)).contains { lead.match(reviews, at: $0) != nil }
    }

    static let reviews: [[Substring]] = ["tong ket", "so ket", "trien khai nhiem vu", "trien khai cong tac"].phrases

    /// What only the one who presides does to a meeting, before its noun (folded).
    static let presiding: Set<String> = [
        // (Not "Phát biểu khai mạc": a guest of honour may give the opening speech.)
        "mo dau", "khai mac", "be mac", "phat bieu be mac", "ket luan", "phat bieu ket luan", "ket luan tai", "chu tri",
    ]

    /// "Đồng chí Nguyễn Minh Triết, Bí thư Thành ủy TPHCM, đã có buổi tiếp …": a clause with no
    /// subject of its own before the noun ("đã có", "vừa") is told of the person the offices before
    /// it stand in apposition to; the first office's body (or the one before the name: `officeBeforeName`).
    static func apposedSubject(_ lead: LeadWords, noun i: Int, catalog: Catalog) -> String? {
        let start = clauseStart(lead, before: i)
        guard start > 0, start < i, lead.words[start..<i].allSatisfy({ MeetingWords.glue.contains($0.lower) }) else {
            return officeBeforeName(lead, clause: start, noun: i, catalog: catalog)
        }
        return appositionOffice(lead, catalog: catalog, before: start)
    }

    /// The body of the first office in apposition to a name: "đồng chí Nguyễn Xuân Sơn, Bí thư Đảng
    /// ủy, Giám đốc Sở" → "Đảng ủy"; the next when the first names none ("ông Phan Thế Ruệ, Phó
    /// Ban Thường trực Ban 127/TW, Thứ trưởng Thường trực Bộ Thương mại, …" → "Bộ Thương mại").
    static func appositionOffice(_ lead: LeadWords, catalog: Catalog, before end: Int? = nil) -> String? {
        let w = lead.words
        let limit = max(1, min(w.count, end ?? w.count))
        for k in 1..<limit where w[k - 1].after.contains(",") {
            guard !namesEnding(lead, at: k).isEmpty else { continue }
            if let office = officeBody(lead, in: k..<(k + 1), catalog: catalog) { return office }
            // (Or a later one, past offices that name none: "…, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng,
            // Trưởng Ban Tư tưởng – Văn hóa Trung ương, …".)
            var office = k
            for _ in 0..<3 {
                guard w[office].isCapitalised, let comma = (office..<min(limit, office + 8)).first(where: { w[$0].after.contains(",") }),
                      comma + 1 < limit, w[comma + 1].isCapitalised else { break }
                if let body = officeBody(lead, in: (comma + 1)..<(comma + 2), catalog: catalog) { return body }
                office = comma + 1
            }
        }
        return nil
    }

    /// Whether the words at `start` follow a person's name and its comma, in apposition to it ("đồng
    /// chí Trương Tấn Sang, ⟨Thường trực Ban Bí thư⟩"); a place is no name ("tại Hà Nội, ⟨Bộ Công
    /// nghiệp⟩ đã quyết định").
    static func apposedToAName(_ lead: LeadWords, at start: Int, catalog: Catalog) -> Bool {
        namesEnding(lead, at: start).contains { !ChairReader.isPlace(lead, $0, catalog) }
    }
}
