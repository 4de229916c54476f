/// Fields of a body listed with a comma: "Bộ Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể
/// thao và Du lịch tỉnh Quảng Nam", "Bộ Bưu chính, Viễn thông", "Ủy ban Văn hóa, Giáo dục của
/// Quốc hội". A comma otherwise ends a name ("Bộ Công an, Bộ Quốc phòng …" are two), so only
/// these lists, as ministries and committees are named, are read across it.
extension BodyGrammar {
    /// The lists, folded; "," marks the word a comma follows. The longest first.
    static let commaFieldLists: [[Substring]] = [
        "van hoa, giao duc, thanh nien, thieu nien va nhi dong", "khoa hoc, cong nghe va moi truong",
        "van hoa, the thao va du lich", "lao dong, thuong binh va xa hoi", "buu chinh, vien thong", "van hoa, giao duc",
    ].map { $0.split(separator: " ") }

    /// How many words a list of fields with a comma takes from `k`, capitalised as a name is.
    static func commaFields(_ lead: LeadWords, at k: Int) -> Int? {
        let w = lead.words
        guard k < w.count, w[k].isCapitalised else { return nil }
        return commaFieldLists.first { list in
            k + list.count <= w.count && list.indices.allSatisfy { n in
                let word = w[k + n], comma = list[n].hasSuffix(",")
                return word.folded == (comma ? list[n].dropLast() : list[n])
                    && (n == list.count - 1 || word.after == (comma ? "," : "")) && (n == 0 || word.before.isEmpty)
            }
        }?.count
    }

    /// Whether the comma after word `k` stands inside such a list ("Văn hóa⟨,⟩ Thể thao").
    static func commaInsideFields(_ lead: LeadWords, _ k: Int) -> Bool {
        (max(0, k - 5)...k).contains { j in commaFields(lead, at: j).map { j + $0 > k + 1 } ?? false }
    }
}
