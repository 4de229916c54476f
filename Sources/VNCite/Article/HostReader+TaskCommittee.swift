/// A steering committee named by its task, a name that runs on past documents and commas to
/// the verb that holds the meeting.
extension HostReader {
    /// "Sáng ngày 19/01/2022, Ban Chỉ đạo Trung ương tổng kết thực hiện Nghị quyết Trung ương 7
    /// (khóa X) về nông nghiệp, nông dân, nông thôn đã tổ chức Hội nghị trực tuyến …", "Chiều 16-8,
    /// Ban chỉ đạo Trung ương thực hiện thí điểm không tổ chức HĐND huyện, quận, phường, đã tổ chức
    /// Hội nghị …": "Ban Chỉ đạo" (and how far it reaches) opens the clause, a task it was set up for
    /// follows ("tổng kết", "thực hiện", "triển khai" …), and its name runs to "(đã|vừa) tổ chức"
    /// right before the noun — within the sentence, with no other verb of holding, no saying and no
    /// person's name in it. (The grammar's own task, `BodyGrammar.taskEnd`, stops at a bracket, a
    /// term or a comma that pairs nothing, as a name read anywhere must; here the verb bounds it.)
    static func taskCommittee(_ lead: LeadWords, noun i: Int) -> Range<Int>? {
        let w = lead.words
        guard i >= 2, lead.matchesWritten(["tổ", "chức"], at: i - 2) else { return nil }
        var verbs = i - 2
        while verbs > 0, ["đã", "vừa"].contains(w[verbs - 1].lower) { verbs -= 1 }
        // The committee's head opens a clause of the sentence, twenty-five words at most before the verbs.
        guard let start = (max(0, verbs - 25)..<verbs).first(where: { k in
            lead.matchesWritten(["ban", "chỉ", "đạo"], at: k) && (k == 0 || w[k - 1].after.contains(","))
        }) else { return nil }
        var task = start + 3
        while task < verbs, let n = lead.match(reaches, at: task) { task += n }
        guard task < verbs, lead.matchWritten(tasks, at: task) != nil else { return nil }
        let name = start..<verbs
        guard !w[name].contains(where: { $0.after.contains(where: { ".;:!?".contains($0) }) }),
              !name.contains(where: { k in
                  // (Its task may be not to hold one: "thí điểm ⟨không tổ chức⟩ HĐND huyện".)
                  let held = lead.matchWritten(MeetingWords.held, at: k) != nil && w[k - 1].lower != "không"
                  return k >= task && (held || lead.matchWritten(MeetingWords.sayings, at: k) != nil || PersonName.read(lead, at: k) != nil)
              }) else { return nil }
        return start..<verbs
    }

    /// What a steering committee is set up to do, right after its head: "Ban Chỉ đạo ⟨tổng kết⟩ …".
    static let tasks = PhraseTable(["tổng kết", "sơ kết", "thực hiện", "triển khai", "xây dựng"])
}
