/// A citation as the scanner read it, before resolution gives it a canonical key.
struct Mention: Sendable {
    enum Form: Sendable {
        /// "Chỉ thị số 05-CT/TW", "Nghị định 15/2020/NĐ-CP", "thực hiện 05-CT/TW".
        case symbol(DocumentSymbol)
        /// "Nghị quyết 54", "Chỉ thị 05 của Bộ Chính trị", "Nghị quyết số 18, 19".
        case shortNumber(String)
        /// "Nghị quyết Trung ương 4 (khóa XII)": plenum and term (term nil when not written).
        case plenum(Int, term: String?)
        /// "Nghị quyết Đại hội XIII"; local when a Đảng bộ is named; another organisation's when
        /// one is: "Nghị quyết Đại hội XIII Công đoàn Việt Nam".
        case congress(String, local: Bool, organisation: String?)
        /// "Luật Báo chí", "Luật An ninh mạng năm 2018".
        case law(name: String, year: Int?)
    }

    var form: Form
    /// Canonical type name: "Nghị quyết".
    var kind: String
    /// Cleaned-text range of the words of the mention.
    var range: Range<Int>
    var qualifiers = Qualifiers()
    /// The words that precede the type word name its issuer: "Tỉnh ủy … ban hành Chỉ thị số 17".
    var precedingBody: BodyName?
    /// A law's name when the number follows it: "Luật Giao dịch điện tử số 20/2023/QH15"; or as
    /// written when it holds an abbreviation the key spells out ("CNTT" in "Luật CNTT", "Tổ chức
    /// VKSND" in "Luật Tổ chức VKSND").
    var lawName: String?
    /// The year a short form gives with its number: "Quyết định 27/2012", "Quyết định 1520
    /// (năm 2024)".
    var year: Int?
    /// The symbol was completed from the list it closes: "Thông tư 02, 03 và 07/2019/TT-BGDĐT".
    var sharesSymbol = false
}

extension Mention {
    /// A document by its number, with or without a symbol (not a plenum's, a congress's or a law's name).
    var isNumbered: Bool {
        switch form {
        case .symbol, .shortNumber: true
        default: false
        }
    }

    /// Whether this mention gives in full the document a short form names: "Nghị quyết số
    /// 847-NQ/QUTW" for a later "Nghị quyết 847".
    func citesInFull(_ short: Mention) -> Bool {
        guard case .symbol(let symbol) = form, case .shortNumber(let number) = short.form, kind == short.kind else { return false }
        return DocumentSymbol.canonicalNumber(symbol.number) == DocumentSymbol.canonicalNumber(number)
    }
}
