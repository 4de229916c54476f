/// One name per body, whatever the spelling: "Sở TT&TT", "Sở TTTT" and "Sở Thông tin và Truyền
/// thông" are one body; "BCH Trung ương" is "Ban Chấp hành Trung ương". Local bodies are told
/// apart by province ("Tỉnh ủy" of Vĩnh Phúc is not "Tỉnh ủy" of Thừa Thiên Huế).
enum BodyNames {
    /// The identity of a body's name: folded, abbreviations spelt out, the province apart.
    static func identity(_ name: String, catalog: Catalog = .standard) -> String { parts(name, catalog: catalog).identity }

    /// The identity of a body's name and the province its name ends in: "HĐND TP HCM", "Hội đồng
    /// nhân dân thành phố Hồ Chí Minh" → ("hoi dong nhan dan", "Hồ Chí Minh").
    static func parts(_ name: String, catalog: Catalog = .standard) -> (identity: String, province: String?) {
        var name = withoutInnerGloss(name)
        // (Nor the gloss that closes it: "Quốc hội (QH)", "Tổ chức Y tế Thế giới (WHO)" are the names
        // without it.)
        let written = name.split(separator: " ")
        if written.count > 1, let last = written.last, isGloss(last) { name = written.dropLast().joined(separator: " ") }
        if let known = catalog.stateBody(named: Catalog.fold(name)) { return (known, nil) }
        var words: [String] = []
        // (A term in brackets is a term: "Ban Chấp hành Trung ương Đảng (khóa IX)".)
        let folded = Catalog.fold(name.replacingOccurrences(of: "&", with: " & ")).filter { $0 != "(" && $0 != ")" }
        for w in folded.split(separator: " ") {
            // ("TP.Đà Nẵng" is "TP Đà Nẵng"; "của" between a body and the one it belongs to is no part
            // of its name: "Ban Pháp chế của HĐND TP" is the "Ban Pháp chế HĐND TP".)
            if w.hasPrefix("tp."), w.count > 3 { words += ["tp", String(w.dropFirst(3))]; continue }
            if w == "cua", !words.isEmpty { continue }
            words.append(abbreviations[String(w)] ?? String(w))
        }
        // (A name read on into the clause after it ends on no half of a word: "Chính phủ thì …",
        // "Bộ Công nghiệp chỉ (đạo)", "Văn phòng Chính phủ truyền (đạt)", "Bộ Chính trị và quyết (định)".)
        // Only after a name the catalogue knows ("Ban chỉ đạo thi" is the exam board's).
        while words.count > 1, let last = words.last, clauseHalves.contains(last),
              catalog.startsWithIssuer(words.dropLast().joined(separator: " ")) { words.removeLast() }
        var id = words.joined(separator: " ").replacingOccurrences(of: "tt & tt", with: "thong tin va truyen thong")
        // A term is the congress's, not the body's: "LĐBĐ VN khóa V" is "LĐBĐ VN", "Ban Chấp hành
        // Trung ương Đảng khóa IX" the Central Committee.
        let named = id.split(separator: " ")
        if let term = named.last, term.allSatisfy({ $0.isNumber || "ivxlc-".contains($0) }) {
            if named.count > 2, named[named.count - 2] == "khoa" {
                id = named.dropLast(2).joined(separator: " ")
            } else if named.count > 3, named[named.count - 3] == "nhiem", named[named.count - 2] == "ky" {
                id = named.dropLast(3).joined(separator: " ")
            }
        }
        // "Ban Chấp hành Trung ương Đảng (Cộng sản Việt Nam)" is "Ban Chấp hành Trung ương".
        if id.hasSuffix("trung uong dang cong san viet nam") { id.removeLast(" cong san viet nam".count) }
        if id.hasSuffix("trung uong dang") { id.removeLast(" dang".count) }
        // "Liên Hiệp Quốc", "LHQ" are the "Liên Hợp Quốc"; "Công chánh" is the South's spelling of
        // "Công chính" ("Sở Giao thông Công chánh TP.HCM"); names that differ more: `synonyms`.
        id = " \(id) ".replacingOccurrences(of: " lien hiep quoc ", with: " lien hop quoc ")
            .replacingOccurrences(of: " cong chanh ", with: " cong chinh ").trimmingCharacters(in: .whitespaces)
        if let same = synonyms[id] { id = same }
        // "Ban chấp hành Trung ương Đoàn", "Trung ương Đoàn TNCS (Hồ Chí Minh)" are "Trung ương Đoàn".
        if let youth = id.range(of: "trung uong doan"), ["", "ban chap hanh "].contains(String(id[..<youth.lowerBound])),
           ["", " thanh nien cong san", " thanh nien cong san ho chi minh"].contains(String(id[youth.upperBound...])) {
            return ("trung uong doan", nil)
        }
        // The province is kept apart, with the word for its rank: "Tỉnh ủy Thừa Thiên Huế" is "Tỉnh ủy"
        // of Thừa Thiên Huế, "HĐND thành phố Hà Nội" the "HĐND" of Hà Nội.
        for p in catalog.provinceNames {
            // A province that holds a ceremony itself, its rank written into the name ("TP.HCM", "TP
            // HCM"): the city's or province's own government.
            if let alias = p.folded.first(where: { $0 == id }), let rank = ["tp", "thanh pho", "tinh"].first(where: { alias.hasPrefix($0) }) {
                return (rank == "tinh" ? "tinh" : "thanh pho", p.name)
            }
            for alias in p.folded where id.hasSuffix(" " + alias) {
                // ("Diễn đàn Nghị viện châu Á-Thái Bình Dương" is the Pacific's, "Đoàn Thanh niên Cộng sản
                // Hồ Chí Minh" the Youth Union's: no province.)
                let before = id.dropLast(alias.count + 1)
                if alias == "binh duong" && before.hasSuffix("thai") || alias == "ho chi minh" && before.hasSuffix("cong san") {
                    return (id, nil)
                }
                id.removeLast(alias.count + 1)
                if let rank = [" tinh", " thanh pho", " tp"].first(where: id.hasSuffix) { id.removeLast(rank.count) }
                // ("Đại sứ quán Australia tại Hà Nội": the seat's "tại" goes with the place.)
                if id.hasSuffix(" tai") { id.removeLast(" tai".count) }
                // ("TP Hồ Chí Minh" and "thành phố Hồ Chí Minh" are one.)
                return (id == "tp" ? "thanh pho" : department(undashed(id), catalog: catalog), p.name)
            }
        }
        return (department(undashed(id), catalog: catalog), nil)
    }

    /// A province's department by the field of the ministry above it, as the catalogue writes it:
    /// "Sở GD-ĐT", "Sở GDĐT" and "Sở Giáo dục và Đào tạo" are one "so giao duc va dao tao"; "Sở Kế
    /// hoạch Đầu tư" is "so ke hoach va dau tu".
    static func department(_ id: String, catalog: Catalog) -> String {
        guard id.hasPrefix("so "), let ministry = catalog.stateBody(named: "bo " + id.dropFirst(3)), ministry.hasPrefix("bo ") else { return id }
        return undashed("so " + ministry.dropFirst(3))
    }

    /// A dash between the fields of a name is no part of it: "Ban Tư tưởng - Văn hóa Trung ương",
    /// "Ban Tư tưởng- Văn hóa …" and "Ban Tư tưởng Văn hóa …" are one ("ban tu tuong van hoa trung
    /// uong"); a dash inside a word stays ("thua thien-hue").
    static func undashed(_ id: String) -> String {
        id.split(separator: " ").compactMap { w -> Substring? in
            let t = w.drop { $0 == "-" }.reversed().drop { $0 == "-" }.reversed()
            return t.isEmpty ? nil : Substring(String(t))
        }.joined(separator: " ")
    }

    /// Whether a body the catalogue does not know is one for the whole country or the world, one
    /// node across a corpus rather than its article's or its province's: its name ends in "Việt
    /// Nam" ("LĐBĐ Việt Nam", "Hội Nhà văn Việt Nam", "Đảng Cộng sản Việt Nam"), says it is
    /// international ("Hiệp hội Hàng không Quốc tế", "Ngân hàng Thế giới", "Liên minh châu Âu",
    /// "Liên hợp quốc") or holds an international organisation's abbreviation ("… (OPEC)").
    static func isNational(_ identity: String) -> Bool {
        let words = identity.split(separator: " ")
        if words.count >= 2, words.suffix(2).joined(separator: " ") == "viet nam" { return true }
        let padded = " \(identity) "
        if [" quoc te ", " the gioi ", " chau a ", " chau au ", " lien hop quoc ", " lien hiep quoc "].contains(where: padded.contains) { return true }
        return words.contains { BodyGrammar.organisations.contains($0.uppercased()) }
    }

    /// How a body is shown: the canonical spelling of a known name, else the text's own.
    static func display(_ name: String) -> String {
        let name = withoutInnerGloss(name)
        let id = identity(name)
        if let known = canonical[id] { return known }
        // A ministry by the name the catalogue writes, whichever of its names came first ("Bộ GD-ĐT").
        if let official = Catalog.standard.stateBodyName(id) { return official }
        // A province's own government shows its whole name: "tỉnh Thừa Thiên-Huế", not "tỉnh".
        if ["tinh", "thanh pho"].contains(id) { return name }
        // Drop a province named at the end; the node shows it apart. The name is the fewest words
        // with the whole name's identity: "UBND tỉnh Hà Nam" → "UBND".
        let words = name.split(separator: " ")
        let n = (1...max(words.count, 1)).first { identity(words.prefix($0).joined(separator: " ")) == id } ?? words.count
        // (A bracket the province was cut from is closed: "Ban Văn hóa - Xã hội (HĐND⟨)⟩" of "… (HĐND TP HCM)".)
        return HostReader.withItsBracketClosed(words.prefix(n).joined(separator: " "))
    }

    /// A name without the abbreviation its writer glossed it with on the way: "Hội đồng nhân dân
    /// (HĐND) thành phố Hà Nội" is "Hội đồng nhân dân thành phố Hà Nội", one body with the article
    /// that spells it out. A gloss at the end closes the name and stays: "Tổ chức Lao động Quốc tế (ILO)".
    static func withoutInnerGloss(_ name: String) -> String {
        guard name.contains("(") else { return name }
        let words = name.split(separator: " ")
        let kept = words.indices.filter { $0 == 0 || $0 == words.count - 1 || !isGloss(words[$0]) }
        return kept.count == words.count ? name : kept.map { words[$0] }.joined(separator: " ")
    }

    /// "(HĐND)", "(WHO)": an abbreviation in brackets, a word of capitals.
    static func isGloss(_ word: Substring) -> Bool {
        guard word.count >= 4, word.first == "(", word.last == ")" else { return false }
        let inner = word.dropFirst().dropLast()
        return inner.first?.isUppercase == true && inner.allSatisfy { $0.isUppercase || $0.isNumber || "&.-".contains($0) }
    }

    /// Folded words that end no body's name: "thì", "có", "chỉ", "cơ", "truyền", "quyết", "và".
    static let clauseHalves: Set<String> = ["thi", "co", "chi", "truyen", "quyet", "va"]

    /// Names of one body that differ by more than spelling: "Thường vụ Quốc hội" is the "Ủy ban
    /// Thường vụ Quốc hội", "Ban Bí thư Trung ương (Đảng)" the "Ban Bí thư", "Thủ tướng Chính phủ"
    /// the "Thủ tướng" that signs its decisions (TTg), and "Trung ương" alone, the host of a "hội
    /// nghị Trung ương 15", the Central Committee.
    private static let synonyms: [String: String] = [
        "thuong vu quoc hoi": "uy ban thuong vu quoc hoi",
        "ban bi thu trung uong": "ban bi thu",
        "thu tuong chinh phu": "thu tuong",
        "trung uong": "ban chap hanh trung uong",
    ]

    /// The cities run by the centre, whose "UBND thành phố" (or "TP") is the city's own: Hà Nội, Hồ
    /// Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ. Elsewhere a "thành phố" is a city inside a province,
    /// and "tỉnh" names the province's own body.
    static let centralCities: Set<String> = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"]

    /// A local body's identity in the province its article is of, when its name names none: the
    /// rank that stands for that province goes ("UBND thành phố" in an article of Hà Nội is "UBND" of
    /// Hà Nội, as "UBND TP Hà Nội" is; "HĐND tỉnh" in one of Kiên Giang, "HĐND" of Kiên Giang). Not a
    /// rank that cannot be the province's ("Sở Y tế thành phố" in an article of Tiền Giang: a city's).
    static func withoutRank(_ identity: String, in province: String) -> String {
        let rank = centralCities.contains(province) ? [" thanh pho", " tp"] : [" tinh"]
        guard let r = rank.first(where: identity.hasSuffix), identity.count > r.count else { return identity }
        return String(identity.dropLast(r.count))
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
        "qh": "quoc hoi",
        "vn": "viet nam",
        "mttq": "mat tran to quoc",
        "tncs": "thanh nien cong san",
        "ldbd": "lien doan bong da",
        "lhq": "lien hop quoc",
        "gtcc": "giao thong cong chinh",
        "vhxh": "van hoa xa hoi",
        "vhtt": "van hoa thong tin",
        "tdtt": "the duc the thao",
        "khcn": "khoa hoc cong nghe",
        "ub": "uy ban",
    ]

    private static let canonical: [String: String] = {
        let names = [
            "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng",
            "Quân ủy Trung ương", "Liên Hợp Quốc", "Chính phủ", "Thủ tướng Chính phủ", "Quốc hội",
            "Ủy ban Thường vụ Quốc hội", "Sở Thông tin và Truyền thông", "Ủy ban nhân dân tỉnh",
            "Hội đồng nhân dân tỉnh", "Ban Thường vụ Tỉnh ủy", "Tỉnh ủy", "Thành ủy",
            "Ban Chấp hành Đảng bộ tỉnh", "Đảng ủy Khối các cơ quan tỉnh", "Thường trực Tỉnh ủy",
        ]
        var table: [String: String] = [:]
        for n in names { table[identity(n)] = n }
        return table
    }()
}
