/// A title that announces the meeting its lead then names.
extension MeetingReader {
    /// "Ngày mai, Bộ Tài nguyên và Môi trường tổ chức Hội nghị tổng kết công tác năm 2017 …" over
    /// "(Moitruong.net.vn) – Bộ Tài nguyên và Môi trường tổ chức Hội nghị tổng kết …": the title plans
    /// a meeting of the kind the lead names (or names its day after the page's), by the host the title
    /// names too, with no day, no time and no "đã" of its own — the same meeting, not held yet. (Not a
    /// lead that says when: "Sáng nay, Bộ … tổ chức Hội nghị …"; nor another body's meeting: "Sở TDTT
    /// kiến nghị tổ chức cuộc họp giữa các bên" over "trong cuộc họp của Liên đoàn MTXĐ VN, …".)
    /// So does a title that is a plan's: "Kế hoạch triển khai công tác bầu cử đại biểu Quốc hội khoá XV …"
    /// over "Mở hội nghị triển khai công tác bầu cử … ở huyện, thành, thị." — what it lists is to be
    /// done, unless the lead says it was, or when; and so does a title on the way to one ("Tiến tới Đại
    /// hội …", "Hướng tới …", "Chào mừng …").
    static func titlePlans(_ titleText: CleanText?, _ found: Meeting, lead words: LeadWords, articleDate: CalendarDate?) -> Bool {
        guard let titleText else { return false }
        let kind = found.kind
        let title = LeadWords(titleText, 0..<titleText.count)
        // (So does a title on the way to a meeting of the lead's kind: "TIẾN TỚI ĐẠI HỘI ĐẢNG BỘ SỞ … LẦN
        // THỨ VII" over "công tác chuẩn bị Đại hội …, góp phần chào mừng sự kiện quan trọng - Đại hội …".)
        let onTheWay = title.words.count > 2 && MeetingWords.ahead.contains(title.words[0].folded + " " + title.words[1].folded)
            && MeetingWords.noun(title, at: 2)?.kind == kind
        if title.matchesWritten(["kế", "hoạch"], at: 0) || onTheWay, !saysHeld(words),
           MeetingDate.first(words, articleDate: articleDate) == nil, !MeetingWords.saysATime(words) {
            return true
        }
        // ("Ngày 27/12 khai mạc Kỳ họp thứ 38, HĐND tỉnh …" on a page of 25/12: a day after the page's, the
        // host the lead has not yet named.)
        let dayAhead = articleDate.flatMap { date in MeetingDate.first(title, articleDate: date).flatMap { $0 }.map { date < $0 } } ?? false
        guard let host = found.host ?? (dayAhead ? "" : nil),
              Catalog.fold(titleText.string(0..<titleText.count)).contains(Catalog.fold(host)) else { return false }
        guard plans(title) || dayAhead, title.words.indices.contains(where: { MeetingWords.noun(title, at: $0)?.kind == kind }) else { return false }
        return !saysHeld(words) && MeetingDate.first(words, articleDate: articleDate) == nil
            && !MeetingWords.saysATime(words)
    }
}
