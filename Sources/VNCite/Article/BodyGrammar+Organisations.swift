/// International organisations, known by their abbreviations: bodies with no head word.
extension BodyGrammar {
    /// International organisations known by their abbreviation.
    static let organisations: Set<String> = [
        "ASEAN", "APEC", "WTO", "EU", "LHQ", "UN", "WB", "IMF", "ADB", "G7", "G8", "G20", "OPEC", "NATO", "UNESCO",
        "WHO", "FAO", "ILO", "UNDP", "UNICEF", "FIFA", "AFC", "AFF", "OECD", "IAEA", "ASEM", "AU", "OIC",
    ]

    /// An international organisation's abbreviation, or a grouping around one: "OPEC", "G7",
    /// "ASEAN+3".
    static func isOrganisation(_ text: String) -> Bool {
        if organisations.contains(text) { return true }
        let parts = text.split(separator: "+", omittingEmptySubsequences: false)
        return parts.count == 2 && organisations.contains(String(parts[0])) && !parts[1].isEmpty && parts[1].allSatisfy(\.isNumber)
    }
}
