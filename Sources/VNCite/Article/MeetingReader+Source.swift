/// A meeting named as the setting of something else the sentence reports: where figures were
/// published, where someone failed to come.
extension MeetingReader {
    /// "Theo kết quả Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023 vừa được công bố tại Lễ
    /// Công bố PCI 2023 do Liên đoàn … tổ chức; năm 2023, PCI Hà Tĩnh đạt …": the figures a sentence
    /// opens on ("Theo …", up to its first comma or semicolon) were published at the meeting ("công
    /// bố tại"); the sentence reports the figures. Not a meeting held in the news's days: "Theo một báo
    /// cáo được công bố tại hội nghị cấp cao của Diễn đàn kinh tế thế giới (WEF) khai mạc hôm qua tại Seoul".
    static func publishedAt(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        guard i >= 3, w[0].lower == "theo", lead.matchesWritten(["công", "bố", "tại"], at: i - 3),
              !w[0..<i].contains(where: { $0.after.contains(where: { ",;:".contains($0) }) }) else { return false }
        let clause = i..<HostReader.clauseEnd(lead, from: i)
        return !clause.contains { k in
            MeetingDate.dayWords.contains(w[k].folded) || ["khai", "diễn"].contains(w[k].lower) || w[k].text.contains("/")
        }
    }

    /// "… và chủ tịch UBND các huyện … đã vắng mặt tại hội nghị không có lý do chính đáng": the
    /// meeting someone stayed away from ("vắng mặt", then "tại", "ở" or "trong" or nothing) is the
    /// occasion of a reprimand, not the news.
    static func absentFrom(_ lead: LeadWords, noun i: Int) -> Bool {
        lead.matchesWritten(["vắng", "mặt"], at: i - 2)
            || ["tại", "ở", "trong"].contains(i >= 1 ? lead.words[i - 1].lower : "") && lead.matchesWritten(["vắng", "mặt"], at: i - 3)
    }
}
