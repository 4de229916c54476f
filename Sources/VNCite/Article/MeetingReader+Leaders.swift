/// A reception or a working session held by a place's leaders, with no one body named.
extension MeetingReader {
    /// "Chiều 27/10, lãnh đạo tỉnh đã tiếp Đoàn đại biểu cấp cao tỉnh Attapư", "Lãnh đạo huyện Tuy
    /// An làm việc với …": the leaders of a province, a district or a commune (its name may follow),
    /// then the verb — a meeting held, whose body the words do not say.
    static func heldByAPlacesLeaders(_ lead: LeadWords, clause: Int, verb i: Int) -> Bool {
        let w = lead.words
        guard lead.matchesWritten(["lãnh", "đạo"], at: clause), let level = lead.matchWritten(placeLevels, at: clause + 2) else { return false }
        var k = clause + 2 + level.count
        // (Its name: "lãnh đạo tỉnh ⟨Đắk Lắk⟩".)
        while k < i, w[k].isCapitalised, w[k - 1].after.isEmpty { k += 1 }
        return k <= i && w[clause..<i].allSatisfy { $0.after.isEmpty } && w[k..<i].allSatisfy { pastMarks.contains($0.lower) }
    }

    /// The levels of a place whose leaders are named by it: "lãnh đạo tỉnh", "lãnh đạo thành phố".
    static let placeLevels = PhraseTable(["tỉnh", "huyện", "thành phố", "thị xã", "quận", "xã", "phường", "thị trấn"])

    /// Words between a subject and its verb that only place it in the past.
    static let pastMarks: Set<String> = ["đã", "vừa", "cũng", "đến", "về"]
}
