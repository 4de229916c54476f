/// A meeting's name without the day and the place the sentence gives it, which are its date and
/// place, not its name, and without a last word that leads on to more.
extension MeetingReader {
    /// "hội thảo Tầm Nhìn Việt Nam tại Kuala Lumpur" (held in Kuala Lumpur) → "hội thảo Tầm Nhìn Việt
    /// Nam"; "cuộc họp báo giới thiệu V-League 2006 vào hôm qua, 6-1" → "cuộc họp báo giới thiệu
    /// V-League 2006"; "Hội nghị thường niên tháng 3 của Hội vật lý Mỹ hôm qua" → "… của Hội vật lý
    /// Mỹ". A name of nothing but its noun keeps them ("cuộc họp sáng nay", "cuộc họp báo ở LHP
    /// Berlin"); a month that names a session stays ("Phiên họp Chính phủ thường kỳ tháng 5"), and so
    /// does a place that is not where it was held ("buổi họp báo tuyên bố định cư ở Mỹ"), words in
    /// quotes ("hội thảo “Những thách thức mới của marketing ở Việt Nam”") and a name that is a
    /// clause ("Công an Hà Nội đã làm việc với …").
    static func withoutDayAndPlace(_ what: String, place: String?) -> String {
        let what = beforeGluedSentence(what)
        let words = LeadWords(what)
        guard let noun = words.matchWritten(MeetingWords.nouns, at: 0) else { return what }
        var end = words.words.count
        while let start = dayOrPlace(words, endingAt: end, place: place), start > noun.count,
              unclosed(Array(words.text(0..<start).unicodeScalars)) == nil {
            end = start
        }
        guard end < words.words.count else { return what }
        // (A closing mark the last word kept is the name's own: "hội thảo 'Bảo vệ thương hiệu'".)
        let closing = words.words[end - 1].after.prefix { "'’»".contains($0) }
        return words.text(0..<end) + closing
    }

    /// Where the day ("sáng nay", "sáng hôm qua", "hôm qua, 6-1", "chiều 29/3", "vào ngày 27-2", "mới
    /// đây") or the place it was held ("tại Tokyo (Nhật Bản)") that ends at word `end` starts.
    static func dayOrPlace(_ lead: LeadWords, endingAt end: Int, place: String?) -> Int? {
        let w = lead.words
        guard end > 1 else { return nil }
        var start: Int?
        var k = end
        // A day's number, after its time word or after "hôm qua" ("chiều qua 14-3").
        if isDay(w[k - 1].text) {
            if k >= 2, BodyGrammar.sentenceTimes.contains(w[k - 2].lower) { start = k - 2 } else { k -= 1; start = k }
        }
        if let phrase = (max(0, k - 3)..<k).first(where: { s in
            (lead.matchWritten(MeetingWords.times, at: s) ?? lead.matchWritten(recently, at: s)).map { s + $0.count == k } ?? false
        }) {
            start = phrase
        } else if start == k {
            start = nil  // (a number alone: "Hội nghị Thượng đỉnh ASEAN lần thứ 9 ⟨8-10⟩" may be its edition)
        }
        // ("sáng hôm qua", "vào chiều 12-4", "trong hai ngày 7-8/9".)
        while let s = start, s > 0, BodyGrammar.sentenceTimes.contains(w[s - 1].lower) || dayLeads.contains(w[s - 1].lower) { start = s - 1 }
        if start != nil { return start }
        // The place it was held: "tại" or "ở", then that place and capitalised words only.
        guard let place, let at = (1..<end).last(where: { ["tại", "ở"].contains(w[$0].lower) }), at + 1 < end,
              w[(at + 1)..<end].allSatisfy(\.isCapitalised), lead.text((at + 1)..<end).hasPrefix(place) else { return nil }
        return at
    }

    /// Words that lead a day in: "vào", "trong hai ngày", "từ ngày", "buổi (chiều nay)".
    static let dayLeads: Set<String> = ["vào", "trong", "từ", "hai", "ba", "bốn", "buổi"]

    /// "mới đây", "vừa rồi": a day just past, said without naming it.
    static let recently = PhraseTable(["mới đây", "vừa rồi", "gần đây"])

    /// "6-1", "29/3", "14-3-2006", "1.11": a day and month written with their mark.
    static func isDay(_ text: String) -> Bool {
        writtenDay(text) && text.allSatisfy { $0.isNumber || "/-.".contains($0) }
    }

    /// A name that runs on into the next sentence through a full stop with no space after it ends
    /// there: "cuộc hội thảo Đối tác đề xuất dự án tài trợ nhỏ (DATTN).Tham dự hội thảo có …" →
    /// "… (DATTN)", "… sinh viên ĐH Đà Nẵng sáng 7-1.Ông Thanh …" → "… sáng 7-1". Only after a
    /// bracket, a number or a word in small letters, before a capitalised word (not "St.John’s",
    /// "TP.HCM", "Ths.Nguyễn").
    static func beforeGluedSentence(_ what: String) -> String {
        let s = Array(what.unicodeScalars)
        for j in s.indices where s[j] == "." && j >= 2 && j + 2 < s.count {
            guard s[j + 1].properties.isUppercase, s[j + 2].properties.isLowercase else { continue }
            var k = j
            while k > 0, s[k - 1].properties.isAlphabetic || s[k - 1].properties.numericType != nil || s[k - 1] == "-" { k -= 1 }
            let word = s[k..<j]
            let number = !word.isEmpty && word.allSatisfy { !$0.properties.isAlphabetic }
            let small = word.count >= 3 && word.allSatisfy { $0.properties.isLowercase }
            if s[j - 1] == ")" || number || small {
                var out = String.UnicodeScalarView()
                out.append(contentsOf: s[..<j])
                return String(out)
            }
        }
        return what
    }

    /// A name ends on no word that leads on to more, as one the count of its words cut does: "cuộc
    /// họp với các ngành liên quan ⟨và⟩", "… làm rõ trách nhiệm ⟨của⟩" → "… làm rõ trách nhiệm".
    static func withoutDanglingWord(_ what: String) -> String {
        var words = what.split(separator: " ", omittingEmptySubsequences: false)
        while words.count > 2, let last = words.last, leadsOn.contains(LeadWords.normal(String(last))) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// Words that never end a meeting's name (not "các" of "nội các", "ở" of "nhà ở", "do" of "tự do").
    static let leadsOn: Set<String> = [
        "và", "với", "của", "cho", "về", "những", "để", "là", "được", "trong", "đến", "nhằm", "theo", "khi", "mà", "thì", "giữa",
    ]
}

extension MeetingReader {
    /// The words that open a clause of who came, after a meeting's name and its comma: "đến dự", "tham dự"
    /// (not "dự" alone, which opens "dự toán", "dự án": "phiên thảo luận về thực hiện ngân sách 2005, dự toán …").
    static let cameToIt: [[Substring]] = ["đến dự", "tới dự", "tham dự"].map { $0.split(separator: " ") }

    /// Whether who came opens at `k`, after a comma or before its "có": "buổi lễ công bố quyết định thành
    /// lập Đảng bộ Sở KH&CN, ⟨đến dự có …⟩", "tọa đàm kỷ niệm … (20/10/1930-20/10/2023) ⟨tới dự có …⟩".
    static func whoCame(_ lead: LeadWords, at k: Int) -> Bool {
        guard k > 0, let came = lead.matchWritten(cameToIt, at: k) else { return false }
        let w = lead.words
        return w[k - 1].after.contains(",") || k + came < w.count && ["có", "gồm"].contains(w[k + came].lower)
    }
}
