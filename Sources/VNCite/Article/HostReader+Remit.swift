/// A committee named by its remit, written in small letters after "về": "Ban chỉ đạo quốc gia
/// ⟨về phòng chống dịch cúm gia cầm⟩ đã họp giao ban", "phiên họp toàn thể lần thứ 8 Ban Chỉ đạo
/// quốc gia ⟨về CNTT⟩ vừa được tổ chức", "Ban Chỉ đạo Trung ương ⟨về phòng, chống tham nhũng⟩",
/// "Ủy ban ⟨về các vấn đề xã hội của Quốc hội⟩ đã tổ chức Hội nghị".
extension HostReader {
    /// Where the remit that finishes the committee `name` ends; nil when none follows. The name is
    /// a committee's head with no more than its reach ("quốc gia", "Trung ương"); the remit opens
    /// on "về" (not a verb: "về thăm", nor "về việc") and runs to a clause's word or verb ("…
    /// tham nhũng ⟨họp⟩ phiên thứ 25"), with no punctuation but the commas of "phòng, chống" and
    /// "tham nhũng, tiêu cực", ten words at most after "về".
    static func remitEnd(_ lead: LeadWords, name: Range<Int>) -> Int? {
        let w = lead.words
        let about = name.upperBound
        // (Its standing members' too: "Thường trực Ban Chỉ đạo Trung ương ⟨về phòng, chống tham nhũng⟩".)
        let committee = name.lowerBound + (lead.matches(["thuong", "truc"], at: name.lowerBound) ? 2 : 0)
        guard let head = lead.match(committees, at: committee), about + 1 < w.count,
              w[about].lower == "về", lead.matchWritten(notRemits, at: about + 1) == nil, w[about - 1].after.isEmpty else { return nil }
        var k = committee + head
        while k < name.upperBound, let n = lead.match(reaches, at: k) { k += n }
        guard k == name.upperBound else { return nil }
        // (Its own words that read as verbs elsewhere: "… về ⟨các tổ chức⟩ phi ⟨chính⟩ phủ nước ngoài",
        // organisations and a government, no verb of holding nor "chính thức".)
        func ownWords(_ k: Int) -> Bool {
            let open = w[k].lower == "chức" ? k - 1 : k
            return open >= 1 && lead.matchesWritten(["tổ", "chức"], at: open) && ["các", "những"].contains(w[open - 1].lower)
                || lead.matchesWritten(["chính", "phủ"], at: k)
        }
        var end = about + 1
        while end < min(w.count, about + 11), w[end - 1].after.isEmpty || pairedWithComma(lead, end - 1),
              !notInNames.contains(w[end].lower) || ["và", "ở", "của"].contains(w[end].lower) || lead.matchesWritten(["vấn", "đề"], at: end - 1),
              !MeetingWords.glue.contains(w[end].lower) && lead.matchWritten(MeetingWords.held, at: end) == nil || ownWords(end) {
            end += 1
        }
        // (A remit ends on a word of its own, not on a joiner: "… về X và" → "… về X".)
        while end > about + 1, ["và", "ở", "của"].contains(w[end - 1].lower) { end -= 1 }
        return end > about + 1 ? end : nil
    }

    /// The name with its remit, when one follows.
    static func withRemit(_ lead: LeadWords, _ name: Range<Int>) -> Range<Int> {
        let named = remitEnd(lead, name: name).map { name.lowerBound..<$0 } ?? name
        return named.lowerBound..<(secondScourge(lead, name: named) ?? named.upperBound)
    }

    /// "Ban chỉ đạo phòng chống SARS ⟨và cúm gia cầm⟩ chiều 2/11": a committee against a scourge
    /// named with a second one, in small letters after "và", up to the time, a mark or a clause's
    /// word (four words at most); where that name ends, or nil.
    static func secondScourge(_ lead: LeadWords, name: Range<Int>) -> Int? {
        let w = lead.words
        let and = name.upperBound
        guard lead.match(committees, at: name.lowerBound) != nil, and + 1 < w.count, w[and].lower == "và", w[and - 1].after.isEmpty,
              name.contains(where: { lead.matches(["phong", "chong"], at: $0) || lead.matches(["phong", "dich"], at: $0) }),
              !w[and + 1].isCapitalised else { return nil }
        var end = and + 1
        while end < min(w.count, and + 5), w[end - 1].after.isEmpty, !notInNames.contains(w[end].lower),
              !MeetingWords.glue.contains(w[end].lower), !BodyGrammar.sentenceTimes.contains(w[end].lower) {
            end += 1
        }
        return end > and + 1 ? end : nil
    }

    /// Words after "về" that make it a verb or what a body did something about, not a remit:
    /// "về việc", "về thăm và làm việc với", "về công tác tại", "về nước" (not "về công nghệ thông
    /// tin", "về dự án …").
    static let notRemits = PhraseTable(["việc", "thăm", "làm việc", "dự hội", "kiểm tra", "công tác", "nước", "quê", "đến", "tới"])

    /// Heads of committees named by what they are for.
    static let committees: [[Substring]] = ["ban chi dao", "uy ban", "ub", "hoi dong", "tieu ban"].phrases

    /// How far a committee reaches, between its head and its remit; or that it works for it ("Ủy ban
    /// ⟨công tác⟩ về các tổ chức phi chính phủ nước ngoài").
    static let reaches: [[Substring]] = ["quoc gia", "trung uong", "nha nuoc", "lien nganh", "dac nhiem", "tinh", "thanh pho", "cong tac"].phrases
}
