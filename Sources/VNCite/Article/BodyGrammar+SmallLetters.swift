/// Names whose head is written in small letters, before the capitals of what they stand for.
extension BodyGrammar {
    /// Whether the name at `i` opens in small letters and is still a body's:
    /// - "liên bộ Thương mại, Tài chính …": an inter-ministerial body, before its list;
    /// - "cuộc họp đảng Likud", "Hội nghị toàn quốc đảng Dân chủ Mỹ": a party of another country;
    /// - "đoàn công tác huyện Tuy An", "đoàn đại biểu tỉnh Lâm Đồng": a delegation, before the place it
    ///   comes from (not before a body's name, which is read for it: "đoàn công tác của Ban chỉ đạo …");
    /// - "tổ đại biểu HĐND TP Hà Nội", "đoàn đại biểu Quốc hội tỉnh": deputies, before their council or
    ///   assembly;
    /// - "đảng ủy xã Hạ Trung, huyện Bá Thước": a Party committee, before the place it leads, as a
    ///   commune's page writes it.
    static func opensInSmallLetters(_ lead: LeadWords, at i: Int) -> Bool {
        let w = lead.words
        if lead.matchesWritten(["liên", "bộ"], at: i) { return i + 2 < w.count && w[i + 1].after.isEmpty && w[i + 2].isCapitalised }
        if w[i].lower == "đảng", lead.matchWritten(partyCommittees, at: i) == nil {
            return i + 1 < w.count && w[i].after.isEmpty && w[i + 1].isCapitalised && !w[i + 1].isAcronym
        }
        if lead.matchesWritten(["tổ", "đại", "biểu"], at: i) || lead.matchesWritten(["đoàn", "đại", "biểu"], at: i) {
            return i + 3 < w.count && w[i + 2].after.isEmpty && ["HĐND", "QH", "Quốc", "Hội"].contains(w[i + 3].text)
        }
        guard let kind = lead.matchWritten(delegations, at: i) ?? lead.matchWritten(partyCommittees, at: i), case let k = i + kind.count, k + 1 < w.count,
              w[i..<k].allSatisfy(\.after.isEmpty), let rank = lead.matchWritten(HostReader.administrativeUnits, at: k) else { return false }
        return k + rank < w.count && w[k + rank].isCapitalised && w[k + rank - 1].after.isEmpty
    }

    /// The words a delegation is named with.
    static let delegations = PhraseTable(["đoàn công tác", "đoàn cán bộ", "đoàn đại biểu"])

    /// A Party committee's head written small: "đảng ủy", "đảng uỷ".
    static let partyCommittees = PhraseTable(["đảng ủy", "đảng uỷ"])
}
