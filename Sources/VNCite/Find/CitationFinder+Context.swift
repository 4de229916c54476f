/// What stands around a mention: the body that issued it before its type word, the type of a
/// bare symbol, and the date and issuer a list shares.
extension CitationFinder {
    /// The body of "Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17": a body that, in the
    /// same sentence, "(đã|vừa) ban hành" the document right before its type word (its term between:
    /// "BCH TW Đảng khoá XIII đã ban hành Nghị quyết số 60").
    func precedingBody(before typeStart: Int, text: CleanText) -> BodyName? {
        let fold = text.fold
        var j = typeStart
        while j > 0, fold[j - 1] == 32 { j -= 1 }
        guard j >= 8, String(decoding: fold[(j - 8)..<j], as: UTF8.self) == "ban hanh" else { return nil }
        var sentenceStart = j - 8
        while sentenceStart > 0, typeStart - sentenceStart < 160 {
            let b = fold[sentenceStart - 1]
            if b == UInt8(ascii: "\n") || b == UInt8(ascii: ";")
                || (b == UInt8(ascii: ".") && sentenceStart < fold.count && fold[sentenceStart] == 32) { break }
            sentenceStart -= 1
        }
        var w = sentenceStart
        while w < j - 8 {
            if Scanner.isWordByte(fold[w]), w == 0 || !Scanner.isWordByte(fold[w - 1]), Scanner(text, at: w).isUppercase(w) {
                var s = Scanner(text, at: w)
                if let body = s.readBody(catalog: catalog) {
                    s.skipSpaces()
                    // ("BCH TW Đảng ⟨khoá XIII⟩ đã ban hành Nghị quyết số 60": the body's term.)
                    if s.read("khoa") {
                        s.skipSpaces()
                        _ = s.readWord()
                        s.skipSpaces()
                    }
                    _ = s.read("da") || s.read("vua")
                    s.skipSpaces()
                    if s.read("ban hanh") { return body }
                }
            }
            w += 1
        }
        return nil
    }

    /// The type of a number cited without a type word: from its code ("05-CT/TW" → Chỉ thị),
    /// "Luật" for a National Assembly number ("103/2016/QH13"), "Công văn" for a công văn.
    static func kindOfBareSymbol(_ symbol: DocumentSymbol, catalog: Catalog) -> String? {
        if let type = symbol.type { return DocumentKind.named(byCode: type, state: symbol.system == .state) }
        guard let issuer = symbol.issuer else { return nil }
        if issuer.hasPrefix("QH") { return "Luật" }
        if issuer.hasPrefix("UBTVQH") { return "Nghị quyết" }
        // A công văn only when its first group is a known issuer ("5973/UBND-KT"); not a police
        // file number ("16/KLĐT-PC14").
        let first = String(issuer.split(separator: "-").first ?? "")
        return catalog.isIssuerCode(first) || BodyName.localStateCodes.union(["VPCP", "VPTW"]).contains(first) ? "Công văn" : nil
    }

    /// Mentions joined by "," or "và" share the date, issuer and term written after the last one:
    /// "Nghị quyết 20, Nghị quyết 52, Nghị quyết 36 của Bộ Chính trị",
    /// "Nghị quyết số 18-NQ/TW và Nghị quyết số 19/NQ-TW ngày 25/10/2017",
    /// "Nghị quyết số 26-NQ/TW và 27-NQ/TW của Hội nghị Trung ương 7 khóa XII",
    /// "Chỉ thị 05 và Kết luận 01 của Bộ Chính trị"; plenums the term written after the last:
    /// "Nghị quyết Trung ương 8, Nghị quyết Trung ương 9 khóa XII".
    ///
    /// Only between numbered documents: not the body a congress's resolution names ("Nghị quyết 54 và Nghị
    /// quyết Đại hội Đảng bộ tỉnh"); and not into a number the article has cited in full before
    /// ("Nghị quyết số 847-NQ/QUTW …" then "Nghị quyết 847 và Nghị quyết số 05-NQ/TW … của Bộ Chính trị").
    static func shareQualifiers(_ mentions: inout [Mention], text: CleanText) {
        guard mentions.count > 1 else { return }
        var i = mentions.count - 2
        while i >= 0 {
            let a = mentions[i], b = mentions[i + 1]
            // (Party documents of two types share a Party body: "Chỉ thị 05 và Kết luận 01 của Bộ Chính trị".)
            let partyPair = Self.partyKinds.contains(a.kind) && Self.partyKinds.contains(b.kind)
                && b.qualifiers.body.map { !$0.isState } == true
            if a.kind == b.kind || partyPair, a.isNumbered, b.isNumbered, a.range.upperBound <= b.range.lowerBound,
               b.range.lowerBound - a.range.upperBound <= 6 {
                let gap = String(decoding: text.fold[a.range.upperBound..<b.range.lowerBound], as: UTF8.self)
                    .trimmed()
                if gap == "," || gap == "va" || gap == ", va" || gap.isEmpty {
                    if mentions[i].qualifiers.body == nil, !mentions[..<i].contains(where: { $0.citesInFull(a) }) {
                        mentions[i].qualifiers.body = b.qualifiers.body
                    }
                    if mentions[i].qualifiers.date == nil { mentions[i].qualifiers.date = b.qualifiers.date }
                    if mentions[i].qualifiers.term == nil { mentions[i].qualifiers.term = b.qualifiers.term }
                }
            }
            // ("Nghị quyết Trung ương 8, Nghị quyết Trung ương 9 khóa XII": plenums listed share the last one's term.)
            if case .plenum(let plenum, nil) = a.form, case .plenum(_, let term?) = b.form, a.kind == b.kind,
               a.range.upperBound <= b.range.lowerBound, b.range.lowerBound - a.range.upperBound <= 6,
               [",", "va", ", va"].contains(String(decoding: text.fold[a.range.upperBound..<b.range.lowerBound], as: UTF8.self).trimmed()) {
                mentions[i].form = .plenum(plenum, term: term)
            }
            i -= 1
        }
    }

    /// The types a Party committee issues, which a list may join under one body.
    static let partyKinds: Set<String> = ["Nghị quyết", "Chỉ thị", "Kết luận", "Quy định"]
}
