/// Words that look like a body's name but name none: a person's title or a city's abbreviation
/// ("HLV", "TP"), a fair ("Hội chợ"), an office ("Bộ trưởng …", "Trưởng đoàn TTVN"), a foreign
/// person's name after a body's ("Bộ Nội vụ Philippines ⟨Marius Corpus⟩").
extension BodyGrammar {
    /// Abbreviations that name no organisation: "TP" (a city), "HLV" (a coach), "GS" (a professor),
    /// "TT" (a president: "TT Bush").
    static let notBodies: Set<String> = [
        "TP", "TP.HCM", "TPHCM", "VN", "HLV", "GS", "TS", "PGS", "THS", "BS", "KTS", "NSƯT", "NSND", "USD",
        "VND", "ĐBQH", "CLB", "ĐT", "SEA", "GDP", "UAE", "TV", "HCM", "HN", "ÔNG", "BÀ", "ODA", "FDI", "ISO",
        "CNTT", "DN", "NLĐ", "TTXVN", "VNE", "SGGP", "NLĐO", "ĐB", "GS-TS", "PGS-TS", "GS.TS", "PGS.TS", "TS-BS", "TT", "HT", "ĐĐ",
        "CĐV",  // fans
        "ADN", "DNA", "ARN", "RNA", "HIV", "AIDS", "AI",  // science's and medicine's terms: "hội thảo ADN cổ đại quốc tế"
    ]

    /// How a meeting was held, between a body and its verb, no words of a name: "long trọng", "trang
    /// trọng", "trọng thể", "trang nghiêm".
    static let manners: [[Substring]] = ["long trọng", "trang trọng", "trọng thể", "trang nghiêm"].map { $0.split(separator: " ") }

    /// Abbreviated titles of persons: "HLV", "GS", "TS".
    static let titles: Set<String> = [
        "HLV", "GS", "TS", "PGS", "THS", "BS", "KTS", "NSƯT", "NSND", "ĐBQH", "GS-TS", "PGS-TS", "GS.TS", "PGS.TS", "TT", "HT", "ĐĐ",
    ]

    /// What "Hội" names when it is a fair, a festival, a contest or a hall, not an association:
    /// "Hội chợ", "Hội sách", "Hội diễn", "Hội thi", "Hội khỏe Phù Đổng", "Hội trường UBND tỉnh".
    static let fairs = Set([
        "chợ", "sách", "diễn", "thi", "hoa", "khỏe", "trại", "thao", "báo", "làng", "giảng", "đua", "xuân", "trường",
    ].map(LeadWords.normal))

    /// Whether "Hội" at `i` names a fair, a festival or a contest ("Hội làng Đông Kỵ"); not the
    /// association of a craft village, "Hội Làng nghề mộc truyền thống thôn Phù Yên".
    static func namesAFair(_ lead: LeadWords, at i: Int) -> Bool {
        let w = lead.words
        guard w[i].lower == "hội", i + 1 < w.count, fairs.contains(w[i + 1].lower) else { return false }
        return !lead.matches(["lang", "nghe"], at: i + 1)
    }

    /// The leader of a delegation, who speaks for no body of that name: "Trưởng đoàn TTVN".
    static let leadersOfDelegations: [[Substring]] = ["truong doan", "pho truong doan"].phrases

    /// Whether an office opens the words at `i`: a person, no body, though it starts like a head
    /// ("Bộ trưởng Nguyễn Danh Thái", "Trưởng đoàn TTVN").
    static func opensOnAnOffice(_ lead: LeadWords, at i: Int) -> Bool {
        MeetingWords.office(lead, at: i) != nil || lead.match(leadersOfDelegations, at: i) != nil
    }

    /// Whether the head at `i` opens a place's name: "Tây Ban Nha" (Spain), "Đài Loan" (Taiwan),
    /// "thành phố ⟨Hội An⟩", "xã ⟨Đoàn Kết⟩" (a head of one word after a unit written in small
    /// letters; not "cấp tỉnh ⟨Ủy ban⟩ Kiểm tra …", a title run into the lead).
    static func namesAPlace(_ lead: LeadWords, at i: Int) -> Bool {
        let w = lead.words
        if i > 0, w[i].lower == "ban", w[i - 1].lower == "tây" { return true }
        if w[i].lower == "đài", i + 1 < w.count, w[i + 1].lower == "loan" { return true }
        return i > 0 && w[i - 1].after.isEmpty && !w[i - 1].isCapitalised && placeUnits.contains(w[i - 1].lower)
            && headLength(lead, at: i) == 1
    }

    /// "tại trụ sở Trung ương Đảng ⟨Ban Chấp hành⟩ Trung ương Đảng khóa XIII đã họp": a committee
    /// of a body opens a name of its own, never stands inside another's.
    static func opensACommittee(_ lead: LeadWords, at k: Int) -> Bool {
        lead.words[k].isCapitalised && lead.matchWritten(committees, at: k) != nil
    }

    static let committees = PhraseTable(["ban chấp hành", "ban thường vụ"].map(LeadWords.normalPhrase))

    /// "Phó chủ tịch UBND- ⟨Chủ tịch⟩ hội đồng chủ trì": an office after a dash glued to the name
    /// is its holder's second office, no part of the name (as after a dash written apart).
    static func secondOfficeAfterDash(_ lead: LeadWords, at k: Int) -> Bool {
        k > 0 && ["-", "–"].contains(lead.words[k - 1].after) && MeetingWords.office(lead, at: k) != nil
    }

    /// The last words of administrative units' ranks (`HostReader.placeRanks`): "tỉnh", "huyện", "(thành)
    /// phố", "(thị) trấn".
    static let placeUnits = Set(HostReader.placeRanks.compactMap { $0.split(separator: " ").last.map(String.init) })

    /// A foreign person's name ends a body: "Bộ Nội vụ Philippines Marius Corpus", "Ban Ki-moon";
    /// one foreign word among Vietnamese ones does not ("Ban tổ chức Festival hoa Đà Lạt").
    /// ("NATO Jaap de Hoop Scheffer": an international organisation's name is whole.)
    static func foreignName(_ lead: LeadWords, at k: Int) -> Bool {
        let w = lead.words
        guard !w[k].isVietnamese else { return false }
        if k > 0, organisations.contains(w[k - 1].text) { return true }
        // ("châu Á-Thái Bình Dương": syllables joined by a hyphen are no foreign name.)
        if w[k].text.contains("-") {
            return !w[k].text.split(separator: "-").allSatisfy { VietnameseSyllable.isWellFormed($0.unicodeScalars.map(\.value)) }
        }
        return k + 1 < w.count && w[k + 1].isCapitalised && !w[k + 1].isVietnamese
    }

    /// A foreign name written with its first name's initial: "(Cao ủy … EU) J.Solana", "C.Rice" (not
    /// "T.Ư", "Q.Đống Đa": a Vietnamese syllable after the dot).
    static func initialled(_ word: String) -> Bool {
        let s = Array(word)
        guard s.count >= 5, s[0].isUppercase, s[1] == ".", s[2].isUppercase, s[3...].contains(where: \.isLowercase) else { return false }
        let rest = String(s[2...]).split(separator: "-").first.map(String.init) ?? ""
        return !VietnameseSyllable.isWellFormed(rest.unicodeScalars.map(\.value))
    }
}
