/// One name per body, whatever the spelling: "Sở TT&TT", "Sở TTTT" and "Sở Thông tin và Truyền
/// thông" are one body; "BCH Trung ương" is "Ban Chấp hành Trung ương". Local bodies are told
/// apart by province ("Tỉnh ủy" of Vĩnh Phúc is not "Tỉnh ủy" of Thừa Thiên Huế).
enum BodyNames {
    /// The identity of a body's name: folded, abbreviations spelt out.
    static func identity(_ name: String, catalog: Catalog = .standard) -> String {
        var words: [String] = []
        let folded = Catalog.fold(name.replacingOccurrences(of: "&", with: " & "))
        for w in folded.split(separator: " ") {
            words.append(abbreviations[String(w)] ?? String(w))
        }
        var id = words.joined(separator: " ").replacingOccurrences(of: "tt & tt", with: "thong tin va truyen thong")
        // "Ban Chấp hành Trung ương Đảng" is "Ban Chấp hành Trung ương".
        if id.hasSuffix("trung uong dang") { id.removeLast(" dang".count) }
        // The province is kept apart: "Tỉnh ủy Thừa Thiên Huế" is "Tỉnh ủy" of Thừa Thiên Huế.
        for p in catalog.provinceNames {
            for alias in p.folded where id.hasSuffix(" " + alias) || id.hasSuffix(" tinh " + alias) {
                id.removeLast(alias.count + 1)
                if id.hasSuffix(" tinh") { id.removeLast(" tinh".count) }
                return id
            }
        }
        return id
    }

    /// How a body is shown: the canonical spelling of a known name, else the text's own.
    static func display(_ name: String) -> String {
        let id = identity(name)
        if let known = canonical[id] { return known }
        // Drop a province named at the end; the node shows it apart.
        var words = name.split(separator: " ")
        while words.count > id.split(separator: " ").count { words.removeLast() }
        return words.joined(separator: " ")
    }

    private static let abbreviations: [String: String] = [
        "tttt": "thong tin va truyen thong",
        "bch": "ban chap hanh",
        "btv": "ban thuong vu",
        "ubnd": "uy ban nhan dan",
        "hdnd": "hoi dong nhan dan",
        "tw": "trung uong",
        "t.u": "trung uong",
        "ubkt": "uy ban kiem tra",
    ]

    private static let canonical: [String: String] = {
        let names = [
            "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng",
            "Ban Bí thư Trung ương Đảng", "Quân ủy Trung ương", "Chính phủ", "Thủ tướng Chính phủ", "Quốc hội",
            "Ủy ban Thường vụ Quốc hội", "Sở Thông tin và Truyền thông", "Ủy ban nhân dân tỉnh",
            "Hội đồng nhân dân tỉnh", "Ban Thường vụ Tỉnh ủy", "Tỉnh ủy", "Thành ủy",
            "Ban Chấp hành Đảng bộ tỉnh", "Đảng ủy Khối các cơ quan tỉnh", "Thường trực Tỉnh ủy",
        ]
        var table: [String: String] = [:]
        for n in names { table[identity(n)] = n }
        return table
    }()
}
