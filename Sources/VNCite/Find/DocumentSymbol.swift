/// A document's number and symbol, read from the text and put in canonical form.
///
/// Party: "05-CT/TW", "số31-QĐ/TW", "100 - KL/TW", "06-ct/tw", "03-CT/T.Ư", "19/NQ-TW", "09/NQ/TW".
/// State: "15/2020/NĐ-CP", "103/2016/QH13", "749/QĐ-TTg", "163/2013/TTLT-BTC-BNV", "40/TT/TCCP",
/// "1663/NQ-UBTVQH15", "66.7/2025/NQ-CP", công văn "5973/UBND-KT", and "Nghị định 15/2020";
/// after a type word, a Party symbol with a space for its hyphen ("Quyết định 217 QĐ/TW").
struct DocumentSymbol: Hashable, Sendable {
    enum System: Sendable { case party, state }

    /// The number as written: "05", "66.7".
    var number: String
    var year: Int?
    /// The type code ("NQ", "QĐi", "NĐ"); nil for a công văn or a bare "15/2020".
    var type: String?
    /// The issuer part: "TW", "TU", "CP", "TTg", "QH13", "BTC-BNV", "UBND-KT".
    var issuer: String?
    var system: System
    /// Written against the convention ("19/NQ-TW" for a Party resolution, "72-NQ-TW").
    var malformed = false

    /// "05-CT/TW", "15/2020/NĐ-CP", "749/QĐ-TTg", "5973/UBND-KT"; nil for "15/2020".
    var canonical: String? {
        let n = Self.canonicalNumber(number)
        switch system {
        case .party:
            guard let type, let issuer else { return nil }
            return "\(n)-\(type)/\(issuer)"
        case .state:
            guard let issuer else { return nil }
            let body = type.map { "\($0)-\(issuer)" } ?? issuer
            if let year { return "\(n)/\(year)/\(body)" }
            return "\(n)/\(body)"
        }
    }

    /// "5" → "05", "005" → "05", "749" → "749", "66.7" → "66.7".
    static func canonicalNumber(_ s: String) -> String {
        let parts = s.split(separator: ".", maxSplits: 1)
        guard let whole = Int(parts[0]) else { return s }
        let head = whole < 10 ? "0\(whole)" : String(whole)
        return parts.count == 2 ? "\(head).\(parts[1])" : head
    }
}

extension Scanner {
    /// Reads a number with its symbol at the cursor; nil (cursor unmoved) when none is there.
    /// A bare number is not read here.
    /// `afterTypeWord`: a type word stands before the number, so a symbol of one group is taken
    /// ("Nghị định 64/CP", "Quyết định 123/HĐBT", "Quyết định 11/2006/TTg" without its type code).
    mutating func readSymbol(afterTypeWord: Bool = false) -> DocumentSymbol? {
        let start = self
        guard var numberRange = readNumber() else { return nil }
        // "Nghị quyết 30a/2008/NQ-CP": a small letter after the number, before its year, is the number's.
        if (97...122).contains(current), text.scalars[pos].isASCII, byte(pos + 1) == UInt8(ascii: "/") {
            pos += 1
            numberRange = numberRange.lowerBound..<pos
        }
        let number = string(numberRange)
        let afterNumber = self

        // Party: number - TYPE / ISSUER (spaces allowed around the signs).
        skipSpaces()
        if current == UInt8(ascii: "-") {
            pos += 1
            skipSpaces()
            if let type = readCode(), !type.allSatisfy(\.isNumber) {
                var probe = self
                probe.skipSpaces()
                let sep = probe.current
                if sep == UInt8(ascii: "/") || sep == UInt8(ascii: "-") {
                    probe.pos += 1
                    probe.skipSpaces()
                    if let issuer = probe.readCode(), issuer.first?.isLetter == true {
                        let canonicalType = DocumentKind.canonicalCode(type.uppercased())
                        let canonicalIssuer = DocumentKind.canonicalCode(issuer.uppercased())
                        // "72-NQ-TW" is only taken for the central issuer.
                        if sep == UInt8(ascii: "/") || canonicalIssuer == "TW" {
                            self = probe
                            return DocumentSymbol(
                                number: number, year: nil, type: canonicalType,
                                issuer: canonicalIssuer, system: .party,
                                malformed: sep != UInt8(ascii: "/"))
                        }
                    }
                }
            }
        }
        self = afterNumber
        if afterTypeWord, let spaced = spacedPartySymbol(number: number) { return spaced }

        // State: number / [year /] GROUP [- GROUP]…
        skipSpaces()
        // ("19-2018/NQ-CP": the year joined to the number by a hyphen, where a slash belongs.)
        let hyphenedYear = hyphenedYear()
        if let hyphenedYear { self = hyphenedYear.after }
        guard current == UInt8(ascii: "/") else { self = start; return nil }
        pos += 1
        skipSpaces()
        var year = hyphenedYear?.year
        var yearEnd = self
        var yearHyphened = false
        if hyphenedYear != nil {
            // (The year is read: the groups follow.)
        } else if let yearRange = readNumber(), yearRange.count == 4, let y = Int(string(yearRange)),
           (1945...2100).contains(y) {
            yearEnd = self
            skipSpaces()
            if current == UInt8(ascii: "/") {
                pos += 1
                skipSpaces()
                year = y
            } else if let groupsStart = typeAfterHyphen() {
                // ("50/2007-QĐ-TTg": the year joined to the symbol by a hyphen, where a slash belongs.)
                self = groupsStart
                year = y
                yearHyphened = true
            } else {
                // "Nghị định 15/2020": number and year, symbol omitted.
                self = yearEnd
                return DocumentSymbol(number: number, year: y, type: nil, issuer: nil, system: .state)
            }
        } else {
            self = yearEnd
        }
        var groups: [String] = []
        var malformed = false
        while let code = readCode() {
            groups.append(DocumentKind.canonicalCode(code.uppercased()))
            var probe = self
            probe.skipSpaces()
            let sign = probe.current
            // "71/2007/TTLT/BTC-BNV" has a slash where a hyphen belongs; so has "40/TT/TCCP", a State
            // type's symbol without its year.
            // (Not a Party committee's code after the slash: "09/NQ/TW" is read below.)
            var party = self
            // ("2803/QĐ.UBND-NC": a State type and its issuer parted by a dot, no space after it.)
            let dotted = sign == UInt8(ascii: ".") && groups.count == 1 && DocumentKind.isStateType(groups[0])
                && probe.pos + 1 < text.count && text.scalars[probe.pos + 1].properties.isUppercase
            guard sign == UInt8(ascii: "-") || dotted || sign == UInt8(ascii: "/") && groups.count == 1
                && (year != nil || DocumentKind.isStateType(groups[0]) && party.slashedPartyIssuer() == nil)
            else { break }
            probe.pos += 1
            probe.skipSpaces()
            var test = probe
            guard let next = test.readCode(), sign == UInt8(ascii: "-") || next.first?.isLetter == true else { break }
            if sign != UInt8(ascii: "-") { malformed = true }
            self = probe
        }
        guard let first = groups.first, first.first?.isLetter == true else { self = start; return nil }
        // (Only a State type's symbol takes a hyphened year: "19-2018/NQ-CP", not "5-2018/ABC".)
        if hyphenedYear != nil, !DocumentKind.isStateType(first) || groups.count < 2 { self = start; return nil }
        if hyphenedYear != nil || yearHyphened { malformed = true }
        // QH and UBTVQH numbers carry the term: "103/2016/QH13", "35/2023/UBTVQH15".
        if groups.count == 1, year != nil, first.hasPrefix("QH") || first.hasPrefix("UBTVQH") {
            return DocumentSymbol(number: number, year: year, type: nil, issuer: first, system: .state)
        }
        // ("Nghị quyết số 09/NQ/TW": a Party symbol with a slash for its hyphen.)
        if groups.count == 1, year == nil, DocumentKind.partyTypeCodes.contains(first), let issuer = slashedPartyIssuer() {
            return DocumentSymbol(number: number, year: nil, type: first, issuer: issuer, system: .party, malformed: true)
        }
        // ("267/2005/QĐTTg": a State type and the issuer glued, the hyphen left out, after the year — not
        // "Nghị định 92/TTCP", an old number damaged.)
        if groups.count == 1, year != nil, let type = ["QĐ", "NĐ", "CT", "TT", "NQ"].first(where: { first.hasPrefix($0) }),
           case let issuer = DocumentKind.canonicalCode(String(first.dropFirst(type.count))), ["TTg", "CP", "UBND"].contains(issuer) {
            return DocumentSymbol(number: number, year: year, type: type, issuer: issuer, system: .state, malformed: true)
        }
        if groups.count == 1 {
            // Old and damaged State symbols after a type word: "64/CP", "11/2006/TTg".
            guard afterTypeWord, first.count >= 2 else { self = start; return nil }
            return DocumentSymbol(number: number, year: year, type: nil, issuer: first, system: .state,
                                  malformed: malformed)
        }
        let rest = groups.dropFirst().joined(separator: "-")
        // A Party document written State-style: "19/NQ-TW", "31/QĐ-TW".
        if year == nil, groups.count == 2, groups[1] == "TW", DocumentKind.partyTypeCodes.contains(first) {
            return DocumentSymbol(number: number, year: nil, type: first, issuer: "TW", system: .party,
                                  malformed: true)
        }
        if DocumentKind.isStateType(first) {
            return DocumentSymbol(number: number, year: year, type: first, issuer: rest, system: .state,
                                  malformed: malformed)
        }
        // A công văn: issuer and drafting unit, no type ("5973/UBND-KT").
        return DocumentSymbol(number: number, year: year, type: nil, issuer: groups.joined(separator: "-"),
                              system: .state, malformed: malformed)
    }

    /// At a hyphen the cursor stands on, a year (1945–2100) then a slash: the year and where the
    /// slash stands; nil when none.
    func hyphenedYear() -> (year: Int, after: Scanner)? {
        guard current == UInt8(ascii: "-") else { return nil }
        var probe = self
        probe.pos += 1
        guard let range = probe.readNumber(), range.count == 4, let y = Int(probe.string(range)), (1945...2100).contains(y) else { return nil }
        return probe.current == UInt8(ascii: "/") ? (y, probe) : nil
    }

    /// At a hyphen the cursor stands on, a State type's code then a hyphen ("-QĐ-TTg" after a year):
    /// where the code starts; nil when none.
    func typeAfterHyphen() -> Scanner? {
        guard current == UInt8(ascii: "-") else { return nil }
        var probe = self
        probe.pos += 1
        let start = probe
        guard let code = probe.readCode(), DocumentKind.isStateType(DocumentKind.canonicalCode(code.uppercased())),
              probe.current == UInt8(ascii: "-") else { return nil }
        return start
    }

    /// Reads a code: letters (with Đ and Ư), then letters or digits; "T.Ư" keeps its dot.
    mutating func readCode() -> String? {
        var s = String.UnicodeScalarView()
        var i = pos
        // (A word glued to a code after its figures is the next word: "11/2022/QH15⟨thay⟩ thế".)
        var glued = false
        while i < text.count {
            let c = text.scalars[i]
            let isLetter = (c.value < 0x80 && c.properties.isAlphabetic)
                || c == "Đ" || c == "đ" || c == "Ư" || c == "ư"
            let isDigit = c.value >= 48 && c.value <= 57
            if isLetter, c.properties.isLowercase, s.last.map({ $0.value >= 48 && $0.value <= 57 }) == true {
                glued = true
                break
            }
            if isLetter || (isDigit && !s.isEmpty) {
                s.append(c)
                i += 1
            } else if c == "&", !s.isEmpty, s.last?.properties.isAlphabetic == true, i + 1 < text.count,
                      text.scalars[i + 1].properties.isUppercase {
                // "1001/PGD&ĐT", "2391/SGD&ĐT-GDTrH": a department of two fields joined by "&".
                s.append(c)
                i += 1
            } else if c == ".", !s.isEmpty, i + 1 < text.count,
                      let next = Optional(text.scalars[i + 1]),
                      next == "Ư" || next == "W" || next == "ư" || next == "w" {
                s.append(c)
                i += 1
            } else {
                break
            }
        }
        // The code must end the word: "TW" in "05-CT/TW," but not "Tháng" in "05-Tháng"; 14 letters at
        // most, the Front's central committee's "ĐCTUBTWMTTQVN" (403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN).
        guard !s.isEmpty, glued || !Self.isWordByte(byte(i)), s.count <= 14 else { return nil }
        pos = i
        return String(s)
    }
}
