import VNCite

/// Dates as Vietnamese pages print them next to an article's title, and in ISO metadata.
///
/// "14-06-2023 14:15", "13:45 26/12/2022", "Thứ hai, 26/12/2022, 13:45 (GMT+7)",
/// "10.2.2017 - 16:51" and "2023-06-14T14:15:00+07:00" all give a day; `hasTime` says whether
/// a clock time stands next to it, which sets a publication line apart from a date in prose.
enum HTMLDates {
    struct Match: Sendable {
        var date: CalendarDate
        var hasTime: Bool
        /// Characters from the start of the date to the end of the year.
        var length: Int
    }

    /// The first day-month-year (or ISO year-month-day) in a text that names a real day.
    static func first(in text: String) -> Match? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]), index == 0 || !isDigit(scalars[index - 1]) else {
                index += 1
                continue
            }
            if let match = date(in: scalars, at: index) { return match }
            index += 1
        }
        return nil
    }

    // MARK: - Helpers

    private static func date(in scalars: [Unicode.Scalar], at start: Int) -> Match? {
        guard let (first, afterFirst) = number(in: scalars, at: start, digits: 1...4),
            afterFirst < scalars.count, "/-.".unicodeScalars.contains(scalars[afterFirst]),
            let (second, afterSecond) = number(in: scalars, at: afterFirst + 1, digits: 1...2),
            afterSecond < scalars.count, scalars[afterSecond] == scalars[afterFirst]
        else { return nil }
        let yearFirst = afterFirst - start == 4
        let thirdDigits = yearFirst ? 1...2 : 4...4
        guard let (third, end) = number(in: scalars, at: afterSecond + 1, digits: thirdDigits),
            end >= scalars.count || !isDigit(scalars[end])
        else { return nil }
        let made =
            yearFirst
            ? CalendarDate(year: first, month: second, day: third)
            : CalendarDate(year: third, month: second, day: first)
        guard let made, yearFirst || afterFirst - start <= 2 else { return nil }
        let isoTime =
            yearFirst && end < scalars.count && (scalars[end] == "T" || scalars[end] == " ")
            && hasClock(scalars, from: end, to: min(scalars.count, end + 9))
        let nearby =
            hasClock(scalars, from: max(0, start - 16), to: start)
            || hasClock(scalars, from: end, to: min(scalars.count, end + 16))
        return Match(date: made, hasTime: isoTime || nearby, length: end - start)
    }

    /// Reads a run of digits whose count lies in `digits`; nil if longer or shorter.
    private static func number(
        in scalars: [Unicode.Scalar], at start: Int, digits: ClosedRange<Int>
    ) -> (Int, Int)? {
        var end = start
        var value = 0
        while end < scalars.count, isDigit(scalars[end]), end - start < 5 {
            value = value * 10 + Int(scalars[end].value - 0x30)
            end += 1
        }
        guard digits.contains(end - start), end >= scalars.count || !isDigit(scalars[end]) else {
            return nil
        }
        return (value, end)
    }

    /// "14:15", "13h45", "9:05" within a range: one or two digits of hour below 24, a colon
    /// or "h", two digits of minutes.
    private static func hasClock(_ text: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        for index in start..<end where [":", "h", "g"].contains(text[index]) {
            guard index > start, index + 2 < text.count, isDigit(text[index - 1]),
                isDigit(text[index + 1]), isDigit(text[index + 2]),
                index + 3 >= text.count || !isDigit(text[index + 3])
            else { continue }
            var hour = Int(text[index - 1].value - 0x30)
            if index >= 2, isDigit(text[index - 2]) {
                hour += Int(text[index - 2].value - 0x30) * 10
            }
            if hour < 24 { return true }
        }
        return false
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
