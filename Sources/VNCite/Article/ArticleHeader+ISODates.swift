/// The dates of exports and crawls: ISO 8601 on a line of its own, after a field's label, or as
/// a store's date field that opens the first line.
extension ArticleHeader {
    /// The labels of an export's date field, before an ISO date: "date: 2025-11-03".
    /// (Longest first: "datepublished" before "date".)
    static let isoLabels = ["datepublished", "published", "pubdate", "date"]

    /// "date 2026-02-09 …", "date 2023-10 …": a date field opening a line, its day when it gives
    /// one, and where the words after it start.
    static func exportDateField(_ text: CleanText, _ line: Range<Int>) -> (CalendarDate?, Int)? {
        guard let (parts, end) = exportField(text, line) else { return nil }
        return (parts.count == 3 ? CalendarDate(year: parts[0], month: parts[1], day: parts[2]) : nil, end)
    }

    /// " date 2025-09-17 Thời sự Tổng Bí thư Tô Lâm gợi mở …", " date 2025-08-14 Xã hội Gặp mặt kỷ niệm …":
    /// where the headline starts past the page's section that the store wrote between its date field
    /// and the headline — a section's name that no headline opens on with a capital after it.
    static func pastSection(_ text: CleanText, _ line: Range<Int>) -> Int {
        let f = text.fold
        for section in storeSections {
            let end = line.lowerBound + section.count
            guard end + 1 < line.upperBound, f[line.lowerBound..<end].elementsEqual(section), f[end] == 32,
                  CleanText.isUppercase(text.scalars[line.lowerBound]), CleanText.isUppercase(text.scalars[end + 1]) else { continue }
            return end + 1
        }
        return line.lowerBound
    }

    /// The sections of a news site written before a headline, folded.
    static let storeSections = ["thoi su", "xa hoi", "chinh tri", "the thao", "tin tuc", "doi song", "suc khoe"].map { Array($0.utf8) }

    /// The numbers of a store's date field opening a line ("date 2026-02-09" → [2026, 2, 9], "date
    /// 2023-10" → [2023, 10]) and where the words after it start.
    private static func exportField(_ text: CleanText, _ line: Range<Int>) -> (parts: [Int], end: Int)? {
        let f = text.fold
        guard line.count >= 12, f[line.lowerBound..<(line.lowerBound + 5)].elementsEqual("date ".utf8) else { return nil }
        var end = line.lowerBound + 5
        while end < line.upperBound, f[end] != 32 { end += 1 }
        let parts = String(decoding: f[(line.lowerBound + 5)..<end], as: UTF8.self).split(separator: "-")
        guard parts.count >= 2, parts.count <= 3, parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), let year = Int(parts[0]), (1990...2100).contains(year) else { return nil }
        while end < line.upperBound, f[end] == 32 { end += 1 }
        return (parts.compactMap { Int($0) }, end)
    }

    /// "2025-11-03T08:15:00+07:00", "2025-11-03 08:15", "20191105": a line that is one date; or one
    /// with its year in two digits, as video pages write it: "17/10/21" (1970 to 2069).
    static func isoDate(_ folded: String) -> CalendarDate? {
        let s = folded.trimmed()
        let digits = Array(s.utf8)
        func n(_ r: Range<Int>) -> Int? { Int(String(decoding: digits[r], as: UTF8.self)) }
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 3, parts[2].count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCII) }),
           let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), (1...12).contains(m) {
            return CalendarDate(year: y < 70 ? 2000 + y : 1900 + y, month: m, day: d)
        }
        if digits.count == 8, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }), let y = n(0..<4), let m = n(4..<6), let d = n(6..<8),
           (1990...2100).contains(y) {
            return CalendarDate(year: y, month: m, day: d)
        }
        guard digits.count >= 10, digits[4] == 45, digits[7] == 45, let y = n(0..<4), let m = n(5..<7), let d = n(8..<10),
              (1945...2100).contains(y) else { return nil }
        if digits.count > 10, digits[10] != 116, digits[10] != 32 { return nil }  // "t" or " " after the day
        return CalendarDate(year: y, month: m, day: d)
    }

    /// "Đăng ngày 28 - 10 - 2019": a date line's day, month and year with dashes written apart (in a
    /// date line only: in a sentence "20 - 25" is a range).
    static func spacedDate(_ folded: String) -> CalendarDate? {
        let words = folded.split(separator: " ")
        for k in words.indices.dropLast(4) where words[k + 1] == "-" && words[k + 3] == "-" {
            guard let d = Int(words[k]), let m = Int(words[k + 2]), words[k + 4].count == 4, let y = Int(words[k + 4]),
                  (1990...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else { continue }
            return CalendarDate(year: y, month: m, day: d)
        }
        return nil
    }

    /// " date 2025-06 Kinh tế …": the last day of the month a store's date field gives without its
    /// day (nil when the field gives a day, or there is none).
    static func exportMonthEnd(_ text: CleanText) -> CalendarDate? {
        let f = text.fold
        var start = 0
        while start < f.count, [10, 32].contains(f[start]) { start += 1 }
        var end = start
        while end < f.count, f[end] != 10 { end += 1 }
        guard let (parts, _) = exportField(text, start..<end), parts.count == 2 else { return nil }
        return (28...31).reversed().lazy.compactMap { CalendarDate(year: parts[0], month: parts[1], day: $0) }.first
    }

    /// The page's own date line of the day a store's date field gives (" date 2025-09-11" … "11/09/2025
    /// 18:15 GMT+7"): where the title stands over it, as over any date line.
    static func lineDated(_ field: CalendarDate, _ text: CleanText, _ lines: ArraySlice<Range<Int>>) -> Int? {
        lines.indices.first { lines[$0].count <= 80 && publicationDate(in: text, lines[$0]) == field }
    }
}
