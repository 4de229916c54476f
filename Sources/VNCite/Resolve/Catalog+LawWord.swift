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
}
