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
    /// article gives that name one year only: the mentions without a year take its key.
    static func joinLawYears(_ resolved: inout [(Mention, Citation)]) {
        var years: [String: Set<Int>] = [:]
        func byName(_ c: Citation) -> Bool { c.symbol == nil && c.number == nil && (c.name != nil || c.kind == "Hiến pháp") }
        for (_, c) in resolved where byName(c) {
            if let y = c.year { years["\(c.kind)|\(Catalog.fold(c.name ?? ""))", default: []].insert(y) }
        }
        for i in resolved.indices {
            let c = resolved[i].1
            guard byName(c), c.year == nil,
                  let ys = years["\(c.kind)|\(Catalog.fold(c.name ?? ""))"], ys.count == 1, let y = ys.first,
                  let keyed = resolved.first(where: { $0.1.year == y && $0.1.name.map(Catalog.fold) == c.name.map(Catalog.fold)
                      && $0.1.kind == c.kind })?.1 else { continue }
            resolved[i].1.key = keyed.key
            resolved[i].1.year = y
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
