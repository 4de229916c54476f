/// The body that held a meeting, read around the meeting noun of a lead sentence.
///
/// - the subject of the clause: "Chiều 13/6, Ban thường vụ Đảng ủy Khối … tổ chức điểm sinh hoạt"
///   → "Ban thường vụ Đảng ủy Khối các cơ quan tỉnh";
/// - an office's body: "Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến chủ trì cuộc họp" → "Bộ Y tế",
///   "Thủ tướng … chủ trì phiên họp" → "Chính phủ";
/// - named after the noun: "Kỳ họp thứ 8 HĐND TP Hà Nội", "Đại hội Đảng bộ tỉnh Đồng Nai lần
///   thứ VIII", "hội nghị … do Bộ GD-ĐT tổ chức", "cuộc họp của Bộ Thương mại".
enum HostReader {
    /// The body read by the first of the readings above that finds one (`host` sets the Party as a
    /// whole aside).
    static func anyBody(_ lead: LeadWords, noun i: Int, length: Int, catalog: Catalog) -> String? {
        // "Tham dự Hội nghị có ông Vũ Mão, Chủ nhiệm Ủy ban Đối ngoại …": who came names no host.
        if lists(lead, attendeesOf: i, length: length) { return nil }
        if let r = overseer(lead, noun: i, length: length, catalog: catalog) { return lead.text(r) }
        // ("Lãnh đạo Đảng, Nhà nước và các bộ, ngành tham dự lễ kỷ niệm": who came before the noun is no subject that held it.)
        if let r = withMembers(lead, noun: i, catalog: catalog) ?? ledSubject(lead, noun: i, catalog: catalog)
            ?? (attends(lead, noun: i) ? nil : before(lead, noun: i, catalog: catalog).map { withTheNameItShortens(lead, $0, catalog: catalog) })
            ?? taskCommittee(lead, noun: i)
            ?? sharedSubject(lead, noun: i, catalog: catalog) { return lead.text(r) }
        if let r = lead.words[i].lower == "phiên" ? sessionOf(lead, noun: i + length, catalog: catalog)
            : cellMeeting(lead, noun: i, length: length, catalog: catalog) { return lead.text(r) }
        // "Trong phiên họp thường kỳ Chính phủ, Bộ GDĐT đã báo cáo": the body in the meeting's own
        // name, before the one that speaks at it, unless a "do" names the organiser ("hội thảo WTO
        // và … do Trung tâm thương mại quốc tế (ITC) … tổ chức"). Not the body a ceremony or a
        // working session is about ("lễ ra mắt Trung tâm …", "làm việc với Sở Y tế"), nor the guests of
        // a reception ("buổi tiếp Đoàn đại biểu …").
        // ("tại Sở Ngoại vụ TP.HCM đã diễn ra Hội nghị phổ biến Luật ký kết, gia nhập … do Bộ Ngoại
        // giao chủ trì": a noun after "diễn ra", "khai mạc" is the subject too.)
        if let organisation = membersCongress(lead, noun: i, length: length) { return organisation }
        let subject = clauseStart(lead, before: i) == i
            || i >= 2 && inverted.contains(lead.words[(i - 2)..<i].map(\.folded).joined(separator: " "))
        if lead.words[i].lower != "lễ", !lead.matches(["lam", "viec", "voi"], at: i), !lead.matchesWritten(["buổi", "tiếp"], at: i),
           let r = named(lead, noun: i + length, catalog: catalog) {
            return lead.text(after(lead, noun: i + length, catalog: catalog, organiserOnly: true, subject: subject) ?? r)
        }
        // An organiser in the meeting's own clause comes before who opens the next one ("tại hội thảo …
        // do Bộ Công nghiệp, Viện Năng lượng và … phối hợp tổ chức, ông …": not the second of its
        // list, after the comma); one further on does not ("Trong buổi họp báo ngày 15-3, Ban Tổ chức
        // cho biết … Festival … do Trung ương Đoàn … tổ chức").
        let ownClause = (i + length)..<max(i + length, clauseEnd(lead, from: i + length))
        let organiserFirst = ownClause.contains { ["do", "duoc"].contains(lead.words[$0].folded) }
        if organiserFirst, let r = after(lead, noun: i + length, catalog: catalog, organiserOnly: true, subject: subject) {
            return lead.text(r)
        }
        // (Not for a session: "tại kỳ họp …, UBND tỉnh đã báo cáo" — the HĐND held it.)
        if lead.words[i].lower != "kỳ", let r = nextClause(lead, noun: i, length: length, catalog: catalog) {
            return lead.text(r)
        }
        // The organiser the text names before who spoke at it ("Phó giám đốc Sở Y tế … phát biểu
        // trong cuộc họp … do Ủy ban các vấn đề xã hội của Quốc hội tổ chức").
        if !organiserFirst, let r = after(lead, noun: i + length, catalog: catalog, organiserOnly: true, subject: subject) {
            return lead.text(r)
        }
        // ("ý kiến của Cục phó Cục Vệ sinh … tại cuộc họp của Bộ Y tế", "Thứ trưởng Y tế … trong buổi
        // họp thường kỳ của Ủy ban Phòng chống SARS": whose meeting it is, said outright, before who
        // spoke at it.)
        // (Past a time too: "cuộc họp chiều 14/11 của Ban chỉ đạo quốc gia …".)
        let owner = pastTime(lead, from: pastNumber(lead, from: i + length))
        if lead.matches(["cua"], at: owner) {
            if let r = after(lead, noun: owner, catalog: catalog) { return lead.text(r) }
            // "buổi làm việc của Phó Chủ tịch UBND TP Nguyễn Văn Đua với ông Lee …, Chủ tịch Công ty
            // Booyoung": whose meeting it is, by the office of the one who held it.
            if owner + 1 < lead.words.count, let office = officeBody(lead, in: (owner + 1)..<(owner + 2), catalog: catalog) {
                return office
            }
        }
        if let r = closingBody(lead, noun: i + length, catalog: catalog) { return lead.text(r) }
        // ("Bí thư Tỉnh ủy … dự và phát biểu tại Hội nghị tổng kết … của Ban Nội chính Tỉnh ủy": whose
        // meeting its name says, before the office of who came or chaired.)
        if let r = ownerOfName(lead, noun: i, length: length, catalog: catalog) { return lead.text(r) }
        // ("Đồng chí X, Bí thư Tỉnh ủy dự hội nghị … của Ban Dân vận Tỉnh ủy": who attends is a guest;
        // so is who speaks at a congress, which is its own body's; and a leader who speaks at a
        // conference or a ceremony: `guestSpeaker`.)
        if !attends(lead, noun: i), !lead.matches(["dai", "hoi"], at: i), !deputiesOpen(lead, before: i),
           let office = officeBody(lead, in: clauseStart(lead, before: i, throughCompanions: true)..<i, catalog: catalog) ?? apposedSubject(lead, noun: i, catalog: catalog),
           !guestSpeaker(lead, noun: i, length: length, body: office) {
            return office
        }
        // What else the text says of the meeting ("cuộc họp của Bộ Thương mại") before who spoke at it.
        if let r = after(lead, noun: i + length, catalog: catalog) ?? toldBy(lead, noun: i, catalog: catalog) { return lead.text(r) }
        if let office = speaker(lead, noun: i, catalog: catalog) { return office }
        if let party = between(lead, from: i + length, catalog: catalog) { return party }
        // "… dưới sự chủ trì của Phó Thủ tướng Vũ Khoan": the chair's office (not a speaker's).
        if let j = lead.words.indices.first(where: { lead.matches(["chu", "tri"], at: $0) }) {
            return officeBody(lead, in: j..<min(lead.words.count, j + 6), catalog: catalog)
        }
        return nil
    }

    /// "Kết thúc cuộc họp …, Xí nghiệp Đầu máy Hà Nội ra nghị quyết", "Tại hội nghị …, Sở Y tế
    /// đề nghị": the meeting in a clause of its own, the body that opens the next one.
    static func nextClause(_ lead: LeadWords, noun i: Int, length: Int, catalog: Catalog) -> Range<Int>? {
        var start = clauseStart(lead, before: i)
        // ("- Sau buổi làm việc với …, UBND quận 1 thống nhất": a dash that opens a paragraph.)
        if start == 0, i > 1, ["-", "–"].contains(lead.words[0].text) { start = 1 }
        // ("Chiều ngày 26/12 tại buổi họp báo …, Bộ Nội vụ đã chia sẻ": past the time it opens on.)
        start = pastOpeningDay(lead, from: start, before: i)
        let opener = lead.words[start..<i].map(\.folded).joined(separator: " ")
        guard ["ket thuc", "be mac", "tai", "trong", "tai buoi", "trong buoi", "ket thuc buoi", "sau"].contains(opener) else { return nil }
        // ("Tại cuộc họp, các nhà tổ chức cho biết: UNESCO …": the clause right after the noun's own.)
        var next = lead.words[i + length - 1].after.contains(where: { ",;:".contains($0) }) ? i + length : clauseEnd(lead, from: i + length)
        // ("Tại Hội nghị tổng kết năm học khối các trường ĐH, ⟨CĐ,⟩ Bộ GD&ĐT đã …": abbreviations listed in
        // the name, none a body.)
        while next > 0, next + 1 < lead.words.count, lead.words[next - 1].isAcronym, lead.words[next].isAcronym,
              lead.words[next - 1].text.count <= 4, lead.words[next].text.count <= 4, lead.words[next].after == ",",
              !BodyGrammar.isOrganisation(lead.words[next].text), BodyGrammar.headLength(lead, at: next) == nil {
            next += 1
        }
        // (A clause that ends at a comma, not where the count of words ran out; nor a list of the
        // parties "giữa" opened, which runs on past its commas: "buổi họp giữa Hiệp hội da giày VN
        // (Lefaso), Hiệp hội da giày TP HCM và …, Lefaso đã đề nghị".)
        guard next < lead.words.count, lead.words[next - 1].after.contains(where: { ",;:".contains($0) }),
              !lead.words[(i + length)..<next].contains(where: { $0.lower == "giữa" }) else { return nil }
        // "Tại phiên họp thứ nhất ngày 25/2, ban chấp hành Hội Nạn nhân … đã ra tuyên bố": a head in
        // lower case before a capital opens the clause too.
        // (Not an office in apposition to the name of whom it was held with: `apposedToAName`.)
        if apposedToAName(lead, at: next, catalog: catalog) { return nil }
        if let r = BodyGrammar.read(lead, at: next, catalog: catalog, afterOffice: true) { return r }
        // "Trong cuộc họp rút kinh nghiệm …, lãnh đạo CLB Đông Á Thép Pomina đã quyết định": the body
        // whose leaders open it (not at a working session, which has two sides: "Tại buổi làm việc này,
        // lãnh đạo Công ty Điện lực TP cho biết" may be the side visited).
        if lead.matchesWritten(["lãnh", "đạo"], at: next), lead.words[next + 1].after.isEmpty,
           !lead.matchesWritten(["làm", "việc"], at: i + length - 2),
           let r = BodyGrammar.read(lead, at: next + 2, catalog: catalog) { return r }
        // "trong cuộc họp hôm qua, Cục dự trữ liên bang Mỹ (FED) đã quyết định": a head whose name is
        // in lower case, up to "đã"/"vừa", with a capital or an abbreviation in it.
        guard lead.words[next].isCapitalised, let head = BodyGrammar.head(lead, at: next),
              !BodyGrammar.opensOnAnOffice(lead, at: next),  // "Bộ trưởng Nguyễn Danh Thái đã": a person
              let verb = nameRuns(lead, from: next + head, to: { ["đã", "vừa"].contains(lead.words[$0].lower) }),
              verb > next + head, ((next + head)..<verb).contains(where: { lead.words[$0].isCapitalised })
        else { return nil }
        return next..<verb
    }

    /// Where the words after a day that opens the clause start: "⟨Chiều ngày 26/12⟩ tại", "⟨Sáng 5/4⟩
    /// trong"; else `start`.
    static func pastOpeningDay(_ lead: LeadWords, from start: Int, before i: Int) -> Int {
        let w = lead.words
        // ("Chiều ⟨ngày 26/12⟩": a time word before the day's own.)
        let time = start + 1 < i && w[start + 1].lower == "ngày" && BodyGrammar.sentenceTimes.contains(w[start].lower) ? start + 1 : start
        guard time + 1 < i, MeetingReader.timeThenDay(lead, at: time), w[start...(time + 1)].allSatisfy({ $0.after.isEmpty }) else { return start }
        return time + 2
    }

    /// A body named after the noun: "(của|do) X", or right after it past an ordinal.
    /// With `organiserOnly`, only "do X tổ chức", "được X tổ chức"; for a noun that opens its clause
    /// (`subject`), anywhere in the sentence ("Hội nghị triển khai …, bảo đảm …, TP phía Nam (…) đã
    /// được Bộ Công an tổ chức"); else within thirty words, or forty-five for a "do" after a comma,
    /// past a long name ("Hội nghị tổng kết 5 năm thực hiện Chỉ thị … trong sự nghiệp xây dựng và bảo
    /// vệ Tổ quốc, do Ủy ban … tổ chức").
    static func after(_ lead: LeadWords, noun end: Int, catalog: Catalog, organiserOnly: Bool = false, subject: Bool = false) -> Range<Int>? {
        let w = lead.words
        if !organiserOnly, let r = named(lead, noun: end, catalog: catalog) { return r }
        // "… của X", "… do X tổ chức", unless another noun owns X first ("báo cáo của Chính phủ").
        // "hội nghị góp ý Dự thảo Luật Dạy nghề do Ủy ban … tổ chức": the organiser of the meeting.
        var j = end, owned = false, issued = false, quoted = false, reach = end + 45
        // "do X tổ chức" may come late in the sentence ("cuộc hội thảo ngày 2-12 tại Hà Nội để công
        // bố kết quả cuộc điều tra … do Tổng cục Thống kê … tổ chức"), past a comma only into "do"
        // ("Buổi mít tinh diễn ra … tại công viên 30/4 TP HCM, do Bộ Y tế phối hợp với … tổ chức").
        while j < min(w.count, reach) {
            let far = j >= end + 12
            // (Past thirty words, only a "do" after a comma: not "… do Ngân hàng … và tổ chức hợp tác … khởi xướng".)
            let late = !subject && j >= end + 30 && !(w[j].folded == "do" && w[j - 1].after.hasSuffix(","))
            // (A quoted title's commas are the title's, and its words count as one: "… Chỉ thị số
            // 05-CT/TW “Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, do
            // Hội Cựu chiến binh … tổ chức".)
            quoted = w[j].opensQuote || quoted && !w[j - 1].closesQuote
            if quoted { reach += 1 }
            if far, late || !["do", "duoc"].contains(w[j].folded) {
                let next = j + 1 < w.count ? w[j + 1].folded : ""
                // (Not the comma of a list of numbers inside the name: "chương trình SGK lớp 1, 2, 3 mới, do …";
                // nor of a task's pair: "triển khai phương hướng, nhiệm vụ quý 2-2024 do Ủy ban … tổ chức".)
                let numbers = w[j].text.first?.isNumber == true && next.first?.isNumber == true
                if w[j].after.contains(where: { ";:.".contains($0) })
                    || w[j].after.contains(",") && next != "do" && !subject && !numbers && !pairedWithComma(lead, j)
                        && !(quoted && !w[j].closesQuote) && !topicGoesOn(lead, after: j) { break }
                j += 1
                continue
            }
            // "buổi làm việc của đại diện Tập đoàn Technip với tỉnh Quảng Ngãi": whom they represent.
            if !organiserOnly, w[j].folded == "cua", lead.matches(["dai", "dien"], at: j + 1), !owned,
               let r = BodyGrammar.read(lead, at: j + 3, catalog: catalog) {
                return r
            }
            // (Another meeting noun owns what follows: "mít tinh chào mừng Đại hội X của Đảng".)
            if lead.matchWritten(ownersOfTheirOwn, at: j) != nil || j > end && lead.matchWritten(MeetingWords.nouns, at: j) != nil {
                owned = true
            }
            if namesADocument(lead, at: j) { issued = true }
            if !organiserOnly, w[j].folded == "cua", !owned, !issued,
               let r = BodyGrammar.read(lead, at: j + 1, catalog: catalog) ?? headWithTail(lead, at: j + 1, catalog: catalog)
                   ?? lowerHeadWithQualifier(lead, at: j + 1) ?? cabinet(lead, at: j + 1) {
                return r
            }
            // "do Ủy ban Văn hóa - Giáo dục -Thanh thiếu niên nhi đồng Quốc hội tổ chức": the name
            // runs to the verb; "hội thảo … đã được Hội Tin học TP HCM tổ chức" says the same.
            if ["do", "duoc"].contains(w[j].folded), let name = organiser(lead, from: j + 1, owned: owned, catalog: catalog) {
                return name
            }
            if !w[j].after.isEmpty, w[j].after.contains(where: { ".;".contains($0) }) { break }
            j += 1
        }
        if organiserOnly { return nil }
        // An international organisation's abbreviation in the meeting's own name: "Hội nghị Bộ
        // trưởng Kinh tế ASEAN", "cuộc họp của nhóm bộ trưởng tài chính … các nước G7" (not
        // "ISO", a standard; nor what it is about: "hội thảo về việc gia nhập WTO").
        for k in end..<min(w.count, end + 20) {
            if w[k].lower == "về" { break }
            if BodyGrammar.isOrganisation(w[k].text) { return k..<(k + 1) }
            if !w[k].after.isEmpty { break }
        }
        return nil
    }

    /// Where a name that runs on from `start` ends: at the first verb within seven words, when the
    /// words before it may finish a name ("do Ủy ban … -Thanh thiếu niên nhi đồng Quốc hội ⟨tổ
    /// chức⟩", "Cục dự trữ liên bang Mỹ (FED) ⟨đã⟩"); within ten when an abbreviation in brackets
    /// closes the name ("Liên đoàn khiêu vũ thể thao quốc tế (IDSF) ⟨đã⟩").
    static func nameRuns(_ lead: LeadWords, from start: Int, to isVerb: (Int) -> Bool) -> Int? {
        let w = lead.words
        guard let verb = (start..<min(w.count, start + 10)).first(where: isVerb),
              verb - start < 7 || w[verb - 1].isBracketedAbbreviation,
              verb == start || nameTail(lead, start..<verb, untilVerb: true) else { return nil }
        return verb
    }

    /// Documents, whose "của X" names their issuer ("hội nghị tổng kết 10 năm thực hiện chỉ thị 37 của
    /// Ban bí thư"); a "do X chủ trì" after them is still the meeting's organiser.
    static let documentNouns = PhraseTable(documentWords)
    static let documentWords = ["chỉ thị", "nghị quyết", "nghị định", "thông tư", "pháp lệnh", "luật"]

    /// Nouns whose "của X" names their own author, not the meeting's host.
    static let ownersOfTheirOwn: [[Substring]] = [
        "báo cáo", "dự thảo", "tờ trình", "quyết định", "ý kiến", "đề nghị", "kết luận", "chỉ đạo", "đề án",
        // ("Hội nghị về việc phổ biến Quy chế tổ chức và hoạt động của Viện kiểm sát nhân dân cấp cao".)
        "quy chế", "quy định", "điều lệ",
        "chủ tịch", "bộ trưởng", "lãnh đạo", "đại diện", "đoàn",
    ].phrases
}
