/// An issuing body as an article names it, with the issuer code it stands for.
///
/// "Bộ Chính trị" → TW; "Ban Thường vụ Tỉnh ủy" → TU; "Ban chấp hành Đảng bộ tỉnh" → TU;
/// "Tỉnh ủy Thừa Thiên Huế" → TU with locality "Thừa Thiên Huế"; "Thủ tướng Chính phủ" → TTg.
struct BodyName: Hashable, Sendable {
    /// As written: "Ban Thường vụ Tỉnh ủy".
    var text: String
    /// "TW", "TU", "ĐU", "CP" …
    var code: String
    /// Unique only within a province or organisation (TU, HU, ĐU, UBND …).
    var isLocal: Bool
    /// The province named in the body: "Thừa Thiên Huế" from "Tỉnh ủy Thừa Thiên Huế".
    var locality: String?
    /// A State body (Chính phủ, a ministry, UBND): its short forms are numbered per year.
    var isState = false

    /// The local State bodies' codes: a People's Committee ("UB" its old spelling) or Council.
    static let localStateCodes: Set<String> = ["UBND", "HĐND", "UB"]
}

extension Scanner {
    /// Reads a body's name: capitalised words and the lower-case words bodies are made of,
    /// stopping at "về", "ngày", "khóa", punctuation. Nil if the words name no known body.
    mutating func readBody(catalog: Catalog) -> BodyName? {
        let start = pos
        var end = pos
        var words = 0
        while words < 12 {
            var probe = self
            probe.skipSpaces()
            guard let w = probe.readWordOrDotted() else { break }
            let folded = String(decoding: text.fold[w], as: UTF8.self)
            let capital = isUppercase(w.lowerBound)
            // (Not "Nam" of a name: "Chính phủ Việt Nam", "UBND tỉnh Hà Nam", for "năm".)
            if Self.bodyStopWords.contains(folded), !(capital && folded == "nam") { break }
            if folded == "ban", !capital, probe.nextWordIs("hanh") { break }  // "… ban hành ngày"
            // "… của UBND thị xã Điện Bàn ⟨V/v⟩ treo cờ": "về việc", abbreviated, opens the subject.
            if folded == "v", w.upperBound < text.count, text.fold[w.upperBound] == UInt8(ascii: "/") { break }
            if !capital && !Self.bodyWords.contains(folded) {
                // "và" joins two capitalised names: "Thông tin và Truyền thông".
                // Not the next document of a list: "của Trung ương và ⟨Chỉ thị⟩ 05 của Bộ Chính trị".
                guard folded == "va", words > 0, probe.nextWordIsCapitalised(), !probe.nextWordOpensADocumentType() else { break }
            }
            self = probe
            end = pos
            words += 1
        }
        // A name the catalog knows may hold words the loop stops at: "Bộ Giáo dục và Đào tạo".
        var lead = start
        while lead < text.count, text.fold[lead] == 32 { lead += 1 }
        if let known = catalog.issuerName(at: lead, in: text.fold), lead + known > end { end = lead + known; pos = end }
        guard end > start else { pos = start; return nil }
        var range = start..<end
        while range.lowerBound < range.upperBound, text.fold[range.lowerBound] == 32 {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        let folded = String(decoding: text.fold[range], as: UTF8.self)
        guard let issuer = catalog.issuer(forBody: folded) else { pos = start; return nil }
        // Keep the name up to the last word that belongs to it (drop trailing "và"), and not a word of
        // the clause it ran on into: "của Chính phủ ⟨thì⟩ …", "Bộ Công nghiệp ⟨chỉ⟩ (đạo)".
        var name = string(range).trimmed()
        let written = name.split(separator: " ")
        if let cut = written.indices.dropFirst().first(where: {
            Self.clauseWords.contains(String(written[$0])) && catalog.issuer(forBody: Catalog.fold(written[..<$0].joined(separator: " "))) != nil
        }) {
            name = written[..<cut].joined(separator: " ")
        }
        return BodyName(text: name, code: issuer.code, isLocal: issuer.isLocal,
                        locality: issuer.isLocal ? catalog.province(in: folded) : nil,
                        isState: issuer.isState || BodyName.localStateCodes.contains(issuer.code))
    }

    /// Whether the word after the cursor (past spaces) starts with a capital letter.
    func nextWordIsCapitalised() -> Bool {
        var probe = self
        probe.skipSpaces()
        return probe.isUppercase(probe.pos) && Self.isWordByte(probe.current)
    }

    /// Whether the words after the cursor (past spaces) open a document's type: "Chỉ thị", "Luật".
    func nextWordOpensADocumentType() -> Bool {
        var probe = self
        probe.skipSpaces()
        guard probe.pos < text.count, let kinds = CitationFinder.kinds(startingWordAt: probe.pos, in: text.fold) else { return false }
        return kinds.contains { kind in
            var s = probe
            return s.read(kind.folded)
        }
    }

    /// A word, or "T.Ư"/"TP." style abbreviations.
    mutating func readWordOrDotted() -> Range<Int>? {
        guard let w = readWord() else { return nil }
        if current == UInt8(ascii: "."), Self.isLetterByte(byte(pos + 1)), isUppercase(pos + 1) {
            pos += 1
            _ = readWord()
            return w.lowerBound..<pos
        }
        return w
    }

    /// Lower-case words that occur inside the names of bodies.
    static let bodyWords: Set<String> = [
        "ban", "chap", "hanh", "trung", "uong", "dang", "bo", "tinh", "thanh", "pho", "huyen", "quan",
        "xa", "phuong", "thi", "tran", "uy", "thuong", "vu", "truc", "chinh", "tri", "bi", "thu",
        "khoi", "cac", "co", "doanh", "nghiep", "nhan", "dan", "hoi", "dong", "to", "chuc",
        "tuyen", "giao", "kiem", "tra", "van", "phong", "so", "nganh", "chi", "toan", "quoc",
        "tuong", "truong", "phu", "tw", "tu", "ubnd", "hdnd", "bch", "btv", "ttg", "thong", "tin", "truyen",
    ]

    /// Words, as written, of the clause a name may run on into, and of no name after a body's: "thì",
    /// "có", "chỉ (đạo)", "truyền (đạt)", "quyết (định)", "từ (ngày)", "giao (đất)", "cách (đây)" (not
    /// "cơ", of "Đảng ủy Khối các cơ quan").
    static let clauseWords: Set<String> = ["thì", "có", "chỉ", "truyền", "quyết", "từ", "giao", "cách"]

    /// Words that end a body's name.
    static let bodyStopWords: Set<String> = [
        "ve", "ngay", "khoa", "nhiem", "ban hanh", "da", "theo", "nham", "de", "tai", "trong",
        "voi", "la", "duoc", "lan", "so", "nam",
    ]
}
