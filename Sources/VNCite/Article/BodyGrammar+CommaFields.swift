/// Fields of a body listed with a comma: "Bộ Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể
/// thao và Du lịch tỉnh Quảng Nam", "Bộ Bưu chính, Viễn thông", "Ủy ban Văn hóa, Giáo dục của
/// Quốc hội"; and the ministries an inter-ministerial "liên bộ" lists ("liên bộ Thương mại, Tài
/// chính, Công an và Giao thông Vận tải"); a council's tasks ("Hội đồng phối hợp phổ biến, giáo dục
/// pháp luật tỉnh"); and a ward's district ("UBND phường 1, quận 5"). A comma
/// otherwise ends a name ("Bộ Công an, Bộ Quốc phòng …" are two), so only these are read across it.
extension BodyGrammar {
    /// The lists, folded; "," marks the word a comma follows. The longest first.
    static let commaFieldLists: [[Substring]] = [
        "van hoa, giao duc, thanh nien, thieu nien va nhi dong", "khoa hoc, cong nghe va moi truong",
        "van hoa, the thao va du lich", "lao dong, thuong binh va xa hoi",
        // (The last field after a comma too: "Sở Văn hóa, Thể thao, Du lịch tỉnh Sóc Trăng".)
        "van hoa, the thao, du lich", "lao dong, thuong binh, xa hoi", "buu chinh, vien thong", "van hoa, giao duc",
    ].map { $0.split(separator: " ") } + smallLetterLists

    /// The lists that news writes in small letters: "Hội đồng phối hợp phổ biến, giáo dục pháp luật
    /// tỉnh", the council of every level for coordinating the teaching of the law; the fire police's
    /// "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Phòng Cảnh sát phòng cháy, chữa cháy …".
    static let smallLetterLists: [[Substring]] = [
        "phoi hop pho bien, giao duc phap luat", "canh sat phong chay, chua chay va cuu nan, cuu ho", "canh sat phong chay, chua chay",
        "phong, chong thien tai",  // ("Tổng cục Phòng, chống thiên tai", "Ban Chỉ huy phòng, chống thiên tai …")
    ].map { $0.split(separator: " ") }

    /// The most words a list of fields takes: how far back a comma inside one looks for its start.
    static let longestList = commaFieldLists.map(\.count).max() ?? 1

    /// How many words a list of fields with a comma takes from `k`, capitalised as a name is.
    static func commaFields(_ lead: LeadWords, at k: Int) -> Int? {
        let w = lead.words
        guard k < w.count else { return nil }
        return commaFieldLists.first { (w[k].isCapitalised || smallLetterLists.contains($0)) && fits($0, lead, at: k) }?.count
    }

    /// Whether the words from `k` are `list`, with its commas and no others.
    static func fits(_ list: [Substring], _ lead: LeadWords, at k: Int) -> Bool {
        let w = lead.words
        return k + list.count <= w.count && list.indices.allSatisfy { n in
            let word = w[k + n], comma = list[n].hasSuffix(",")
            return word.folded == (comma ? list[n].dropLast() : list[n])
                && (n == list.count - 1 || word.after == (comma ? "," : "")) && (n == 0 || word.before.isEmpty)
        }
    }

    /// Whether the comma after word `k` stands inside such a list ("Văn hóa⟨,⟩ Thể thao", "liên bộ
    /// Thương mại⟨,⟩ Tài chính").
    static func commaInsideFields(_ lead: LeadWords, _ k: Int) -> Bool {
        guard k + 1 < lead.words.count else { return false }
        let starts = max(0, k - longestList + 1)...k
        let inSmallLetters = starts.contains { j in smallLetterLists.contains { fits($0, lead, at: j) } }
        guard lead.words[k + 1].isCapitalised || inSmallLetters else { return false }
        return beforeListComma.contains(lead.words[k].folded)
            && starts.contains { j in commaFields(lead, at: j).map { j + $0 > k + 1 } ?? false }
            || listedMinistries(lead, before: k + 1) != nil
    }

    /// "Trung tâm Xúc tiến Thương mại⟨,⟩ Du lịch và Đầu tư Đồng Tháp", "Trường Cao đẳng Kinh tế⟨,⟩ Kỹ
    /// thuật và Thủy sản": whether the comma after word `k` lists a name's fields, any of them, in the
    /// form "A, B và C" (or "A, B, C và D") — each field up to four syllables, its first capitalised,
    /// the last after "và" or a dash; none of them a head, an office, a person (nor "Ông", "Bà",
    /// "Đồng chí" before one) or a province (not "Bộ Công an, Bộ Quốc phòng và …", "Sở Y tế Hà Nội,
    /// Đà Nẵng và …", "Sở … TT Huế, Bà Vũ Thị Hương- Chủ nhiệm").
    static func listedFields(_ lead: LeadWords, comma k: Int, catalog: Catalog) -> Bool {
        if zonesListed(lead, comma: k) { return true }
        let w = lead.words
        // (The field before the comma ends on a capital or on the small syllable after one: "Kinh ⟨tế⟩,".)
        guard k >= 1, k + 4 < w.count, w[k].after == ",", !w[k].isAcronym, w[k].isVietnamese,
              w[k].isCapitalised || w[k - 1].isCapitalised && w[k - 1].after.isEmpty && smallWord(w[k]) else { return false }
        func field(_ j: Int) -> Bool {
            w[j].isCapitalised && !w[j].isAcronym && w[j].isVietnamese && w[j].before.isEmpty && headLength(lead, at: j) == nil
                && MeetingWords.office(lead, at: j) == nil && PersonName.read(lead, at: j) == nil
                && lead.matchWritten(PersonName.honorifics, at: j) == nil
                && !catalog.startsWithProvince(w[j..<min(j + 3, w.count)].map(\.folded).joined(separator: " "))
        }
        guard field(k + 1) else { return false }
        var j = k + 1
        // (A field of up to four syllables, capitalised or not after the first: "Kỹ thuật", "Đầu tư".)
        while j < k + 4, w[j].after.isEmpty, j + 1 < w.count, w[j + 1].lower != "và", w[j + 1].isCapitalised || smallWord(w[j + 1]) { j += 1 }
        // ("Ủy ban Khoa học, Công nghệ ⟨-⟩ Môi trường": the last after a dash too.)
        if ["-", "–"].contains(w[j].after), j + 1 < w.count { return field(j + 1) }
        guard w[j].after.isEmpty || w[j].after == "," && listedFields(lead, comma: j, catalog: catalog) else { return false }
        if w[j].after == "," { return true }
        return j + 2 < w.count && ["và", "-"].contains(w[j + 1].lower) && w[j + 1].after.isEmpty && field(j + 2)
    }

    /// The words a comma follows in `commaFieldLists` ("Văn ⟨hóa,⟩ Thể thao"): a comma after any
    /// other word is in none of them.
    static let beforeListComma: Set<String> = Set(commaFieldLists.flatMap { $0.filter { $0.hasSuffix(",") }.map { String($0.dropLast()) } })

    /// "liên bộ Thương mại, Tài chính, ⟨Công an⟩": where the "liên bộ" whose list of ministries
    /// runs, words of names and commas (and "và"), up to word `k` starts.
    static func listedMinistries(_ lead: LeadWords, before k: Int) -> Int? {
        let w = lead.words
        var j = k - 1
        while j >= 1, k - j <= 12 {
            if lead.matchesWritten(["liên", "bộ"], at: j - 1), w[j - 1].after.isEmpty { return j - 1 }
            let wordOfName = w[j].isCapitalised || w[j].lower == "và" || inner.contains(w[j].lower) || !afterNames.contains(w[j].lower)
            guard wordOfName, w[j].before.isEmpty, ["", ",", "-", "–"].contains(w[j].after) else { return nil }
            j -= 1
        }
        return nil
    }

    /// A ward or commune goes on past its comma to the district or province it is in, and a district to
    /// its province: "UBND phường 1, quận 5", "UBND xã Lợi Bình Nhơn, thị xã Tân An", "phường Tân Sơn
    /// Hòa, TPHCM", "UBND huyện Hạ Lang, tỉnh Cao Bằng" (not "UBND phường 1, Sở Y tế …").
    static func wardGoesOn(_ lead: LeadWords, from i: Int, to end: Int) -> Bool {
        let w = lead.words
        guard end < w.count, w[end - 1].after == "," else { return false }
        let recent = max(i, end - 4)..<end
        // ("Ủy ban nhân dân huyện Hạ Lang, tỉnh Cao Bằng": so does a district, to its province.)
        if recent.contains(where: { ["huyện", "quận"].contains(w[$0].text) }), w[end].text == "tỉnh", end + 1 < w.count, w[end + 1].isCapitalised {
            return true
        }
        guard recent.contains(where: { ["phường", "xã", "trấn"].contains(w[$0].lower) }) else { return false }
        return ["quận", "huyện", "tỉnh"].contains(w[end].lower) || lead.matchesWritten(["thị", "xã"], at: end)
            || lead.matchesWritten(["thành", "phố"], at: end) || ["TP", "Q.", "H."].contains(w[end].text)
            || w[end].text.hasPrefix("TP") && w[end].text.count > 3 && w[end].text == w[end].text.uppercased()  // "TPHCM", "TP.HCM"
    }

    /// "Ban Quản lý các khu công nghiệp⟨,⟩ khu chế xuất tỉnh Đồng Nai", "Ban Quản lý các KCN⟨,⟩ KCX⟨,⟩ KKT
    /// tỉnh Bình Thuận": whether the comma after word `k` lists the zones that a management board (named
    /// up to eight words before it) runs — a zone or its abbreviation on each side. (After a zone's
    /// abbreviation in brackets, "khu công nghiệp (KCN)⟨,⟩ khu kinh tế", the name's small words do not
    /// yet run on to its place.)
    static func zonesListed(_ lead: LeadWords, comma k: Int) -> Bool {
        let w = lead.words
        guard k + 1 < w.count, [",", "),"].contains(w[k].after),
              let i = (max(0, k - 8)..<k).last(where: { lead.words[$0].isCapitalised && lead.matchesWritten(["ban", "quản", "lý"], at: $0) }) else { return false }
        let before = w[k].before == "(" && w[k].isAcronym ? k - 1 : k
        let endsAZone = (max(i, before - 3)...before).contains { j in lead.matchWritten(zones, at: j).map { j + $0.count - 1 == before } ?? false }
        return endsAZone && lead.matchWritten(zones, at: k + 1) != nil
    }

    /// The zones management boards run, and their abbreviations.
    static let zones = PhraseTable(["khu công nghiệp", "khu chế xuất", "khu kinh tế", "khu công nghệ cao", "kcn", "kcx", "kkt", "kcnc"])
}
