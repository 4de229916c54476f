/// The subject of the meeting's clause: the body that held it, named before its noun.
extension HostReader {
    /// The subject of the clause that ends at the noun: the first body between the clause's start
    /// and the noun, followed by nothing but verbs, adverbs and times.
    static func before(_ lead: LeadWords, noun i: Int, catalog: Catalog) -> Range<Int>? {
        // (Of bodies listed with commas before it, the first: "…, UBND tỉnh Đắk Lắk, Ban tổ chức Liên hoan … tổ chức họp báo".)
        if let committee = organisingCommittee(lead, noun: i) { return firstListed(lead, before: committee.lowerBound, catalog: catalog) ?? committee }
        // ("… đã tổ chức ⟨chương trình⟩ Gặp mặt kỷ niệm …": the programme's word opens the meeting's name.)
        if let verb = MeetingReader.organisingVerb(lead, before: i), verb == i - 4 { return before(lead, noun: i - 2, catalog: catalog) }
        // ("… đã tổ chức ⟨Phiên làm việc thứ nhất⟩ Đại hội đại biểu …": a sitting of the congress opens its name.)
        if i >= 3, let sitting = (max(2, i - 5)..<i).first(where: { lead.matchesWritten(["phiên"], at: $0) }), lead.matches(["dai", "hoi"], at: i),
           lead.matchesWritten(["tổ", "chức"], at: sitting - 2), lead.words[(sitting - 2)..<i].allSatisfy({ $0.after.isEmpty }),
           lead.words[sitting..<i].allSatisfy({ sittingWords.contains($0.lower) || $0.text.allSatisfy(\.isNumber) }) {
            return before(lead, noun: sitting, catalog: catalog)
        }
        let start = clauseStart(lead, before: i, throughCompanions: true)
        // (Past a time between commas, its words may stand between the name and the verbs.)
        let plainStart = clauseStart(lead, before: i)
        let pastAside = plainStart > start && timeAside(lead, endingAt: plainStart - 1) != nil
        var k = start
        // (Past the venue that opens the clause, whatever bodies its name holds: "Sáng 27/6, tại ⟨Cơ quan
        // phía Nam Tập Đoàn Bưu Chính Viễn Thông VNPT⟩ đã tổ chức Hội nghị …" has no subject.)
        if ["tại", "ở"].contains(lead.words[start].lower), let venue = MeetingPlace.place(lead, at: start + 1, catalog: catalog),
           venue.upperBound <= i {
            k = venue.upperBound
        }
        while k < i {
            // (A delegation's leader too: "…, Trưởng đoàn Đại biểu Quốc hội tỉnh chủ trì hội nghị" is no
            // "Quốc hội tỉnh".)
            if opensOffice(lead, at: k) || lead.match(BodyGrammar.leadersOfDelegations, at: k) != nil {
                return nil  // a person's office: `officeBody` reads it
            }
            // (A deputy, not the delegation: "bà …, Đại biểu Quốc hội tỉnh Tuyên Quang đã tiếp xúc với cử
            // tri" is no "Quốc hội tỉnh"; "Đoàn đại biểu Quốc hội tỉnh" is read whole, at "Đoàn".)
            if deputy(lead, at: k) { return nil }
            // (A member, not the body: "Bộ trưởng Bộ Công an Tô Lâm, Ủy viên Bộ Chính trị đã làm việc với …".)
            if lead.matches(["uy", "vien"], at: k) { return nil }
            // (Not a body inside an aside in brackets: "… (… trung tá X - Cục Cảnh sát điều tra … thuộc Bộ
            // Công an) đã có cuộc họp khẩn cấp"; an abbreviation that the brackets hold whole may be one.)
            if !lead.words[k].before.contains("("), lead.inBrackets(k) { k += 1; continue }
            // (Nor a name in brackets right after a name, whose it is: "… Ga Ry, A Nông ⟨(Bộ đội Biên phòng TP Đà Nẵng)⟩ tổ chức"; not "(STU)".)
            if k > start, lead.words[k].before.hasSuffix("("), !lead.words[k].isBracketedAbbreviation,
               lead.words[k - 1].after.isEmpty, lead.words[k - 1].isCapitalised { k += 1; continue }
            // ("Cục thú Y TP HCM đã có cuộc họp": a head whose name goes on in small letters.)
            if let r = BodyGrammar.read(lead, at: k, catalog: catalog) ?? headWithTail(lead, at: k, catalog: catalog), r.upperBound <= i {
                // (A venue, not the host: "Sáng 26-12, tại ⟨Trung tâm Hội nghị Quốc gia Mỹ Đình (Hà Nội)⟩ Đại
                // hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII đã khai mạc"; or its building: `inVenue`.)
                if k > start, ["tại", "ở"].contains(lead.words[k - 1].lower) || inVenue(lead, body: k, from: start) { k = r.upperBound; continue }
                // (Many bodies, no one's name: "Thường trực HĐND huyện, ⟨các⟩ Ban HĐND huyện tổ chức họp" —
                // the one named before them, if any, held it.)
                if k > 0, ["các", "những"].contains(lead.words[k - 1].lower) {
                    return k - 1 == start ? firstListed(lead, before: start, catalog: catalog) : nil
                }
                // (A sector inside a longer name, not a body: "Trưởng Ban Chỉ đạo … các công trình, dự án quan
                // trọng quốc gia, trọng điểm ⟨ngành GTVT⟩ (Ban Chỉ đạo) chủ trì" — the office's name runs on
                // past its commas; its short name in brackets may follow.)
                if k - 1 > start, lead.words[k - 1].lower == "ngành", !lead.words[k - 1].isCapitalised {
                    if let short = r.first(where: { $0 > k && lead.words[$0].before == "(" }), BodyGrammar.head(lead, at: short) != nil,
                       r.upperBound <= i, lead.words[r.upperBound..<i].allSatisfy({ MeetingWords.glue.contains($0.lower) }) {
                        return short..<r.upperBound
                    }
                    k = r.upperBound
                    continue
                }
                // (And the body's term: "HĐND tỉnh … khóa XIII, ⟨nhiệm kỳ 2021-2026⟩ tổ chức".)
                let term = (r.upperBound..<i).first { opensTerm(lead, at: $0) }
                // ("Đảng ủy Quân khu 3 ⟨vào sáng nay (27/6/2022)⟩ tổ chức": the time it held it; "… tổ chức
                // ⟨thành công⟩ Đại hội": how it went.)
                let succeeded = i >= 4 && lead.matchesWritten(["tổ", "chức", "thành", "công"], at: i - 4)
                // (And "này" after the name: "Ban Quản lý Khu Kinh tế tỉnh ⟨này⟩ vừa có buổi làm việc"; the year
                // of a council's round: "Hội đồng bình chọn sản phẩm CNNT tiêu biểu cấp tỉnh ⟨năm 2020⟩ đã tổ chức".)
                func glue(_ w: LeadWords.Word) -> Bool {
                    MeetingWords.glue.contains(w.lower) || ["vào", "này", "năm"].contains(w.lower) || w.text.first?.isNumber == true
                        || succeeded && ["thành", "công"].contains(w.lower)
                        || pastAside && timesInAsides.contains(w.lower)
                        || term != nil && ["nhiệm", "kỳ", "-", "–"].contains(w.lower)
                }
                // The rest of a name the grammar stopped short of: "Sở Giao thông - Công chánh ⟨(GTCC)
                // TP Hồ Chí Minh⟩ đã tổ chức" — capitalised words only, then the verb.
                var end = r.upperBound
                // (A name read into an aside it does not close ends before it: "Viện Dân tộc học ⟨(Viện Hàn⟩
                // lâm khoa học xã hội Việt Nam) đã tổ chức", the aside its parent's name.)
                if let open = ((r.lowerBound + 1)..<r.upperBound).first(where: { lead.words[$0].before.contains("(") }),
                   !(open..<r.upperBound).contains(where: { lead.words[$0].after.contains(")") }) {
                    end = open
                }
                // (Not after an abbreviation in brackets: "Ban Quản lý … mới (KĐTM) Thủ Thiêm" is one name.)
                let bracketed = !lead.words[k].before.isEmpty
                // (A verb's word written with a capital inside a sentence is a name's: "Công ty vật liệu
                // Hạ ⟨Long⟩ đã tổ chức", not "long trọng"; a time is still none: "UBND tỉnh Sáng …".)
                func verbWord(_ w: LeadWords.Word) -> Bool {
                    glue(w) && (w.text.first?.isUppercase != true || BodyGrammar.sentenceTimes.contains(w.lower))
                }
                // (Into brackets only for a word they hold whole, as above.)
                func opensAside(_ w: LeadWords.Word) -> Bool { w.before.contains("(") && !w.after.contains(")") }
                while !bracketed, end < i, end - r.upperBound < 6, !verbWord(lead.words[end]), ["", ")"].contains(lead.words[end - 1].after),
                      lead.words[end].isCapitalised, lead.words[end].isVietnamese, !BodyGrammar.holdsWithACapital(lead, at: end),
                      !opensAside(lead.words[end]), !BodyGrammar.opensACommittee(lead, at: end) {
                    end += 1
                }
                // "Ủy ban Kinh tế và Ngân sách ⟨của Quốc hội (QH)⟩ cùng Bộ Xây dựng đã tổ chức": whose body it
                // is; "Ban Chỉ đạo xây dựng đề án ⟨của tỉnh⟩ đã họp": whose place.
                if !bracketed, end < i, lead.words[end].lower == "của", lead.words[end - 1].after.isEmpty,
                   let parent = BodyGrammar.read(lead, at: end + 1, catalog: catalog) ?? ownPlace(lead, at: end + 1)
                       ?? lowerHeadWithQualifier(lead, at: end + 1),  // ("… của ban thường vụ huyện uỷ Tuy Đức")
                   parent.upperBound <= i {
                    end = parent.upperBound
                }
                // "Liên minh viễn thông quốc tế ITU ⟨(tổ chức chuyên ngành của Liên hợp quốc …)⟩ tổ chức Hội
                // nghị": an aside in brackets between the name and its verbs ("… Đắk Lắk (Liên hiệp hữu nghị) phối hợp với …
                // tổ chức": or its partners).
                if !bracketed, end < i, lead.words[end].before.hasPrefix("("),
                   let close = (end..<i).first(where: { lead.words[$0].after.hasPrefix(")") }), close > end, close - end < 16,
                   lead.words[(close + 1)..<i].allSatisfy(glue) || jointly(lead, at: close + 1) && lead.matchesWritten(["tổ", "chức"], at: i - 2) {
                    return firstPartner(lead, of: r.lowerBound..<end, catalog: catalog)
                }
                // ("…, Quận Gò Vấp đã long trọng tổ chức": its place between commas, with it; "…, Phó Trưởng
                // cụm thi đua số IX tổ chức": its role, and "… ⟨trực thuộc Đảng bộ phường⟩ tổ chức": the body
                // above it, without them.)
                if !bracketed, let place = placeAsideBeforeVerbs(lead, from: end, noun: i) { return r.lowerBound..<place }
                if !bracketed, let past = pastChairedAside(lead, from: end, noun: i), lead.words[past..<i].allSatisfy(glue) { return r.lowerBound..<end }
                if !bracketed, roleAsideBeforeVerbs(lead, from: end, noun: i) != nil || parentBeforeVerbs(lead, from: end, noun: i, catalog: catalog) {
                    return r.lowerBound..<end
                }
                // ("Phân hội Văn nghệ dân ⟨gian⟩ thuộc Hội …": a few small words of the name before the body above it.)
                if !bracketed, end < i, let p = ((end + 1)..<min(i, end + 4)).first(where: { BodyGrammar.parentWord(lead, at: $0) != nil }),
                   lead.words[end..<p].allSatisfy(BodyGrammar.smallWord), lead.words[(end - 1)..<p].allSatisfy(\.after.isEmpty),
                   parentBeforeVerbs(lead, from: p, noun: i, catalog: catalog) { return r.lowerBound..<p }
                // ("Bệnh viện Đa khoa ⟨khu vực Cai Lậy⟩, trực thuộc Sở Y tế …, đã tổ chức": past the name's tail.)
                if !bracketed, end < i, let p = ((end + 1)..<i).first(where: { lead.words[$0 - 1].after == "," }), nameTail(lead, end..<p),
                   parentBeforeVerbs(lead, from: p, noun: i, catalog: catalog) { return r.lowerBound..<p }
                // "Đại sứ quán Australia ⟨tại Hà Nội⟩ tổ chức gặp mặt": where the body sits is part of its name.
                if !bracketed, let seat = seat(lead, from: end, before: i, catalog: catalog), lead.words[seat..<i].allSatisfy(glue) {
                    return r.lowerBound..<seat
                }
                // "Ban tổ chức Festival ⟨hoa Đà Lạt⟩ tổ chức họp báo": a few more words of the name,
                // ending on a capital, before the verbs.
                // ("UBND tỉnh ⟨Tổ chức⟩ Hội nghị": the verb written with a capital.)
                let verbs = BodyGrammar.holdsWithACapital(lead, at: end)
                    ? end : (end...i).first(where: { lead.words[$0..<i].allSatisfy(verbWord) })
                if let verbs, !bracketed, companions(lead, end..<verbs) {
                    return firstPartner(lead, of: r.lowerBound..<end, catalog: catalog)
                }
                if verbs != nil, closesALongerName(lead, body: k, catalog: catalog) { return wholeName(lead, from: start, to: end) }
                if let verbs, i - verbs <= (term == nil ? 6 : 11),  // (the term's words too: "nhiệm kỳ 2021 - 2026")
                   verbs == end || !bracketed && (nameTail(lead, end..<verbs) || quotedTail(lead, end..<verbs)
                                                || remitEnd(lead, name: r.lowerBound..<end) == verbs) {
                    // "UBND Q.Đống Đa, UBND P.Ô Chợ Dừa, đại diện lãnh đạo Trường THCS … đã có buổi làm việc":
                    // the clause is the last of a list of bodies.
                    if start > 0, lead.words[start - 1].after == ",",
                       lead.words[start..<r.lowerBound].allSatisfy({ ["đại", "diện", "lãnh", "đạo"].contains($0.lower) }) {
                        if let listed = firstListed(lead, before: start, catalog: catalog) {
                            return sharesTheLastQualifier(lead, first: listed, last: r) ? listed.lowerBound..<verbs : listed
                        }
                    }
                    return firstPartner(lead, of: r.lowerBound..<verbs, catalog: catalog)
                }
                // "Hội Người Việt Nam ⟨tại Pháp⟩ phối hợp với Hội Thanh niên Việt kiều … đã tổ chức hội
                // thảo": the first of the bodies that organised it together.
                // ("Viện Kinh tế TP và Ban Quản lý … (KĐTM) Thủ Thiêm đã tổ chức": and a second body.)
                // ("Hội Nhà báo Việt Nam kết hợp với …", "… đã phối hợp với …": the same.)
                // ("Tổng Lãnh sự quán Việt Nam ⟨tại Thượng Hải⟩ đã phối hợp với …": where it sits, its name's.)
                let seatEnd = seat(lead, from: end, before: i, catalog: catalog)
                let place = seatEnd.map { $0 - end }
                    ?? (lead.matchesWritten(["tại"], at: end) && end + 1 < i && lead.words[end + 1].isCapitalised ? 2 : 0)
                let past = ["đã", "vừa"].contains(end + place < i ? lead.words[end + place].lower : "") ? 1 : 0
                // ("Ban Tuyên giáo Trung ương ⟨chủ trì,⟩ phối hợp với …": who led it.)
                let led = lead.matches(["chu", "tri"], at: end + place + past) ? 2 : 0
                let jointly = jointly(lead, at: end + place + past + led)
                // (The second by an abbreviation too: "Đoàn Đại biểu Quốc hội tỉnh Hà Nam và ⟨VKSND⟩ tỉnh Hà Nam đã
                // phối hợp tổ chức".)
                let second = end + 1 < i && ["và", "cùng"].contains(lead.words[end].lower) && lead.words[end + 1].isCapitalised
                    && (BodyGrammar.headLength(lead, at: end + 1) != nil || BodyGrammar.read(lead, at: end + 1, catalog: catalog) != nil)
                if jointly || second, (end..<i).contains(where: { lead.matches(["to", "chuc"], at: $0) }),
                   oneClause(lead, (end + place)..<i) {
                    // (Not the second of two when the first is past reading: "Cục Bản quyền tác giả văn học
                    // nghệ thuật Việt Nam và Viện Sở hữu trí tuệ liên bang Thụy Sĩ đã phối hợp tổ chức".)
                    let first = firstListed(lead, before: r.lowerBound, catalog: catalog)
                    // ("Thành ủy, HĐND, UBND và Ủy ban MTTQ thành phố Hà Nội tổ chức": the whole list, as above.)
                    let head = first ?? r.lowerBound..<end
                    if second, !jointly, let last = BodyGrammar.read(lead, at: end + 1, catalog: catalog), last.upperBound <= i,
                       lead.words[(last.upperBound)..<i].allSatisfy(glue), sharesTheLastQualifier(lead, first: head, last: last) {
                        return head.lowerBound..<last.upperBound
                    }
                    if let first { return first }
                    // (Nor the first of the partners: "… ⟨phối hợp với⟩ Bộ Y tế và Sở Y tế tổ chức", "… phối hợp
                    // ⟨với Chương trình Phát triển⟩ Liên hợp quốc (UNDP) và …" — a name's capitals between.)
                    let joiner = (max(start, r.lowerBound - 5)..<r.lowerBound).last { ["và", "cùng", "với"].contains(lead.words[$0].lower) }
                    let partnered = joiner.map { lead.words[$0 + 1].isCapitalised && lead.words[$0..<r.lowerBound].allSatisfy { $0.after.isEmpty } } ?? false
                    return partnered ? nil : r.lowerBound..<(seatEnd ?? end)
                }
                k = r.upperBound
                continue
            }
            if let again = namedAgain(lead, head: k, noun: i, catalog: catalog) { return again }
            k += 1
        }
        return provinceSubject(lead, noun: i, catalog: catalog)
    }

    /// "Thành ủy, HĐND, UBND, Ủy ban MTTQ TP Hà Nội đã tổ chức mít tinh": a list whose first member is
    /// a head alone ("Thành ủy", "HĐND") and whose last carries the place they share is one host, the
    /// whole list, not the bare "Thành ủy".
    static func sharesTheLastQualifier(_ lead: LeadWords, first: Range<Int>, last: Range<Int>) -> Bool {
        let committee = lead.match(partyCommittees, at: first.lowerBound) == first.count
        let bare = committee || first.count == (BodyGrammar.headLength(lead, at: first.lowerBound) ?? 1)
        // (Not two names a comma alone joins, "đại diện EVN, Công ty Điện lực TP HCM": some word between —
        // but a Party committee is the committee of the body after it: "Đảng ủy, Bộ Chỉ huy Quân sự tỉnh".)
        return bare && last.count > (BodyGrammar.headLength(lead, at: last.lowerBound) ?? 1)
            && (first.upperBound < last.lowerBound || committee)
    }

    /// A Party committee named by its head alone, folded: "Đảng ủy", "Ban Thường vụ Đảng ủy".
    static let partyCommittees = ["ban thuong vu dang uy", "thuong vu dang uy", "dang uy"].phrases

    /// The end of "tại" and a place of one to three capitalised words right after a body's name
    /// ("Đại sứ quán Pháp ⟨tại Hà Nội⟩", "Hội Người Việt Nam ⟨tại Pháp⟩"): where the body sits, not a
    /// building, a body or a meeting ("tại Hội trường …", "tại UBND tỉnh", "tại Hội nghị …").
    static func seat(_ lead: LeadWords, from k: Int, before i: Int, catalog: Catalog) -> Int? {
        let w = lead.words
        guard k + 1 < i, lead.matchesWritten(["tại"], at: k), w[k].after.isEmpty, w[k + 1].isCapitalised,
              BodyGrammar.headLength(lead, at: k + 1) == nil, BodyGrammar.read(lead, at: k + 1, catalog: catalog) == nil,
              lead.match(MeetingPlace.buildings, at: k + 1) == nil, lead.match(MeetingPlace.placeHeads, at: k + 1) == nil,
              lead.matchWritten(MeetingWords.nouns, at: k + 1) == nil
        else { return nil }
        var end = k + 1
        while end < i, end - k <= 3, w[end].isCapitalised,
              !BodyGrammar.isTimeOrNumber(w[end].text), !BodyGrammar.sentenceTimes.contains(w[end].lower) {
            end += 1
            if !["", "-", "–"].contains(w[end - 1].after) { return nil }
        }
        return end > k + 1 ? end : nil
    }

    /// The words of a congress's sitting before its name: "Phiên làm việc thứ nhất", "phiên trù bị", "phiên chính thức".
    static let sittingWords: Set<String> = [
        "phiên", "làm", "việc", "thứ", "nhất", "hai", "ba", "trù", "bị", "bế", "mạc", "khai", "chính", "thức",
    ]
}
