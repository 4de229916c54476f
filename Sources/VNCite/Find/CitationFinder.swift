/// Finds every mention of a document in a cleaned text: the case list of the scanner.
///
/// A mention starts at a type word ("Nghị quyết", "Chỉ thị", "Luật" …) or at a number that
/// carries a symbol ("thực hiện 05-CT/TW"). Each case reads one form; qualifiers follow.
struct CitationFinder {
    let catalog: Catalog

    func mentions(in text: CleanText) -> [Mention] {
        var found: [Mention] = []
        var i = 0
        let fold = text.fold
        let n = fold.count
        while i < n {
            let b = fold[i]
            guard Scanner.isWordByte(b), i == 0 || !Scanner.isWordByte(fold[i - 1]) else {
                i += 1
                continue
            }
            var next = i + 1
            if Scanner.isDigitByte(b) {
                // CASE 1: a bare symbol — "thực hiện 05-CT/TW", "Số 445-KL/TƯ".
                var s = Scanner(text, at: i)
                if let symbol = s.readSymbol(), symbol.type != nil || symbol.issuer != nil,
                   let kind = DocumentKind.named(byCode: symbol.type ?? "CV", state: symbol.system == .state)
                    ?? (symbol.type == nil ? "Công văn" : nil) {
                    var m = Mention(form: .symbol(symbol), kind: kind, range: i..<s.pos)
                    m.qualifiers = s.readQualifiers(catalog: catalog)
                    found.append(m)
                    next = s.pos
                } else {
                    while next < n, Scanner.isWordByte(fold[next]) { next += 1 }
                }
            } else if let kinds = DocumentKind.byFirstByte[b] {
                for kind in kinds {
                    var s = Scanner(text, at: i)
                    guard s.read(kind.folded) else { continue }
                    let mentions = readAfterTypeWord(kind: kind, typeStart: i, scanner: &s)
                    if !mentions.isEmpty {
                        found += mentions
                        next = mentions.map(\.range.upperBound).max() ?? s.pos
                    } else {
                        next = s.pos
                    }
                    break
                }
            }
            if next == i + 1 { while next < n, Scanner.isWordByte(fold[next]) { next += 1 } }
            i = next
        }
        return found
    }

    /// Everything that may follow a type word; empty when the words are not a citation
    /// ("quyết định đầu tư", "kế hoạch 5 năm", "Nghị quyết của Tỉnh ủy").
    private func readAfterTypeWord(kind: DocumentKind, typeStart: Int, scanner s: inout Scanner) -> [Mention] {
        let capitalised = s.isUppercase(typeStart)
        let afterType = s
        if kind.isLaw {
            // "Luật số 103/2016/QH13" has a number; "Luật Báo chí" a name.
            var probe = s
            probe.skipSpaces()
            if probe.readNumberPrefix(), let symbol = probe.readSymbol(), symbol.issuer != nil {
                var m = Mention(form: .symbol(symbol), kind: kind.name, range: typeStart..<probe.pos)
                m.qualifiers = probe.readQualifiers(catalog: catalog)
                s = probe
                return [m]
            }
            guard capitalised || kind.folded == "bo luat",
                  let law = LawNameForm.read(&s) else { s = afterType; return [] }
            return [Mention(form: .law(name: law.name, year: law.year), kind: kind.name, range: typeStart..<law.end)]
        }

        s.skipSpaces()
        let hadNumberWord = s.readNumberPrefix()

        // CASE 2: type word and symbol — "Chỉ thị số 05-CT/TW", "Nghị định 15/2020/NĐ-CP".
        var probe = s
        if let symbol = probe.readSymbol() {
            var symbol = symbol
            if symbol.type == nil, symbol.issuer == nil, kind.folded == "nghi dinh" {
                symbol.type = "NĐ"  // "Nghị định 15/2020": the Government's decree
                symbol.issuer = "CP"
            }
            if symbol.type != nil || symbol.issuer != nil {
                var m = Mention(form: .symbol(symbol), kind: kind.name, range: typeStart..<probe.pos)
                m.qualifiers = probe.readQualifiers(catalog: catalog)
                s = probe
                return [m]
            }
        }

        if !hadNumberWord {
            // CASE 3: a plenum — "Nghị quyết Trung ương 4 (khóa XII)".
            if kind.partyCode == "NQ" || kind.partyCode == "KL" || kind.folded == "thong bao ket luan" {
                var p = afterType
                if let plenum = PlenumForm.read(&p) {
                    var result: [Mention] = []
                    for (index, (number, range)) in plenum.plenums.enumerated() {
                        let end = plenum.plenums.count == 1 ? plenum.termEnd : range.upperBound
                        let mentionRange = index == 0 ? typeStart..<end : range
                        result.append(Mention(form: .plenum(number, term: plenum.term), kind: kind.name,
                                              range: mentionRange))
                    }
                    let q = p.readQualifiers(catalog: catalog)
                    for k in result.indices { result[k].qualifiers = q }
                    s = p
                    return result
                }
            }
            // CASE 4: a congress — "Nghị quyết Đại hội XIII".
            if kind.partyCode == "NQ" {
                var c = afterType
                if let congress = CongressForm.read(&c) {
                    var m = Mention(form: .congress(congress.roman, local: congress.isLocal), kind: kind.name,
                                    range: typeStart..<congress.end)
                    m.qualifiers = c.readQualifiers(catalog: catalog)
                    if congress.isLocal, let words = congress.localityWords, m.qualifiers.body == nil {
                        m.qualifiers.body = BodyName(text: "Đảng bộ", code: "TU", isLocal: true,
                                                     locality: catalog.province(in: words))
                    }
                    s = c
                    return [m]
                }
            }
        }

        // CASE 5: a short number — "Nghị quyết 54", "Chỉ thị số 05 của Bộ Chính trị",
        // "Nghị quyết số 18, 19".
        guard hadNumberWord || capitalised, let numbers = s.readShortNumbers() else { s = afterType; return [] }
        var result: [Mention] = []
        for (index, range) in numbers.enumerated() {
            result.append(Mention(form: .shortNumber(s.string(range)), kind: kind.name,
                                  range: index == 0 ? typeStart..<range.upperBound : range))
        }
        let q = s.readQualifiers(catalog: catalog)
        for k in result.indices { result[k].qualifiers = q }
        return result
    }
}

extension Scanner {
    /// "số", "số:", "số :", or "số" glued to the number ("số31-QĐ/TW").
    mutating func readNumberPrefix() -> Bool {
        let start = self
        if byte(pos) == UInt8(ascii: "s"), byte(pos + 1) == UInt8(ascii: "o"), Self.isDigitByte(byte(pos + 2)) {
            pos += 2
            return true
        }
        guard read("so") else { return false }
        skipSpaces()
        if current == UInt8(ascii: ":") { pos += 1 }
        skipSpaces()
        guard Self.isDigitByte(current) else { self = start; return false }
        return true
    }

    /// A number that names a document, and any more joined by "," or "và": "18, 19".
    /// Not a quantity ("5 năm", "08 nhiệm vụ"), a date or a symbol.
    mutating func readShortNumbers() -> [Range<Int>]? {
        guard let first = readShortNumber() else { return nil }
        var list = [first]
        while true {
            var probe = self
            probe.skipSpaces()
            if probe.current == UInt8(ascii: ",") {
                probe.pos += 1
            } else if !probe.read("va") {
                break
            }
            probe.skipSpaces()
            guard let next = probe.readShortNumber() else { break }
            list.append(next)
            self = probe
        }
        return list
    }

    private mutating func readShortNumber() -> Range<Int>? {
        let start = self
        guard let range = readNumber(), range.count <= 4 else { self = start; return nil }
        let c = current
        // "15/5", "2020-2025", "3,5", "100%" are not document numbers.
        if c == UInt8(ascii: "/") || c == UInt8(ascii: "%") || Self.isLetterByte(c)
            || ((c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: ","))
                && Self.isDigitByte(byte(pos + 1))) {
            self = start
            return nil
        }
        var probe = self
        probe.skipSpaces()
        if let w = probe.readWord() {
            let word = String(decoding: text.fold[w], as: UTF8.self)
            if Self.quantityWords.contains(word) && !isUppercase(w.lowerBound) {
                self = start
                return nil
            }
        }
        return range
    }

    /// Words that make the number before them a quantity: "5 năm", "08 nhiệm vụ", "605 văn bản".
    static let quantityWords: Set<String> = [
        "nam", "thang", "ngay", "tuan", "gio", "phut", "nguoi", "trieu", "ty", "nghin", "ngan", "tram",
        "km", "ha", "m", "dong", "lan", "nhiem", "van", "muc", "noi", "chi", "tieu", "diem", "xa",
        "huyen", "tinh", "ban", "cap", "linh", "giai", "doan", "chuong", "dieu", "khoan", "trang",
        "bai", "cuon", "ho", "don", "vi", "co", "so", "nhom", "chuan", "tan", "kg", "lit", "phan",
        "hoc", "vien", "dang", "doi", "thon", "to", "khu", "cau", "de", "y", "luot", "tiet", "buoi",
        "nganh", "linh", "du", "an", "cong", "trinh", "chu", "truong", "giai", "phap", "the",
    ]
}
