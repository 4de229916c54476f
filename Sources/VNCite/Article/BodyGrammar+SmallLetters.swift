/// Names whose head is written in small letters, before the capitals of what they stand for.
extension BodyGrammar {
    /// Whether the name at `i` opens in small letters and is still a body's:
    /// - "liên bộ Thương mại, Tài chính …": an inter-ministerial body, before its list;
    /// - "cuộc họp đảng Likud", "Hội nghị toàn quốc đảng Dân chủ Mỹ": a party of another country;
    /// - "đoàn công tác huyện Tuy An", "đoàn đại biểu tỉnh Lâm Đồng": a delegation, before the place it
    ///   comes from (not before a body's name, which is read for it: "đoàn công tác của Ban chỉ đạo …");
    /// - "tổ đại biểu HĐND TP Hà Nội", "đoàn đại biểu Quốc hội tỉnh": deputies, before their council or
    ///   assembly;
    /// - "đảng ủy xã Hạ Trung, huyện Bá Thước", "đoàn xã Thanh Hà": a Party or Youth Union committee,
    ///   before the place it leads, as a commune's page writes it;
    /// - "chi bộ Trường Trung cấp Xây dựng", "huyện đoàn Thanh Ba": a Party cell before the unit it
    ///   belongs to, a district's Youth Union before its place's name;
    /// - "trường Chính trị tỉnh Tiền Giang", "trường THPT Lê Lợi": a school before its kind's capitals.
    static func opensInSmallLetters(_ lead: LeadWords, at i: Int) -> Bool {
        let w = lead.words
        if lead.matchesWritten(["liên", "bộ"], at: i) { return i + 2 < w.count && w[i + 1].after.isEmpty && w[i + 2].isCapitalised }
        if w[i].lower == "đảng", lead.matchWritten(partyCommittees, at: i) == nil {
            return i + 1 < w.count && w[i].after.isEmpty && w[i + 1].isCapitalised && !w[i + 1].isAcronym
        }
        if lead.matchesWritten(["tổ", "đại", "biểu"], at: i) || lead.matchesWritten(["đoàn", "đại", "biểu"], at: i) {
            return i + 3 < w.count && w[i + 2].after.isEmpty && ["HĐND", "QH", "Quốc", "Hội"].contains(w[i + 3].text)
        }
        if w[i].lower == "trường", w[i].after.isEmpty, i + 1 < w.count, w[i + 1].isCapitalised, lead.matchWritten(schools, at: i + 1) != nil {
            return true
        }
        if let cell = lead.matchWritten(cells, at: i), case let k = i + cell.count, k < w.count, w[i..<k].allSatisfy(\.after.isEmpty), w[k].isCapitalised {
            return cell[0] != "chi" || BodyGrammar.head(lead, at: k) != nil
        }
        guard let kind = lead.matchWritten(delegations, at: i) ?? lead.matchWritten(partyCommittees, at: i), case let k = i + kind.count, k + 1 < w.count,
              w[i..<k].allSatisfy(\.after.isEmpty), let rank = lead.matchWritten(HostReader.administrativeUnits, at: k) else { return false }
        return k + rank < w.count && w[k + rank].isCapitalised && w[k + rank - 1].after.isEmpty
    }

    /// The words a delegation is named with.
    static let delegations = PhraseTable(["đoàn công tác", "đoàn cán bộ", "đoàn đại biểu"])

    /// A Party or Youth Union committee's head written small: "đảng ủy", "đảng uỷ", "đoàn".
    static let partyCommittees = PhraseTable(["đảng ủy", "đảng uỷ", "đoàn"])

    /// The kinds of schools, whose capitals follow a "trường" written small.
    static let schools = PhraseTable(["chính trị", "đại học", "cao đẳng", "trung cấp", "trung học", "tiểu học", "mầm non", "mẫu giáo",
                                      "thpt", "thcs", "ptdtnt", "ptdtbt"])

    /// A Party cell's head written small, before its unit's name, and the Youth Union's committees of a
    /// place, before the place's name.
    static let cells = PhraseTable(["chi bộ", "huyện đoàn", "quận đoàn", "thị đoàn", "tỉnh đoàn", "thành đoàn"])
}
