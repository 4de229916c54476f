/// The small words of names: a ministry's fields ("Sở Kế hoạch và đầu tư"), their second halves
/// ("Tài nguyên - môi trường") and the words that never end a name ("Cục Dự trữ liên (bang)").
extension BodyGrammar {
    /// The fields of ministries and departments joined by "và", which news may write in small
    /// letters after the first word: "Sở Kế hoạch và đầu tư", "Bộ Tài nguyên và môi trường"; or with
    /// the second field's initials: "Bộ Nông nghiệp và PTNT", "Sở Tài nguyên và MT", "Sở Kế hoạch và ĐT".
    static let fields: [[Substring]] = [
        "nong nghiep va phat trien nong thon", "ke hoach va dau tu", "tai nguyen va moi truong", "giao duc va dao tao",
        "thong tin va truyen thong", "khoa hoc va cong nghe",
        "nong nghiep va ptnt", "ke hoach va dt", "tai nguyen va mt", "giao duc va dt", "thong tin va tt", "khoa hoc va cn",
        // (The councils of every level for defence and security education: "Hội đồng giáo dục quốc phòng và an ninh huyện Yên Thế".)
        "giao duc quoc phong va an ninh", "giao duc quoc phong an ninh",
        // (And for coordinating the teaching of the law: "Hội đồng phối hợp phổ biến giáo dục pháp luật tỉnh".)
        "phoi hop pho bien giao duc phap luat",
    ].phrases

    /// The cause a committee is for, in small letters inside its name: "Ban vì sự tiến bộ của phụ nữ
    /// tỉnh", "Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam".
    static let causes: [[Substring]] = ["vi su tien bo cua phu nu", "vi su tien bo phu nu"].phrases

    /// How many words of a name's inside start at `k`, a cause or a list of fields with a comma: "Ban
    /// Chỉ huy ⟨Phòng, chống thiên tai⟩ …" (after the head's own words), "Ban ⟨vì sự tiến bộ của phụ nữ⟩ tỉnh".
    static func innerPhrase(_ lead: LeadWords, at k: Int, name i: Int) -> Int? {
        if let n = lead.match(causes, at: k) { return n }
        guard k - i >= 2, let n = commaFields(lead, at: k), n > 1 else { return nil }
        return n
    }

    /// The second fields of ministries, departments and companies, after "và" or a dash, which news
    /// may write in small letters: "Tài nguyên - môi trường", "Bưu chính - viễn thông", "Giáo dục và
    /// đào tạo", "Lao động - thương binh và xã hội", "Giao thông - vận tải", "(Công ty TNHH) Thương
    /// mại và dịch vụ".
    static let secondFields = PhraseTable([
        "môi trường", "viễn thông", "đầu tư", "thông tin", "công nghệ", "thương binh và xã hội", "thương binh xã hội",
        "đào tạo", "kiến trúc", "văn hóa", "thương mại", "công chính", "công chánh", "du lịch", "thể thao",
        "truyền thông", "xã hội", "phát triển nông thôn", "nhà đất", "dạy nghề", "dịch vụ", "hóa chất", "xây dựng",
        "xuất nhập khẩu", "chế biến", "tài chính", "vận tải",
    ])

    /// Lower-case words of names that never end one ("cơ quan", "liên bộ", "xây dựng"): a host
    /// that ends on one was cut short ("Cục Dự trữ liên (bang)"; `HostReader.withoutDanglingQualifier`).
    static let firstHalves: Set<String> = [
        "cơ", "chấp", "thường", "trung", "nhà", "liên", "đại", "doanh", "địa", "phát", "châu",
        "môi", "lao", "xây", "khoa", "kinh", "xuất", "nhập", "chứng", "kỹ", "tiền", "tài", "bảo", "cựu", "cạnh",
    ]

    /// "và" between the two abbreviations in the brackets that spell a name: "Hội Bảo trợ người
    /// khuyết tật và trẻ mồ côi ⟨(NKT và TMC)⟩ huyện Hiệp Hòa".
    static func joinsBracketedAbbreviations(_ lead: LeadWords, at k: Int) -> Bool {
        let w = lead.words
        guard k >= 1, k + 1 < w.count, w[k].lower == "và" else { return false }
        return w[k - 1].isAcronym && w[k - 1].before.hasSuffix("(") && w[k + 1].isAcronym && w[k + 1].after.hasPrefix(")")
    }
}
