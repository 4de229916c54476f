import Foundation
import VNCite

/// The bars of a document's timeline: how many citing meetings in each year, or each month
/// when they all fall within three years. Drawn as SVG by `timeline.mustache` at build time.
///
/// Meetings of 2017-02-10, 2018-06-13 and 2018-06-14 give bars 2017: 1, 2018: 2 by year
/// (or 02/2017 … 06/2018 by month, empty months included, so gaps show).
struct TimelineChart {
    struct Bar {
        var label: String
        var count: Int
        var x: Int
        var y: Int
        var width: Int
        var height: Int
        /// Whether the label is written under the bar (every one when few, else some).
        var labelled: Bool
        var labelX: Int
    }

    static let width = 640
    static let plotHeight = 120
    static let top = 16

    var bars: [Bar]
    var byMonth: Bool
    var undated: Int
    var someUndated: Bool
    var maximum: Int
    /// Stored, not computed: templates see stored properties only.
    var width = Self.width
    /// Room for the first and last labels, which stand centred under their bars.
    var paddedWidth = Self.width + 48
    var height = Self.top + Self.plotHeight + 24
    var baseline = Self.top + Self.plotHeight
    var labelY = Self.top + Self.plotHeight + 16
    var shown: Bool { !bars.isEmpty }

    init(dates: [String?]) {
        let days = dates.compactMap { $0.flatMap(CalendarDate.init(iso:)) }.sorted()
        undated = dates.count - days.count
        someUndated = undated > 0
        guard let first = days.first, let last = days.last else {
            bars = []; byMonth = false; maximum = 0
            return
        }
        byMonth = last.year - first.year < 3
        var counts: [(String, Int)] = []
        if byMonth {
            var (y, m) = (first.year, first.month)
            while (y, m) <= (last.year, last.month) {
                let n = days.filter { $0.year == y && $0.month == m }.count
                counts.append((VietnameseDate.month(year: y, month: m), n))
                (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1)
            }
        } else {
            for y in first.year...last.year { counts.append((String(y), days.filter { $0.year == y }.count)) }
        }
        let most = max(counts.map(\.1).max() ?? 1, 1)
        maximum = most
        let slot = Self.width / max(counts.count, 1)
        let every = max(1, Int((Double(counts.count) / 12).rounded(.up)))
        bars = counts.enumerated().map { i, c in
            let h = c.1 == 0 ? 0 : max(2, c.1 * Self.plotHeight / most)
            return Bar(label: c.0, count: c.1, x: i * slot + slot / 8, y: Self.top + Self.plotHeight - h,
                       width: max(1, slot * 3 / 4), height: h, labelled: i % every == 0, labelX: i * slot + slot / 2)
        }
    }
}
