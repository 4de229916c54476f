/// JSON string literals for the writers: quotes, backslashes and control characters escaped,
/// everything else (Vietnamese included) kept as UTF-8. "Chỉ thị “05”" → "\"Chỉ thị “05”\"".
public enum JSONText {
    public static func quoted(_ s: String) -> String {
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

    /// `"name":value` pairs in the order given, nil values written as null.
    static func object(_ pairs: [(String, String?)]) -> String {
        "{" + pairs.map { "\(quoted($0.0)):\($0.1 ?? "null")" }.joined(separator: ",") + "}"
    }

    static func string(_ s: String?) -> String? { s.map(quoted) }
    static func int(_ n: Int?) -> String? { n.map(String.init) }
}
