/// A steering committee is named by its task, in small letters: "Ban chỉ đạo quốc gia phòng chống
/// dịch cúm A trên người", "Ban chỉ đạo phòng cháy chữa cháy rừng", "Ban chỉ đạo phát triển du lịch
/// thành phố", "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh"; or by a number: "Ban Chỉ đạo
/// 389 tỉnh". The task runs to a mark, a clause's word or verb, the verb's manner, a time or a
/// number: "Ban Chỉ đạo quốc gia phòng chống dịch cúm gia cầm ⟨chiều 14/11⟩", "Ban chỉ đạo Tổng
/// điều tra xã Phú Lộc ⟨long trọng⟩ tổ chức", "Ban chỉ đạo ⟨đã họp⟩" (no task: no name).
/// A remit after "về" is read apart (`HostReader.remitEnd`).
extension BodyGrammar {
    /// Where the task of a steering committee whose head ends before `k` ends, at most twelve words.
    static func taskEnd(_ lead: LeadWords, from k: Int) -> Int {
        let w = lead.words
        var end = k
        // "Ban Chỉ đạo 389 tỉnh": a committee known by the number of the decision that set it up.
        if k < w.count, w[k - 1].after.isEmpty, !w[k].text.isEmpty, w[k].text.allSatisfy(\.isNumber), w[k].after.isEmpty {
            end += 1
        }
        while end < w.count, end - k < 12 {
            let word = w[end]
            // ("Ban Chỉ đạo xây dựng ⟨đề án⟩": a scheme, not the "đề" of "đề nghị".)
            let scheme = word.lower == "đề" && end + 1 < w.count && ["án", "tài"].contains(w[end + 1].lower)
            // ("Ban Chỉ đạo Trung ương tổng kết việc thực hiện Nghị quyết ⟨số 18-NQ/TW⟩": the number of
            // the document its task names.)
            if let number = documentNumber(lead, at: end) { end = number; continue }
            // ("Ban Chỉ đạo ngày “Biên phòng toàn dân” huyện Long Điền": the quoted name of the day or
            // the campaign its task names.)
            if let close = quotedCampaign(lead, at: end) { end = close; continue }
            // ("… Ủy viên Ban chỉ đạo ⟨làm Trưởng đoàn⟩ đã có buổi làm việc": who led, no task.)
            if word.lower == "làm", lead.match(leadersOfDelegations, at: end + 1) != nil || MeetingWords.office(lead, at: end + 1) != nil {
                break
            }
            if HostReader.notInNames.contains(word.lower) && !scheme || sentenceTimes.contains(word.lower)
                || isTimeOrNumber(word.text) || notInTasks.contains(word.lower) || word.opensQuote || word.before == "("
                || lead.matchWritten(MeetingWords.held, at: end) != nil || lead.matchWritten(MeetingWords.outcomes, at: end) != nil
                || lead.matchWritten(MeetingWords.sayings, at: end) != nil || lead.matchWritten(manners, at: end) != nil {
                break
            }
            end += 1
            // ("Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh": the commas of its task's pairs, and
            // their second halves whatever their words: "kinh tế tập thể, ⟨hợp tác xã⟩".)
            if !word.after.isEmpty {
                guard HostReader.pairedWithComma(lead, end - 1) else { break }
                end += HostReader.secondHalf(lead, after: end - 1) ?? 0
            }
        }
        return end
    }

    /// Past "(số) 18", "18-NQ/TW" right after a document's kind ("Nghị quyết", "Chỉ thị", "Kết luận",
    /// "Đề án" …) in a task, if one stands at `k`.
    static func documentNumber(_ lead: LeadWords, at k: Int) -> Int? {
        let w = lead.words
        guard k >= 2, w[k - 1].after.isEmpty, lead.matchWritten(taskDocuments, at: k - 2) != nil else { return nil }
        let n = lead.matchesWritten(["số"], at: k) ? k + 1 : k
        guard n < w.count, w[n].text.first?.isNumber == true else { return nil }
        return n + 1
    }

    /// Past "ngày", "(cuộc vận) động", "(phong) trào" at `k` in a task and the quoted name after
    /// it, closed within ten words with nothing but the quote after it.
    static func quotedCampaign(_ lead: LeadWords, at k: Int) -> Int? {
        let w = lead.words
        guard k + 1 < w.count, ["ngày", "động", "trào"].contains(w[k].lower), w[k].after.isEmpty, w[k + 1].opensQuote,
              let close = ((k + 1)..<min(w.count, k + 11)).first(where: { w[$0].closesQuote }),
              w[close].after.allSatisfy({ $0 == "”" || $0 == "\"" }), !w[(k + 1)..<close].contains(where: { !$0.after.isEmpty }) else { return nil }
        return close + 1
    }

    static let taskDocuments = ["nghị quyết", "chỉ thị", "kết luận", "đề án", "chương trình", "quyết định"].phrases

    /// Words that end a task: a round or a term ("lần thứ 5", "khóa IX"), a time ("vào chiều 16-1"),
    /// an adverb of the clause's verb ("cũng chỉ ra").
    static let notInTasks: Set<String> = ["lần", "kỳ", "khóa", "khoá", "thứ", "nhiệm", "vào", "cũng", "vẫn", "đều", "lại"]
}
