/// A law's abbreviation the article defines in brackets after its full name: "Luật Phòng cháy,
/// chữa cháy và cứu nạn, cứu hộ (PCCC và CNCH) …; Luật PCCC và CNCH có hiệu lực từ ngày 1-7-2025".
extension PartialKey {
    /// Every later "Luật" written with that abbreviation is the law named in full, though the
    /// abbreviation's first letters alone spell another ("Luật PCCC" is, by itself, the Luật Phòng
    /// cháy và chữa cháy of 2001). The abbreviation is words in capitals (two letters or more, "&"
    /// among them) joined by "và", thirty characters at most, right after a name of three words or
    /// more; the later mention must write all of it, with no letter after.
    static func joinBracketedShortNames(_ resolved: inout [(Mention, Citation)], text: CleanText) {
        var defined: [(folded: [UInt8], after: Int, citation: Citation)] = []
        for (m, c) in resolved {
            guard case .law = m.form, c.number == nil, let name = c.name, name.split(separator: " ").count >= 3,
                  let inside = bracketed(text, after: m.range.upperBound) else { continue }
            defined.append((Array(text.fold[inside]), inside.upperBound, c))
        }
        guard !defined.isEmpty else { return }
        let type = Array("luat ".utf8)
        for i in resolved.indices {
            guard case .law = resolved[i].0.form else { continue }
            let start = resolved[i].0.range.lowerBound
            for d in defined where d.after <= start && d.citation.key != resolved[i].1.key {
                let end = start + type.count + d.folded.count
                guard end <= text.count, text.fold[start..<end].elementsEqual(type + d.folded),
                      end == text.count || !text.scalars[end].properties.isAlphabetic else { continue }
                resolved[i].1.takeLaw(of: d.citation)
                break
            }
        }
    }

    /// The words in the brackets that open right after `end` (" (PCCC và CNCH)"), when they are an
    /// abbreviation; nil otherwise.
    static func bracketed(_ text: CleanText, after end: Int) -> Range<Int>? {
        guard end + 3 < text.count, text.scalars[end] == " ", text.scalars[end + 1] == "(",
              let close = ((end + 2)..<min(text.count, end + 33)).first(where: { text.scalars[$0] == ")" }), close > end + 3 else { return nil }
        let words = text.string((end + 2)..<close).split(separator: " ")
        guard words.contains(where: { $0.count >= 2 && $0.allSatisfy { $0.isUppercase || $0 == "&" } }),
              words.allSatisfy({ $0 == "và" || $0.allSatisfy { $0.isUppercase || $0 == "&" } }) else { return nil }
        return (end + 2)..<close
    }
}

extension Citation {
    /// This short form becomes the law the article named in full: its key, name and year.
    mutating func takeLaw(of full: Citation) {
        key = full.key
        name = full.name
        year = full.year
    }
}
