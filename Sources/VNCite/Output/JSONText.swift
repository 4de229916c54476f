/// JSON string literals for the writers: quotes, backslashes and control characters escaped,
/// everything else (Vietnamese included) kept as UTF-8. "Chỉ thị “05”" → "\"Chỉ thị “05”\"".
public enum JSONText {
    public static func quoted(_ s: String) -> String {
        // Most strings need no escape: copied whole.
        if !needsEscape(s) { return "\"" + s + "\"" }
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// Whether a string holds a quote, a backslash, a control character or U+2028/U+2029.
    private static func needsEscape(_ s: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for b in s.utf8 {
            if b < 0x20 || b == 0x22 || b == 0x5C { return true }
            if previous == (0xE2, 0x80), b == 0xA8 || b == 0xA9 { return true }
            previous = (previous.1, b)
        }
        return false
    }

    /// `"name":value` pairs in the order given, nil values written as null.
    static func object(_ pairs: [(String, String?)]) -> String {
        "{" + pairs.map { "\(quoted($0.0)):\($0.1 ?? "null")" }.joined(separator: ",") + "}"
    }

    static func string(_ s: String?) -> String? { s.map(quoted) }
    static func int(_ n: Int?) -> String? { n.map(String.init) }
}
