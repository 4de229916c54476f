/// Something the reader of the output should know: a mention left unresolved, a term inferred.
///
/// "Nghị quyết 57" with no issuer and no full form in the article gives
/// `Finding(kind: .unresolved, message: "no issuer or full number for “Nghị quyết 57”", …)`.
public struct Finding: Hashable, Sendable {
    public enum Kind: String, Sendable {
        /// A short form that matches no document, or several.
        case unresolved
        /// More than one document fits; none was chosen.
        case ambiguous
        /// A value that the text does not state and vncite derived (a term from the date).
        case inferred
        /// The symbol is damaged or contradicts its type word ("19/NQ-TW", "Kế hoạch 65-Ctr/TU").
        case malformed
    }

    public var kind: Kind
    public var message: String
    /// Code point offsets of the mention the finding is about, if any.
    public var start: Int?
    public var end: Int?

    public init(kind: Kind, message: String, start: Int? = nil, end: Int? = nil) {
        self.kind = kind
        self.message = message
        self.start = start
        self.end = end
    }
}
