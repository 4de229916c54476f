/// A law written with the initials of a law the article has named in full: "Luật Phòng cháy, chữa
/// cháy và cứu nạn, cứu hộ … Luật PCCC-CNCH có hiệu lực từ ngày 1-7-2025".
extension PartialKey {
    /// Every later "Luật" whose capitals, after the word, spell the first letters of the words of a
    /// law named in full before it (three words or more, "và" aside) is that law, though its first
    /// group alone spells another ("Luật PCCC" is, by itself, the Luật Phòng cháy và chữa cháy of
    /// 2001). The initials are groups of two capitals or more joined by "-" or "và", four letters at
    /// least in all, with no letter after.
    static func joinInitialledShortNames(_ resolved: inout [(Mention, Citation)], text: CleanText) {
        var named: [(initials: String, end: Int, citation: Citation)] = []
        for (m, c) in resolved {
            guard case .law = m.form, c.number == nil, let name = c.name else { continue }
            let words = name.split(whereSeparator: { $0 == " " || $0 == "," }).filter { $0 != "và" }
            guard words.count >= 3 else { continue }
            named.append((String(words.compactMap(\.first)).uppercased(), m.range.upperBound, c))
        }
        guard !named.isEmpty else { return }
        for i in resolved.indices {
            guard case .law = resolved[i].0.form, let initials = initials(text, afterLawAt: resolved[i].0.range.lowerBound) else { continue }
            let start = resolved[i].0.range.lowerBound
            guard let full = named.first(where: { $0.end <= start && $0.initials == initials && $0.citation.key != resolved[i].1.key })
            else { continue }
            resolved[i].1.takeLaw(of: full.citation)
        }
    }

    /// The capitals after "Luật " at `start`, their groups joined by "-" or "và" ("PCCC-CNCH" →
    /// "PCCCCNCH"), when there are two groups or more; nil otherwise.
    static func initials(_ text: CleanText, afterLawAt start: Int) -> String? {
        let type = Array("luat ".utf8)
        guard start + type.count < text.count, text.fold[start..<(start + type.count)].elementsEqual(type) else { return nil }
        var k = start + type.count
        let limit = min(text.count, k + 40)
        var letters = "", groups = 0
        while k < limit {
            var group = ""
            while k < limit, text.scalars[k].properties.isUppercase { group.unicodeScalars.append(text.scalars[k]); k += 1 }
            guard group.count >= 2 else { return nil }
            letters += group
            groups += 1
            if k < limit, text.scalars[k] == "-" { k += 1; continue }
            if k + 4 < limit, text.string(k..<(k + 4)) == " và ", text.scalars[k + 4].properties.isUppercase { k += 4; continue }
            break
        }
        guard groups >= 2, letters.count >= 4, k == text.count || !text.scalars[k].properties.isAlphabetic else { return nil }
        return letters
    }
}
