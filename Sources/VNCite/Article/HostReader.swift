/// The body that held a meeting, read around the meeting noun of a lead sentence.
///
/// - the subject of the clause: "Chiều 13/6, Ban thường vụ Đảng ủy Khối … tổ chức điểm sinh hoạt"
///   → "Ban thường vụ Đảng ủy Khối các cơ quan tỉnh";
/// - an office's body: "Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến chủ trì cuộc họp" → "Bộ Y tế",
///   "Thủ tướng … chủ trì phiên họp" → "Chính phủ";
/// - named after the noun: "Kỳ họp thứ 8 HĐND TP Hà Nội", "Đại hội Đảng bộ tỉnh Đồng Nai lần
///   thứ VIII", "hội nghị … do Bộ GD-ĐT tổ chức", "cuộc họp của Bộ Thương mại".
enum HostReader {
    static func host(_ lead: LeadWords, noun i: Int, length: Int, catalog: Catalog) -> String? {
        if let r = before(lead, noun: i, catalog: catalog) { return lead.text(r) }
        // (Not for a session: "tại kỳ họp …, UBND tỉnh đã báo cáo" — the HĐND held it.)
        if lead.words[i].lower != "kỳ", let r = nextClause(lead, noun: i, length: length, catalog: catalog) {
            return lead.text(r)
        }
        if let office = officeBody(lead, in: clauseStart(lead, before: i)..<i, catalog: catalog) { return office }
        if let r = after(lead, noun: i + length, catalog: catalog) { return lead.text(r) }
        if let party = between(lead, from: i + length, catalog: catalog) { return party }
        // "… dưới sự chủ trì của Phó Thủ tướng Vũ Khoan": the chair's office (not a speaker's).
        if let j = lead.words.indices.first(where: { lead.matches(["chu", "tri"], at: $0) }) {
            return officeBody(lead, in: j..<min(lead.words.count, j + 6), catalog: catalog)
        }
        return nil
    }

    /// The subject of the clause that ends at the noun: the first body between the clause's start
    /// and the noun, followed by nothing but verbs, adverbs and times.
    static func before(_ lead: LeadWords, noun i: Int, catalog: Catalog) -> Range<Int>? {
        let start = clauseStart(lead, before: i)
        var k = start
        while k < i {
            if lead.match(MeetingWords.offices, at: k) != nil || lead.match(MeetingWords.officeBodies.map(\.0), at: k) != nil {
                return nil  // a person's office: `officeBody` reads it
            }
            if let r = BodyGrammar.read(lead, at: k, catalog: catalog), r.upperBound <= i {
                func glue(_ w: LeadWords.Word) -> Bool { MeetingWords.glue.contains(w.lower) || w.text.first?.isNumber == true }
                // The rest of a name the grammar stopped short of: "Sở Giao thông - Công chánh ⟨(GTCC)
                // TP Hồ Chí Minh⟩ đã tổ chức" — capitalised words only, then the verb.
                var end = r.upperBound
                while end < i, end - r.upperBound < 6, !glue(lead.words[end]), ["", ")"].contains(lead.words[end - 1].after),
                      lead.words[end].isCapitalised, lead.words[end].isVietnamese {
                    end += 1
                }
                let between = lead.words[end..<i]
                if between.count <= 6, between.allSatisfy(glue) {
                    return r.lowerBound..<end
                }
                k = r.upperBound
                continue
            }
            k += 1
        }
        return nil
    }

    /// "Kết thúc cuộc họp …, Xí nghiệp Đầu máy Hà Nội ra nghị quyết", "Tại hội nghị …, Sở Y tế
    /// đề nghị": the meeting in a clause of its own, the body that opens the next one.
    static func nextClause(_ lead: LeadWords, noun i: Int, length: Int, catalog: Catalog) -> Range<Int>? {
        let start = clauseStart(lead, before: i)
        let opener = lead.words[start..<i].map(\.folded).joined(separator: " ")
        guard ["ket thuc", "be mac", "tai", "trong", "tai buoi", "trong buoi", "ket thuc buoi"].contains(opener) else { return nil }
        let next = clauseEnd(lead, from: i + length)
        guard next < lead.words.count, let r = BodyGrammar.read(lead, at: next, catalog: catalog) else { return nil }
        return r
    }

    /// A session ("kỳ họp") is held by the elected body the lead names: HĐND, Quốc hội.
    static func electedBody(kind: String, in leads: [LeadWords], catalog: Catalog) -> String? {
        guard kind == "kỳ họp" else { return nil }
        for lead in leads {
            for k in lead.words.indices where lead.match(electedBodies, at: k) != nil {
                if let r = BodyGrammar.read(lead, at: k, catalog: catalog) { return lead.text(r) }
            }
        }
        return nil
    }

    static let electedBodies: [[Substring]] = ["hdnd", "hoi dong nhan dan", "quoc hoi"].phrases

    /// "Bộ trưởng Bộ Y tế X", "Chủ tịch UBND tỉnh Y", "Thủ tướng Phan Văn Khải" → the body.
    static func officeBody(_ lead: LeadWords, in range: Range<Int>, catalog: Catalog) -> String? {
        for k in range {
            // "Thủ tướng Phan Văn Khải", "Thủ tướng Chính phủ" — not "Thủ tướng Nhật Koizumi".
            if let hit = MeetingWords.officeBodies.first(where: { lead.matches($0.0, at: k) }) {
                let n = k + hit.0.count
                if n < lead.words.count, lead.words[n].isCapitalised, PersonName.read(lead, at: n) == nil,
                   !lead.matches(["chinh", "phu"], at: n) { continue }
                return hit.1
            }
            if let n = lead.match(MeetingWords.offices, at: k), let r = BodyGrammar.read(lead, at: k + n, catalog: catalog) {
                return lead.text(r)
            }
        }
        return nil
    }

    /// A body named after the noun: "(của|do) X", or right after it past an ordinal.
    static func after(_ lead: LeadWords, noun end: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        var k = end
        // "Kỳ họp thứ 8 HĐND …", "Hội nghị lần thứ 12 Ban Chấp hành …", "Phiên họp thường kỳ"
        while k < w.count, k - end < 3, ["lan", "thu", "thuong", "ky", "mo", "rong"].contains(w[k].folded)
            || w[k].text.first?.isNumber == true || BodyGrammar.isRoman(w[k].folded) {
            k += 1
        }
        if let r = BodyGrammar.read(lead, at: k, catalog: catalog) { return r }
        // "… của X", "… do X tổ chức", unless another noun owns X first ("báo cáo của Chính phủ").
        var j = end
        while j < min(w.count, end + 12) {
            if lead.matchWritten(ownersOfTheirOwn, at: j) != nil { break }
            if ["cua", "do"].contains(w[j].folded), let r = BodyGrammar.read(lead, at: j + 1, catalog: catalog) {
                if w[j].folded == "cua" || lead.matches(["to", "chuc"], at: r.upperBound) || lead.matches(["chu", "tri"], at: r.upperBound) {
                    return r
                }
            }
            if !w[j].after.isEmpty, w[j].after.contains(where: { ".;".contains($0) }) { break }
            j += 1
        }
        // An international organisation's abbreviation in the meeting's own name: "Hội nghị Bộ
        // trưởng Kinh tế ASEAN" (not "ISO", a standard).
        for k in end..<min(w.count, end + 8) {
            if BodyGrammar.organisations.contains(w[k].text) { return k..<(k + 1) }
            if !w[k].after.isEmpty { break }
        }
        return nil
    }

    /// Nouns whose "của X" names their own author, not the meeting's host.
    static let ownersOfTheirOwn: [[Substring]] = [
        "báo cáo", "dự thảo", "tờ trình", "quyết định", "ý kiến", "đề nghị", "kết luận", "chỉ đạo", "đề án",
        "chủ tịch", "bộ trưởng", "lãnh đạo", "đại diện", "đoàn",
    ].phrases

    /// "buổi tọa đàm giữa Bộ trưởng Bộ VHTT … và …", "cuộc họp mặt giữa kiều bào và UBND TP HCM":
    /// the first body among the parties.
    static func between(_ lead: LeadWords, from end: Int, catalog: Catalog) -> String? {
        guard let g = (end..<min(lead.words.count, end + 3)).first(where: { lead.words[$0].folded == "giua" }) else { return nil }
        let stop = clauseEnd(lead, from: g + 1)
        for k in (g + 1)..<stop {
            if let office = officeBody(lead, in: k..<(k + 1), catalog: catalog) { return office }
            if let r = BodyGrammar.read(lead, at: k, catalog: catalog) { return lead.text(r) }
        }
        return nil
    }

    static func clauseEnd(_ lead: LeadWords, from i: Int) -> Int {
        var k = i
        while k < lead.words.count, k - i < 16 {
            k += 1
            if lead.words[k - 1].after.contains(where: { ",;:.".contains($0) }) { break }
        }
        return k
    }

    /// The word after the last comma, semicolon or colon before `i`.
    static func clauseStart(_ lead: LeadWords, before i: Int) -> Int {
        var k = i - 1
        while k >= 0 {
            if lead.words[k].after.contains(where: { ",;:".contains($0) }) { return k + 1 }
            k -= 1
        }
        return 0
    }
}
