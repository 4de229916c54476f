/// The Party rank a chairman's offices open on, and the board a company's chairman heads.
extension HostReader {
    /// "đồng chí Phạm Anh Tuấn, ⟨Phó Bí thư Tỉnh ủy⟩, Chủ tịch UBND tỉnh Gia Lai, chủ trì buổi làm việc" → the
    /// chairmanship: a provincial, district or commune chairman's deputy-secretary rank in the Party
    /// committee is written first, and he acts as the head of the body he chairs. Where the
    /// chairmanship after the comma of the rank at `k` opens; nil when no "Chủ tịch" follows it.
    static func chairmanshipAfterRank(_ lead: LeadWords, at k: Int) -> Int? {
        let w = lead.words
        // (Its "Phó" may be glued to the name before it: "đồng chí Phạm Anh Tuấn-Phó Bí thư Tỉnh ủy".)
        let glued = k > 0 && w[k - 1].after.isEmpty && w[k - 1].text.lowercased().hasSuffix("-phó")
            && lead.matchesWritten(["bí", "thư"], at: k)
        guard glued || lead.matchesWritten(["phó", "bí", "thư"], at: k),
              let comma = (k..<min(w.count, k + 8)).first(where: { !w[$0].after.isEmpty }),
              w[comma].after == ",", lead.matchesWritten(["chủ", "tịch"], at: comma + 1) else { return nil }
        return comma + 1
    }

    /// A company's board by itself, which names no body (lower case): "Chủ tịch ⟨HĐQT⟩ kiêm Tổng Giám đốc
    /// Tổng công ty Đường sắt Việt Nam" speaks for the company.
    static let boards: Set<String> = ["hđqt", "hđtv", "hội đồng quản trị", "hội đồng thành viên"]
}
