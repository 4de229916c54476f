/// A sentence that tells what a document prescribes, not what was done.
extension MeetingReader {
    /// "Nghị định nêu rõ, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ chủ trì … tổ chức họp báo …",
    /// "Theo quy định, các bộ tổ chức họp báo định kỳ", "Theo Nghị định 09/2017/NĐ-CP, …": a meeting
    /// it names is one the rule asks for. The sentence opens on a document's type (after "Theo", up to
    /// a comma within eight words; else followed within six by "nêu rõ", "quy định", "yêu cầu", "ghi rõ").
    static func prescribes(_ lead: LeadWords) -> Bool {
        let w = lead.words
        let according = lead.matchesWritten(["theo"], at: 0)
        let start = according ? 1 : 0
        guard let kind = lead.matchWritten(prescribingDocuments, at: start) else { return false }
        let after = start + kind.count
        if according {
            return (start..<min(w.count, start + 8)).contains { w[$0].after.contains(",") }
        }
        // (Its number and an aside in brackets not counted: "Nghị quyết 101/2025/UBTVQH15 ⟨(gọi tắt là Nghị
        // quyết 101)⟩ quy định chi tiết, hướng dẫn việc tổ chức hội nghị cử tri".)
        let outside = (after..<w.count).lazy.filter { !lead.inBrackets($0) }.prefix(6)
        return outside.contains { lead.matchWritten(prescribing, at: $0) != nil }
    }

    /// Types of documents that prescribe: the host reader's documents (`HostReader.documentWords`) and
    /// a few more.
    static let prescribingDocuments = PhraseTable(
        HostReader.documentWords + ["quyết định", "bộ luật", "quy định", "quy chế", "công điện", "dự thảo"])

    /// The verbs a document prescribes by.
    static let prescribing = PhraseTable(["nêu rõ", "quy định", "yêu cầu", "ghi rõ"])
}

extension MeetingReader {
    /// "đã ban hành Kế hoạch số 1970/KH-SVHTTDL tổ chức tọa đàm kỷ niệm …": the meeting a document
    /// numbered right before "tổ chức" plans (as "Kế hoạch tổ chức …" does, `MeetingWords.planned`).
    static func namedByANumberedPlan(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        guard i >= 4, lead.matchesWritten(["tổ", "chức"], at: i - 2), w[i - 3].after.isEmpty, w[i - 3].text.contains("/"),
              w[i - 3].text.first?.isNumber == true else { return false }
        let number = lead.matchesWritten(["số"], at: i - 4) ? i - 4 : i - 3
        return (max(0, number - 3)..<number).contains { k in
            lead.matchWritten(MeetingPlace.documents, at: k).map { k + $0.count == number } == true
        }
    }
}
