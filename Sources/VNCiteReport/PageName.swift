import Foundation

/// A safe, stable file name for a page, derived from what the page is about.
///
/// Keys hold "/", "@", spaces and Vietnamese letters, so a name is the key folded to ASCII
/// (at most 48 characters) plus eight hex digits of a fixed hash of the whole key:
/// "05-CT/TW" → "05-ct-tw-3c1f9a2b.html", "12-NQ/TU@Thừa Thiên Huế" →
/// "12-nq-tu-thua-thien-hue-….html". The same key gives the same name on every run and
/// machine; two keys that fold alike still get two names.
enum PageName {
    /// "05-ct-tw-3c1f9a2b.html"; page 2 and later of a long table: "05-ct-tw-3c1f9a2b-2.html".
    static func file(named name: String, id: String, page: Int = 1) -> String {
        "\(slug(name))-\(hash(id))" + (page > 1 ? "-\(page)" : "") + ".html"
    }

    /// "Chỉ thị 05-CT/TW" → "chi-thi-05-ct-tw".
    static func slug(_ s: String, limit: Int = 48) -> String {
        var out = ""
        var dash = false
        for c in SearchFold.fold(s).unicodeScalars {
            if c.isASCII, CharacterSet.alphanumerics.contains(c) {
                if dash, !out.isEmpty { out.append("-") }
                dash = false
                out.unicodeScalars.append(c)
                if out.count >= limit { break }
            } else {
                dash = true
            }
        }
        return out.isEmpty ? "x" : out
    }

    /// FNV-1a over the UTF-8 bytes, folded to 32 bits: "3c1f9a2b". Not Swift's `Hasher`,
    /// which is seeded per process.
    static func hash(_ s: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01b3
        }
        let folded = UInt32(truncatingIfNeeded: h ^ (h >> 32))
        let hex = String(folded, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
