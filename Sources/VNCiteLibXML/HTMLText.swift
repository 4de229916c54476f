import Foundation

/// Small text helpers for HTML: whitespace as a browser collapses it, and label comparison.
///
/// `HTMLText.collapsed("  Tin\n liên&nbsp;quan ")` is "Tin liên quan" (the no-break space of
/// `&nbsp;` counts as a space); `HTMLText.label("Tin liên quan:")` is "tin liên quan".
enum HTMLText {
    /// Spaces, tabs, line ends and no-break spaces: what collapses to one space in a line.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0xA0, 0x2007, 0x202F, 0x3000: true
        case 0x2000...0x200A: true
        default: false
        }
    }

    /// Runs of white space as one space, trimmed at both ends.
    static func collapsed(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace { output.append(" ") }
            pendingSpace = false
            output.append(scalar)
        }
        return String(output)
    }

    /// A label as compared with the boilerplate list: NFC, lower case, single spaces, without
    /// the colon or arrow around it ("» Tin liên quan :" → "tin liên quan").
    static func label(_ text: String) -> String {
        let trimmed = collapsed(text).precomposedStringWithCanonicalMapping.lowercased()
        let decoration = CharacterSet(charactersIn: ":：»«>›‹-–—|•·*#[]() ")
        return trimmed.trimmingCharacters(in: decoration)
    }

    /// NFC, as everything vncite outputs.
    static func nfc(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }
}
