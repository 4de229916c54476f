import Foundation

/// Text folded for search: lower case, no diacritics, "Đ"/"đ"/"Ð" → "d", runs of space as one.
///
/// "Chỉ thị 05-CT/TW" → "chi thi 05-ct/tw"; "Đảng ủy" → "dang uy". `search.js` folds what
/// the reader types the same way, so "chi thi 05" finds "Chỉ thị 05-CT/TW".
enum SearchFold {
    static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue  // combining marks
            default:
                if scalar.properties.isWhitespace {
                    space = !out.isEmpty
                    continue
                }
                if space { out.append(" "); space = false }
                if [0x0110, 0x0111, 0x00D0].contains(scalar.value) {
                    out.append("d")
                } else {
                    out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                }
            }
        }
        return String(out)
    }
}
