/// Talks that one body held with its guests.
extension MeetingReader {
    /// "Ngày 30/8, tại thành phố Đông Hà, Sở Tư pháp tỉnh Quảng Trị đã tiến hành hội đàm với Sở Tư pháp
    /// tỉnh Savannakhet (Lào)": the body that opens the talks' clause, named as written, held them (not
    /// "Thủ tướng Phan Văn Khải đã hội đàm với …", whose office names no body there; nor "Bộ trưởng
    /// Bộ Quốc phòng … hội đàm", a body inside an office).
    static func heldTalks(_ lead: LeadWords, host: String?) -> Bool {
        guard let host else { return false }
        let name = LeadWords(host).words.map(\.folded)
        let w = lead.words
        guard !name.isEmpty, w.count > name.count else { return false }
        return (0...(w.count - name.count)).contains { k in
            (k == 0 || !w[k - 1].after.isEmpty) && w[k..<(k + name.count)].map(\.folded) == name
                && ((k + name.count)..<min(w.count, k + name.count + 4)).contains { j in
                    MeetingWords.noun(lead, at: j).map { MeetingWords.talks.contains($0.kind) } == true
                }
        }
    }
}
