import ArgumentParser
import Foundation
import VNCite

/// `--since` and `--until`: a period of days, checked once for every command that takes one.
struct PeriodOptions: ParsableArguments {
    @Option(help: "Only articles (meetings) dated on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only articles (meetings) dated on or before this day (YYYY-MM-DD).")
    var until: String?

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, CalendarDate(iso: value) == nil {
                throw ValidationError("\(name) wants a day as YYYY-MM-DD, not “\(value)”")
            }
        }
    }

    var from: CalendarDate? { since.flatMap(CalendarDate.init(iso:)) }
    var to: CalendarDate? { until.flatMap(CalendarDate.init(iso:)) }

    /// Says on standard error how many articles a period left out for having no date: a crawled
    /// corpus may date none ("vncite: --since/--until left out 84061 article(s) with no date").
    func noteUndated(_ count: Int) {
        guard from != nil || to != nil, count > 0 else { return }
        FileHandle.standardError.write(Data("vncite: --since/--until left out \(count) article(s) with no date\n".utf8))
    }

    /// Whether a day falls in the period (an undated article falls in no period but the open one).
    func contains(_ day: CalendarDate?) -> Bool {
        guard from != nil || to != nil else { return true }
        guard let day else { return false }
        return (from.map { day >= $0 } ?? true) && (to.map { day <= $0 } ?? true)
    }
}
