import Foundation

/// Unicode normalisation to NFC, skipping the work when a text cannot change.
///
/// "Nghi\u{0323} quye\u{0302}\u{0301}t" (NFD) becomes "Nghị quyết"; text that is ASCII,
/// precomposed Vietnamese and common punctuation is returned as it is, without a copy.
enum NormalForm {
    /// The NFC form of a text.
    /// Only the lines that hold a scalar NFC may change are normalised: a line break composes
    /// with nothing, so the lines' forms joined are the text's form, and one odd character in a
    /// book-length text costs its line, not the book.
    static func nfc(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isStable($0.value) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (n, bytes) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if n > 0 { out += "\n" }
            let line = Substring(bytes)
            out += line.unicodeScalars.allSatisfy({ isStable($0.value) }) ? String(line) : line.precomposedStringWithCanonicalMapping
        }
        return out
    }

    /// Scalars that NFC leaves alone whatever surrounds them, except a following combining mark
    /// (which is not stable, and so sends the text through the full normalisation).
    private static func isStable(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x0300: true
        case 0x0102, 0x0103, 0x0110, 0x0111, 0x01A0, 0x01A1, 0x01AF, 0x01B0: true
        case 0x1EA0...0x1EF9: true
        case 0x2010...0x206F, 0x20A0...0x20CF, 0x2190...0x22FF, 0x2400...0x2BFF: true
        case 0x3000...0x303F, 0xFEFF, 0xFF01...0xFFEF, 0xFFFD: true
        default: false
        }
    }
}
