/// The days a lead sentence names, as words: "Chiều 13/6", "ngày 25.3", "hôm 10/11".
extension MeetingReader {
    /// "ngày 2/6", "chiều 13-12", "đêm 24/12": a time word written with its marks at `k`, then a day.
    static func timeThenDay(_ lead: LeadWords, at k: Int) -> Bool {
        let w = lead.words
        return k >= 0 && k + 1 < w.count && BodyGrammar.sentenceTimes.contains(w[k].lower) && writtenDay(w[k + 1].text)
    }

    /// "2/6", "13-12", "14-3-2006", and with a point, as some papers write it, "25.3", "19.2.2006" (a day
    /// of a month that exists; not "2.500").
    static func writtenDay(_ text: String) -> Bool {
        guard text.first?.isNumber == true else { return false }
        if text.contains("/") || text.contains("-") { return true }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
              let day = Int(parts[0]), let month = Int(parts[1]) else { return false }
        return (1...31).contains(day) && (1...12).contains(month) && parts[1].count <= 2 && (parts.count == 2 || parts[2].count == 4)
    }

    /// "Chiều 13/6", "ngày 7/6/2023", "hôm 10/11": a day the sentence names.
    static func namesADay(_ lead: LeadWords, before k: Int? = nil) -> Bool {
        lead.words.indices.prefix(k ?? lead.words.count).dropLast().contains { i in
            MeetingDate.dayWords.contains(lead.words[i].folded) && writtenDay(lead.words[i + 1].text)
        }
    }
}
