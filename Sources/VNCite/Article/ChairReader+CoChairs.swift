/// Co-chairs: of those who chaired together, the first named leads.
extension ChairReader {
    /// "Thủ tướng Phan Văn Khải cùng Phó thủ tướng thường trực Nguyễn Tấn Dũng đã chủ trì", "Thủ tướng
    /// Phan Văn Khải và các Phó thủ tướng: Nguyễn Tấn Dũng, Vũ Khoan, Phạm Gia Khiêm đã dự và chủ
    /// trì": of those who chaired together, the first named leads — its name joined by "cùng" or "và"
    /// to the others, right after it or after its offices, with nothing between them but offices,
    /// names and their marks (not "Theo ông A, Thủ tướng B …", a name before a comma).
    static func firstCoChair(_ lead: LeadWords, before last: Range<Int>, from start: Int, _ catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        // ("Bộ trưởng … Nguyễn Xuân Cường, Bí thư Tỉnh ủy Đăk Lăk Bùi Văn Cường đồng chủ trì": when the verb
        // says they chaired together, a comma before the next one's office and name as a semicolon.)
        let together = (last.upperBound..<min(w.count, last.upperBound + 2)).contains { lead.matchesWritten(["đồng", "chủ", "trì"], at: $0) }
        var k = start
        while k < last.lowerBound {
            guard let r = PersonName.read(lead, at: k), r.upperBound < last.lowerBound, !isPlace(lead, r, catalog) else { k += 1; continue }
            // (Not in a list of who came: "Tham dự buổi họp có sự hiện diện của Ông A – …; Ông B – Chủ tịch Liên đoàn chủ trì".)
            if (start..<r.lowerBound).contains(where: { w[$0].lower == "dự" || lead.matchesWritten(["hiện", "diện"], at: $0) }) { return nil }
            let between = w[r.upperBound..<last.lowerBound]
            // (Or after the first one's offices: "đồng chí Nguyễn Huy Dũng, Phó Bí thư Tỉnh ủy, Chủ tịch
            // UBND tỉnh Thái Nguyên và ông Nguyễn Đức Thiện, Tổng Giám đốc … đã chủ trì".)
            let joins: Set<String> = ["và", "cùng"]
            var joined = joins.contains(w[r.upperBound].lower)
            // (Only offices before the "và": not "theo ông A, Thủ tướng B và …", another's name first —
            // but another co-chair listed after a comma with "ông", "bà" or "đồng chí": "Bà Phan Thị Điệp- Phó
            // Chủ tịch HĐND tỉnh, bà Nguyễn Thị Minh Lý- Phó Chủ tịch …, và ông Bùi Đức Xuân- … chủ trì".)
            // (Or an office straight after the name: "các đồng chí Đinh Hữu Tân TUV- Bí thư Huyện ủy và Lê Ngọc Huấn …".)
            let spacedDash = w[r.upperBound].text == "-"
            let officeNext = w[r.upperBound - 1].after.isEmpty && (w[r.upperBound].isAcronym || MeetingWords.office(lead, at: r.upperBound) != nil)
            if !w[r.upperBound - 1].after.isEmpty || spacedDash || officeNext {
                // (Or a semicolon before the others' list: "Ông Đỗ Văn Chiến, …, Chủ tịch UBTƯ MTTQ Việt Nam⟨;⟩
                // các Phó Chủ tịch UBTƯ MTTQ Việt Nam: Trương Thị Ngọc Ánh, …, Phùng Khánh Tài chủ trì".)
                // (Or a semicolon before the next one's honorific: "đồng chí Bùi Nhân Sâm - …, Chủ tịch HĐND huyện⟨;⟩
                // đồng chí Hà Thị Huyền - Phó chủ tịch HĐND huyện chủ trì kỳ họp".)
                // (Or a semicolon before the next one's office and name: "Bí thư Tỉnh ủy A⟨;⟩ Chủ tịch UBND tỉnh B
                // đồng chủ trì"; or before the next one's name and office: `nextNamed`.)
                let officedNext = nextOfficed(lead, after: r.upperBound - 1, orComma: together)
                let and = officedNext ? r.upperBound : between.indices.first { joins.contains(w[$0].lower) && !w[$0].isCapitalised }
                    ?? between.indices.first { othersListed(lead, after: $0) || nextHonoured(lead, after: $0) || nextOfficed(lead, after: $0)
                        || nextNamed(lead, after: $0) }
                    .map { $0 + 1 }
                let mark = officeMarks.contains(w[r.upperBound - 1].after) || officedNext
                joined = (mark || spacedDash || officeNext) && and.map { and in
                    var j = r.upperBound
                    while j < and {
                        guard w[j].isCapitalised, let name = PersonName.read(lead, at: j), !isPlace(lead, name, catalog) else { j += 1; continue }
                        if !listedWithHonorific(lead, name: j) { return false }
                        j = name.upperBound
                    }
                    return true
                } == true
            }
            // (An office's small words inside its body's name: "Ủy viên Bộ Chính ⟨trị⟩", "Ủy ban Trung ⟨ương⟩".)
            // (Or any word but a clause's in an office that opens with a capital after its comma: "Trưởng Ban Vì sự
            // tiến bộ của phụ nữ tỉnh".)
            func officeWord(_ k: Int) -> Bool {
                w[k].isCapitalised || coChairWords.contains(w[k].lower) || w[k].text == "-"
                    || k > 0 && w[k - 1].isCapitalised && w[k - 1].after.isEmpty && !clauseWords.contains(w[k].lower)
                    || !clauseWords.contains(w[k].lower) && inCapitalisedOffice(lead, k, from: r.upperBound)
            }
            if joined, between.indices.allSatisfy(officeWord), between.indices.allSatisfy({
                w[$0].after.isEmpty || officeMarks.contains(w[$0].after) || w[$0].after == ":" || othersListed(lead, after: $0)
                    || nextHonoured(lead, after: $0) || nextOfficed(lead, after: $0) || nextNamed(lead, after: $0)
                    || w[$0].after == "." && MeetingLead.degrees.contains(w[$0].text)  // ("và PGS⟨.⟩ TS …")
            }) {
                return r
            }
            k = r.upperBound
        }
        return nil
    }

    /// Whether the word `k` is in an office, after a comma (or the name's end at `from`, or the dash
    /// after it), that opens with a capital and the office words: "…, ⟨Trưởng Ban Vì sự tiến bộ của
    /// phụ nữ tỉnh⟩ và …", "Phương Thị Thanh - ⟨Chủ tịch Ủy ban bầu cử tỉnh⟩ và …".
    static func inCapitalisedOffice(_ lead: LeadWords, _ k: Int, from: Int) -> Bool {
        let w = lead.words
        let start = (from..<k).last { w[$0].after.contains(",") }.map { $0 + 1 } ?? (officeMarks.contains(w[from].text) ? from + 1 : from)
        return start < k && w[start].isCapitalised && HostReader.opensOffice(lead, at: start)
    }

    /// The marks after a co-chair's name or office: a comma or a dash ("Bà Phan Thị Điệp- Phó Chủ tịch").
    static let officeMarks: Set<String> = [",", "-", "–"]

    /// "…; các Phó Chủ tịch …: A, B": after the word `k`, a semicolon, then the others' offices and
    /// the colon before their names.
    static func othersListed(_ lead: LeadWords, after k: Int) -> Bool {
        let w = lead.words
        guard w[k].after == ";", k + 1 < w.count, w[k + 1].lower == "các" else { return false }
        return ((k + 2)..<min(w.count, k + 14)).contains { w[$0].after == ":" }
    }

    /// Whether the name at `k` is one of a list, after a comma (or a semicolon) and "ông", "bà" or
    /// "đồng chí": "…, bà Nguyễn Thị Minh Lý- Phó Chủ tịch …".
    static func listedWithHonorific(_ lead: LeadWords, name k: Int) -> Bool {
        let honorific = honorificLength(lead, before: k)
        return honorific > 0 && k - honorific >= 1 && [",", ";"].contains(lead.words[k - honorific - 1].after)
    }

    /// "…⟨;⟩ đồng chí Hà Thị Huyền": after the word `k`, a semicolon, then a name with its honorific.
    static func nextHonoured(_ lead: LeadWords, after k: Int) -> Bool {
        guard lead.words[k].after == ";" else { return false }
        return (k + 2...k + 3).contains { $0 < lead.words.count && honorificLength(lead, before: $0) == $0 - k - 1 && PersonName.read(lead, at: $0) != nil }
    }

    /// "…⟨;⟩ Chủ tịch UBND tỉnh Trần Văn Bình": after the word `k`, a semicolon (or a comma, `orComma`),
    /// then an office and, within its capitalised words, a name.
    static func nextOfficed(_ lead: LeadWords, after k: Int, orComma: Bool = false) -> Bool {
        let w = lead.words
        guard w[k].after == ";" || orComma && w[k].after == ",", k + 1 < w.count, HostReader.opensOffice(lead, at: k + 1) else { return false }
        var m = k + 1
        while m < min(w.count, k + 12), w[m].after.isEmpty || m == k + 1 {
            if m > k + 1, PersonName.read(lead, at: m) != nil { return true }
            guard w[m].isCapitalised || coChairWords.contains(w[m].lower) else { return false }
            m += 1
        }
        return m < w.count && m < k + 12 && PersonName.read(lead, at: m) != nil
    }

    /// "Ông Lê Hồng Anh, …, Thường trực Ban Bí thư⟨;⟩ Vương Đình Huệ, Ủy viên Trung ương Đảng, …": after the
    /// word `k`, a semicolon, then a name, its comma (or a dash: "…; Vi Thị Ly - Phó Chủ tịch HĐND xã") and its office.
    static func nextNamed(_ lead: LeadWords, after k: Int) -> Bool {
        guard lead.words[k].after == ";", let name = PersonName.read(lead, at: k + 1),
              let office = PersonName.officeStart(lead, after: name) else { return false }
        return HostReader.opensOffice(lead, at: office) || lead.matches(["uy", "vien"], at: office)
    }

    /// How many words of "ông", "bà" or "đồng chí" stand right before the word `k`.
    static func honorificLength(_ lead: LeadWords, before k: Int) -> Int {
        lead.matchWritten(PersonName.honorifics, at: k - 2)?.count == 2 ? 2 : lead.matchWritten(PersonName.honorifics, at: k - 1)?.count == 1 ? 1 : 0
    }

    /// Small words between co-chairs: "và", "cùng", "các", the small words of offices, and of degrees and
    /// ranks ("… Chỉ huy trưởng Bộ CHQS tỉnh và Tiến sĩ, bác sĩ Lê Văn Cường, … đồng chủ trì").
    static let coChairWords: Set<String> = ["và", "cùng", "các", "thủ", "tướng", "thường", "trực", "chủ", "tịch", "bí", "thư", "trưởng",
                                            "ông", "bà", "đồng", "chí", "giám", "đốc", "phòng", "phó", "phụ", "trách", "viên", "ủy", "uỷ", "nhiệm",
                                            "tỉnh", "huyện", "thành", "phố", "quận", "thị", "xã", "trấn", "phường", "dự", "khuyết",
                                            "bác", "sĩ", "tiến", "thạc", "đại", "thượng", "tá"]
}
