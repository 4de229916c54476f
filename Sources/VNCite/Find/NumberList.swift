/// The numbers that follow one type word: one, or a list joined by "," and "và".
///
/// "Nghị định 36/CP và 15/CP", "Quyết định số 28 và số 17 của UBND tỉnh Thanh Hóa",
/// "Quyết định 1520 và 1521", "Thông tư số 122/2000 và 120/2003/TT-BTC",
/// "Thông tư 02, 03 và 07/2019/TT-BGDĐT". Each item is a full symbol, a number with its year
/// ("27/2012") or a bare number; the symbol that closes a list is shared by the items before it
/// that carry none or only its type ("636/NQ, 637/NQ và 638/NQ-UBTVQH14"), their own year kept,
/// or the closing year when they give none.
struct NumberListItem {
    var range: Range<Int>
    var number: String
    /// A full symbol ("36/CP", "07/2019/TT-BGDĐT"); nil for "28" or "27/2012".
    var symbol: DocumentSymbol?
    var year: Int?
    var sharesSymbol = false
}

extension Scanner {
    /// Reads the list at the cursor (after the type word and any "số"); nil when the first item
    /// is not a document number. `bareAllowed`: a bare first number counts ("Nghị quyết 54",
    /// "nghị quyết số 18"), not in "quyết định 5 người".
    mutating func readNumberList(kind: DocumentKind, bareAllowed: Bool) -> [NumberListItem]? {
        guard let first = readListItem(kind: kind, bareAllowed: bareAllowed, continuing: false) else { return nil }
        var items = [first]
        while true {
            var probe = self
            probe.skipSpaces()
            var joined = false
            if probe.current == UInt8(ascii: ",") { probe.pos += 1; probe.skipSpaces(); joined = true }
            if probe.read("va") || probe.read("hoac") { joined = true }
            guard joined else { break }
            probe.skipSpaces()
            _ = probe.readNumberPrefix()
            guard Self.isDigitByte(probe.current),
                  let item = probe.readListItem(kind: kind, bareAllowed: true, continuing: true) else { break }
            items.append(item)
            self = probe
        }
        // The symbol that closes the list belongs to the items before it that carry none, or its
        // type alone: "Nghị quyết số 636/NQ, 637/NQ và 638/NQ-UBTVQH14" are all the Standing
        // Committee's.
        if items.count > 1, let last = items.last?.symbol, last.type != nil || last.issuer != nil {
            // (The type alone reads as an old issuer's code: "636/NQ", as "64/CP".)
            func typeAlone(_ s: DocumentSymbol?) -> Bool {
                s.map { $0.type == nil && last.type != nil && $0.issuer == last.type && last.issuer != nil } ?? false
            }
            for k in items.indices.dropLast() where items[k].symbol == nil || typeAlone(items[k].symbol) {
                var shared = last
                shared.number = items[k].number
                shared.year = items[k].year ?? last.year
                shared.malformed = false
                items[k].symbol = shared
                items[k].sharesSymbol = true
            }
        }
        return items
    }

    private mutating func readListItem(kind: DocumentKind, bareAllowed: Bool, continuing: Bool) -> NumberListItem? {
        let start = self
        if var symbol = readSymbol(afterTypeWord: true) {
            let range = start.pos..<pos
            if symbol.type == nil, symbol.issuer == nil {
                // "Nghị định 15/2020": the Government's decree; "Quyết định 27/2012": a year only.
                if kind.folded == "nghi dinh" {
                    symbol.type = "NĐ"
                    symbol.issuer = "CP"
                } else {
                    return NumberListItem(range: range, number: symbol.number, year: symbol.year)
                }
            }
            return NumberListItem(range: range, number: symbol.number, symbol: symbol, year: symbol.year)
        }
        self = start
        guard bareAllowed, let range = readShortNumber() else { self = start; return nil }
        if continuing, !endsListItem() { self = start; return nil }
        return NumberListItem(range: range, number: string(range))
    }

    /// After a bare number inside a list: what may follow a document number ("…, 45 và 72 của
    /// UBND", "… 1521 (năm 2024)"), not a noun ("…, 100 doanh nghiệp").
    func endsListItem() -> Bool {
        var probe = self
        probe.skipSpaces()
        let c = probe.current
        if c == 0 || !Self.isWordByte(c) { return true }
        guard let w = probe.readWord() else { return true }
        let word = String(decoding: text.fold[w], as: UTF8.self)
        return Self.afterListNumber.contains(word)
    }

    private static let afterListNumber: Set<String> = [
        "va", "hoac", "cua", "ngay", "ve", "nam", "do", "da", "duoc", "quy", "thi", "nay", "cung",
        "deu", "ban", "tai", "la", "co", "se", "dang", "cho", "nhu", "tren", "voi", "trong",
    ]
}
