import Foundation
import VNCite

/// Dates as Vietnamese readers write them: "2018-06-13" → "13/06/2018", a month "06/2018".
enum VietnameseDate {
    /// "13/06/2018" for an ISO day; the text unchanged when it is not one.
    static func day(_ iso: String?) -> String? {
        guard let iso else { return nil }
        guard let d = CalendarDate(iso: iso) else { return iso }
        return String(format: "%02d/%02d/%04d", d.day, d.month, d.year)
    }

    /// "06/2018".
    static func month(year: Int, month: Int) -> String {
        String(format: "%02d/%04d", month, year)
    }
}
