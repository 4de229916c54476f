/// A plenum's resolution and its conclusion named with one plenum after both type words.
extension CitationFinder {
    /// "Nghị quyết và Kết luận Hội nghị lần thứ 7 Ban Chấp hành Trung ương Đảng (khóa XI)", "các Nghị
    /// quyết, Kết luận Hội nghị Trung ương 4 khóa XII": the first type word shares the plenum written
    /// after the second; its mention is the type word alone, and the second is read on its own.
    func sharedPlenum(kind: DocumentKind, typeStart: Int, afterType: Scanner) -> [Mention]? {
        var p = afterType
        p.skipSpaces()
        guard p.read("va") || p.read(",") else { return nil }
        p.skipSpaces()
        guard let other = p.readAny(["ket luan", "nghi quyet"]), ["KL", "NQ"][other] != kind.partyCode,
              let plenum = PlenumForm.read(&p), plenum.plenums.count == 1 else { return nil }
        let number = plenum.plenums[0].0
        let qualifiers = p.readQualifiers(catalog: catalog)
        let terms: [String?] = plenum.terms.isEmpty ? [nil] : plenum.terms
        return terms.map { term in
            var m = Mention(form: .plenum(number, term: term), kind: kind.name, range: typeStart..<afterType.pos)
            m.qualifiers = qualifiers
            return m
        }
    }
}
