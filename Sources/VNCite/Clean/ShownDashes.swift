extension CleanText {
    /// The cleaned text between two positions, its dashes written as the original wrote them: a
    /// page's title shown as the page has it. "Hà Nội – Hải Phòng: …" keeps its en dash, which the
    /// cleaned text writes "-"; every other cleaning stays (spaces, NFC, "Ð" → "Đ").
    func stringWithOriginalDashes(_ range: Range<Int>) -> String {
        guard scalars[range].contains("-") else { return string(range) }
        var shown = String.UnicodeScalarView()
        for i in range {
            let s = scalars[i]
            // (A dash of another width is one the cleaning table writes "-".)
            if s == "-", let original = originalSpan(i..<(i + 1)).text.unicodeScalars.first, Self.clean(original) == "-" {
                shown.append(original)
            } else {
                shown.append(s)
            }
        }
        return String(shown)
    }

}
