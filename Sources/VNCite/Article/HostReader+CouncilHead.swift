/// A member of the Government who chairs as the head of a council or a committee.
extension HostReader {
    /// "Phó Thủ tướng Trần Lưu Quang - Chủ tịch Hội đồng thẩm định Quy hoạch Lâm nghiệp quốc gia chủ
    /// trì phiên họp" → "Hội đồng thẩm định Quy hoạch Lâm nghiệp quốc gia", not "Chính phủ": the
    /// second office, heading a council, a committee or a steering board, is the one chaired in.
    /// Its name is what the grammar reads, or else every word up to "(đã) chủ trì" (twelve at most),
    /// which bounds a name written in small letters ("Hội đồng thẩm định …").
    static func councilHeaded(_ lead: LeadWords, in range: Range<Int>, catalog: Catalog) -> String? {
        let w = lead.words
        for k in range where w[k].isCapitalised && lead.matchWritten(councilHeads, at: k) != nil {
            let name = w[k].lower == "trưởng" ? k + 1 : k + 2
            var body = BodyGrammar.read(lead, at: name, catalog: catalog, afterOffice: true)
            if let verb = (name..<min(w.count, name + 13)).first(where: { lead.matches(["chu", "tri"], at: $0) }) {
                let end = verb > name && w[verb - 1].lower == "đã" ? verb - 1 : verb
                // (Or read short, small words running on to the verb: "Hội đồng tư ⟨vấn đặc xá⟩ chủ trì" — not
                // its adverbs: "… tỉnh Bình Định ⟨đồng⟩ chủ trì".)
                let runsOn = body.map { b in
                    b.upperBound < end && w[b.upperBound..<end].allSatisfy { !$0.isCapitalised && !notInNames.contains($0.lower) && !MeetingWords.glue.contains($0.lower) }
                } ?? true
                if runsOn, end - name >= 3, !w[name..<(end - 1)].contains(where: { !$0.after.isEmpty }) { body = name..<end }
            }
            guard let body else { continue }
            let folded = Catalog.fold(lead.text(body))
            if councilBodies.contains(where: { folded.hasPrefix($0) }), !folded.hasPrefix("uy ban nhan dan") { return lead.text(body) }
        }
        return nil
    }

    /// "Chủ tịch Hội đồng tư ⟨vấn đặc xá⟩ chủ trì": the council the office at `k` heads, when the grammar
    /// reads its name short ("Hội đồng tư") and small letters run on to the verb; nil otherwise.
    static func councilReadShort(_ lead: LeadWords, office k: Int, catalog: Catalog) -> String? {
        guard lead.matchWritten(councilHeads, at: k) != nil,
              let short = BodyGrammar.read(lead, at: lead.words[k].lower == "trưởng" ? k + 1 : k + 2, catalog: catalog, afterOffice: true),
              let council = councilHeaded(lead, in: k..<(k + 1), catalog: catalog), council != lead.text(short) else { return nil }
        return council
    }

    /// The head of a council or a committee, by the words that open the office.
    static let councilHeads = PhraseTable(["chủ tịch hội đồng", "trưởng ban chỉ đạo", "chủ tịch ủy ban", "chủ tịch uỷ ban"])

    /// The bodies, folded, that `councilHeaded` names.
    static let councilBodies = ["hoi dong ", "ban chi dao ", "uy ban "]
}
