/// A meeting the lead's first sentence tells without its noun, named by the second.
extension MeetingReader {
    /// "Ngày 8-4, tại Hà Nội, Ban Tôn giáo Chính phủ đã triển khai nghị định … tới các vị chức sắc
    /// các tổ chức tôn giáo. Theo TTXVN, hội nghị giới thiệu những nội dung cơ bản của nghị định …":
    /// a "hội nghị" of "Ban Tôn giáo Chính phủ" on the first sentence's day. Only when the first
    /// sentence names a day, today or a time just past ("hôm qua") and opens on the body that did it
    /// (then "đã"), and
    /// the second names the meeting by its noun alone, not as one to come.
    static func toldBefore(_ text: CleanText, lead: MeetingLead.Lead, catalog: Catalog) -> (Meeting, LeadWords, Range<Int>)? {
        guard lead.body.count == 2, MeetingLead.mayHoldMeeting(text, lead.body[1]) else { return nil }
        let first = LeadWords(text, lead.body[0])
        let second = LeadWords(text, lead.body[1]).partsAtOutletMark.last!
        guard namesADay(first) || MeetingWords.saysATime(first),
              second.words.last?.after.contains("?") != true,
              let noun = HostReader.bareNoun(second) else { return nil }
        let end = clauseEnd(second, from: noun.at + noun.length, toSubject: true)
        guard !planned(second, noun: noun.at, end: clauseEnd(second, from: noun.at + noun.length)),
              let host = HostReader.previousSubject(first, meeting: second, kind: noun.kind, catalog: catalog) else { return nil }
        return (Meeting(kind: noun.kind, what: second.text(noun.at..<end), host: host), second, lead.body[1])
    }
}
