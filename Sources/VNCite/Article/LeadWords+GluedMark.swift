/// An outlet's mark glued to the lead's first word: "LSO-Ngày 18/12/2015, …".
extension LeadWords {
    /// Where the dash of "LSO-Ngày", "BNO-Sáng" stands: two to six capitals, a dash, then a day's word
    /// ("Ngày", "Sáng", "Chiều", "Tối", "Trưa", "Hôm") capitalised; nil for any other token.
    static func markGluedToADay(_ text: CleanText, _ token: Range<Int>) -> Int? {
        guard let dash = token.prefix(7).first(where: { ["-", "–"].contains(text.scalars[$0]) }),
              (2...6).contains(dash - token.lowerBound), dash + 1 < token.upperBound,
              text.scalars[token.lowerBound..<dash].allSatisfy({ $0.properties.isUppercase }),
              text.scalars[dash + 1].properties.isUppercase else { return nil }
        let day = String(decoding: text.fold[(dash + 1)..<token.upperBound], as: UTF8.self)
        return MeetingDate.dayWords.contains(day) ? dash : nil
    }
}
