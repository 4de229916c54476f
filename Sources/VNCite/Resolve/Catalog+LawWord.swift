extension Catalog {
    /// An abbreviation in a law's name and the words it stands for: "Luật BHXH" is the
    /// "Luật Bảo hiểm xã hội", "Luật Tổ chức QH" the "Luật Tổ chức Quốc hội".
    struct LawWord: Sendable {
        /// As the catalogue writes them: "bảo hiểm xã hội".
        var spelled: String
        /// Folded word by word, commas dropped, as `lawNames` holds names: ["bao", "hiem", "xa", "hoi"].
        var folded: [String]

        /// From a `lawword` line: lawword, abbreviation, its words.
        init?(_ fields: [String]) {
            guard fields.count >= 3, !fields[1].isEmpty, !fields[2].isEmpty else { return nil }
            spelled = fields[2]
            folded = Catalog.foldedWords(fields[2])
        }
    }

    /// Whether an abbreviation (folded) is a field's the catalogue spells in small letters, no body's:
    /// "PCTT" (phòng, chống thiên tai), "TKCN"; not "UBND" (Ủy ban nhân dân), "QH".
    func isField(_ folded: String) -> Bool {
        lawWords[folded].map { $0.spelled.first?.isLowercase == true } ?? false
    }
}
