/// One spelling of a law's name for all its mentions.
enum LawNameSpelling {
    /// The mentions of one law carry one name: the catalogue's spelling, which its key writes, when one
    /// of them writes it so. "Luật phòng chống Bạo lực gia đình" … "Luật Phòng, chống bạo lực gia đình":
    /// both are named "Phòng, chống bạo lực gia đình". (A law that no mention writes as its key does keeps
    /// each name as written: "Luật Khiếu nại tố cáo".)
    static func share(_ resolved: inout [(Mention, Citation)]) {
        var spelling: [String: String] = [:]
        for (_, c) in resolved {
            guard let name = c.name, spelling[c.key] == nil, writesItsKey(c.key, kind: c.kind, name: name) else { continue }
            spelling[c.key] = name
        }
        for i in resolved.indices {
            if resolved[i].1.name != nil, let name = spelling[resolved[i].1.key] { resolved[i].1.name = name }
        }
    }

    /// Whether the key is the type word, the name, and nothing or a year after: "Luật Đất đai 2013".
    static func writesItsKey(_ key: String, kind: String, name: String) -> Bool {
        let prefix = kind + " " + name
        guard key.hasPrefix(prefix) else { return false }
        let rest = key.dropFirst(prefix.count)
        return rest.isEmpty || rest.first == " " && rest.dropFirst().allSatisfy(\.isNumber)
    }
}
