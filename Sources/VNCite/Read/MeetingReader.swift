import Foundation

/// The meeting an article reports: its kind, the words that name it, the body that held it,
/// its date and who chaired it.
///
/// "Ngày 7/6/2023, Chi bộ Sở Thông tin và Truyền thông đã tổ chức Hội nghị sơ kết công tác 6 tháng
/// đầu năm 2023." gives a "hội nghị" held by "Chi bộ Sở Thông tin và Truyền thông" on 2023-06-07;
/// the title "Thường trực Tỉnh uỷ làm việc với Sở Thông tin và Truyền thông" gives a "buổi làm việc"
/// held by "Thường trực Tỉnh uỷ". An article that reports no meeting gives nil.
enum MeetingReader {
    /// Meeting words, as they fold, and the kind each names. Longer first.
    static let kinds: [(String, String)] = [
        ("diem sinh hoat", "sinh hoạt"), ("buoi sinh hoat", "sinh hoạt"), ("sinh hoat chuyen de", "sinh hoạt"),
        ("buoi lam viec", "buổi làm việc"), ("hoi nghi", "hội nghị"), ("dai hoi", "đại hội"),
        ("hoi thao", "hội thảo"), ("ky hop", "kỳ họp"), ("toa dam", "tọa đàm"), ("phien hop", "phiên họp"),
        ("cuoc hop", "cuộc họp"), ("giao ban", "giao ban"), ("sinh hoat", "sinh hoạt"), ("le ", "lễ"),
    ]

    static func read(_ text: String, title: String?, articleDate: CalendarDate?) -> Meeting? {
        // The title line heads many texts; the body's own sentence says more (who, when).
        let body = sentences(text, limit: 60).filter { $0 != title }
        // A body sentence that says who organised what, then the title, then "làm việc với".
        var found: (Meeting, String)?
        for sentence in body.prefix(20) {
            if let m = held(in: sentence, isTitle: false), m.kind != "buổi làm việc" { found = (m, sentence); break }
        }
        if found == nil, let title, let m = held(in: title, isTitle: true) { found = (m, title) }
        if found == nil {
            for sentence in body.prefix(20) {
                if let m = held(in: sentence, isTitle: false) { found = (m, sentence); break }
            }
        }
        guard var (meeting, sentence) = found else { return nil }
        meeting.date = date(in: sentence, articleDate: articleDate)
            ?? body.prefix(8).lazy.compactMap { date(in: $0, articleDate: articleDate) }.first
        meeting.chair = chair(in: body)
        _ = sentence
        return meeting
    }

    /// "<host> (đã) tổ chức <meeting> …" or "<host> (đã có buổi) làm việc với …".
    static func held(in sentence: String, isTitle: Bool) -> Meeting? {
        let folded = Catalog.fold(sentence)
        let clause = stripLeadingTime(sentence)
        let foldedClause = Catalog.fold(clause)
        if let r = foldedClause.range(of: " to chuc ") {
            let after = String(foldedClause[r.upperBound...])
            for (word, kind) in kinds where after.hasPrefix(word) {
                let hostWords = foldedClause[..<r.lowerBound].split(separator: " ").count
                let host = words(of: clause, count: hostWords, droppingTrailing: ["đã", "vừa", "sẽ"])
                let tail = words(of: clause, from: hostWords + 2)
                return Meeting(kind: kind, what: trimClause(tail), host: host.isEmpty ? nil : host)
            }
        }
        if let r = foldedClause.range(of: " lam viec voi ") {
            let hostWords = foldedClause[..<r.lowerBound].split(separator: " ").count
            let host = words(of: clause, count: hostWords, droppingTrailing: ["đã có buổi", "đã", "có buổi", "có", "buổi"])
            guard !host.isEmpty, host.count < 80, !host.lowercased().hasPrefix("đồng chí") else { return nil }
            return Meeting(kind: "buổi làm việc", what: isTitle ? sentence : trimClause(clause), host: host)
        }
        _ = folded
        return nil
    }

    /// The meeting's date at the start of a sentence: "Ngày 7/6/2023", "Sáng ngày 10/02/2017",
    /// "Chiều 13/6" (the year from the article's date).
    static func date(in sentence: String, articleDate: CalendarDate?) -> CalendarDate? {
        let folded = Catalog.fold(sentence)
        let openers = ["ngay ", "sang ngay ", "chieu ngay ", "toi ngay ", "sang ", "chieu ", "toi ", "trua "]
        guard let opener = openers.first(where: { folded.hasPrefix($0) }) else { return nil }
        let rest = folded.dropFirst(opener.count)
        let token = rest.prefix { $0.isNumber || $0 == "/" || $0 == "-" || $0 == "." }
        let parts = token.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).compactMap { Int($0) }
        guard parts.count >= 2 else { return nil }
        let year = parts.count >= 3 ? parts[2] : articleDate?.year
        guard let year else { return nil }
        return CalendarDate(year: year, month: parts[1], day: parts[0])
    }

    /// "Đồng chí Trần Gia Long, Tỉnh ủy viên, … chủ trì buổi sinh hoạt" → "Trần Gia Long".
    static func chair(in sentences: [String]) -> String? {
        for s in sentences {
            let folded = Catalog.fold(s)
            guard folded.contains("chu tri"), let r = folded.range(of: "dong chi ") else { continue }
            let start = folded.distance(from: folded.startIndex, to: r.upperBound)
            let tail = String(s.dropFirst(start))
            let name = tail.prefix { $0 != "," && $0 != "–" && $0 != "-" && $0 != "(" }
                .trimmingCharacters(in: .whitespaces)
            let words = name.split(separator: " ")
            if (2...5).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) { return name }
        }
        return nil
    }

    // MARK: - Text helpers

    static func sentences(_ text: String, limit: Int) -> [String] {
        var out: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            var current = ""
            for ch in line {
                current.append(ch)
                if ch == "." || ch == "!" || ch == "?" {
                    let t = current.trimmingCharacters(in: .whitespaces)
                    if !t.isEmpty { out.append(t) }
                    current = ""
                }
            }
            let t = current.trimmingCharacters(in: .whitespaces)
            if !t.isEmpty { out.append(t) }
            if out.count >= limit { break }
        }
        return out
    }

    /// "Ngày 7/6/2023, Chi bộ …" → "Chi bộ …".
    static func stripLeadingTime(_ s: String) -> String {
        guard date(in: s, articleDate: CalendarDate(year: 2000, month: 1, day: 1)) != nil,
              let comma = s.firstIndex(of: ",") else { return s }
        return String(s[s.index(after: comma)...]).trimmingCharacters(in: .whitespaces)
    }

    static func words(of s: String, count: Int, droppingTrailing: [String]) -> String {
        var text = s.split(separator: " ").prefix(count).joined(separator: " ")
        for w in droppingTrailing where text.lowercased().hasSuffix(" " + w) {
            text.removeLast(w.count + 1)
            break
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    static func words(of s: String, from index: Int) -> String {
        s.split(separator: " ").dropFirst(index).joined(separator: " ")
    }

    /// The meeting's own words: up to the end of the clause.
    static func trimClause(_ s: String) -> String {
        var t = s
        for stop in [". ", "; ", ", với sự tham dự", ", dưới sự chủ trì", ". Tham dự"] {
            if let r = t.range(of: stop) { t = String(t[..<r.lowerBound]) }
        }
        while let last = t.last, last == "." || last == "," || last == " " { t.removeLast() }
        return t
    }
}
