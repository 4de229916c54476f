/// Reads the name of a Vietnamese organisation from words: a head noun, then its qualifiers.
///
/// "Ban Thường vụ Tỉnh ủy", "Chi bộ Sở Thông tin và Truyền thông", "UBND TP Hà Nội",
/// "Bộ Y tế", "HĐND tỉnh khóa XVI", "Tổ chức Thương mại thế giới (WTO)", "WTO". The head must be
/// written with a capital; the qualifiers are capitalised words, abbreviations and the few
/// lower-case words that names are made of ("tỉnh", "thành phố", "nhân dân", "các cơ quan").
/// "Hiện tại, cô đang" or "Lúc này thì bóng đá" start with no head and are no body.
enum BodyGrammar {
    /// Head nouns, folded, longest first.
    static let heads: [[Substring]] = [
        "ban chap hanh", "ban thuong vu", "ban bi thu", "bo chinh tri", "thuong truc", "thuong vu",
        "dang uy", "dang bo", "chi bo", "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy",
        "uy ban nhan dan", "uy ban", "hoi dong nhan dan", "hoi dong", "quoc hoi", "chinh phu",
        "mat tran", "lien doan", "lien hiep", "hiep hoi", "hoi", "bo", "so", "ban", "tong cuc", "cuc",
        "vien kiem sat", "vien", "hoc vien", "toa an", "thanh tra", "kiem toan", "ngan hang", "tong cong ty",
        "cong ty", "tap doan", "dai hoc", "truong", "trung tam", "van phong", "doan", "tinh doan", "thanh doan",
        "trung uong", "cong doan", "dang", "nha nuoc", "to chuc", "lien hop quoc", "quy", "nhom",
        "ban to chuc", "phong", "chi cuc", "bo tu lenh", "quan khu", "cong an", "canh sat", "xi nghiep",
    ].phrases

    /// Lower-case words inside names ("tỉnh", "nhân dân", "các cơ quan").
    static let inner: Set<String> = [
        "tinh", "thanh", "pho", "huyen", "quan", "xa", "phuong", "thi", "tran", "nhan", "dan", "khoi",
        "cac", "co", "dang", "uy", "thuong", "vu", "truc", "chap", "hanh", "trung", "uong", "quoc", "hoi",
        "chinh", "phu", "nha", "nuoc", "toi", "cao", "the", "gioi", "lien", "hop", "dai", "bieu", "khoa",
        "tu", "phap", "te", "an", "ninh", "doanh", "nghiep", "san", "dia", "phuong", "chu", "nghia",
        "viet", "nam", "cong", "nong", "thon", "nghiep", "tac", "te", "phat", "trien", "tien", "mat",
        "duc", "tao", "tai", "nguyen", "moi", "truong", "thong", "tin", "truyen", "van", "hoa", "dich",
        "lich", "the", "thao", "giao", "thuong", "mai", "ngoai", "noi", "thuy", "loi", "lao", "dong",
        "binh", "xay", "dung", "khoa", "hoc", "chung", "khoan", "ky", "thuat", "kinh", "van", "tai",
    ]

    /// The body that starts at word `i`, as a range of words; nil when no head stands there.
    static func read(_ lead: LeadWords, at i: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        guard i < w.count, w[i].isCapitalised, w[i].before.isEmpty || w[i].before == "(" else { return nil }
        var end: Int
        if let n = lead.match(heads, at: i) {
            end = i + n
        } else if w[i].isAcronym, !isTimeOrNumber(w[i].text) {
            end = i + 1  // "UBND", "WTO", "HĐND"
        } else {
            return nil
        }
        // A head alone in lower-case words is a common noun: "Hội" needs its name.
        var words = end - i
        while end < w.count, words < 12, w[end - 1].after.isEmpty || w[end - 1].after == "&" {
            let word = w[end]
            if word.isCapitalised, !isTimeOrNumber(word.text) {
                // A person's name ends the body: "Bộ Thương mại Trương Đình Tuyển"; a province
                // does not ("UBND tỉnh Hà Tây").
                if PersonName.read(lead, at: end) != nil,
                   !catalog.startsWithProvince(lead.words[end..<min(end + 3, w.count)].map(\.folded).joined(separator: " ")) {
                    break
                }
                end += 1
            } else if inner.contains(word.folded) {
                end += 1
            } else if word.folded == "va" || word.folded == "-", end + 1 < w.count, w[end + 1].isCapitalised {
                end += 1  // "Thông tin và Truyền thông", "Lao động - Thương binh"
            } else {
                break
            }
            words += 1
        }
        // Trailing joiners and lower-case words belong to what follows: "… tỉnh và" → "… tỉnh".
        while end > i + 1, ["va", "-", "cac", "co", "dang"].contains(w[end - 1].folded) { end -= 1 }
        // A bare head with nothing after it names nothing ("Ban", "Bộ", "Hội"): needs a qualifier,
        // except heads that are names by themselves ("Quốc hội", "Chính phủ", "Bộ Chính trị").
        if end - i == (lead.match(heads, at: i) ?? 0), !selfNamingPhrase(lead, i) { return nil }
        return i..<end
    }

    static func selfNamingPhrase(_ lead: LeadWords, _ i: Int) -> Bool {
        lead.match(["quoc hoi", "chinh phu", "bo chinh tri", "ban bi thu", "thuong truc", "trung uong",
                    "lien hop quoc", "nha nuoc", "dang uy", "chi bo", "tinh uy", "thanh uy", "huyen uy",
                    "dang bo", "ban to chuc", "hoi dong nhan dan", "uy ban nhan dan", "thuong vu"].phrases, at: i) != nil
    }

    static func isTimeOrNumber(_ s: String) -> Bool { s.first?.isNumber == true }

    static func isRoman(_ folded: String) -> Bool { !folded.isEmpty && folded.allSatisfy { "ivx".contains($0) } }
}
