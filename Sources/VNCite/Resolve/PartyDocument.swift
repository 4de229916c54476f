/// A central Party document the catalogue knows (`Data/party-documents.tsv`): its number, term,
/// date, issuer, the plenum that adopted it and its title, with where that was read.
///
/// "18-NQ/TW" is two documents: `PartyDocument(symbol: "18-NQ/TW", term: "XII", date: 2017-10-25,
/// plenum: 6, title: "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy …")` and the one of
/// term XIII (2022-06-16, plenum 5, on land).
public struct PartyDocument: Sendable, Equatable {
    /// The symbol as printed: "18-NQ/TW", "08-QĐi/TW".
    public var symbol: String
    /// "Nghị quyết", "Chỉ thị", "Kết luận", "Quy định".
    public var kind: String
    /// The term in Roman numerals: "XII".
    public var term: String
    public var date: CalendarDate
    /// "Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư".
    public var issuer: String
    /// The Central Committee plenum that adopted it, if one did.
    public var plenum: Int?
    public var title: String
    /// verified, seen or inferred (see the file's head).
    public var status: String
    public var source: String

    /// The key of a document of a term: "18-NQ/TW khóa XII".
    public var key: String { DocumentTerm.key(symbol, term: term) }
}

extension Catalog {
    /// Parses a `party` line: key, type, term, date, issuer, plenum (HNTWn or -), title, status, source.
    static func partyDocument(_ f: [String]) -> PartyDocument? {
        guard f.count >= 10, !f[1].isEmpty, Roman.value(f[3]) != nil, let date = CalendarDate(iso: f[4]),
              !f[8].isEmpty, !f[9].isEmpty else { return nil }
        let plenum = f[6].hasPrefix("HNTW") ? Int(f[6].dropFirst(4)) : nil
        if f[6] != "-", plenum == nil { return nil }
        return PartyDocument(symbol: f[1], kind: f[2], term: f[3], date: date, issuer: f[5], plenum: plenum,
                             title: f[7], status: f[8], source: f[9])
    }

    /// The documents the catalogue knows under a symbol, every term: "18-NQ/TW" → two.
    public func partyDocuments(symbol: String) -> [PartyDocument] {
        partyDocuments.filter { $0.symbol == symbol }
    }

    /// What a plenum adopted: plenum 5 of term XII → 10-, 11- and 12-NQ/TW.
    public func partyDocuments(plenum: Int, term: String) -> [PartyDocument] {
        partyDocuments.filter { $0.plenum == plenum && $0.term == term }
    }

    /// The catalogued document of a termed key: "18-NQ/TW khóa XII".
    public func partyDocument(key: String) -> PartyDocument? {
        partyDocuments.first { $0.key == key }
    }
}
