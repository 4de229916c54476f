/// The day of a meeting whose own sentence gives none, from a later sentence that reports it again.
extension MeetingReader {
    /// "Bộ GTVT tổ chức Hội nghị tổng kết năm 2023 - Ảnh 1. … Sáng nay (28/12), Bộ GTVT tổ chức Hội
    /// nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.": the caption's meeting is held
    /// on the day of the lead sentence that opens on a day and reports a meeting of the same kind and
    /// host. (Not another meeting the body held: the kind and the host must both be the found one's.)
    /// A meeting found only by its noun ("Chủ tịch Hội Bảo trợ … chủ trì hội nghị") is the one of its
    /// kind an earlier sentence reports with no host.
    static func restatedDay(_ found: Meeting, in text: CleanText, sentences: [Range<Int>], except own: Range<Int>,
                            articleDate: CalendarDate?, catalog: Catalog) -> CalendarDate?? {
        guard let host = found.host.map(Catalog.fold) else { return nil }
        for range in sentences where range != own {
            let words = LeadWords(text, range)
            guard MeetingDate.opensOnADay(words) || opensOnAPurposeThenADay(words), let (again, next) = meeting(in: words, catalog: catalog),
                  again.kind == found.kind,
                  again.host.map(Catalog.fold) == host || again.host == nil && (sameName(again, found) || barelyNamed(found))
            else { continue }
            return MeetingDate.first(words.prefix(next), articleDate: articleDate, since: false)
        }
        return nil
    }

    /// "… Bộ Lao động – Thương binh và Xã hội tổ chức “Hội nghị đánh giá …”. Hội nghị được tổ chức tại
    /// thành phố Hải Phòng, ngày 12/1/2024, …": the sentence after the meeting's own that opens on its
    /// noun and says it was held gives its day. (Only that next sentence, and only the day it gives
    /// with its words of holding: not "Hội nghị đã thông qua Nghị quyết … ngày …".)
    static func heldDayNext(_ found: Meeting, in text: CleanText, sentences: [Range<Int>], after own: Range<Int>,
                            articleDate: CalendarDate?) -> CalendarDate?? {
        guard let at = sentences.firstIndex(of: own), at + 1 < sentences.count else { return nil }
        let words = LeadWords(text, sentences[at + 1])
        let noun = found.kind.split(separator: " ")
        guard words.words.first?.isCapitalised == true, words.matchesWritten(noun, at: 0) else { return nil }
        let verb = noun.count
        guard words.matches(["duoc", "to", "chuc"], at: verb) || words.matches(["dien", "ra"], at: verb) else { return nil }
        return MeetingDate.first(words, articleDate: articleDate, since: false)
    }

    /// "Nhằm nâng cao hiệu quả …, ngày 15/01/2015, tại trụ sở …, Phó Giám đốc … đã chủ trì cuộc họp": a
    /// purpose, then a day after a comma; or an occasion, after an outlet's mark: "(ABO) Nhân kỷ niệm
    /// Ngày Người khuyết tật Việt Nam (18-4), sáng 16-4, …".
    static func opensOnAPurposeThenADay(_ lead: LeadWords) -> Bool {
        let w = lead.words
        let opening = w.first { !($0.before.hasSuffix("(") && $0.after.hasPrefix(")") && $0.isAcronym) }
        guard let first = opening, ["nhằm", "để", "nhân"].contains(first.lower),
              let comma = w.firstIndex(where: { $0.after.contains(",") }) else { return false }
        return (comma + 1..<w.count).contains { k in
            MeetingDate.dayWords.contains(w[k].folded) && w[k - 1].after.contains(",") && k + 1 < w.count && MeetingDate.isDayAndMonth(w[k + 1].text)
        }
    }

    /// Whether two meetings' names agree in their first four words after the noun, quotes aside:
    /// "cuộc họp Tổng kết công tác phối hợp …" and "cuộc họp “Tổng kết công tác phối hợp … năm 2014”".
    static func sameName(_ a: Meeting, _ b: Meeting) -> Bool {
        func words(_ m: Meeting) -> [String] {
            Array(Catalog.fold(m.what).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).dropFirst(2).prefix(4))
        }
        let x = words(a), y = words(b)
        return x.count == 4 && x == y
    }
}
