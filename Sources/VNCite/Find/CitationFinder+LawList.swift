/// Laws listed under one type word: "các Luật: Quốc phòng, An ninh quốc gia, Nghĩa vụ quân sự",
/// "ba luật Đất đai, Nhà ở, Kinh doanh bất động sản", "Luật Đất đai, Nhà ở và Kinh doanh bất động
/// sản", "Bộ luật Hình sự, Tố tụng hình sự": each a law. Only names the catalogue knows are read
/// so, each ending where the list's item ends ("Theo Luật Đất đai, Thanh tra tỉnh …" lists no Luật
/// Thanh tra).
extension CitationFinder {
    /// After a type word that opens a list: a colon ("Luật: Quốc phòng, …") or a plural before it
    /// ("các luật Đất đai, Nhà ở", "hai Bộ luật Hình sự, Dân sự").
    func listedLaws(kind: DocumentKind, typeStart: Int, scanner s: inout Scanner) -> [Mention] {
        var probe = s
        let colon = probe.skipSpaces(past: ":")
        guard colon || Self.plural(before: typeStart, in: s.text), let first = knownLaw(kind: kind, typeStart: typeStart, at: &probe, last: false)
        else { return [] }
        s = probe
        // (A list its opening counts ends as the sentence goes on after "và": "2 luật Doanh nghiệp và Đầu tư vừa …".)
        return [first] + furtherLaws(kind: kind, typeStart: typeStart, listed: 2, scanner: &s)
    }

    /// The names listed after a law's, past a comma or "và": "Luật Đất đai⟨, Nhà ở và Kinh doanh bất
    /// động sản⟩"; `listed` counts those already read (two for a list a plural or colon opens).
    func furtherLaws(kind: DocumentKind, typeStart: Int, listed: Int, scanner s: inout Scanner) -> [Mention] {
        var found: [Mention] = []
        while true {
            var probe = s
            let comma = probe.skipSpaces(past: ",")
            let and = probe.read("va")
            guard comma || and else { break }
            probe.skipSpaces()
            // (The last of three or more, after "và", ends as the sentence goes on: "… và Kinh doanh bất
            // động sản có hiệu lực từ …".)
            guard let law = knownLaw(kind: kind, typeStart: typeStart, at: &probe, last: and && listed + found.count >= 2) else { break }
            found.append(law)
            s = probe
            if and { break }
        }
        return found
    }

    /// A name the catalogue knows at the cursor, written with a capital, that ends an item of the
    /// list: a mark, "và", a line's end, or its year (not "Thanh tra ⟨tỉnh⟩").
    private func knownLaw(kind: DocumentKind, typeStart: Int, at s: inout Scanner, last: Bool) -> Mention? {
        var probe = s
        let start = probe.pos
        guard probe.isUppercase(start), let law = LawNameForm.read(&probe, typeStart: typeStart, catalog: catalog, knownOnly: true)
        else { return nil }
        var after = probe
        after.skipSpaces()
        guard last || law.year != nil || after.atEnd || ",;.:)\n".utf8.contains(after.current) || after.read("va") else { return nil }
        s = probe
        return Mention(form: .law(name: law.name, year: law.year), kind: kind.name, range: start..<law.end, lawName: law.written)
    }

    /// Whether the words before the type word count many: "các", "những", "hai" … "mười", a number.
    static func plural(before typeStart: Int, in text: CleanText) -> Bool {
        var k = typeStart - 1
        while k >= 0, text.fold[k] == 32 { k -= 1 }
        guard k < typeStart - 1 else { return false }
        var start = k + 1
        while start > 0, Scanner.isWordByte(text.fold[start - 1]) { start -= 1 }
        guard start <= k else { return false }
        let word = String(decoding: text.fold[start...k], as: UTF8.self)
        return pluralWords.contains(word) || word.allSatisfy(\.isNumber) && !word.isEmpty
    }

    static let pluralWords: Set<String> = ["cac", "nhung", "hai", "ba", "bon", "sau", "bay", "tam", "chin", "muoi"]
}
