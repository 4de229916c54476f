/// One meeting however many articles report it.
///
/// Ten outlets report the same plenum: their meetings are one when they have the same kind and
/// host and dates within a day of each other ("Sáng 13/6" in one article, "ngày 14/6" in another
/// that reports its second day), or the same kind and host and the same sitting of the same term
/// ("Kỳ họp thứ 8 Quốc hội khóa XI": `numbered`). Any other meeting without a date or a host is
/// its article's own: two undated "hội nghị" of one Sở may be years apart.
enum MeetingIdentity {
    struct Reported {
        var articleID: String
        var meeting: Meeting
        var hostID: String?
    }

    /// The meeting node id of each article that reports a meeting, by article id.
    static func ids(_ reported: [Reported]) -> [String: String] {
        var out: [String: String] = [:]
        var groups: [String: [Reported]] = [:]
        for r in reported {
            let kind = Catalog.fold(MeetingWords.family(r.meeting.kind))
            if let host = r.hostID, let sitting = numbered(r.meeting) {
                out[r.articleID] = "meeting:\(kind)|\(host)|\(sitting)"
                continue
            }
            guard let host = r.hostID, r.meeting.date != nil else {
                out[r.articleID] = "meeting:" + r.articleID.dropFirst("article:".count)
                continue
            }
            groups["\(kind)|\(host)", default: []].append(r)
        }
        // Within a group, by date: a chain of dates each within a day of the last is one meeting,
        // named by its first day (deterministic whatever the order of the input).
        for (key, members) in groups {
            let sorted = members.sorted { ($0.meeting.date!, $0.articleID) < ($1.meeting.date!, $1.articleID) }
            var first = sorted[0].meeting.date!
            var last = first
            for r in sorted {
                let d = r.meeting.date!
                if dayNumber(d) - dayNumber(last) > 1 { first = d }
                last = d
                out[r.articleID] = "meeting:\(key)|\(first.iso)"
            }
        }
        return out
    }

    /// Days since a fixed epoch, to compare dates a day apart across months and years.
    static func dayNumber(_ d: CalendarDate) -> Int {
        // Days from civil (Howard Hinnant's algorithm).
        let y = d.month <= 2 ? d.year - 1 : d.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (d.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + d.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe
    }
}
