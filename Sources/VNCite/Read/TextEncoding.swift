/// A character encoding that vncite reads: Unicode, or a legacy Vietnamese one.
///
/// "Nghị quyết" is `4E 67 68 E1BB8B …` in `.utf8`, `4E 67 68 DE …` in `.tcvn3` (ABC),
/// `4E 67 68 F2 …` in `.vni`, `Nghi. quye^'t` in `.viqr`, and `4E 67 68 69 F2 …` (base
/// letter, then a combining tone byte) in `.windows1258`.
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8
    case utf16le
    case utf16be
    case windows1258
    case tcvn3
    case vni
    case viqr

    /// The encoding an HTML or MIME charset label names, or nil when vncite does not know it.
    ///
    /// `"windows-1258"`, `"cp1258"` → `.windows1258`; `"UTF-8"` → `.utf8`;
    /// `"TCVN3"`, `"x-viet-tcvn"` → `.tcvn3`; `"iso-8859-1"` → nil.
    public init?(label: String) {
        let key = String(
            label.lowercased().unicodeScalars.filter {
                ("a"..."z").contains($0) || ("0"..."9").contains($0)
            })
        switch key {
        case "utf8", "unicode11utf8", "xunicode20utf8": self = .utf8
        case "utf16le": self = .utf16le
        case "utf16be": self = .utf16be
        case "windows1258", "cp1258", "xcp1258", "mswindows1258": self = .windows1258
        case "tcvn", "tcvn3", "tcvn5712", "tcvn57121993", "xviettcvn", "xviettcvn5712", "abc":
            self = .tcvn3
        case "vni", "vniwin", "vniwindows", "xvietvni": self = .vni
        case "viqr", "xviqr": self = .viqr
        default: return nil
        }
    }
}
