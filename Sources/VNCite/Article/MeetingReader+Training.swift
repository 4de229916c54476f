/// A training course that the article goes on to call a conference.
extension MeetingReader {
    /// What a training is, once the article calls it a conference.
    static let trainings = ["tập huấn": "hội nghị"]
    static let trainingNouns = PhraseTable(trainings.keys.sorted())
    /// "tổ chức" and a training's word, folded, as the bytes a lead sentence is searched for.
    static let trainingNeedles = trainings.keys.map { Array(("to chuc " + Catalog.fold($0)).utf8) }
    static let conferenceNeedles = ByteNeedles(["hoi nghi"])

    /// A meeting that no sentence of the lead reports held: placed later (`placedLater`), told before
    /// it (`toldBefore`), or a training the article calls a conference.
    static func reportedOtherwise(_ text: CleanText, lead: MeetingLead.Lead, catalog: Catalog) -> (Meeting, LeadWords, Range<Int>)? {
        placedLater(text, lead: lead, catalog: catalog) ?? toldBefore(text, lead: lead, catalog: catalog)
            ?? trainingCalledAConference(text, lead: lead, catalog: catalog)
    }

    /// "Ngày 24/8, Sở Lao động – Thương binh và Xã hội phối hợp với UBND huyện Quỳnh Phụ tổ chức tập
    /// huấn kiến thức bảo vệ, chăm sóc trẻ em …" then "Thông qua hội nghị giúp cán bộ …": a training
    /// that a body organised, in the lead's first two sentences, is a conference when a later
    /// sentence calls it one ("Hội nghị tập huấn" under its photo). A training left so ("Sở Tài
    /// nguyên và Môi trường … tổ chức tập huấn kiến thức về biến đổi khí hậu …", and no more) is a
    /// course, no meeting.
    static func trainingCalledAConference(_ text: CleanText, lead: MeetingLead.Lead, catalog: Catalog) -> (Meeting, LeadWords, Range<Int>)? {
        for range in lead.body.prefix(2) where trainingNeedles.contains(where: { MeetingLead.contains(text.fold, range, $0) }) {
            let words = LeadWords(text, range)
            guard let (found, next) = meeting(in: words, catalog: catalog, training: true), found.host != nil,
                  calledAConference(text, after: range) else { continue }
            return (found, words.prefix(next), range)
        }
        return nil
    }

    /// "tập huấn" right after "tổ chức" ("đã tổ chức tập huấn kiến thức …"), read only when asked.
    static func organisedTraining(_ lead: LeadWords, at i: Int) -> [Substring]? {
        guard organisingVerb(lead, before: i) == i - 2 else { return nil }
        return lead.matchWritten(trainingNouns, at: i)
    }

    /// A later sentence that names the meeting "hội nghị" and no other: "Thông qua hội nghị giúp cán
    /// bộ …", "Hội nghị tập huấn" (not "các hội nghị", "Nghị quyết Hội nghị Trung ương 4", "tại Hội
    /// nghị Ban Chấp hành …").
    static func calledAConference(_ text: CleanText, after range: Range<Int>) -> Bool {
        MeetingLead.sentences(of: text, holdingAny: conferenceNeedles, atWordStart: true, from: range.upperBound).contains { sentence in
            let words = LeadWords(text, sentence)
            let w = words.words
            return w.indices.contains { k in
                guard words.matchesWritten(["hội", "nghị"], at: k) else { return false }
                if k > 0, MeetingWords.many.contains(w[k - 1].folded) || w[k - 1].lower == "quyết" { return false }
                return k + 2 == w.count || !w[k + 2].isCapitalised || words.matchesWritten(["tập", "huấn"], at: k + 2)
            }
        }
    }
}
