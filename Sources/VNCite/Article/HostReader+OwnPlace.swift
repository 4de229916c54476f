/// The place a body belongs to, named after "của": "Hội đồng Thi đua - Khen thưởng của tỉnh".
extension HostReader {
    /// "tỉnh", "thành phố Huế", "huyện Phú Lộc" at `k`: the place a body after "của" belongs to
    /// ("Hội đồng Thi đua - Khen thưởng ⟨của tỉnh⟩"), with its name when one is written.
    static func ownPlace(_ lead: LeadWords, at k: Int) -> Range<Int>? {
        let w = lead.words
        guard k < w.count, let n = lead.matchWritten(ownPlaces, at: k), w[k + n - 1].after.isEmpty || k + n == w.count else { return nil }
        var end = k + n
        while end < w.count, w[end - 1].after.isEmpty, w[end].isCapitalised, !BodyGrammar.sentenceTimes.contains(w[end].lower) { end += 1 }
        return k..<end
    }

    /// The ranks of the places a body may belong to after "của".
    static let ownPlaces: [[Substring]] = ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường"].phrases
}
