/// A meeting the lead tells with the verb alone and the title names.
extension MeetingReader {
    /// "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15" over a lead "Ngày 11/12, … Ban Chấp hành
    /// Đảng bộ tỉnh đã họp cho ý kiến …": the lead's "cuộc họp", said with "họp" alone, is the
    /// meeting the title names, when the title names its host too (not "Chuẩn bị Hội nghị xúc tiến
    /// đầu tư" over "UBND tỉnh đã họp bàn …", a meeting about another; nor the games a lead of
    /// athletes calls "Đại hội": "Đại hội TDTT TP HCM tổng kết vào ngày 27/8" over "Ban tổ chức Đại hội
    /// TDTT TP HCM … họp đánh giá …", `games`, asked only then).
    static func titleNamed(_ found: Meeting, title: CleanText?, games: @autoclosure () -> Bool, catalog: Catalog) -> Meeting {
        guard let title, found.kind == "cuộc họp", let host = found.host,
              !Catalog.fold(found.what).contains("cuoc hop") else { return found }
        let words = LeadWords(title, 0..<title.count)
        let nouns = words.words.indices.lazy.compactMap { i in MeetingWords.noun(words, at: i).map { (i, $0) } }
        guard let (i, (kind, length)) = nouns.first,
              kind != "cuộc họp", !(kind == "đại hội" && games()), !MeetingWords.talks.contains(kind),
              !MeetingWords.encounters.contains(MeetingWords.family(kind)),
              let titleHost = HostReader.host(words, noun: i, length: length, catalog: catalog) else { return found }
        let a = Catalog.fold(host), b = Catalog.fold(titleHost)
        guard a.contains(b) || b.contains(a) else { return found }
        var meeting = found
        meeting.kind = kind
        meeting.what = words.text(i..<nameEnd(words, from: i + length, to: words.words.count))
        return meeting
    }

    /// "Tiểu ban Bảo vệ chính trị nội bộ Trung ương sơ kết 6 tháng đầu năm 2023" over a lead that says
    /// only "tại Hội nghị": a meeting named by its noun alone, with no host, is held by the body the
    /// title opens on, when the title's next words are a meeting's verb (sơ kết, tổng kết, triển
    /// khai, họp, khai mạc, bế mạc, giao ban).
    static func titleHost(_ found: Meeting, title: CleanText?, catalog: Catalog) -> String? {
        guard let title, found.host == nil, barelyNamed(found) else { return nil }
        let words = LeadWords(title, 0..<title.count)
        // (The grammar may take the verb's first word as the name's, "Tiểu ban Văn kiện ⟨sơ⟩", or stop
        // short of a name's small words: "Tiểu ban Bảo vệ ⟨chính trị nội bộ Trung ương⟩".)
        guard let r = BodyGrammar.read(words, at: 0, catalog: catalog),
              let verb = words.words.indices.prefix(16).first(where: { words.matchWritten(titleVerbs, at: $0) != nil }),
              verb > r.lowerBound + 1, verb >= r.upperBound - 1, words.words[(r.lowerBound..<verb)].allSatisfy({ $0.after.isEmpty }),
              verb <= r.upperBound || HostReader.nameTail(words, r.upperBound..<verb, untilVerb: true) else { return nil }
        return words.text(r.lowerBound..<verb)
    }

    static let titleVerbs = PhraseTable(["sơ kết", "tổng kết", "triển khai", "họp", "khai mạc", "bế mạc", "giao ban"])

    /// A meeting named by its noun alone: "Hội nghị", "cuộc họp".
    static func barelyNamed(_ meeting: Meeting) -> Bool {
        Catalog.fold(meeting.what) == Catalog.fold(meeting.kind)
    }
}
