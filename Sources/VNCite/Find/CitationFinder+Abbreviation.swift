/// Types written as their code, in capitals, before a number: "NĐ 158/CP", "QĐ số 12/QĐ-UBND",
/// "theo NQ 388".
extension CitationFinder {
    /// Reads after the code at `typeStart`: both letters capitals, then "số" and a number, or a
    /// full symbol, or — after NQ, QĐ and NĐ, which name documents more than anything else — a bare
    /// number of two or three digits with the code standing on its own ("theo NĐ 117", "QĐ 108 có
    /// cần thiết"); not "CT 2831", a ferry's plate, "tàu NĐ 1099", a Nam Định boat's, "QĐ 4", an army
    /// corps, nor "SĐ.NĐ 0 đ", a club's points.
    func readAfterAbbreviation(kind: DocumentKind, typeStart: Int, scanner s: inout Scanner) -> [Mention] {
        guard s.isUppercase(typeStart), s.isUppercase(typeStart + 1) else { return [] }
        var probe = s
        probe.skipSpaces()
        let numberWord = probe.readNumberPrefix()
        var digits = probe
        let bare = numberWord || ["nd", "qd", "nq"].contains(kind.folded) && digits.readNumber().map({ (2...3).contains($0.count) }) == true
            && (typeStart == 0 || [" ", "(", "\n"].contains(s.text.scalars[typeStart - 1]))
        guard let items = probe.readNumberList(kind: kind, bareAllowed: bare) else { return [] }
        s = probe
        return listMentions(items, kind: kind, typeStart: typeStart, preceding: nil, scanner: &s)
    }
}
