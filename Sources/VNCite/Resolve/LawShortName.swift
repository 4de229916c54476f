/// A law the article names in full and again by the first words of that name, where the text
/// says they are one: "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân (gọi tắt là Luật
/// Hoạt động giám sát)", or "Luật Bảo vệ, chăm sóc giáo dục trẻ em" whose name a comma cut short.
extension PartialKey {
    /// A name of two words or more that the catalogue does not know as a law of its own, whose words
    /// open the name of one other law of the same kind that the article cites, is that law when the
    /// text defines it so ("gọi tắt là", "sau đây gọi là", "viết tắt là" before it) or writes on
    /// after a comma with the longer name's next word ("Luật Bảo vệ, chăm sóc …"). Not a name that
    /// merely opens another ("Luật Thuế sử dụng đất" beside "Luật Thuế sử dụng đất nông nghiệp"
    /// are two laws), nor one that opens two.
    static func joinLawShortNames(_ resolved: inout [(Mention, Citation)], catalog: Catalog, text: CleanText) {
        func words(_ c: Citation) -> [String]? {
            guard c.symbol == nil, c.number == nil, let name = c.name else { return nil }
            return Catalog.foldedWords(name)
        }
        let named = resolved.compactMap { pair in words(pair.1).map { (citation: pair.1, words: $0) } }
        guard named.count >= 2 else { return }
        // (Once defined, every mention of the short name is the law: "… Điều 15 của Luật Hoạt động giám sát".)
        var joined: [String: Citation] = [:]
        for (m, c) in resolved where joined[c.key] == nil {
            guard let short = words(c), short.count >= 2, !catalog.lawNames.contains(short) else { continue }
            let longer = named.filter { other in
                other.citation.kind == c.kind && other.citation.key != c.key && other.words.count > short.count
                    && Array(other.words.prefix(short.count)) == short && (c.year == nil || other.citation.year == c.year)
            }
            guard Set(longer.map(\.citation.key)).count == 1, let full = longer.first else { continue }
            let defined = shortNameMarks.contains { folded(text, before: m.range.lowerBound, count: $0.count + 2).contains($0) }
            let cut = folded(text, after: m.range.upperBound, count: 24).hasPrefix(", " + full.words[short.count])
            if defined || cut { joined[c.key] = full.citation }
        }
        for i in resolved.indices {
            guard let full = joined[resolved[i].1.key] else { continue }
            resolved[i].1.key = full.key
            resolved[i].1.name = full.name
            resolved[i].1.year = full.year
        }
    }

    /// Words that define a short name: "(gọi tắt là Luật …)", folded.
    static let shortNameMarks = ["goi tat la", "sau day goi la", "viet tat la"]

    private static func folded(_ text: CleanText, before end: Int, count: Int) -> String {
        String(decoding: text.fold[max(0, end - count)..<end], as: UTF8.self)
    }

    private static func folded(_ text: CleanText, after start: Int, count: Int) -> String {
        String(decoding: text.fold[start..<min(text.fold.count, start + count)], as: UTF8.self)
    }
}
