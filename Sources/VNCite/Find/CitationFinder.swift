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
                   let kind = Self.kindOfBareSymbol(symbol) {
                    var m = Mention(form: .symbol(symbol), kind: kind, range: i..<s.pos)
                    m.qualifiers = s.readQualifiers(catalog: catalog)
                    found.append(m)
                    next = s.pos
                } else {
                    while next < n, Scanner.isWordByte(fold[next]) { next += 1 }
                }
            } else if let kinds = Self.kinds(startingWordAt: i, in: fold) {
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
        Self.shareQualifiers(&found, text: text)
        return found
    }

    /// The type words whose first word is the word at `i`, or nil (the common case).
    private static func kinds(startingWordAt i: Int, in fold: [UInt8]) -> [DocumentKind]? {
        var end = i
        while end < fold.count, end - i <= 6, Scanner.isWordByte(fold[end]) { end += 1 }
        guard end - i <= 6 else { return nil }
        return DocumentKind.byFirstWord[DocumentKind.wordKey(fold[i..<end])]
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
                  let law = LawNameForm.read(&s, typeStart: typeStart, catalog: catalog) else { s = afterType; return [] }
            // "Luật Giao dịch điện tử số 20/2023/QH15": the name and the number of one law.
            var numbered = s
            numbered.skipSpaces()
            if numbered.readNumberPrefix(), let symbol = numbered.readSymbol(), symbol.issuer != nil {
                var m = Mention(form: .symbol(symbol), kind: kind.name, range: typeStart..<numbered.pos)
                m.lawName = law.name
                m.qualifiers = numbered.readQualifiers(catalog: catalog)
                s = numbered
                return [m]
            }
            return [Mention(form: .law(name: law.name, year: law.year), kind: kind.name, range: typeStart..<law.end)]
        }

        s.skipSpaces()
        // "Quyết định của Bộ Chính trị số31-QĐ/TW": the issuer before the number.
        var bodyFirst: BodyName?
        var early = s
        if early.read("cua") {
            early.skipSpaces()
            if let body = early.readBody(catalog: catalog) {
                early.skipSpaces()
                if early.readNumberPrefix() { bodyFirst = body; s = early }
            }
        }
        let hadNumberWord = bodyFirst != nil || s.readNumberPrefix()
        let preceding = bodyFirst ?? precedingBody(before: typeStart, text: s.text)

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
                m.precedingBody = preceding
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
            var m = Mention(form: .shortNumber(s.string(range)), kind: kind.name,
                            range: index == 0 ? typeStart..<range.upperBound : range)
            m.precedingBody = preceding
            result.append(m)
        }
        // "Thông báo Kết luận số 159-TB của Bộ Chính trị": a type code with no issuer.
        var code = s
        code.skipSpaces()
        if numbers.count == 1, code.current == UInt8(ascii: "-") {
            code.pos += 1
            code.skipSpaces()
            if code.readCode() != nil {
                s = code
                result[0].range = typeStart..<s.pos
            }
        }
        let q = s.readQualifiers(catalog: catalog)
        for k in result.indices { result[k].qualifiers = q }
        return result
    }
}

extension CitationFinder {
    /// The body of "Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17": a body that, in the
    /// same sentence, "(đã|vừa) ban hành" the document right before its type word.
    func precedingBody(before typeStart: Int, text: CleanText) -> BodyName? {
        let fold = text.fold
        var j = typeStart
        while j > 0, fold[j - 1] == 32 { j -= 1 }
        guard j >= 8, String(decoding: fold[(j - 8)..<j], as: UTF8.self) == "ban hanh" else { return nil }
        var sentenceStart = j - 8
        while sentenceStart > 0, typeStart - sentenceStart < 160 {
            let b = fold[sentenceStart - 1]
            if b == UInt8(ascii: "\n") || b == UInt8(ascii: ";")
                || (b == UInt8(ascii: ".") && sentenceStart < fold.count && fold[sentenceStart] == 32) { break }
            sentenceStart -= 1
        }
        var w = sentenceStart
        while w < j - 8 {
            if Scanner.isWordByte(fold[w]), w == 0 || !Scanner.isWordByte(fold[w - 1]), Scanner(text, at: w).isUppercase(w) {
                var s = Scanner(text, at: w)
                if let body = s.readBody(catalog: catalog) {
                    s.skipSpaces()
                    _ = s.read("da") || s.read("vua")
                    s.skipSpaces()
                    if s.read("ban hanh") { return body }
                }
            }
            w += 1
        }
        return nil
    }

    /// The type of a number cited without a type word: from its code ("05-CT/TW" → Chỉ thị),
    /// "Luật" for a National Assembly number ("103/2016/QH13"), "Công văn" for a công văn.
    static func kindOfBareSymbol(_ symbol: DocumentSymbol) -> String? {
        if let type = symbol.type { return DocumentKind.named(byCode: type, state: symbol.system == .state) }
        guard let issuer = symbol.issuer else { return nil }
        if issuer.hasPrefix("QH") { return "Luật" }
        if issuer.hasPrefix("UBTVQH") { return "Nghị quyết" }
        return "Công văn"
    }

    /// Mentions joined by "," or "và" share the date and issuer written after the last one:
    /// "Nghị quyết 20, Nghị quyết 52, Nghị quyết 36 của Bộ Chính trị",
    /// "Nghị quyết số 18-NQ/TW và Nghị quyết số 19/NQ-TW ngày 25/10/2017".
    static func shareQualifiers(_ mentions: inout [Mention], text: CleanText) {
        guard mentions.count > 1 else { return }
        var i = mentions.count - 2
        while i >= 0 {
            let a = mentions[i], b = mentions[i + 1]
            if a.kind == b.kind, a.range.upperBound <= b.range.lowerBound, b.range.lowerBound - a.range.upperBound <= 6 {
                let gap = String(decoding: text.fold[a.range.upperBound..<b.range.lowerBound], as: UTF8.self)
                    .trimmingCharacters(in: .whitespaces)
                if gap == "," || gap == "va" || gap == ", va" || gap.isEmpty {
                    if mentions[i].qualifiers.body == nil { mentions[i].qualifiers.body = b.qualifiers.body }
                    if mentions[i].qualifiers.date == nil { mentions[i].qualifiers.date = b.qualifiers.date }
                }
            }
            i -= 1
        }
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
