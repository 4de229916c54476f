/// The key of a citation that names no one document: what the text gives, and no more.
///
/// "Thông tư 05 của Bộ Tài chính" → "Thông tư 05 của BTC"; "Quyết định 28 của UBND tỉnh Thanh
/// Hóa" → "Quyết định 28 của UBND@Thanh Hóa"; "Quyết định 27/2012 của UBND Thành phố" in an
/// article about no one province → "Quyết định 27/2012 của UBND@?"; "theo Nghị quyết 412" →
/// "Nghị quyết 412?". A key that ends in "?" is kept to its article (the graph never merges two
/// articles' "Nghị quyết 412"); one with an issuer merges with another article's only when type,
/// number, year, issuer and province all agree.
enum PartialKey {
    static func of(_ c: Citation) -> String {
        var key = "\(c.kind) \(c.number.map(DocumentSymbol.canonicalNumber) ?? "?")"
        if let year = c.year { key += "/\(year)" }
        guard let issuer = c.issuer else { return key + "?" }
        key += " của \(issuer)"
        if c.locality != nil || BodyName.localStateCodes.contains(issuer) { key += "@\(c.locality ?? "?")" }
        return key
    }

    /// "Luật Đất đai (sửa đổi)" and "Luật Đất đai 2003" in one article are one law when the
    /// article gives that name one year only: the mentions without a year take its key; so do the
    /// mentions of the name beside the law cited with its number ("Luật Đất đai số 31/2024/QH15" …
    /// "Luật Đất đai", "Luật Đất đai 2024"). An abbreviation the text defines after the full name
    /// is that name: "Luật Cán bộ, công chức (CBCC)" and "Luật CBCC năm 2008" are one law (not
    /// "Luật Doanh nghiệp 2005 thay Luật DN cũ", which defines none).
    static func joinLawYears(_ resolved: inout [(Mention, Citation)], text: CleanText) {
        var years: [String: Set<Int>] = [:]
        func byName(_ c: Citation) -> Bool { c.symbol == nil && c.number == nil && (c.name != nil || c.kind == "Hiến pháp") }
        let defined = definedAbbreviations(resolved, text: text)
        func name(_ pair: (Mention, Citation)) -> String {
            var spelled = pair.1.name
            if case .law(let written, _) = pair.0.form, let abbreviation = pair.0.lawName,
               defined.contains("\(pair.1.kind)|\(Catalog.fold(written))|\(Catalog.fold(abbreviation))") {
                spelled = written
            }
            return "\(pair.1.kind)|\(Catalog.fold(spelled ?? ""))"
        }
        for pair in resolved where byName(pair.1) || pair.1.name != nil && pair.1.symbol != nil {
            if let y = pair.1.year { years[name(pair), default: []].insert(y) }
        }
        for i in resolved.indices {
            let c = resolved[i].1
            // "Luật Việc làm (số 74/2025/QH15)": the number in the brackets right after the name is
            // its own, whatever other year the article gives that name ("Luật Việc làm 2013").
            if byName(c), c.year == nil, let own = resolved.first(where: {
                $0.1.symbol != nil && $0.1.kind == c.kind && opensBracket(text, from: resolved[i].0.range.upperBound, to: $0.0.range.lowerBound)
            })?.1 {
                resolved[i].1.key = own.key
                resolved[i].1.year = own.year
                resolved[i].1.number = own.number
                resolved[i].1.issuer = own.issuer
                continue
            }
            guard byName(c), let y = c.year ?? years[name(resolved[i])].flatMap({ $0.count == 1 ? $0.first : nil }) else { continue }
            // The law cited with its number first ("Luật Đất đai 2024" is "31/2024/QH15" there), else
            // the one key of that name and year.
            let same = resolved.filter { $0.1.year == y && name($0) == name(resolved[i]) }
            let numbered = Set(same.filter { $0.1.symbol != nil }.map(\.1.key))
            let keys = numbered.isEmpty && c.year == nil ? Set(same.map(\.1.key)) : numbered
            guard keys.count == 1, let keyed = resolved.first(where: { $0.1.key == keys.first })?.1 else { continue }
            resolved[i].1.key = keyed.key
            resolved[i].1.year = y
            resolved[i].1.number = keyed.number
            resolved[i].1.issuer = keyed.issuer
        }
    }

    /// Whether the text from `end` to `start` is one opening bracket and spaces: "Luật Việc làm⟨ (⟩số …".
    static func opensBracket(_ text: CleanText, from end: Int, to start: Int) -> Bool {
        guard end < start, start - end <= 3 else { return false }
        let between = (end..<start).map { text.scalars[$0] }
        return between.filter { $0 == "(" }.count == 1 && between.allSatisfy { $0 == "(" || $0 == " " }
    }

    /// "Luật Cán bộ, công chức (CBCC)": kind, full name and the abbreviation in the brackets right
    /// after it, folded and joined by "|"; or right after the name's words anywhere ("xử lý vi phạm
    /// hành chính (XLVPHC)").
    static func definedAbbreviations(_ resolved: [(Mention, Citation)], text: CleanText) -> Set<String> {
        var defined: Set<String> = []
        for (m, c) in resolved where m.lawName == nil {
            guard case .law(let written, _) = m.form, !written.isEmpty else { continue }
            let fold = text.fold
            var i = m.range.upperBound
            while i < fold.count, fold[i] == 32 { i += 1 }
            guard i < fold.count, fold[i] == 40, let close = fold[i...].prefix(12).firstIndex(of: 41), close > i + 2 else { continue }
            let inside = text.string((i + 1)..<close)
            guard inside.allSatisfy({ $0.isUppercase || $0 == "&" }) else { continue }
            defined.insert("\(c.kind)|\(Catalog.fold(written))|\(Catalog.fold(inside))")
        }
        // (Or after the name's words without the type word: "… về xử lý vi phạm hành chính (XLVPHC) …"
        // then "Điều 17 Luật XLVPHC".)
        for (m, c) in resolved {
            guard case .law(let written, _) = m.form, let abbreviation = m.lawName, !written.isEmpty else { continue }
            let entry = "\(c.kind)|\(Catalog.fold(written))|\(Catalog.fold(abbreviation))"
            if !defined.contains(entry), text.fold.firstRange(of: Array("\(Catalog.fold(written)) (\(Catalog.fold(abbreviation)))".utf8)) != nil {
                defined.insert(entry)
            }
        }
        return defined
    }

    /// "quyết định 04 ngày 17-1-2006 của UBND TP" and, later, "quyết định 04 của UBND TP.HCM" in one
    /// article are one document: a partial key whose province is unknown ("…@?") takes the one key of
    /// the article that differs from it in the province alone.
    static func joinLocalities(_ resolved: inout [(Mention, Citation)]) {
        let known = Set(resolved.map(\.1.key).filter { !$0.hasSuffix("@?") && $0.contains("@") })
        for i in resolved.indices where !resolved[i].1.resolved && resolved[i].1.key.hasSuffix("@?") {
            let stem = String(resolved[i].1.key.dropLast())
            let matches = known.filter { $0.hasPrefix(stem) }
            guard matches.count == 1, let key = matches.first,
                  let other = resolved.first(where: { $0.1.key == key })?.1 else { continue }
            resolved[i].1.key = key
            resolved[i].1.locality = other.locality
        }
    }

    /// "Việc sửa đổi Nghị quyết 98 …" and, later or before, "Nghị quyết 98/2023 về thí điểm …" in one
    /// article are one document: a partial key with no year takes the one partial key of the article
    /// of the same type and number that has one, the issuer the same or unsaid.
    static func joinYears(_ resolved: inout [(Mention, Citation)]) {
        for i in resolved.indices where !resolved[i].1.resolved && resolved[i].1.year == nil && resolved[i].1.number != nil {
            let c = resolved[i].1
            let dated = resolved.map(\.1).filter {
                !$0.resolved && $0.year != nil && $0.kind == c.kind && $0.number == c.number && (c.issuer == nil || $0.issuer == c.issuer)
            }
            guard Set(dated.map(\.key)).count == 1, let other = dated.first else { continue }
            resolved[i].1.key = other.key
            resolved[i].1.year = other.year
            resolved[i].1.issuer = other.issuer
            resolved[i].1.locality = other.locality
        }
    }
}
