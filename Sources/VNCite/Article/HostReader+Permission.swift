/// Who allowed a meeting, in a clause of its own before who held it.
extension HostReader {
    /// "⟨Được sự nhất trí của Thường trực Huyện uỷ và Ban Thường vụ Hội LHPN tỉnh Bắc Giang,⟩ Ban Chấp
    /// hành Hội LHPN huyện Lục Nam tổ chức Đại hội …": the bodies that agreed or allowed are no hosts,
    /// nor partners of the host. Where the clause after theirs starts (before word `i`); 0 when the
    /// sentence opens on no such clause.
    static func permissionEnd(_ lead: LeadWords, before i: Int) -> Int {
        guard lead.matchesWritten(["được", "sự"], at: 0),
              let comma = (0..<i).first(where: { lead.words[$0].after == "," }), comma + 1 < lead.words.count,
              lead.words[comma + 1].isCapitalised else { return 0 }
        return comma + 1
    }
}
