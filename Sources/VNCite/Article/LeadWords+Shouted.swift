/// A sentence written all in capitals, as portals print headlines: "KỲ HỌP KẾT THÚC PHIÊN LÀM VIỆC
/// BUỔI SÁNG". Its capitals say nothing of names, and its words would read as abbreviations
/// ("KẾT", "THÚC"): its Vietnamese syllables are read in sentence case ("Kỳ họp kết thúc phiên làm
/// việc buổi sáng"), its abbreviations kept ("HĐND", "UBND", "TP").
extension LeadWords {
    static func sentenceCased(_ words: [Word]) -> [Word] {
        let lettered = words.filter { $0.text.contains(where: \.isLetter) }
        guard lettered.count >= 3, lettered.allSatisfy({ !$0.text.contains(where: \.isLowercase) }),
              lettered.filter({ syllable($0.text) }).count * 2 > lettered.count else { return words }
        var cased = words
        var first = true
        // (The first word opens in capitals; a clock before it is no word: "11H38: KỲ HỌP …".)
        for k in cased.indices where cased[k].text.contains(where: \.isLetter) && !cased[k].text.contains(where: \.isNumber) {
            defer { first = false }
            guard syllable(cased[k].text) else { continue }
            let lower = cased[k].text.lowercased()
            cased[k].text = first ? lower.prefix(1).uppercased() + lower.dropFirst() : lower
        }
        return cased
    }

    /// A word of two letters or more that spells one Vietnamese syllable ("KỲ", "HỌP"; not "HĐND", "TP").
    private static func syllable(_ text: String) -> Bool {
        text.count >= 2 && text.allSatisfy(\.isLetter) && VietnameseSyllable.isWellFormed(text.lowercased().unicodeScalars.map(\.value))
    }
}
