/// A capital that a name runs on from in small letters: "Trung tâm Bảo ⟨vệ quyền tác giả âm
/// nhạc⟩ VN", "Ban Tuyên ⟨giáo⟩ Trung ương", "Cục Dự trữ Liên ⟨bang⟩ Mỹ (FED)", "Tổng Công ty …
/// Viễn thông Quân ⟨đội⟩ (Viettel)". Without these words the name would end inside a word
/// ("Ủy ban Theo", "Hội Điện"); where they do not come to an end within six words the name is
/// not read at all. A capital before a verb or a time ends a name ("Cục Thuế ⟨đã⟩ …", "UBND tỉnh
/// ⟨sáng nay⟩"), and so does a place or country ("Tỉnh ủy Hưng Yên", "Hiệp hội Tiết niệu Mỹ").
extension BodyGrammar {
    /// Whether the capital at `k` stands alone: the word before it is in small letters, a head of
    /// one word, first in the name or not, or a company's legal form ("Hội Điện", "Vụ Dân ⟨tộc thiểu
    /// số⟩", "dịch Phòng", "Ban chấp hành Hội Kiến ⟨trúc sư⟩ VN", "Công ty TNHH MTV Khai ⟨thác công trình
    /// thủy lợi⟩ Bắc Nam Hà"; not "Bình Thuận", "Việt Nam").
    /// A capital that opens a head or an office is cut too: "CNVC Tổng Công ⟨ty⟩ Cơ khí …",
    /// "Hội đồng Các Bộ ⟨trưởng⟩ Giáo dục …".
    static func lone(_ lead: LeadWords, _ k: Int, from start: Int) -> Bool {
        k > start && (!lead.words[k - 1].isCapitalised || headLength(lead, at: k - 1) == 1 || legalForm(lead, k)
            || (head(lead, at: k) ?? 0) > 1 || MeetingWords.office(lead, at: k) != nil)
    }

    /// A capitalised Vietnamese syllable that a small-letter syllable continues with no mark
    /// between them, the second not a word that follows a name ("Bảo vệ", not "Thuế đã"), the
    /// first not a country ("Mỹ", "Nga").
    static func runsOn(_ last: LeadWords.Word, into next: LeadWords.Word) -> Bool {
        last.isCapitalised && !last.isAcronym && last.isVietnamese && last.after.isEmpty
            && last.text.allSatisfy(\.isLetter) && !countries.contains(last.text)
            && (smallWord(next) || compound(last, next))
    }

    /// Words of names one of whose halves is also a word of clauses: "Đổi mới", "Nhà báo", "vấn
    /// đề", "Hàng không", "Tự do", "Dân chủ"; "dự phòng", "thông tin", "đầu tư" ("Trung tâm Y tế dự
    /// phòng TPHCM", "Sở Văn hóa thông tin Hà Nội"); and "Nhi đồng" ("Bệnh viện Nhi đồng Cần Thơ").
    /// After a name's own small word, its second half goes on the name: "Công nghiệp cao ⟨su⟩".
    static func compound(_ first: LeadWords.Word, _ second: LeadWords.Word) -> Bool {
        compounds[first.lower]?.contains(second.lower) == true && second.before.isEmpty && first.after.isEmpty
    }

    static let compounds: [String: Set<String>] = [
        "đổi": ["mới"], "nhà": ["báo"], "vấn": ["đề"], "hàng": ["không"], "tự": ["do"], "dân": ["chủ"],
        "dự": ["phòng"], "thông": ["tin"], "công": ["nghệ", "nghiệp", "chính", "chánh", "trình"], "đầu": ["tư"], "giao": ["thông"],
        "phát": ["triển"], "quy": ["hoạch"], "tài": ["chính", "nguyên"], "kiểm": ["toán", "sát"],
        "nhận": ["thức"], "tri": ["thức"], "kiến": ["trúc", "thức"], "ý": ["thức"], "nhi": ["đồng"],
        // (A word of names whose first half is one too: "Tập đoàn Công nghiệp ⟨cao su⟩ Việt Nam", "… ⟨hóa chất⟩ Việt Nam".)
        "cao": ["su"], "hóa": ["chất"], "hoá": ["chất"],
    ]

    /// The end of the small-letter words from `start` that finish a name: at most six, ending
    /// where the clause goes on (a mark, a capital, a verb, a time, the text's end); nil when
    /// they go on longer.
    static func smallRun(_ lead: LeadWords, from start: Int) -> Int? {
        let w = lead.words
        var k = start
        // ("Bộ Các vấn ⟨đề⟩ cựu chiến binh", "Ban chỉ đạo Đổi ⟨mới⟩ Doanh nghiệp".)
        while k < w.count, smallWord(w[k]) || compound(w[k - 1], w[k])
                || k + 1 < w.count && w[k].before.isEmpty && w[k].text.first?.isLowercase == true && compound(w[k], w[k + 1]) {
            k += 1
            if k - start > 6 { return nil }
            if !w[k - 1].after.isEmpty { break }
        }
        return k
    }

    /// "Công ty CP ⟨than⟩ Hà Lầm", "Công ty cổ phần ⟨xi măng⟩ Hà Tiên": after a company's legal form,
    /// what it trades in, in small letters (three words at most), then its brand in capitals — a
    /// name, not a person ("Hà Lầm"); where the brand ends (four words at most), or nil.
    static func brandAfterLegalForm(_ lead: LeadWords, from start: Int) -> Int? {
        let w = lead.words
        // ("Công ty TNHH ⟨một thành viên⟩ Khai thác …": the legal form's own words in small letters first.)
        let from = lead.matchesWritten(["một", "thành", "viên"], at: start) ? start + 3 : start
        guard legalForm(lead, start), let run = smallRun(lead, from: from), run > start, run - from <= 3, run < w.count,
              w[run - 1].after.isEmpty else { return nil }
        var end = run
        while end < min(w.count, run + 4), w[end].isCapitalised, w[end].before.isEmpty, !isTimeOrNumber(w[end].text),
              !sentenceTimes.contains(w[end].lower), end == run || w[end - 1].after.isEmpty {
            end += 1
        }
        return end > run ? end : nil
    }

    /// Whether the capitalised words at `r` are a brand `brandAfterLegalForm` reads, or stand in the
    /// capitals right after the legal form, no person's name: "Công ty CP than ⟨Hà Lầm⟩", "Công ty
    /// TNHH Bảo ⟨Châu Hoài Ân⟩".
    static func isBrand(_ lead: LeadWords, _ r: Range<Int>) -> Bool {
        (max(0, r.lowerBound - 3)..<r.lowerBound).contains { k in
            legalForm(lead, k) && (brandAfterLegalForm(lead, from: k).map { $0 >= r.upperBound } == true && smallRun(lead, from: k) == r.lowerBound
                || lead.words[k..<r.lowerBound].allSatisfy { $0.isCapitalised && !$0.isAcronym && $0.after.isEmpty })
        }
    }

    /// "Chính phủ ⟨triển⟩ khai", "Công ty … Hà Nội ⟨triển⟩ khai tổ chức": a word of names ("phát
    /// triển") that is here the first half of a verb, no word of the name before it; and "thể" but in
    /// "thể thao", "thể dục" ("Trung tâm … Thể dục thể thao", not "Sở … ⟨thể⟩ hiện").
    static func verbHalf(_ lead: LeadWords, _ k: Int) -> Bool {
        let w = lead.words
        if w[k].lower == "thể" { return !(k + 1 < w.count && ["thao", "dục"].contains(w[k + 1].lower)) }
        return w[k].lower == "triển" && (k == 0 || w[k - 1].lower != "phát")
    }

    /// Whether a company's legal form ends right before `k`: "CP", "TNHH", "MTV", "cổ phần".
    static func legalForm(_ lead: LeadWords, _ k: Int) -> Bool {
        k >= 1 && ["CP", "TNHH", "MTV", "CTCP"].contains(lead.words[k - 1].text) || k >= 2 && lead.matchesWritten(["cổ", "phần"], at: k - 2)
    }

    /// "Hội điện ⟨ảnh⟩ VN", "Nhóm nữ ⟨nghị sĩ⟩ Việt Nam", "Trung tâm Y tế ⟨dự phòng⟩ TPHCM", "Hội
    /// vật ⟨lý⟩ Mỹ", "Ban chỉ đạo ⟨phòng chống⟩ SARS": the end of at most four small words after a
    /// name's small words, when a place or an abbreviation follows them with no mark between (or
    /// the name's abbreviation in brackets) — the rest of the name, not a clause ("Bộ Công an khẩn
    /// trương điều tra Vụ …" ends on neither).
    static func runsToPlace(_ lead: LeadWords, from start: Int, catalog: Catalog) -> Int? {
        let w = lead.words
        guard let run = smallRun(lead, from: start), run > start, run < w.count else { return nil }
        // ("Hội Nạn nhân chất độc da cam/dioxin ⟨huyện⟩ Tiên Phước": the unit before the place's name
        // is none of the name's four small words.)
        let unit = placeUnit(lead, before: run, from: start)
        let place = w[run]
        // ("Hội khuyến học ⟨huyện⟩ tổ chức", "Hội nạn nhân chất độc da cam ⟨tỉnh⟩, …": or the unit alone, the
        // place the news's own, before a mark or a verb.)
        if unit > 0, run - unit > start, !w[run - 1].after.isEmpty || !place.isCapitalised && afterNames.contains(place.lower) { return run }
        guard w[run - 1].after.isEmpty else { return nil }
        // ("Hội Bảo vệ ⟨quyền lợi người tiêu dùng⟩ tỉnh (BVQLNTD)": more of them when the abbreviation
        // in brackets spells the name.)
        let spelled = place.before == "(" && place.after.hasPrefix(")") && spellsTheName(lead, acronym: run, before: run - unit)
        guard run - unit - start <= 4 || spelled, run - unit > start else { return nil }
        if unit > 0 { return place.isCapitalised && place.before.isEmpty && !isTimeOrNumber(place.text) || spelled ? run : nil }
        // ("Tổ chức các nước xuất khẩu ⟨dầu mỏ⟩ (OPEC)": or its abbreviation in brackets.)
        if place.before == "(", place.isAcronym, place.after.hasPrefix(")"), !notBodies.contains(place.text.uppercased()) { return run }
        guard place.before.isEmpty else { return nil }
        let isPlace = place.isAcronym && !isTimeOrNumber(place.text) && !titles.contains(place.text.uppercased())
            || countries.contains(place.text) || place.text == "Việt" && lead.matchesWritten(["việt", "nam"], at: run)  // ("Nhóm nữ nghị sĩ Việt Nam")
            || catalog.startsWithProvince(w[run..<min(run + 3, w.count)].map(\.folded).joined(separator: " "))
        return isPlace ? run : nil
    }

    /// Whether the capitals of the abbreviation at `acronym` are the first letters of the words that
    /// end right before `end`, one to a word: "Bảo vệ quyền lợi người tiêu dùng" for "(BVQLNTD)".
    static func spellsTheName(_ lead: LeadWords, acronym: Int, before end: Int) -> Bool {
        let letters = Array(Catalog.fold(lead.words[acronym].text))
        guard letters.count >= 3, letters.allSatisfy(\.isLetter), end >= letters.count else { return false }
        let start = end - letters.count
        return (start..<end).allSatisfy { Catalog.fold(lead.words[$0].text).first == letters[$0 - start] }
    }

    /// How many words of an administrative unit end the small words before `run`: "huyện", "tỉnh",
    /// "xã", "phường", "quận", "thị xã", "thị trấn", "thành phố"; 0 when none does.
    /// (The ranks a host may end on, `HostReader.placeRanks`.)
    static func placeUnit(_ lead: LeadWords, before run: Int, from start: Int) -> Int {
        let w = lead.words
        if run - start >= 3, HostReader.placeRanks.contains(w[run - 2].lower + " " + w[run - 1].lower) { return 2 }
        return run - start >= 2 && HostReader.placeRanks.contains(w[run - 1].lower) ? 1 : 0
    }

    /// A word of letters in small, no mark before it, not one of a clause or a time; or two joined
    /// by a slash ("chất độc da ⟨cam/dioxin⟩").
    static func smallWord(_ word: LeadWords.Word) -> Bool {
        guard word.before.isEmpty, word.text.first?.isLowercase == true else { return false }
        // (Letters, or letters on both sides of one slash; read without cutting the word.)
        var slash = false, previous: Character = "/"
        for c in word.text {
            if c == "/" {
                guard !slash, previous != "/" else { return false }
                slash = true
            } else if !c.isLetter {
                return false
            }
            previous = c
        }
        return previous != "/" && !afterNames.contains(word.lower) && !timeWords.contains(word.lower)
    }

    /// "T.T", "N.H", "Q.MINH": a photographer's or writer's initials, no body.
    static func isInitials(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        // (And a photographer's credit: "Ảnh: Q.MINH", an initial, then the name.)
        if parts.count == 2, parts[0].count == 1, parts[1].count >= 3, parts[1].allSatisfy(\.isLetter) { return true }
        return parts.count >= 2 && parts.allSatisfy { $0.count <= 1 } && text != "T.Ư"
    }

    /// Countries named in one syllable (not "Pháp", "Anh": "Pháp lý", "Anh hùng").
    static let countries: Set<String> = [
        "Mỹ", "Nga", "Đức", "Nhật", "Lào", "Ý", "Úc", "Hàn", "Bỉ", "Séc", "Cuba", "Iran", "Iraq",
    ]

    /// Words of time after a name: "(HĐND TP Hà Nội) sáng nay", "nhiệm kỳ V", "hồi tháng 6".
    static let timeWords: Set<String> = [
        "sáng", "chiều", "tối", "trưa", "đêm", "ngày", "hôm", "hồi", "tháng", "năm", "tuần", "nhiệm", "lần", "khóa", "khoá",
    ]

    /// "… phường ⟨Tổ chức Hội nghị⟩ tổng kết": the verb written with a capital before its meeting,
    /// no word of a name.
    static func holdsWithACapital(_ lead: LeadWords, at k: Int) -> Bool {
        lead.matchesWritten(["tổ", "chức"], at: k) && lead.matchWritten(MeetingWords.nouns, at: k + 2) != nil
    }

    /// Verbs made of words that names are made of too: "(Viện VHTT) phát biểu", "thông báo", "(Chủ
    /// tịch UBND tỉnh) ủy quyền" (not "UBND tỉnh ủy"), "(Sở Y tế tỉnh) tổng kết công tác năm 2017".
    static let verbsOfInnerWords: [[Substring]] = [
        "phat bieu", "thong bao", "thong qua", "phat dong", "phat hien", "cong bo", "cong nhan", "tai tro",
        "tien hanh", "uy quyen", "uy nhiem", "uy thac", "tong ket",
    ].phrases

    /// Times that open a sentence: "Sáng 13/6", "Chiều qua", "Ngày 7/6".
    static let sentenceTimes: Set<String> = ["sáng", "chiều", "tối", "trưa", "đêm", "ngày", "hôm"]

    /// Small words that follow a whole name: the verbs, adverbs and joiners of its clause.
    static let afterNames: Set<String> = HostReader.notInNames.union(MeetingWords.glue).union([
        "không", "cũng", "vẫn", "còn", "lại", "cần", "phải", "nên", "luôn", "từng", "chỉ", "trong", "từ", "ra",
        "làm", "đưa", "trình", "báo", "nói", "nêu", "cử", "tuyên", "quy", "nhận", "bắt", "hiện", "thông", "công",
        "quyết", "cấp", "kiểm", "ban", "phát", "gửi", "họp", "kêu", "ký", "giao", "xác", "cảnh", "khẳng", "mời",
        "tặng", "trao", "thăm", "tham", "dự", "lên", "xin", "chấp", "thu", "truy", "mua", "bán", "đầu", "hỗ", "tài",
        "này", "đó", "ấy", "nay", "vào", "theo", "như", "hay", "hoặc", "nhưng", "rằng", "bởi", "vì", "ngay",
        "diễn", "kiến", "đề", "nhấn", "khai", "bế", "thảo", "bàn", "xem", "xét", "đánh", "tiếp", "gặp", "kiêm", "chia",
    ])
}
