/// The issuer of a State document whose symbol names the unit that drafted it after its issuer.
extension Resolver {
    /// The issuer of a typed State symbol's groups after its type: "BNN-TCCB" of "Quyết định số
    /// 1680/QĐ-BNN-TCCB" → BNN, "TTg-KGVX" → TTg, "STP-TĐTN" of "Kế hoạch số 12/KH-STP-TĐTN" → STP (the
    /// symbol is the type and its issuer, then the drafting unit: Nghị định 30/2020/NĐ-CP). A ministry's
    /// ("B…"), general department's ("TC…"), provincial department's ("S…") or inspectorate's ("TT…",
    /// "358/QĐ-TTTP-P2" → TTTP) code, the Prime
    /// Minister's or the Government Office's, is cut so; not when a later group is an issuer too, two
    /// bodies signing one document ("HD-SGDĐT-SNV", "KH-BQP-BCA", "CTr-BCA-MTTW"), nor a joint type's
    /// ("TTLT-BTC-BNV"), a coordination's ("QCPH-TCTS-BTLBP"), nor another body's symbol ("KH-MTTQ-BTT"
    /// of the Front's standing board).
    func issuer(afterType groups: String, type: String) -> String {
        let parts = groups.split(separator: "-").map(String.init)
        guard parts.count >= 2, !type.hasSuffix("LT"), !type.hasSuffix("PH"), let first = parts.first, cutsItsUnit(first),
              !parts.dropFirst().contains(where: namesAnIssuer) else { return groups }
        return first
    }

    private func cutsItsUnit(_ code: String) -> Bool {
        ["TTg", "VPCP"].contains(code) || code.count >= 3 && ["B", "S", "TC", "TT"].contains { code.hasPrefix($0) }
    }

    /// A group that names a body of its own: one the catalog knows, a provincial department ("SNV"),
    /// the Front or a mass organisation ("MTTW", "LĐLĐ").
    private func namesAnIssuer(_ code: String) -> Bool {
        catalog.isIssuerCode(code) || code.count >= 3 && code.hasPrefix("S")
            || ["MT", "LĐ", "TLĐ", "HLHPN", "TWĐ", "HND", "HCCB", "CĐ"].contains { code.hasPrefix($0) }
    }
}
