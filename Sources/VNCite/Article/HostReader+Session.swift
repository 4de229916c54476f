/// A sitting of a meeting named after it: "phiên họp trù bị Đại hội Đảng bộ tỉnh Đồng Nai", "phiên
/// họp chính thức Đại hội LĐBĐ VN khóa V" — held by the body of the meeting it belongs to.
extension HostReader {
    /// The body in the name of the meeting that follows the noun ending at `end`, past at most two
    /// words that say which sitting it is ("trù bị", "chính thức", "bế mạc", "toàn thể").
    static func sessionOf(_ lead: LeadWords, noun end: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        for skip in 0...2 where end + skip < w.count {
            guard w[(end - 1)..<(end + skip)].allSatisfy({ $0.after.isEmpty }) else { return nil }
            if skip > 0, w[end + skip - 1].isCapitalised { return nil }
            if let phrase = lead.matchWritten(MeetingWords.nouns, at: end + skip),
               ["đại hội", "hội nghị", "kỳ họp"].contains(MeetingWords.kinds[phrase.joined(separator: " ")] ?? ""),
               w[end + skip].isCapitalised {
                return named(lead, noun: end + skip + phrase.count, catalog: catalog)
            }
        }
        return nil
    }
}
