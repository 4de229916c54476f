/// The parts of keys: which symbols are local, numbers compared by value, Party keys read
/// back, one spelling of a law's name ("báo chí" → "Báo chí").
extension Resolver {
    /// Documents unique only within a province or organisation.
    static func isLocal(_ symbol: DocumentSymbol) -> Bool {
        guard let issuer = symbol.issuer else { return false }
        switch symbol.system {
        case .party:
            // (A mass organisation's central committee too: "04-NQ/TWĐTN" of the Youth Union.)
            if issuer == "TW" || issuer.hasSuffix("TW") || issuer.hasPrefix("TW") { return false }
            return true
        case .state:
            let first = issuer.split(separator: "-").first.map(String.init) ?? issuer
            // "UB" is the old spelling: "Quyết định số 52/2007/QĐ-UB".
            return first == "UB" || first.hasPrefix("UBND") || first.hasPrefix("HĐND")
        }
    }

    static func numberValue(_ s: String?) -> String? {
        guard let s else { return nil }
        return DocumentSymbol.canonicalNumber(s)
    }

    /// "04-NQ/TW" → number 04, type NQ, issuer TW.
    static func parsePartyKey(_ key: String) -> DocumentSymbol? {
        let parts = key.split(separator: "/")
        guard parts.count == 2, let dash = parts[0].firstIndex(of: "-") else { return nil }
        let number = String(parts[0][..<dash])
        guard Int(number) != nil else { return nil }
        return DocumentSymbol(number: number, year: nil, type: String(parts[0][parts[0].index(after: dash)...]),
                              issuer: String(parts[1]), system: .party)
    }

    /// "báo chí" → "Báo chí": one spelling of a law's name for its key. An abbreviation the
    /// catalogue does not spell out keeps its capitals ("Luật CT", "Luật TTATGTĐB"): a word in
    /// capitals that is no Vietnamese syllable ("ĐẤT ĐAI" is two). Tone marks stand where the
    /// catalogue puts them (`ToneMarks`): "văn hoá" → "văn hóa".
    static func lawKeyName(_ name: String) -> String {
        let words = name.split(separator: " ", omittingEmptySubsequences: false).map { word in
            isAbbreviation(word) ? String(word) : ToneMarks.newStyle(Substring(word.lowercased()))
        }
        let lower = words.joined(separator: " ")
        guard let first = lower.first else { return name }
        return first.uppercased() + lower.dropFirst()
    }

    /// "BHXH", "TTATGTĐB": two or more capitals that make no syllable.
    private static func isAbbreviation(_ word: Substring) -> Bool {
        word.count >= 2 && word.allSatisfy(\.isUppercase)
            && !VietnameseSyllable.isWellFormed(word.unicodeScalars.map(\.value))
    }
}

extension Resolver {
    /// The terms an article writes for each plenum it names ("Nghị quyết Trung ương 4 (khóa XI)" →
    /// 4: ["XI"]): a plenum named again without its term is the one the article wrote, when it wrote one.
    static func writtenPlenumTerms(_ mentions: [Mention]) -> [Int: Set<String>] {
        var terms: [Int: Set<String>] = [:]
        for m in mentions {
            guard case .plenum(let plenum, let written) = m.form, let term = written ?? m.qualifiers.term else { continue }
            terms[plenum, default: []].insert(term)
        }
        return terms
    }
}
