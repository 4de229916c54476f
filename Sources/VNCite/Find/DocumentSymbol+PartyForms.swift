/// Party symbols written against the convention, read where a State symbol's reader stops.
extension Scanner {
    /// After a type word, a Party symbol written with a space where its hyphen belongs:
    /// "Quyết định 217 QĐ/TW", "Kế hoạch số 298 KH/TWĐTN", "Quyết định 217 QĐ/ TW". The type is
    /// a Party type code in capitals; nil (cursor unmoved) otherwise.
    mutating func spacedPartySymbol(number: String) -> DocumentSymbol? {
        let start = self
        guard current == UInt8(ascii: " ") else { return nil }
        skipSpaces()
        guard let type = readCode(), type.first?.isUppercase == true,
              DocumentKind.partyTypeCodes.contains(DocumentKind.canonicalCode(type.uppercased())) else {
            self = start; return nil
        }
        // (Old State symbols were spaced too: "1675 QĐ/TCCB-LĐ", "20 TT/SĐ-DA"; only a Party
        // committee's code is taken after the slash: "TW", "TU", "HU", "ĐU", "BTGTW", "TWĐTN", "ĐUSCT".)
        guard let issuer = slashedPartyIssuer() else { self = start; return nil }
        return DocumentSymbol(number: number, year: nil, type: DocumentKind.canonicalCode(type.uppercased()),
                              issuer: issuer, system: .party, malformed: true)
    }

    /// "/TW" after "09/NQ" (cursor past it): a Party committee's code after a slash; nil (cursor
    /// unmoved) when none is there.
    mutating func slashedPartyIssuer() -> String? {
        var probe = self
        probe.skipSpaces()
        guard probe.current == UInt8(ascii: "/") else { return nil }
        probe.pos += 1
        probe.skipSpaces()
        guard let code = probe.readCode(), code.first?.isUppercase == true else { return nil }
        let issuer = DocumentKind.canonicalCode(code.uppercased())
        // (A unit's Party committee is "ĐU" and the unit's code: "ĐUCA", "ĐUSCT" — Đảng ủy Sở Công Thương.)
        guard issuer.hasPrefix("TW") || issuer.hasSuffix("TW") || Self.localPartyIssuers.contains(issuer) || issuer.hasPrefix("ĐU")
        else { return nil }
        self = probe
        return issuer
    }

    /// The codes of the provincial, district and grassroots Party committees.
    static let localPartyIssuers: Set<String> = ["TU", "HU", "QU", "TXU", "TPU", "ĐU", "ĐUK"]
}
