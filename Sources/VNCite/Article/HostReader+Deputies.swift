/// Deputies of the National Assembly among a lead's words: persons, whose offices name no host.
extension HostReader {
    /// "đại biểu Quốc hội tỉnh …", "ĐBQH": a deputy, a person (not "Đoàn đại biểu", "Tổ đại biểu",
    /// the delegations).
    static func deputy(_ lead: LeadWords, at k: Int) -> Bool {
        (lead.matches(["dai", "bieu"], at: k) || lead.words[k].folded == "dbqh")
            && !(k > 0 && ["doan", "to"].contains(lead.words[k - 1].folded))
    }

    /// "Ngày 28-9, các đại biểu Quốc hội (ĐBQH) X - bí thư Thành ủy, …, Y - phó giám đốc Công an TP.HCM
    /// đã tiếp xúc với cử tri": deputies open the subject, persons acting as deputies, and the list
    /// of them runs to the verb; their other offices hold nothing.
    static func deputiesOpen(_ lead: LeadWords, before i: Int) -> Bool {
        (0..<i).contains { k in
            // (At a clause's start, a subject: not "… đặt ra trước các đại biểu … trong cuộc làm việc".)
            let opening = k > 0 && ["các", "những", "hai", "ba"].contains(lead.words[k - 1].lower) ? k - 1 : k
            return deputy(lead, at: k) && (opening == 0 || lead.words[opening - 1].after.contains(","))
                && !(k..<i).contains { j in
                    lead.words[j].after.contains(where: { ".;:".contains($0) }) || lead.matchWritten(MeetingWords.held, at: j) != nil
                }
        }
    }
}
