/// A member of the Government who chairs as the head of a council or a committee.
extension HostReader {
    /// "Phó Thủ tướng Trần Lưu Quang - Chủ tịch Hội đồng thẩm định Quy hoạch Lâm nghiệp quốc gia chủ
    /// trì phiên họp" → "Hội đồng thẩm định Quy hoạch Lâm nghiệp quốc gia", not "Chính phủ": the
    /// second office, heading a council, a committee or a steering board, is the one chaired in.
    /// Its name is what the grammar reads, or else every word up to "(đã) chủ trì" (twelve at most),
    /// which bounds a name written in small letters ("Hội đồng thẩm định …"); or, read short by the
    /// grammar, small words running on to the verb ("Hội đồng tư ⟨vấn đặc xá⟩ chủ trì"). With
    /// `readShortOnly`, only a name so run on: the office at the head of any list says which body
    /// ("Chủ tịch Hội đồng tư vấn đặc xá chủ trì"), where `officeBody` would read "Hội đồng tư".
    static func councilHeaded(_ lead: LeadWords, in range: Range<Int>, catalog: Catalog, readShortOnly: Bool = false) -> String? {
        let w = lead.words
        for k in range where w[k].isCapitalised && lead.matchWritten(councilHeads, at: k) != nil {
            let name = w[k].lower == "trưởng" ? k + 1 : k + 2
            let read = BodyGrammar.read(lead, at: name, catalog: catalog, afterOffice: true)
            var body = read
            if let verb = (name..<min(w.count, name + 13)).first(where: { lead.matches(["chu", "tri"], at: $0) }) {
                let end = verb > name && w[verb - 1].lower == "đã" ? verb - 1 : verb
                // (Not the verb's adverbs: "… tỉnh Bình Định ⟨đồng⟩ chủ trì".)
                let runsOn = body.map { b in
                    b.upperBound < end && w[b.upperBound..<end].allSatisfy { !$0.isCapitalised && !notInNames.contains($0.lower) && !MeetingWords.glue.contains($0.lower) }
                } ?? true
                if runsOn, end - name >= 3, !w[name..<(end - 1)].contains(where: { !$0.after.isEmpty }) { body = name..<end }
            }
            guard let body, !readShortOnly || read.map({ $0 != body }) == true else { continue }
            let folded = Catalog.fold(lead.text(body))
            if councilBodies.contains(where: { folded.hasPrefix($0) }), !folded.hasPrefix("uy ban nhan dan") { return lead.text(body) }
        }
        return nil
    }

    /// The head of a council or a committee, by the words that open the office.
    static let councilHeads = PhraseTable(["chủ tịch hội đồng", "trưởng ban chỉ đạo", "chủ tịch ủy ban", "chủ tịch uỷ ban"])

    /// The bodies, folded, that `councilHeaded` names.
    static let councilBodies = ["hoi dong ", "ban chi dao ", "uy ban "]
}
