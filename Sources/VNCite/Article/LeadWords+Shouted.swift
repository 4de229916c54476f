/// A sentence written all in capitals, as portals print headlines: "KỲ HỌP KẾT THÚC PHIÊN LÀM VIỆC
/// BUỔI SÁNG". Its capitals say nothing of names, and its words would read as abbreviations
/// ("KẾT", "THÚC"): its Vietnamese syllables are read in sentence case ("Kỳ họp kết thúc phiên làm
/// việc buổi sáng"), its abbreviations kept ("HĐND", "UBND", "TP").
extension LeadWords {
    static func sentenceCased(_ words: [Word]) -> [Word] {
        // (Read on every sentence: the first small letter ends the test.)
        var lettered = 0, syllables = 0
        for word in words {
            var letters = false
            for c in word.text.unicodeScalars where c.properties.isAlphabetic {
                if c.properties.isLowercase { return words }
                letters = true
            }
            if letters {
                lettered += 1
                if syllable(word.text) { syllables += 1 }
            }
        }
        guard lettered >= 3, syllables * 2 > lettered else { return words }
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
