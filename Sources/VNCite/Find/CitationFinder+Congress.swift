/// A Party resolution named by its congress: "Nghị quyết Đại hội XIII", "Nghị quyết Đại hội Đảng bộ
/// tỉnh lần thứ XVI", and the congresses listed after the first: "Nghị quyết Đại hội XII, XIII của
/// Đảng", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, XII".
extension CitationFinder {
    /// The mentions of the congress (or congresses) after the type word, or nil when none is named.
    func readCongress(kind: DocumentKind, typeStart: Int, afterType: Scanner, scanner s: inout Scanner) -> [Mention]? {
        var c = afterType
        guard let congress = CongressForm.read(&c) else { return nil }
        var numbers = [(congress.roman, typeStart..<congress.end)]
        // (Each further congress after a comma or "và", in capitals, each later than the one before.)
        while true {
            var next = c
            guard next.skipSpaces(past: ",") || next.read("va") else { break }
            next.skipSpaces()
            let start = next.pos
            guard let roman = next.readRoman(), (start..<next.pos).allSatisfy(next.isUppercase),
                  let value = Roman.value(roman), let last = Roman.value(numbers[numbers.count - 1].0), value > last else { break }
            numbers.append((roman, start..<next.pos))
            c = next
        }
        let qualifiers = c.readQualifiers(catalog: catalog)
        var body = qualifiers.body
        if let organisation = congress.organisation {
            // (No issuer code: the organisation's own documents are numbered apart.)
            body = BodyName(text: organisation.text, code: "", isLocal: organisation.isLocal,
                            locality: organisation.placeWords.flatMap(catalog.province(in:)))
        } else if congress.isLocal, let words = congress.localityWords, body == nil {
            body = congress.place.flatMap { CongressForm.lowerLevel($0, in: s.text) }
                ?? BodyName(text: "Đảng bộ", code: "TU", isLocal: true, locality: catalog.province(in: words))
        }
        s = c
        return numbers.map { roman, range in
            var m = Mention(form: .congress(roman, local: congress.isLocal, organisation: congress.organisation?.unit), kind: kind.name, range: range)
            m.qualifiers = qualifiers
            m.qualifiers.body = body
            return m
        }
    }
}
