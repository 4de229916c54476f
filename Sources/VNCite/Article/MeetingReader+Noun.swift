extension MeetingReader {
    /// The meeting noun written at word `i` of a lead, as the reader looks for it: its words, the noun
    /// they make and its kind. A noun of `MeetingWords.kinds` ("Hội nghị", "kỳ họp"); an event right
    /// after "tổ chức" (`organisedEvent`: "tổ chức sơ kết"); a training when asked (`organisedTraining`);
    /// or a meeting with voters whose topic or count stands inside it (`MeetingWords.votersMet`: "tiếp
    /// xúc chuyên đề với gần 100 cử tri", the noun "tiếp xúc cử tri").
    static func writtenNoun(_ lead: LeadWords, at i: Int, training: Bool) -> (phrase: [Substring], noun: String, kind: String)? {
        if let phrase = lead.matchWritten(MeetingWords.nouns, at: i) ?? organisedEvent(lead, at: i) ?? (training ? organisedTraining(lead, at: i) : nil) {
            let noun = phrase.joined(separator: " ")
            return (MeetingWords.kinds[noun] ?? MeetingWords.organisedEvents[noun] ?? trainings[noun]).map { (phrase, noun, $0) }
        }
        guard let (kind, length) = MeetingWords.votersMet(lead, at: i) else { return nil }
        return (lead.words[i..<(i + length)].map { Substring($0.lower) }, kind, kind)
    }
}
