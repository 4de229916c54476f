/// Text as XML 1.0 allows it: libxml2's writer passes U+0001 through raw, which no parser accepts.
enum XMLText {
    /// Drops the characters XML 1.0 forbids: C0 controls other than TAB, LF and CR, and
    /// U+FFFE, U+FFFF. "Chỉ thị\u{1} 05" → "Chỉ thị 05". (Lone surrogates cannot occur in a
    /// Swift string.)
    static func legal(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isLegal($0) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter(isLegal)))
    }

    private static func isLegal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }
}
