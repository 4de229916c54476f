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
        let beginsATypeWord = DocumentKind.beginsATypeWord
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
                   let kind = Self.kindOfBareSymbol(symbol, catalog: catalog) {
                    var m = Mention(form: .symbol(symbol), kind: kind, range: i..<s.pos)
                    m.qualifiers = s.readQualifiers(catalog: catalog)
                    found.append(m)
                    next = s.pos
                } else {
                    while next < n, Scanner.isWordByte(fold[next]) { next += 1 }
                }
            } else if beginsATypeWord[Int(b)], let kinds = Self.kinds(startingWordAt: i, in: fold) {
                for kind in kinds {
                    var s = Scanner(text, at: i)
                    guard s.read(kind.folded) else { continue }
                    // "Văn phòng Trung ương Đảng vừa ra thông báo Kết luận số 44, ngày 14/11/2022 của
                    // Ban Bí thư": a notice in small letters of a capitalised Kết luận, the document
                    // (a "Thông báo kết luận số 88/TB-VPUBND" is a Thông báo).
                    if kind.folded == "thong bao ket luan", !s.isUppercase(i), s.isUppercase(s.pos - "ket luan".utf8.count) { continue }
                    // (Not a resolution of the UN's or another country's: "Nghị quyết 1718 của Hội đồng Bảo an".)
                    let mentions = readAfterTypeWord(kind: kind, typeStart: i, scanner: &s).filter {
                        guard case .shortNumber = $0.form else { return true }
                        return !ForeignDocument.follows(text, after: $0.range.upperBound)
                    }
                    // Without a mention the next word is read again: "thực hiện ⟨Pháp lệnh⟩ Dân số"
                    // is no "Hiến pháp", but holds a "Pháp lệnh".
                    if !mentions.isEmpty {
                        found += mentions
                        next = mentions.map(\.range.upperBound).max() ?? s.pos
                    }
                    break
                }
            }
            if next == i + 1 { while next < n, Scanner.isWordByte(fold[next]) { next += 1 } }
            i = next
        }
        readSubjectIssuers(&found, text: text)
        Self.shareQualifiers(&found, text: text)
        Self.dropCutName(&found, text: text)
        return found
    }

    /// The type words whose first word is the word at `i`, or nil (the common case). The word's
    /// key is packed as `DocumentKind.wordKey` packs it, without slicing the array.
    static func kinds(startingWordAt i: Int, in fold: [UInt8]) -> [DocumentKind]? {
        guard DocumentKind.beginsATypeWord[Int(fold[i])] else { return nil }
        var end = i
        var bytes: UInt64 = 0
        while end < fold.count, end - i <= 6, Scanner.isWordByte(fold[end]) {
            bytes = bytes << 8 | UInt64(fold[end])
            end += 1
        }
        guard end - i <= 6 else { return nil }
        return DocumentKind.byFirstWord[UInt64(end - i) << (8 * UInt64(end - i)) | bytes]
    }

    /// Everything that may follow a type word; empty when the words are not a citation
    /// ("quyết định đầu tư", "kế hoạch 5 năm", "Nghị quyết của Tỉnh ủy").
    private func readAfterTypeWord(kind: DocumentKind, typeStart: Int, scanner s: inout Scanner) -> [Mention] {
        let capitalised = s.isUppercase(typeStart)
        let afterType = s
        if kind.isAbbreviation { return readAfterAbbreviation(kind: kind, typeStart: typeStart, scanner: &s) }
        if let name = kind.codeName {
            return CodeInitials.read(&s, typeStart: typeStart, name: name).map { [$0] } ?? []
        }
        if kind.folded == "hien phap" {
            guard capitalised else { return [] }
            return ConstitutionForm.read(&s, typeStart: typeStart, kind: kind.name).map { [$0] } ?? []
        }
        if kind.folded == "dieu le" { return PartyCharterForm.read(&s, typeStart: typeStart, kind: kind.name).map { [$0] } ?? [] }
        // ("công bố Luật BPVN": "bố" folds as "Bộ" does, but announces the law.)
        if kind.folded == "bo luat", !["ộ", "Ộ"].contains(s.text.scalars[typeStart + 1]) { return [] }
        if kind.isLaw { return readLaw(kind: kind, typeStart: typeStart, scanner: &s) }
        if kind.namesBySymbolOnly { return readSymbolOnly(kind: kind, typeStart: typeStart, scanner: &s) }

        s.skipSpaces()
        // "Nghị quyết (NQ) 28", "Nghị định (NĐ) 158/CP": the type's code in brackets after its word.
        var coded = s
        if coded.read("("), let code = coded.readCode(), code == kind.partyCode || code == kind.stateCode, coded.read(")") {
            coded.skipSpaces()
            s = coded
        }
        // "Nghị quyết chuyên đề số 05", "Quy chế phối hợp số 01", "Chỉ thị công tác số 01/VKSTC": a
        // word of the document's kind between the type word and "số"; or its number straight after,
        // with its symbol or its issuer ("Nghị quyết chuyên đề 08 của Tỉnh ủy khóa XIX").
        var modified = s
        if modified.readAny(Self.kindWords) != nil {
            modified.skipSpaces()
            var numbered = modified
            var bare = modified
            if numbered.readNumberPrefix() {
                s = modified
            } else if Scanner.isDigitByte(bare.current), let items = bare.readNumberList(kind: kind, bareAllowed: true),
                      items[0].symbol != nil || bare.nextWordIsAny(["cua", "ngay"]) {
                s = modified
            }
        }
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

        // CASE 2: type word and numbers — "Chỉ thị số 05-CT/TW", "Nghị định 15/2020/NĐ-CP",
        // "Nghị định 36/CP và 15/CP", "Quyết định 27/2012", "Thông tư 02, 03 và 07/2019/TT-BGDĐT".
        var probe = s
        if let items = probe.readNumberList(kind: kind, bareAllowed: false) {
            s = probe
            return listMentions(items, kind: kind, typeStart: typeStart, preceding: preceding, scanner: &s)
        }

        if !hadNumberWord {
            // CASE 3: a plenum — "Nghị quyết Trung ương 4 (khóa XII)".
            if kind.partyCode == "NQ" || kind.partyCode == "KL" || kind.folded == "thong bao ket luan" {
                var p = afterType
                if let plenum = PlenumForm.read(&p) {
                    var result: [Mention] = []
                    let terms: [String?] = plenum.terms.isEmpty ? [nil] : plenum.terms
                    for (index, (number, range)) in plenum.plenums.enumerated() {
                        for term in terms {
                            let end = plenum.plenums.count == 1 ? plenum.termEnd : range.upperBound
                            // The first plenum spans the words, the others their numbers; a
                            // second term shares the span of its plenum ("… các khóa XI và XII").
                            let mentionRange = index == 0 ? typeStart..<end : range
                            result.append(Mention(form: .plenum(number, term: term), kind: kind.name,
                                                  range: mentionRange))
                        }
                    }
                    let q = p.readQualifiers(catalog: catalog)
                    for k in result.indices { result[k].qualifiers = q }
                    s = p
                    return result
                }
                if let shared = sharedPlenum(kind: kind, typeStart: typeStart, afterType: afterType) { return shared }
            }
            // CASE 4: a congress — "Nghị quyết Đại hội XIII" (`readCongress`).
            if kind.partyCode == "NQ", let congresses = readCongress(kind: kind, typeStart: typeStart, afterType: afterType, scanner: &s) {
                return congresses
            }
        }

        // CASE 5: a short number — "Nghị quyết 54", "Chỉ thị số 05 của Bộ Chính trị",
        // "Nghị quyết số 18, 19", "Quyết định số 28 và số 17 của UBND tỉnh Thanh Hóa".
        // In lower case with no "số", only a number its issuer or date follows: "nghị quyết 49 của
        // Bộ Chính trị", not "quyết định 5 người", not "quyết định 150 hoặc 170"; or one after a word
        // that names nothing but a document: "theo nghị định 181", "thông tư 03 mới ban hành".
        var list = s
        guard !(!hadNumberWord && list.looksLikeYear()), let items = list.readNumberList(kind: kind, bareAllowed: true),
              hadNumberWord || capitalised || list.nextWordIsAny(["cua", "ngay", "ve"])
                || kind.namesOnlyDocuments(as: s.string(typeStart..<(typeStart + kind.name.unicodeScalars.count)), number: items[0].number)
        else { s = afterType; return [] }
        s = list
        return listMentions(items, kind: kind, typeStart: typeStart, preceding: preceding, scanner: &s)
    }

    /// Words that say what kind of a document of its type it is, written between the type word and
    /// "số": thematic ("chuyên đề"), joint ("liên tịch"), of coordination ("phối hợp"), of work
    /// ("công tác"), urgent ("công văn hỏa tốc số 517/VPTT", "Công điện khẩn số 05").
    static let kindWords = ["chuyen de", "lien tich", "phoi hop", "cong tac", "hoa toc", "khan"]

    /// One mention per item of a list, with the qualifiers that close it.
    func listMentions(_ items: [NumberListItem], kind: DocumentKind, typeStart: Int,
                      preceding: BodyName?, scanner s: inout Scanner) -> [Mention] {
        var result: [Mention] = []
        for (index, item) in items.enumerated() {
            let range = index == 0 ? typeStart..<item.range.upperBound : item.range
            var m: Mention
            if var symbol = item.symbol {
                var name = kind.name
                if let code = symbol.type, !kind.accepts(code: code),
                   let other = DocumentKind.named(byCode: code, state: symbol.system == .state) {
                    name = other  // "Luật … số 21-TB/TW" is a Thông báo
                }
                if symbol.type == nil, symbol.year != nil, let code = kind.stateCode, symbol.issuer?.contains("-") == false,
                   !(symbol.issuer ?? "").hasPrefix("QH"), !(symbol.issuer ?? "").hasPrefix("UBTVQH") {
                    symbol.type = code  // "Quyết định 11/2006/TTg" is 11/2006/QĐ-TTg
                    symbol.malformed = true
                }
                m = Mention(form: .symbol(symbol), kind: name, range: range)
                m.sharesSymbol = item.sharesSymbol
            } else {
                m = Mention(form: .shortNumber(item.number), kind: kind.name, range: range)
                m.year = item.year
            }
            m.precedingBody = preceding
            result.append(m)
        }
        // "Thông báo Kết luận số 159-TB của Bộ Chính trị": a type code with no issuer;
        // "Nghị định số 139-HĐBT": an old State number with its issuer.
        var code = s
        code.skipSpaces()
        if result.count == 1, case .shortNumber(let number) = result[0].form, code.current == UInt8(ascii: "-") {
            code.pos += 1
            code.skipSpaces()
            if let c = code.readCode() {
                s = code
                result[0].range = typeStart..<s.pos
                if ["HĐBT", "CP", "TTg"].contains(DocumentKind.canonicalCode(c.uppercased())) {
                    result[0].form = .symbol(DocumentSymbol(number: number, year: nil, type: nil,
                                                            issuer: DocumentKind.canonicalCode(c.uppercased()), system: .state))
                }
            }
        }
        let q = s.readQualifiers(catalog: catalog)
        for k in result.indices {
            result[k].qualifiers = q
            if result[k].year == nil, case .shortNumber = result[k].form { result[k].year = q.year }
        }
        return result
    }
}
