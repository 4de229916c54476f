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
                let between = lead.words[r.upperBound..<i]
                if between.count <= 6, between.allSatisfy({ MeetingWords.glue.contains($0.folded) || $0.text.first?.isNumber == true }) {
                    return r
                }
                k = r.upperBound
                continue
            }
            k += 1
        }
        return nil
    }

    /// "Bộ trưởng Bộ Y tế X", "Chủ tịch UBND tỉnh Y", "Thủ tướng Phan Văn Khải" → the body.
    static func officeBody(_ lead: LeadWords, in range: Range<Int>, catalog: Catalog) -> String? {
        for k in range {
            if let hit = MeetingWords.officeBodies.first(where: { lead.matches($0.0, at: k) }) { return hit.1 }
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
        var j = end
        while j < min(w.count, end + 12) {
            if ["cua", "do"].contains(w[j].folded), let r = BodyGrammar.read(lead, at: j + 1, catalog: catalog) { return r }
            if !w[j].after.isEmpty, w[j].after.contains(where: { ".;".contains($0) }) { break }
            j += 1
        }
        return nil
    }

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
