import Foundation

/// The search box's index: one entry per document, most cited first, as a JavaScript file
/// (`search-index.js`) so that it loads from a folder opened with file:// where fetching JSON is
/// refused. Each entry is `[key, kind, title or subject, address, folded text]`:
/// `["05-CT/TW", "Chỉ thị", "Đẩy mạnh học tập …", "documents/05-ct-tw-….html",
/// "05-ct/tw chi thi day manh hoc tap …"]`.
enum SearchIndex {
    static func script(_ ranking: [DocumentRank]) throws -> String {
        let entries: [[String]] = ranking.map { r in
            let href = SitePaths.document(r.node)
            return [r.key, r.kind, r.subject, href, SearchFold.fold("\(r.key) \(r.kind) \(r.subject)")]
        }
        let json = try JSONSerialization.data(withJSONObject: entries, options: [.sortedKeys, .withoutEscapingSlashes])
        return "// vncite: the documents of this report, for search.js.\nvar VNCITE_SEARCH = "
            + String(decoding: json, as: UTF8.self) + ";\n"
    }
}
