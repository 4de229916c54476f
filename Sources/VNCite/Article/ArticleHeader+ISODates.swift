/// The dates of exports and crawls: ISO 8601 on a line of its own, after a field's label, or as
/// a store's date field that opens the first line.
extension ArticleHeader {
    /// The labels of an export's date field, before an ISO date: "date: 2025-11-03".
    /// (Longest first: "datepublished" before "date".)
    static let isoLabels = ["datepublished", "published", "pubdate", "date"]

    /// "date 2026-02-09 …", "date 2023-10 …": a date field opening a line, its day when it gives
    /// one, and where the words after it start.
    static func exportDateField(_ text: CleanText, _ line: Range<Int>) -> (CalendarDate?, Int)? {
        let f = text.fold
        guard line.count >= 12, f[line.lowerBound..<(line.lowerBound + 5)].elementsEqual("date ".utf8) else { return nil }
        var end = line.lowerBound + 5
        while end < line.upperBound, f[end] != 32 { end += 1 }
        let field = String(decoding: f[(line.lowerBound + 5)..<end], as: UTF8.self)
        let parts = field.split(separator: "-")
        guard parts.count >= 2, parts.count <= 3, parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), let year = Int(parts[0]), (1990...2100).contains(year) else { return nil }
        while end < line.upperBound, f[end] == 32 { end += 1 }
        return (parts.count == 3 ? isoDate(field) : nil, end)
    }

    /// "2025-11-03T08:15:00+07:00", "2025-11-03 08:15", "20191105": a line that is one date.
    static func isoDate(_ folded: String) -> CalendarDate? {
        let s = folded.trimmed()
        let digits = Array(s.utf8)
        func n(_ r: Range<Int>) -> Int? { Int(String(decoding: digits[r], as: UTF8.self)) }
        if digits.count == 8, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }), let y = n(0..<4), let m = n(4..<6), let d = n(6..<8),
           (1990...2100).contains(y) {
            return CalendarDate(year: y, month: m, day: d)
        }
        guard digits.count >= 10, digits[4] == 45, digits[7] == 45, let y = n(0..<4), let m = n(5..<7), let d = n(8..<10),
              (1945...2100).contains(y) else { return nil }
        if digits.count > 10, digits[10] != 116, digits[10] != 32 { return nil }  // "t" or " " after the day
        return CalendarDate(year: y, month: m, day: d)
    }
}
