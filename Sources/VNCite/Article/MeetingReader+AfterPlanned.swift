/// The sentence after one that plans a meeting's holding: what the planned meeting will do.
extension MeetingReader {
    /// "… sẽ chính thức diễn ra từ chiều nay": "sẽ" before the verb of holding itself (not "sẽ là mục
    /// tiêu thảo luận của hội nghị … khai mạc hôm nay", where the holding is today's).
    static func willHold(_ lead: LeadWords) -> Bool {
        lead.words.indices.contains { k in
            lead.words[k].lower == "sẽ" && ((k + 1)..<min(lead.words.count, k + 4)).contains { j in
                lead.matchWritten(openedOrClosed, at: j) != nil || lead.matchesWritten(["tổ", "chức"], at: j) || lead.words[j].lower == "họp"
            }
        }
    }

    /// "Hội nghị toàn quốc công tác văn phòng … sẽ triển khai những nhiệm vụ …. ⟨Sáng 28/9 tại Hà Nội,
    /// Văn phòng Trung ương Đảng tổ chức Hội nghị …⟩": a summary that tells what the meeting will do
    /// (`tellsWhatItWillDo`), before a lead sentence that opens on its day, announces no meeting to come.
    /// (The next sentence is cut into words only after this one tells what the meeting will do.)
    static func summarisesAhead(_ lead: LeadWords, next: Range<Int>?, in text: CleanText) -> Bool {
        guard let next, tellsWhatItWillDo(lead) else { return false }
        return MeetingDate.opensOnADay(LeadWords(text, next))
    }

    /// After a sentence that plans the holding (`willHold`), the next that opens on a meeting's noun,
    /// with no day, no "đã" and no opening or close of its own, tells what the planned one will do:
    /// "Đại hội Công đoàn tỉnh … sẽ chính thức diễn ra từ chiều nay 21/9 đến 23/9. ⟨Đại hội tổng kết,
    /// đánh giá …⟩" (not "Cuộc họp kết thúc sau 3 ngày …").
    static func tellsWhatItWillDo(_ lead: LeadWords) -> Bool {
        lead.matchWritten(MeetingWords.nouns, at: 0) != nil && !saysHeld(lead) && !placed(lead, before: lead.words.count)
            && !lead.words.indices.contains { lead.matchWritten(openedOrClosed, at: $0) != nil }
    }

    /// "Tại phiên họp, Ủy ban Pháp luật của Quốc hội sẽ họp thẩm tra các dự án …" under the title
    /// "Ủy ban Pháp luật … khai mạc Phiên họp toàn thể lần thứ 6": a sentence that opens at the
    /// meeting ("Tại phiên họp (này),") and tells what it will do is its agenda, not a meeting to come.
    static func tellsTheAgenda(_ lead: LeadWords) -> Bool {
        guard lead.matchesWritten(["tại"], at: 0), let (_, length) = MeetingWords.noun(lead, at: 1) else { return false }
        let end = lead.words.count > 1 + length && lead.words[1 + length].lower == "này" ? 2 + length : 1 + length
        return lead.words[end - 1].after == ","
    }

    /// Verbs that say a meeting opened, took place or closed: "khai mạc", "diễn ra", "kết thúc" ….
    static let openedOrClosed = PhraseTable(["khai mạc", "bế mạc", "diễn ra", "khép lại", "kết thúc"])
}
