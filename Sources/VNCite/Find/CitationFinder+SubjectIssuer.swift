/// The issuer written after a document's subject, where the type of document says that body
/// issues it:
///
/// - "Nghị quyết 36 về phát triển bền vững kinh tế biển của Trung ương" → TW;
/// - "Chỉ thị 15 về chống tiêu cực trong các hoạt động thể dục thể thao của Thủ tướng" → TTg;
/// - "Nghị định 46 về xử phạt vi phạm hành chính trong lĩnh vực y tế của Chính phủ" → CP;
/// - "Chỉ thị 05 về … phong cách Hồ Chí Minh của Bộ Chính trị gắn với …" → TW.
///
/// Not a body the subject is about: "Quyết định 10 về chức năng, nhiệm vụ của Sở Y tế" (a Sở
/// issues no Quyết định numbered alone here), "Nghị quyết 26 về vai trò của Tỉnh ủy trong công
/// tác cán bộ" (the body must close the subject), "Ban Dân vận Tỉnh ủy" (the issuer must head
/// the name).
extension CitationFinder {
    /// Which issuer codes may close the subject of each type of document.
    static let subjectIssuers: [String: Set<String>] = [
        "Nghị quyết": ["TW", "TU", "HU", "QU", "CP"],
        "Chỉ thị": ["TW", "TU", "HU", "QU", "TTg"],
        "Kết luận": ["TW", "TU", "HU", "QU"],
        "Quy định": ["TW", "TU", "HU", "QU"],
        "Nghị định": ["CP"],
        "Quyết định": ["TW", "TTg"],
    ]

    /// The words that may follow a body that closes a subject: "… của Bộ Chính trị ⟨và⟩ …".
    private static let afterClosingBody = ["va", "da", "duoc", "gan", "nham", "khoa", "ngay", "thi", "la"]

    func readSubjectIssuers(_ mentions: inout [Mention], text: CleanText) {
        for i in mentions.indices where mentions[i].qualifiers.body == nil && mentions[i].precedingBody == nil {
            let q = mentions[i].qualifiers
            guard let allowed = Self.subjectIssuers[mentions[i].kind], let start = q.subjectStart, var end = q.subjectEnd,
                  text.fold[start] != UInt8(ascii: "\"") else { continue }
            // (Not into the next document: "… của Trung ương, Nghị quyết 19 …".)
            if let next = mentions[(i + 1)...].first(where: { $0.range.lowerBound >= start }) { end = min(end, next.range.lowerBound) }
            guard start < end else { continue }
            guard let (at, body) = closingBody(in: start..<end, text: text, allowed: allowed) else { continue }
            mentions[i].qualifiers.body = body
            mentions[i].qualifiers.subject = text.string(start..<at).trimmed()
        }
    }

    /// The first "của ⟨body⟩" in `range` whose body is one of `allowed` and closes the clause;
    /// with the offset of its "của".
    private func closingBody(in range: Range<Int>, text: CleanText, allowed: Set<String>) -> (Int, BodyName)? {
        let fold = text.fold
        var w = range.lowerBound
        while w + 3 < range.upperBound {
            defer { w += 1 }
            guard fold[w] == UInt8(ascii: "c"), w == 0 || !Scanner.isWordByte(fold[w - 1]),
                  let of = Scanner.phraseEnd("cua", in: fold, at: w) else { continue }
            var s = Scanner(text, at: of)
            s.skipSpaces()
            guard let body = s.readBody(catalog: catalog), s.pos <= range.upperBound || range.upperBound == fold.count,
                  allowed.contains(body.code) else { continue }
            let name = Catalog.fold(body.text)
            guard catalog.startsWithIssuer(name) || ["ban thuong vu ", "ban chap hanh ", "thuong truc "].contains(where: name.hasPrefix)
            else { continue }
            var after = s
            after.skipSpaces()
            let closes = after.pos >= fold.count || [",", ".", ";", ":", ")", "(", "\n"].contains(Character(UnicodeScalar(fold[after.pos])))
                || Self.afterClosingBody.contains { after.peek($0) }
            if closes { return (w, body) }
        }
        return nil
    }
}
