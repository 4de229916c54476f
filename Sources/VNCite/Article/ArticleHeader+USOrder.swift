/// A date line printed in the United States' order, month first, as a portal built on an English
/// server's defaults prints it: "8/5/2015 7:50:17 AM" is 5 August 2015, "10/26/2016 3:05:44 PM"
/// 26 October. The clock with its seconds and "AM" or "PM" in capitals marks that order (a
/// Vietnamese page writes "SA" or "CH", day first: "26/07/2017 9:36:00 CH"). A date whose second
/// number is past 12 can only be month first, whatever follows: "Create: T2, 10/21/2019 - 07:34"
/// is 21 October 2019. The short form writes the year in two digits, always with its clock: "1/18/23
/// 5:48 PM" is 18 January 2023.
extension ArticleHeader {
    /// The date at `pos` in `line` when it is such a date with such a clock.
    static func usOrderedDate(_ text: CleanText, at pos: Int, _ line: Range<Int>) -> CalendarDate? {
        let s = text.scalars
        var k = pos
        /// The digits at `k` when they are `widths` long and `mark` (if any) follows them.
        func number(_ widths: ClosedRange<Int>, then mark: Unicode.Scalar?) -> Int? {
            let start = k
            while k < line.upperBound, ("0"..."9").contains(s[k]) { k += 1 }
            guard widths.contains(k - start), let value = Int(text.string(start..<k)) else { return nil }
            if let mark {
                guard k < line.upperBound, s[k] == mark else { return nil }
                k += 1
            }
            return value
        }
        guard let month = number(1...2, then: "/"), let day = number(1...2, then: "/") else { return nil }
        let yearStart = k
        guard let written = number(2...4, then: nil), k - yearStart != 3 else { return nil }
        // ("1/18/23 5:48 PM": the short form, its year in two digits, always with its clock.)
        let short = k - yearStart == 2, year = short ? 2000 + written : written
        if !short, day > 12, month <= 12 { return CalendarDate(year: year, month: month, day: day) }
        guard k < line.upperBound, s[k] == " " else { return nil }
        k += 1
        // (Its seconds: always in the long form, maybe in the short one.)
        guard number(1...2, then: ":") != nil, number(2...2, then: nil) != nil else { return nil }
        if !short || k < line.upperBound && s[k] == ":" {
            guard k < line.upperBound, s[k] == ":" else { return nil }
            k += 1
            guard number(2...2, then: nil) != nil else { return nil }
        }
        guard k < line.upperBound, s[k] == " " else { return nil }
        k += 1
        guard k + 1 < line.upperBound, ["A", "P"].contains(s[k]), s[k + 1] == "M",
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return date
    }
}
