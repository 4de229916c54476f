/// Heads that name one body by themselves, with no name after them.
extension BodyGrammar {
    /// "Quốc hội", "Tỉnh ủy" at `i`: a head that is a whole name.
    static func selfNamingPhrase(_ lead: LeadWords, _ i: Int) -> Bool { lead.match(selfNaming, at: i) != nil }

    /// Heads that are names by themselves, folded: "Quốc hội", "Chính phủ", "Tỉnh ủy", "Tỉnh đoàn", "Huyện đoàn".
    static let selfNaming: [[Substring]] = [
        "quoc hoi", "chinh phu", "bo chinh tri", "dang", "ban bi thu", "thuong truc", "trung uong",
        "lien hop quoc", "nha nuoc", "dang uy", "chi bo", "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy",
        "dang bo", "ban to chuc", "hoi dong nhan dan", "uy ban nhan dan", "thuong vu", "tinh doan", "thanh doan",
        // (The Youth Union's district committee in its district's news: "Huyện đoàn phối hợp với … tổ chức".)
        "huyen doan", "quan doan", "thi doan",
    ].phrases
}

/// Houses named after a person: the person's name is the whole qualifier.
extension BodyGrammar {
    /// Heads a person's name may qualify right after them, written as the heads are: "Bảo tàng Tôn
    /// Đức Thắng", "Thư viện Tạ Quang Bửu", "Nhà văn hóa Lao Động" (not "Bộ Thương mại Trương Đình
    /// Tuyển", a minister after his ministry); and the parks and reserves named after mountains that
    /// read as people: "Vườn quốc gia Bạch Mã", "Vườn quốc gia Hoàng Liên".
    static let namedAfterPeople = PhraseTable(["bảo tàng", "thư viện", "nhà văn hóa", "cung văn hóa", "trường", "học viện", "đại học",
                                               "vườn quốc gia", "khu bảo tồn thiên nhiên", "khu bảo tồn"]
        .map(LeadWords.normalPhrase))
}
