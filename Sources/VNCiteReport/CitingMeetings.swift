import VNCite

/// One row of a document's table: a meeting that cites it, with the articles reporting it.
///
/// "13/06/2018 · sinh hoạt · Ban thường vụ Đảng ủy Khối các cơ quan tỉnh · … thực hiện
/// ⟦Chỉ thị số 05-CT/TW⟧ …". An article that reports no meeting is a row of its own.
struct CitingMeeting {
    struct Report {
        var source: String
        var title: String
        var url: String?
    }

    var date: String?
    var kind: String?
    var host: String?
    var chair: String?
    var title: String?
    var sentence: String?
    /// The words of the mention inside `sentence`, to highlight.
    var mention: String?
    var reports: [Report]
}

extension ReportIndex {
    /// The meetings citing a document, by date (undated last) then first article.
    func meetings(citing documentID: String) -> [CitingMeeting] {
        var rows: [String: CitingMeeting] = [:]
        for e in edges(to: documentID, .cites) {
            guard let article = nodes[e.source] else { continue }
            let source = article.string("source") ?? article.id
            let report = CitingMeeting.Report(source: source, title: article.string("title") ?? source,
                                              url: article.string("url"))
            let meeting = meeting(reportedBy: article.id)
            let group = meeting?.id ?? article.id
            if rows[group] != nil {
                rows[group]?.reports.append(report)
                continue
            }
            let mention = firstMention(of: documentID, in: source)
            rows[group] = CitingMeeting(
                date: meeting?.string("meetingDate") ?? article.string("meetingDate") ?? article.string("date"),
                kind: meeting?.string("meetingKind") ?? article.string("meetingKind"),
                host: meeting?.string("meetingHost") ?? article.string("meetingHost"),
                chair: meeting?.string("chair") ?? article.string("chair"),
                title: article.string("title"),
                sentence: mention?.sentence ?? e.string("sentence"), mention: mention?.text, reports: [report])
        }
        return rows.values.sorted {
            ($0.date == nil ? 1 : 0, $0.date ?? "", $0.reports[0].source)
                < ($1.date == nil ? 1 : 0, $1.date ?? "", $1.reports[0].source)
        }
    }
}
