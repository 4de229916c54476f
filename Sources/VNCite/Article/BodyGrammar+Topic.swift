/// A steering committee is named by its task, in small letters: "Ban chỉ đạo quốc gia phòng chống
/// dịch cúm A trên người", "Ban chỉ đạo phòng cháy chữa cháy rừng", "Ban chỉ đạo phát triển du lịch
/// thành phố". The task runs to a mark, a clause's word or verb, a time or a number: "Ban Chỉ đạo
/// quốc gia phòng chống dịch cúm gia cầm ⟨chiều 14/11⟩", "Ban chỉ đạo ⟨đã họp⟩" (no task: no name).
/// A remit after "về" is read apart (`HostReader.remitEnd`).
extension BodyGrammar {
    /// Where the task of a steering committee whose head ends before `k` ends, at most twelve words.
    static func taskEnd(_ lead: LeadWords, from k: Int) -> Int {
        let w = lead.words
        var end = k
        while end < w.count, end - k < 12 {
            let word = w[end]
            if HostReader.notInNames.contains(word.lower) || sentenceTimes.contains(word.lower)
                || isTimeOrNumber(word.text) || notInTasks.contains(word.lower) || word.opensQuote || word.before == "("
                || lead.matchWritten(MeetingWords.held, at: end) != nil || lead.matchWritten(MeetingWords.outcomes, at: end) != nil
                || lead.matchWritten(MeetingWords.sayings, at: end) != nil {
                break
            }
            end += 1
            if !word.after.isEmpty { break }
        }
        return end
    }

    /// Words that end a task: a round or a term ("lần thứ 5", "khóa IX"), a time ("vào chiều 16-1"),
    /// an adverb of the clause's verb ("cũng chỉ ra").
    static let notInTasks: Set<String> = ["lần", "kỳ", "khóa", "khoá", "thứ", "nhiệm", "vào", "cũng", "vẫn", "đều", "lại"]
}
