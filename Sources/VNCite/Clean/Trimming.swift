/// Trimming without Foundation's bridge to NSString, which the scanner would pay for on every
/// citation: the same characters as `CharacterSet.whitespaces` (spaces of every width and the
/// tab) and `.whitespacesAndNewlines` (those and line breaks).
///
/// `"  Chỉ thị 05-CT/TW \n".trimmed(newlines: true)` → `"Chỉ thị 05-CT/TW"`.
extension StringProtocol {
    func trimmed(newlines: Bool = false) -> String {
        let scalars = unicodeScalars
        func isTrimmed(_ s: Unicode.Scalar) -> Bool {
            switch s.value {
            case 0x20, 0x09: return true
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return newlines
            case 0..<0x80: return false
            default: return s.properties.generalCategory == .spaceSeparator
            }
        }
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isTrimmed($0) })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// Without the full stops and ellipses that close it: "TP.HCM." → "TP.HCM", "Sở Y tế…" → "Sở Y tế".
    func withoutClosingStops() -> String { String(reversed().drop { $0 == "." || $0 == "…" }.reversed()) }
}
