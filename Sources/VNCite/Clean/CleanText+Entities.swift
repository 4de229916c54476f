/// HTML character references left in plain text, as exported corpora keep them: "Bộ GD&amp;ĐT" →
/// "Bộ GD&ĐT", "&gt;&gt; Hà Nội lấy ý kiến" → ">> Hà Nội …", "&nbsp;" → " ", "&#193;" → "Á". A page
/// read through libxml2 has none left; this is for the text of JSON Lines and of saved .txt files.
extension CleanText {
    /// The named references read, without their "&" and ";".
    static let namedEntities: [(name: [UInt8], scalar: Unicode.Scalar)] = [
        ("amp", "&"), ("lt", "<"), ("gt", ">"), ("quot", "\""), ("apos", "'"), ("nbsp", " "),
    ].map { (Array($0.0.utf8), $0.1) }

    /// The reference that starts with the "&" at `i` (`byte(j)` gives the text's ASCII value at `j`,
    /// or nil past its end or outside ASCII): what it stands for and how many characters it takes.
    /// Nil when no known reference starts there ("AT&T", "Q&A" stay as written).
    static func entity(at i: Int, _ byte: (Int) -> UInt8?) -> (scalar: Unicode.Scalar, length: Int)? {
        guard byte(i) == 38 else { return nil }  // "&"
        if byte(i + 1) == 35 {  // "&#193;", "&#x1EA0;"
            let hex = byte(i + 2) == 120 || byte(i + 2) == 88
            var j = i + (hex ? 3 : 2)
            var value: UInt32 = 0
            var digits = 0
            while let b = byte(j), digits < 7 {
                let d: UInt32
                switch b {
                case 48...57: d = UInt32(b - 48)
                case 97...102 where hex: d = UInt32(b - 87)
                case 65...70 where hex: d = UInt32(b - 55)
                default: d = 99
                }
                guard d != 99 else { break }
                value = value * (hex ? 16 : 10) + d
                digits += 1
                j += 1
            }
            guard digits > 0, byte(j) == 59, value >= 32, let s = Unicode.Scalar(value) else { return nil }
            return (s, j + 1 - i)
        }
        for (name, scalar) in namedEntities
        where name.indices.allSatisfy({ byte(i + 1 + $0) == name[$0] }) && byte(i + 1 + name.count) == 59 {
            return (scalar, name.count + 2)
        }
        return nil
    }
}
