extension CleanText {
    /// The cleaned text between two positions, its dashes written as the original wrote them: a
    /// page's title shown as the page has it. "Hà Nội – Hải Phòng: …" keeps its en dash, which the
    /// cleaned text writes "-"; every other cleaning stays (spaces, NFC, "Ð" → "Đ").
    func stringWithOriginalDashes(_ range: Range<Int>) -> String {
        guard scalars[range].contains("-") else { return string(range) }
        var shown = String.UnicodeScalarView()
        for i in range {
            let s = scalars[i]
            if s == "-", let original = originalSpan(i..<(i + 1)).text.unicodeScalars.first, Self.isDash(original) {
                shown.append(original)
            } else {
                shown.append(s)
            }
        }
        return String(shown)
    }

    /// The dashes `clean` writes "-": hyphens, en and em dashes, the minus sign.
    static func isDash(_ s: Unicode.Scalar) -> Bool {
        (0x2010...0x2015).contains(s.value) || [0x2212, 0xFE58, 0xFE63, 0xFF0D].contains(s.value)
    }
}
