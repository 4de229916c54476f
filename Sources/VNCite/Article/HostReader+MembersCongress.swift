/// A mass organisation's congress named by its members: "Đại hội đại biểu Phụ nữ tỉnh Trà Vinh lần
/// thứ XI" is the congress of the Hội Liên hiệp Phụ nữ tỉnh Trà Vinh; "Đại hội đại biểu Nông dân
/// huyện …", of the Hội Nông dân huyện …; "Đại hội Cựu chiến binh xã …", of the Hội Cựu chiến binh xã ….
extension HostReader {
    /// The organisation whose congress (the noun at `i`, `length` words) is named by its members and
    /// a place, with its rank: "Hội Liên hiệp Phụ nữ tỉnh Trà Vinh". Not with no place ("Đại hội đại
    /// biểu Phụ nữ toàn quốc", whose organisation the text may not name). The members may be written
    /// small before a place: "Đại hội Đại biểu phụ nữ tỉnh Phú Yên lần thứ XVII".
    static func membersCongress(_ lead: LeadWords, noun i: Int, length: Int) -> String? {
        let w = lead.words
        guard length == 2, lead.matchesWritten(["đại", "hội"], at: i) else { return nil }
        var k = i + 2
        if lead.matchesWritten(["đại", "biểu"], at: k), w[k].after.isEmpty, w[k + 1].after.isEmpty { k += 2 }
        guard k < w.count, let (members, organisation) = membersOrganisations.first(where: { lead.matchesWritten($0.0, at: k) }),
              w[k..<(k + members.count)].allSatisfy({ $0.after.isEmpty }) else { return nil }
        let rank = k + members.count
        let rankLength = (1...2).first { n in
            rank + n < w.count && placeRanks.contains(w[rank..<(rank + n)].map(\.lower).joined(separator: " ")) && w[rank + n - 1].after.isEmpty
        }
        guard let rankLength else { return nil }
        // The place's name: its capitalised words, to the first mark.
        var end = rank + rankLength
        while end < w.count, w[end].isCapitalised, !["Lần", "Nhiệm", "Khóa", "Khoá"].contains(w[end].text) {
            end += 1
            if !w[end - 1].after.isEmpty { break }
        }
        guard end > rank + rankLength else { return nil }
        return organisation + " " + lead.text(rank..<end)
    }

    /// Members as a congress names them, and their organisation's name.
    static let membersOrganisations: [([Substring], String)] = [
        (["phụ", "nữ"], "Hội Liên hiệp Phụ nữ"), (["nông", "dân"], "Hội Nông dân"), (["cựu", "chiến", "binh"], "Hội Cựu chiến binh"),
        (["người", "cao", "tuổi"], "Hội Người cao tuổi"),
    ]
}
