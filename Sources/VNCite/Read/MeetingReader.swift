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

    static func read(_ text: CleanText, title: String?, articleDate: CalendarDate?) -> Meeting? {
        // Only the sentences that hold the words are folded and read: the rest costs a byte scan.
        let organised = sentences(of: text, holding: " to chuc ").filter { $0 != title }
        let working = sentences(of: text, holding: " lam viec voi ").filter { $0 != title }
        // A body sentence that says who organised what, then the title, then "làm việc với".
        var found: (Meeting, String)?
        for sentence in organised {
            if let m = held(in: sentence, isTitle: false), m.kind != "buổi làm việc" { found = (m, sentence); break }
        }
        if found == nil, let title, let m = held(in: title, isTitle: true) { found = (m, title) }
        if found == nil {
            for sentence in working {
                if let m = held(in: sentence, isTitle: false) { found = (m, sentence); break }
            }
        }
        guard var (meeting, sentence) = found else { return nil }
        meeting.date = date(in: sentence, articleDate: articleDate)
            ?? firstSentences(of: text, count: 8).lazy.compactMap { date(in: $0, articleDate: articleDate) }.first
        meeting.chair = chair(in: sentences(of: text, holding: "chu tri"))
        return meeting
    }

    /// How far into an article its meeting is looked for: news reports it in the first lines.
    static let scanLimit = 6000

    /// The sentences (first 6 hits, within `scanLimit`) whose folded text holds `needle`.
    static func sentences(of text: CleanText, holding needle: String) -> [String] {
        let n = Array(needle.utf8)
        let fold = text.fold
        let limit = min(fold.count, scanLimit)
        guard n.count >= 2, fold.count >= n.count else { return [] }
        // Where the needle stands, found with a two-byte test before the full comparison.
        var hits: [Int] = []
        fold.withUnsafeBufferPointer { hay in
            var i = 0
            while i + n.count <= limit, hits.count < 6 {
                if hay[i] == n[0], hay[i + 1] == n[1] {
                    var k = 2
                    while k < n.count, hay[i + k] == n[k] { k += 1 }
                    if k == n.count {
                        hits.append(i)
                        i += n.count
                        continue
                    }
                }
                i += 1
            }
        }
        var out: [String] = []
        var covered = -1
        for hit in hits where hit >= covered {
            let range = sentenceRange(text, at: hit)
            out.append(text.string(range).trimmingCharacters(in: .whitespaces))
            covered = range.upperBound
        }
        return out
    }

    /// The first sentences of the text (lines and ". " end them).
    static func firstSentences(of text: CleanText, count: Int) -> [String] {
        var out: [String] = []
        var i = 0
        while i < text.count, out.count < count {
            if text.fold[i] == 10 || text.fold[i] == 32 { i += 1; continue }
            let r = sentenceRange(text, at: i)
            let s = text.string(r).trimmingCharacters(in: .whitespacesAndNewlines)
            if !s.isEmpty { out.append(s) }
            i = max(r.upperBound, i + 1)
        }
        return out
    }

    /// From the end of the previous sentence to the end of this one (". ", "!", "?", line break).
    static func sentenceRange(_ text: CleanText, at i: Int) -> Range<Int> {
        let fold = text.fold
        func isEnd(_ j: Int) -> Bool {
            let b = fold[j]
            return b == 10 || ((b == 46 || b == 33 || b == 63) && (j + 1 == fold.count || fold[j + 1] == 32 || fold[j + 1] == 10))
        }
        var start = min(i, fold.count)
        while start > 0, !isEnd(start - 1) { start -= 1 }
        var end = min(i, fold.count)
        while end < fold.count, !isEnd(end) { end += 1 }
        if end < fold.count, fold[end] != 10 { end += 1 }
        return start..<end
    }

    /// "<host> (đã) tổ chức <meeting> …" or "<host> (đã có buổi) làm việc với …".
    static func held(in sentence: String, isTitle: Bool) -> Meeting? {
        let clause = stripLeadingTime(sentence)
        let foldedClause = Catalog.fold(clause)
        if let r = foldedClause.firstRange(of: " to chuc ") {
            let after = String(foldedClause[r.upperBound...])
            for (word, kind) in kinds where after.hasPrefix(word) {
                let hostWords = foldedClause[..<r.lowerBound].split(separator: " ").count
                let host = words(of: clause, count: hostWords, droppingTrailing: ["đã", "vừa", "sẽ"])
                let tail = words(of: clause, from: hostWords + 2)
                return Meeting(kind: kind, what: trimClause(tail), host: host.isEmpty ? nil : host)
            }
        }
        if let r = foldedClause.firstRange(of: " lam viec voi ") {
            let hostWords = foldedClause[..<r.lowerBound].split(separator: " ").count
            let host = words(of: clause, count: hostWords, droppingTrailing: ["đã có buổi", "đã", "có buổi", "có", "buổi"])
            guard !host.isEmpty, host.count < 80, !host.lowercased().hasPrefix("đồng chí") else { return nil }
            return Meeting(kind: "buổi làm việc", what: isTitle ? sentence : trimClause(clause), host: host)
        }
        return nil
    }

    /// The meeting's date at the start of a sentence: "Ngày 7/6/2023", "Sáng ngày 10/02/2017",
    /// "Chiều 13/6" (the year from the article's date).
    static func date(in sentence: String, articleDate: CalendarDate?) -> CalendarDate? {
        let folded = Catalog.fold(String(sentence.prefix(32)))
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
