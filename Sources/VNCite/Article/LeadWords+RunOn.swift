/// Two words written with no space between them, which the lead reads apart.
extension LeadWords {
    /// Where the second of two run-on words begins in a token, or nil:
    /// - an opening quote glued to the word before: "sẽ tổ chức“Lễ tuyên dương …”" → "tổ chức", "“Lễ";
    /// - a comma between two letters, its space left out: "… Luật Trợ giúp pháp lý,chiều ngày 19/9/2022,
    ///   Sở Tư pháp …" → "lý,", "chiều"; after a number too, "Ngày 18/6/2014,tại TP. Cần Thơ" (not "1,5");
    /// - a day with its year, a word glued after it: "trong hai ngày 03/4 và 04/4/2023tại thành phố Sầm
    ///   Sơn" → "04/4/2023", "tại" (not "10h30", "5km": no day);
    /// - a hyphen between a small letter and a capital, two fields of one name: "Bộ Văn hóa-Thông tin" →
    ///   "hóa-", "Thông", read as "Văn hóa - Thông tin" is, and written back as it was (`Word.glued`)
    ///   (not "HĐND-UBND", "Ban Ki-moon", "Thừa Thiên-Huế": a capital before, or a small letter after).
    static func runOn(_ text: CleanText, _ token: Range<Int>) -> Int? {
        let lo = token.lowerBound, hi = token.upperBound
        guard hi - lo >= 3 else { return nil }
        for k in (lo + 1)..<(hi - 1) {
            let before = text.scalars[k - 1], here = text.scalars[k], next = text.scalars[k + 1]
            if ["\u{201C}", "\u{2018}"].contains(here), before.properties.isAlphabetic, next.properties.isAlphabetic { return k }
            if here == ",", before.properties.isLowercase || before.properties.numericType != nil, next.properties.isAlphabetic { return k + 1 }
            if here == "-", joinsTwoFields(text, token, dash: k) { return k + 1 }
        }
        // (The day first: digits and "/" up to the first letter, the day's three numbers, a year of four digits.)
        guard let letter = token.first(where: { text.scalars[$0].properties.isAlphabetic }), letter > lo,
              text.scalars[letter].properties.isLowercase else { return nil }
        let day = text.string(lo..<letter)
        let numbers = MeetingDate.numbers(day)
        guard day.contains("/"), numbers.count == 3, numbers[2].map({ (1900...2100).contains($0) }) == true,
              MeetingDate.dayMonth(day, articleDate: nil) != nil else { return nil }
        return letter
    }

    /// "hóa-Thông": the syllable before the hyphen opens in a small letter; after it, a capital and a
    /// small letter.
    private static func joinsTwoFields(_ text: CleanText, _ token: Range<Int>, dash k: Int) -> Bool {
        guard k + 2 < token.upperBound, text.scalars[k + 1].properties.isUppercase,
              text.scalars[k + 2].properties.isLowercase else { return false }
        let first = (token.lowerBound..<k).last { !text.scalars[$0].properties.isAlphabetic }.map { $0 + 1 } ?? token.lowerBound
        return first < k && text.scalars[first].properties.isLowercase
    }
}
