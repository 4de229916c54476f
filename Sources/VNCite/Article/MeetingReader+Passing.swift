/// A meeting noun after two words that mention it in passing.
extension MeetingReader {
    /// "một số cuộc họp", "trước thềm cuộc họp OPEC" (`MeetingWords.passing`, two words); and the
    /// meeting the news came after, when the sentence goes on to hold another: "ngay sau khi bế mạc
    /// Kỳ họp thứ 12, Thường trực HĐND tỉnh tổ chức họp báo …" reports the press conference.
    static func mentionedInPassing(_ lead: LeadWords, noun i: Int) -> Bool {
        if adoptedACitedDocument(lead, noun: i) || sittingOfAMeetingNamedNext(lead, noun: i) { return true }
        let w = lead.words
        guard i > 1, w[i - 1].after.isEmpty, w[i - 2].after.isEmpty else { return false }
        if MeetingWords.passing.contains(w[i - 2].folded + " " + w[i - 1].folded) { return true }
        let closed = lead.matches(["be", "mac"], at: i - 2) || lead.matches(["ket", "thuc"], at: i - 2)
        guard closed, lead.matches(["sau"], at: i - 3) || i > 3 && lead.matches(["sau", "khi"], at: i - 4),
              let kind = MeetingWords.noun(lead, at: i)?.kind else { return false }
        // (Only when the sentence goes on to hold a meeting of another kind: "ngay sau kết thúc cuộc
        // họp …, ông X khẳng định …" reports what was said at the one it closed.)
        return (i + 3..<w.count).contains { k in
            lead.matches(["to", "chuc"], at: k - 2) && MeetingWords.noun(lead, at: k).map { $0.kind != kind } == true
        }
    }

    /// "… thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung
    /// ương …", "Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5": the meeting that
    /// adopted a document the sentence cites by its number or date, not one the sentence reports.
    static func adoptedACitedDocument(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        guard i > 2, w[i - 1].lower == "của", w[i - 2].after.isEmpty else { return false }
        var numbered = false
        for k in stride(from: i - 2, through: max(0, i - 16), by: -1) {
            if k < i - 2, w[k].after.contains(where: { ".;:".contains($0) }) { return false }
            if w[k].text.contains(where: \.isNumber) { numbered = true }
            if lead.matchWritten(citedDocuments, at: k) != nil { return numbered }
        }
        return false
    }

    /// The document types whose numbered citation names the meeting that adopted them.
    static let citedDocuments: [[Substring]] = [["nghị", "quyết"], ["kết", "luận"], ["chỉ", "thị"], ["quy", "định"],
                                                ["thông", "báo"], ["quyết", "định"], ["hướng", "dẫn"]]

    /// "Kết luận phiên thảo luận của Hội nghị ĐBQH chuyên trách …": a sitting of the meeting named
    /// after it; that meeting is the one reported.
    static func sittingOfAMeetingNamedNext(_ lead: LeadWords, noun i: Int) -> Bool {
        guard let (kind, length) = MeetingWords.noun(lead, at: i), MeetingWords.sittings.contains(kind),
              i + length + 1 < lead.words.count, lead.words[i + length].lower == "của" else { return false }
        return MeetingWords.noun(lead, at: i + length + 1) != nil
    }
}
