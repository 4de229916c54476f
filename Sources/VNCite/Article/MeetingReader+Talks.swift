/// Talks that one body held with its guests.
extension MeetingReader {
    /// "Ngày 30/8, tại thành phố Đông Hà, Sở Tư pháp tỉnh Quảng Trị đã tiến hành hội đàm với Sở Tư pháp
    /// tỉnh Savannakhet (Lào)": the body that opens the talks' clause, named as written, held them (not
    /// "Thủ tướng Phan Văn Khải đã hội đàm với …", whose office names no body there; nor "Bộ trưởng
    /// Bộ Quốc phòng … hội đàm", a body inside an office). An aside in brackets and the body above
    /// it may stand between: "Đồn Biên phòng A Xan (đóng tại Tây Giang) thuộc Bộ đội Biên phòng Quảng
    /// Nam tổ chức hội đàm …".
    static func heldTalks(_ lead: LeadWords, host: String?, catalog: Catalog) -> Bool {
        guard let host else { return false }
        let name = LeadWords(host).words.map(\.folded)
        let w = lead.words
        guard !name.isEmpty, w.count > name.count else { return false }
        let talks = { (j: Int) in MeetingWords.noun(lead, at: j).map { MeetingWords.talks.contains($0.kind) } == true }
        return (0...(w.count - name.count)).contains { k in
            guard (k == 0 || !w[k - 1].after.isEmpty) && w[k..<(k + name.count)].map(\.folded) == name else { return false }
            let end = k + name.count
            return (end..<min(w.count, end + 4)).contains(where: talks)
                || (end..<min(w.count, end + 24)).contains { j in talks(j) && HostReader.parentBeforeVerbs(lead, from: end, noun: j, catalog: catalog) }
        }
    }
}
