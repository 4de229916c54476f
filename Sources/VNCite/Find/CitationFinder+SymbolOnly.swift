/// A document named by a word for any document, its symbol saying what it is.
extension CitationFinder {
    /// "Văn bản số 2871/SYT-NV ngày 13/6/2021", "văn bản 29/VPTT-TH": after "văn bản" (and "số"),
    /// numbers with their full symbols only (a công văn's, or a type's code); "văn bản số 12"
    /// or "văn bản số 27/2012" name no type, and give nothing.
    func readSymbolOnly(kind: DocumentKind, typeStart: Int, scanner s: inout Scanner) -> [Mention] {
        let afterType = s
        s.skipSpaces()
        var probe = s
        _ = probe.readNumberPrefix()
        guard let items = probe.readNumberList(kind: kind, bareAllowed: false),
              items.allSatisfy({ $0.symbol != nil }) else { s = afterType; return [] }
        s = probe
        return listMentions(items, kind: kind, typeStart: typeStart, preceding: precedingBody(before: typeStart, text: s.text), scanner: &s)
    }
}
