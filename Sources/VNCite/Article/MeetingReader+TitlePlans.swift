/// A title that announces the meeting its lead then names.
extension MeetingReader {
    /// "Ngày mai, Bộ Tài nguyên và Môi trường tổ chức Hội nghị tổng kết công tác năm 2017 …" over
    /// "(Moitruong.net.vn) – Bộ Tài nguyên và Môi trường tổ chức Hội nghị tổng kết …": the title plans
    /// a meeting of the kind the lead names, by the host the title names too, with no day, no time
    /// and no "đã" of its own — the same meeting, not held yet. (Not a lead that says when: "Sáng
    /// nay, Bộ … tổ chức Hội nghị …"; nor another body's meeting: "Sở TDTT kiến nghị tổ chức cuộc họp
    /// giữa các bên" over "trong cuộc họp của Liên đoàn MTXĐ VN, …".)
    static func titlePlans(_ titleText: CleanText?, _ found: Meeting, lead words: LeadWords, articleDate: CalendarDate?) -> Bool {
        guard let titleText, let host = found.host,
              Catalog.fold(titleText.string(0..<titleText.count)).contains(Catalog.fold(host)) else { return false }
        let kind = found.kind
        let title = LeadWords(titleText, 0..<titleText.count)
        guard plans(title), title.words.indices.contains(where: { MeetingWords.noun(title, at: $0)?.kind == kind }) else { return false }
        return !saysHeld(words) && MeetingDate.first(words, articleDate: articleDate) == nil
            && !MeetingWords.saysATime(words)
    }
}
