/// One mention of a Party or State document in an article, and the document it resolves to.
///
/// "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập …" gives
/// `text: "Chỉ thị số 05-CT/TW"`, `key: "05-CT/TW"`, `kind: "Chỉ thị"`, `number: "05"`,
/// `issuer: "TW"`, `issuerName: "Bộ Chính trị"`, `date: 2016-05-15`, `subject: "đẩy mạnh học tập …"`.
public struct Citation: Hashable, Sendable {
    /// The words of the mention, exactly as in the article's text.
    public var text: String
    /// Unicode code point offsets into the article's text: `text == article[start..<end]`.
    public var start: Int
    public var end: Int
    /// The canonical document: "05-CT/TW", "15/2020/NĐ-CP", "NQ-HNTW4/XII", "12-NQ/TU@Thừa Thiên Huế".
    /// Two mentions of one document carry one key; two documents never share one.
    public var key: String
    /// The document type in Vietnamese: "Nghị quyết", "Chỉ thị", "Luật".
    public var kind: String
    /// The number as written, without "số": "05", "66.7".
    public var number: String?
    /// The year inside a State number ("15/2020/NĐ-CP" → 2020).
    public var year: Int?
    /// The issuer code of the number: "TW", "TU", "ĐU", "CP", "TTg".
    public var issuer: String?
    /// The issuer as the article names it: "Bộ Chính trị", "Ban Thường vụ Tỉnh ủy".
    public var issuerName: String?
    /// The province of a local issuer (TU, HU, ĐU, UBND …).
    public var locality: String?
    /// The term (khóa) in Roman numerals, and the Central Committee plenum.
    public var term: String?
    public var plenum: Int?
    /// "XIII" for "Nghị quyết Đại hội XIII".
    public var congress: String?
    /// The document's own date.
    public var date: CalendarDate?
    /// A law's name: "Báo chí" for "Luật Báo chí".
    public var name: String?
    /// The "về …" phrase or the quoted title.
    public var subject: String?
    /// The key of a document this one implements: "Kế hoạch 139-KH/ĐU … về thực hiện Nghị quyết …".
    public var implements: String?
    /// The sentence the mention stands in, for readers of the graph and of query answers.
    public var sentence: String?
    /// The symbol as normalised from the text ("05-CT/TW"), when the mention carries one.
    public var symbol: String?
    /// False for a short form that names no one document: "Thông tư 05 của Bộ Tài chính" with no
    /// full number in reach keeps a partial key ("Thông tư 05 của BTC") that says what the text
    /// gives, and a finding says why.
    public var resolved = true

    public init(text: String, start: Int, end: Int, key: String, kind: String) {
        self.text = text
        self.start = start
        self.end = end
        self.key = key
        self.kind = kind
    }
}
