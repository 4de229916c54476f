/// The day of a meeting whose own sentence gives none, from a later sentence that reports it again.
extension MeetingReader {
    /// "Bộ GTVT tổ chức Hội nghị tổng kết năm 2023 - Ảnh 1. … Sáng nay (28/12), Bộ GTVT tổ chức Hội
    /// nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.": the caption's meeting is held
    /// on the day of the lead sentence that opens on a day and reports a meeting of the same kind and
    /// host. (Not another meeting the body held: the kind and the host must both be the found one's.)
    static func restatedDay(_ found: Meeting, in text: CleanText, sentences: [Range<Int>], except own: Range<Int>,
                            articleDate: CalendarDate?, catalog: Catalog) -> CalendarDate?? {
        guard let host = found.host.map(Catalog.fold) else { return nil }
        for range in sentences where range != own {
            let words = LeadWords(text, range)
            guard MeetingDate.opensOnADay(words), let (again, next) = meeting(in: words, catalog: catalog),
                  again.kind == found.kind, again.host.map(Catalog.fold) == host else { continue }
            return MeetingDate.first(words.prefix(next), articleDate: articleDate, since: false)
        }
        return nil
    }
}
