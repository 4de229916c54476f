/// A law's name written as two abbreviations joined: "Luật PCCC&CNCH", "Luật PCCC và CNCH", "Luật
/// PCCC-CNCH" is the Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ of 2024, not the Luật Phòng cháy
/// và chữa cháy of 2001 that "PCCC" alone spells.
extension LawNameForm {
    /// The joined abbreviations that open at the abbreviation `first` ("PCCC" of "PCCC & CNCH"), and
    /// the words the catalogue spells them with ("lawword PCCC&CNCH"), when it knows them joined; the
    /// scanner then stands after the second. The joiners are "&", "-" and "và", with or without spaces
    /// around the marks.
    static func joinedAbbreviations(after first: Range<Int>, in s: inout Scanner, catalog: Catalog)
        -> (range: Range<Int>, word: Catalog.LawWord)? {
        var probe = s
        probe.pos = first.upperBound
        probe.skipSpaces()
        if probe.current == UInt8(ascii: "&") || probe.current == UInt8(ascii: "-") {
            probe.pos += 1
        } else {
            guard probe.pos > first.upperBound, let and = probe.readWord(), probe.text.fold[and].elementsEqual("va".utf8) else { return nil }
        }
        probe.skipSpaces()
        guard let second = probe.readWord(), isAbbreviation(second, in: probe) else { return nil }
        let key = String(decoding: s.text.fold[first], as: UTF8.self) + "&" + String(decoding: s.text.fold[second], as: UTF8.self)
        guard let word = catalog.lawWords[key] else { return nil }
        s = probe
        return (first.lowerBound..<second.upperBound, word)
    }
}
