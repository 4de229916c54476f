import Foundation

/// Vietnamese personal names in a lead: a family name, then one to four capitalised syllables.
///
/// "Đồng chí Trần Gia Long, Tỉnh ủy viên, … chủ trì" → "Trần Gia Long"; "Bộ trưởng Bộ Y tế
/// Nguyễn Thị Kim Tiến chủ trì" → "Nguyễn Thị Kim Tiến"; "Phó Thủ tướng Vũ Khoan" → "Vũ Khoan".
enum PersonName {
    /// Common family names, as written (compared after NFC).
    static let surnames: Set<String> = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
        "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Lâm", "Mai", "Đinh", "Lương",
        "Tô", "Hà", "Cao", "Tạ", "Quách", "Chu", "Thái", "Lưu", "Triệu", "Phùng", "Kiều", "Khuất",
        "Tăng", "Hứa", "Nông", "Lò", "Tôn", "Mạc", "Thân", "Doãn", "Diệp", "Lục", "Tống", "Bế", "Giáp",
        "Âu", "Khổng", "Ông", "Châu", "Từ", "Quan", "Ninh", "Lại", "Đàm", "Nghiêm", "Hoàng",
        "Bành", "Lã", "Lữ", "Phí", "Mẫn", "Khúc", "Cù", "Nhữ", "Ngọ",
        // Rarer ones ("Cấn Đình Tài", "Đậu Anh Tuấn"); not those that open a country's, a year's or a
        // place's name ("Hàn Quốc", "Mã Lai", "Nhâm Dần", "Ứng Hòa", "Thiều Hóa", "Khương Mai").
        "Cấn", "Đậu", "Kha", "Chử", "Tưởng", "Bạch", "Biện", "Ôn",  // ("Phó Bí thư Thành ủy Tưởng Phi Chiến")
        // The family name every Buddhist monk and nun takes: "Hòa thượng Thích Thanh Nhiễu", "TT. Thích
        // Trí Thọ" (not "Thích ứng", whose next word is in small letters).
        "Thích",
        // Family names of the peoples of the northern mountains and the Central Highlands, common in
        // provincial leads: "Vàng Thị Mai" (Hmong), "Ma Văn Thịnh" (Tày), "Cầm Văn Đoản" (Thái), "Rah
        // Lan Thu" (Jrai), "Y Thanh Hà Niê Kdăm" (Êđê). Not those that open place names ("Thạch Hà",
        // "Sơn Tịnh", "Kim Bôi", "Lộc Ninh").
        "Vàng", "Giàng", "Sùng", "Thào", "Vừ", "Mùa", "Lầu", "Hầu", "Cầm", "Quàng", "Lường", "Điêu",
        "Sầm", "Vi", "Ma", "Chảo", "Tẩn", "Thèn", "Lù", "Đèo", "Ksor", "Siu", "Rah", "Rơ", "Kpă", "Y", "Danh",
    ]

    /// The groups "Đoàn" heads, the first two words of their names after it (folded): "Đoàn Đại
    /// biểu", "Đoàn Chủ tịch", "Đoàn Thanh niên", "Đoàn Công tác", "Đoàn Kiểm tra" …
    static let groupsNamedDoan: [(String, String)] = [
        ("dai", "bieu"), ("chu", "tich"), ("thanh", "nien"), ("thanh", "tra"), ("cong", "tac"), ("kiem", "tra"),
        ("giam", "sat"), ("khao", "sat"), ("luat", "su"),
    ]

    /// Places spelt like a family name and a given name (folded): "Thái Lan", "Thái Bình (Dương)",
    /// "Hà Lan", "Châu Âu" (other provinces are the catalogue's).
    static let places: Set<String> = ["thai lan", "thai binh", "ha lan", "chau au", "chau a", "chau phi", "chau my", "chau uc"]

    static func isSurname(_ word: String) -> Bool {
        surnames.contains(word.precomposedStringWithCanonicalMapping
            .replacingOccurrences(of: "\u{00D0}", with: "Đ"))
    }

    /// The name that starts at word `i`: a family name and 1–4 more capitalised words, none a
    /// number or an abbreviation; nil otherwise.
    static func read(_ lead: LeadWords, at i: Int) -> Range<Int>? {
        let w = lead.words
        guard i < w.count, isSurname(w[i].text) || cued(lead, at: i) || middleNamed(lead, at: i) else { return nil }
        // "Ông Trần Trọng Hữu": Mr, before a family name.
        if w[i].text == "Ông", i + 1 < w.count, isSurname(w[i + 1].text) { return nil }
        if i + 1 < w.count, places.contains(w[i].folded + " " + w[i + 1].folded) { return nil }
        // "Trưởng Đoàn Đại biểu Quốc hội tỉnh", "Ủy viên Đoàn Chủ tịch Trung ương Hội": a delegation, a
        // presidium — bodies, not Mr Đoàn Đại.
        if w[i].folded == "doan", i + 2 < w.count, w[i + 1].after.isEmpty,
           groupsNamedDoan.contains(where: { w[i + 1].folded == $0.0 && w[i + 2].folded.hasPrefix($0.1) }) {
            return nil
        }
        var end = i + 1
        // ("GS.TS. Lê Quân ⟨Giám đốc⟩ Đại học Quốc gia Hà Nội": an office written without its comma
        // ends the name.)
        func opensOffice(_ k: Int) -> Bool { k - i >= 2 && (MeetingWords.office(lead, at: k) ?? 0) >= 2 }
        while end < w.count, end - i < 5, w[end - 1].after.isEmpty, w[end].before.isEmpty,
              w[end].text.first?.isUppercase == true, !w[end].isAcronym, !opensOffice(end) {
            end += 1
        }
        return end - i >= 2 ? i..<end : nil
    }

    /// A name whose family name the list lacks, told by the word before it: "Đồng chí Sơn Minh Thắng"
    /// (Khmer), "ông Thạch Phước Bình", "Đại tá Kim Văn Hùng", "các đồng chí: Chẩu Văn Lâm, …"; not an
    /// office ("Đồng chí Bí thư").
    static func cued(_ lead: LeadWords, at i: Int) -> Bool {
        let w = lead.words
        guard i > 0, w[i - 1].after.isEmpty || w[i - 1].after == ":", w[i].isVietnamese, !w[i].isAcronym, w[i].text.first?.isUppercase == true,
              !HostReader.opensOffice(lead, at: i) else { return false }
        return ["ông", "bà"].contains(w[i - 1].text) || i > 1 && (lead.matches(["dong", "chi"], at: i - 2) || lead.match(ranks, at: i - 2) != nil)
    }

    /// A name whose family name the list lacks, told by its middle name "Thị" (a woman's): "Phó Bí
    /// thư Thường trực Tỉnh ủy Phương Thị Thanh"; not the tail of a capitalised place's name ("Cảng Cái
    /// Mép Thị Vải"), nor "Thị xã", "Thị trấn".
    static func middleNamed(_ lead: LeadWords, at i: Int) -> Bool {
        let w = lead.words
        guard i + 2 < w.count, w[i + 1].text == "Thị", w[i].after.isEmpty, w[i + 1].after.isEmpty, w[i + 2].before.isEmpty,
              w[i].isVietnamese, !w[i].isAcronym, w[i].text.first?.isUppercase == true, w[i + 2].text.first?.isUppercase == true else { return false }
        return !(i > 0 && w[i - 1].after.isEmpty && w[i - 1].text.first?.isUppercase == true && !w[i - 1].isAcronym)
    }

    /// The Buddhist clergy's titles, written before a dharma name: "Hòa thượng Thích Thanh Nhiễu",
    /// "Thượng tọa Thích Trí Thọ", "Ni sư Thích Nữ Như Nguyệt" (their short forms "HT.", "TT.", "ĐĐ."
    /// are `BodyGrammar.titles`).
    static let clergy = PhraseTable(["hòa thượng", "thượng tọa", "đại đức", "ni sư", "ni trưởng", "sư cô"])

    /// The words a person is called by before a name: "ông", "bà", "đồng chí".
    static let honorifics = PhraseTable(["ông", "bà", "đồng chí"])

    /// Ranks written before a name (folded).
    static let ranks: [[Substring]] = ["dai ta", "thuong ta", "trung ta", "thieu ta", "dai tuong", "thuong tuong", "trung tuong",
                                       "thieu tuong"].phrases

    /// A foreign name ending at word `k`: the capitalised words before it that are no Vietnamese
    /// syllable, at least two ("Bộ trưởng Tài chính Anh Gordon Brown" → "Gordon Brown"), or one
    /// and the word before it ("Ban Ki-moon"); nil for "Hà Nội" or "UBND".
    static func foreign(in lead: LeadWords, endingAt k: Int) -> Range<Int>? {
        let w = lead.words
        func name(_ i: Int) -> Bool { i >= 0 && w[i].text.first?.isUppercase == true && !w[i].isAcronym }
        func joined(_ i: Int) -> Bool { w[i].after.isEmpty && w[i + 1].before.isEmpty }
        var start = k + 1
        while start > 0, k - start < 2, name(start - 1), !w[start - 1].isVietnamese || w[start - 1].text.contains("-"),
              start - 1 == k || joined(start - 1) {
            start -= 1
        }
        if k - start == 0, name(start - 1), joined(start - 1) { start -= 1 }
        return k - start >= 1 ? start..<(k + 1) : nil
    }

    /// The last name that ends right before word `j` (offices and commas may stand between the
    /// name and `j`: "Trần Gia Long, Tỉnh ủy viên, … chủ trì").
    static func last(in lead: LeadWords, before j: Int, from start: Int) -> Range<Int>? {
        var k = j - 1
        while k >= start {
            if var r = read(lead, at: k), r.upperBound <= j {
                // "Phan Văn Khải": a family name before the one found belongs to the name.
                while r.lowerBound > start, isSurname(lead.words[r.lowerBound - 1].text), lead.words[r.lowerBound - 1].text != "Ông",
                      lead.words[r.lowerBound - 1].after.isEmpty, r.count < 5 {
                    r = (r.lowerBound - 1)..<r.upperBound
                }
                return r
            }
            k -= 1
        }
        return nil
    }

    /// Where the office set after the name `name` begins: past a spaced dash ("Nguyễn Minh Hoàng ⟨–⟩
    /// trưởng Ban …", "Vi Thị Ly ⟨-⟩ Phó Chủ tịch HĐND xã") or right after its comma ("Trương Thanh
    /// Phong⟨,⟩ Chủ tịch Hiệp hội …"); nil when neither follows it.
    static func officeStart(_ lead: LeadWords, after name: Range<Int>) -> Int? {
        guard name.upperBound + 1 < lead.words.count else { return nil }
        if ["-", "–"].contains(lead.words[name.upperBound].text) { return name.upperBound + 1 }
        return lead.words[name.upperBound - 1].after.contains(",") ? name.upperBound : nil
    }
}
