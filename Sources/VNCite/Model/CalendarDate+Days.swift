/// Counting days: the weekday of a date, and the date some days away.
extension CalendarDate {
    /// Days since 1970-01-01 (negative before it), by the proleptic Gregorian calendar.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day number (`dayNumber`'s inverse).
    init?(dayNumber n: Int) {
        let z = n + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let m = (5 * dayOfYear + 2) / 153
        let month = m < 10 ? m + 3 : m - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: dayOfYear - (153 * m + 2) / 5 + 1)
    }

    /// 1 for Monday ("thứ Hai") … 7 for Sunday ("Chủ nhật"): 2023-06-14 → 3 (a Wednesday).
    var weekday: Int {
        // (1970-01-01 was a Thursday.)
        ((dayNumber + 3) % 7 + 7) % 7 + 1
    }

    /// The date `days` away: 2023-06-14 adding -2 → 2023-06-12.
    func adding(days: Int) -> CalendarDate? {
        CalendarDate(dayNumber: dayNumber + days)
    }
}
