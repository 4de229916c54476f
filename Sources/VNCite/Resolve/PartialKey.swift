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
    /// "Luật Đất đai", "Luật Đất đai 2024").
    static func joinLawYears(_ resolved: inout [(Mention, Citation)]) {
        var years: [String: Set<Int>] = [:]
        func byName(_ c: Citation) -> Bool { c.symbol == nil && c.number == nil && (c.name != nil || c.kind == "Hiến pháp") }
        func name(_ c: Citation) -> String { "\(c.kind)|\(Catalog.fold(c.name ?? ""))" }
        for (_, c) in resolved where byName(c) || c.name != nil && c.symbol != nil {
            if let y = c.year { years[name(c), default: []].insert(y) }
        }
        for i in resolved.indices {
            let c = resolved[i].1
            guard byName(c), let y = c.year ?? years[name(c)].flatMap({ $0.count == 1 ? $0.first : nil }) else { continue }
            // The law cited with its number first ("Luật Đất đai 2024" is "31/2024/QH15" there), else
            // the one key of that name and year.
            let same = resolved.filter { $0.1.year == y && name($0.1) == name(c) }
            let numbered = Set(same.filter { $0.1.symbol != nil }.map(\.1.key))
            let keys = numbered.isEmpty && c.year == nil ? Set(same.map(\.1.key)) : numbered
            guard keys.count == 1, let keyed = resolved.first(where: { $0.1.key == keys.first })?.1 else { continue }
            resolved[i].1.key = keyed.key
            resolved[i].1.year = y
            resolved[i].1.number = keyed.number
            resolved[i].1.issuer = keyed.issuer
        }
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
}
