/// The constitution, by its year if given: "Hiến pháp năm 2013", "Điều 4 Hiến pháp", "Hiến pháp
/// nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013", "Hiến pháp nước CHXHCN Việt Nam năm 1992".
/// Not "Tòa án Hiến pháp", nor another country's ("Hiến pháp Mỹ"), nor the set phrase "Hiến pháp và
/// pháp luật" without a year.
enum ConstitutionForm {
    /// Reads after the type word "Hiến pháp" written with a capital, which starts at `typeStart`.
    static func read(_ s: inout Scanner, typeStart: Int, kind: String) -> Mention? {
        let before = String(decoding: s.text.fold[max(0, typeStart - 7)..<typeStart], as: UTF8.self)
        guard !before.hasSuffix("toa an "), !before.hasSuffix("vien ") else { return nil }
        var probe = s
        probe.skipSpaces()
        if probe.isUppercase(probe.pos), Scanner.isLetterByte(probe.current),
           !probe.nextWordIsAny(["viet", "nuoc", "cong", "nam"]) { return nil }
        // The country's name, then the year.
        var named = probe
        _ = named.read("nuoc")
        named.skipSpaces()
        if named.read("cong hoa xa hoi chu nghia") || named.read("chxhcn") { named.skipSpaces() }
        if named.read("viet nam") { named.skipSpaces(); probe = named }
        _ = probe.read("nam")
        probe.skipSpaces()
        if let y = probe.readNumber(), y.count == 4, let year = Int(probe.string(y)), (1946...2100).contains(year),
           !Scanner.isWordByte(probe.current) {
            s = probe
            return Mention(form: .law(name: "", year: year), kind: kind, range: typeStart..<probe.pos)
        }
        // ("sống và làm việc theo Hiến pháp và pháp luật", "thượng tôn Hiến pháp, pháp luật": the set phrase
        // for the legal order, no document cited.)
        var phrase = s
        _ = phrase.read(",")
        phrase.skipSpaces()
        _ = phrase.read("va")
        phrase.skipSpaces()
        if phrase.read("phap luat"), !Scanner.isWordByte(phrase.current) { return nil }
        return Mention(form: .law(name: "", year: nil), kind: kind, range: typeStart..<s.pos)
    }
}
