/// A body named again by its head alone: "Lãnh đạo Cục Đường bộ Việt Nam thông tin, Cục vừa có buổi
/// làm việc với các cơ quan liên quan …" → "Cục Đường bộ Việt Nam".
extension HostReader {
    /// The longer name earlier in the sentence that the bare head at `k` ("Cục", "Sở", "Bộ"), right
    /// before the verbs of the meeting noun at `i`, names again: the last one that starts with the
    /// same word; nil when none does ("Hội vừa tổ chức …" with no "Hội …" before it).
    static func namedAgain(_ lead: LeadWords, head k: Int, noun i: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        guard w[k].isCapitalised, w[k].after.isEmpty, BodyGrammar.head(lead, at: k) == 1, k + 1 < i,
              w[(k + 1)..<i].allSatisfy({ MeetingWords.glue.contains($0.lower) && !$0.isCapitalised && $0.after.isEmpty }) else { return nil }
        return (0..<k).filter { w[$0].text == w[k].text }
            .compactMap { BodyGrammar.read(lead, at: $0, catalog: catalog) }
            .last { $0.count > 1 && $0.upperBound <= k }
    }
}

extension HostReader {
    /// "Tiếp tục chương trình Kỳ họp thứ 10, HĐND thành phố Cần Thơ khóa X, sáng 6/7, HĐND TP tổ chức
    /// phiên chất vấn": a host written as its head and a bare rank ("HĐND TP", "UBND tỉnh") is the
    /// body its sentence named in full with that head and rank ("HĐND thành phố Cần Thơ"); nil when
    /// the sentence names none, or two.
    static func namedInFull(_ host: String, in lead: LeadWords, catalog: Catalog) -> String? {
        let words = host.split(separator: " ")
        guard words.count >= 2, let rank = bareRanks[Catalog.fold(words.dropFirst().joined(separator: " "))] else { return nil }
        let w = lead.words
        let fuller = Set(w.indices.filter { w[$0].text == words[0] }.compactMap { k -> String? in
            guard let r = BodyGrammar.read(lead, at: k, catalog: catalog), r.count > words.count,
                  rankAfterHead(lead, name: r) == rank else { return nil }
            return lead.text(r)
        })
        return fuller.count == 1 ? fuller.first : nil
    }

    /// "Ngày 20/4, tại Hội trường … ⟨xã Thanh Điền⟩, Hội đồng nhân dân (HĐND) xã đã tổ chức …": a host
    /// that ends on a bare rank is of the one place of that rank its sentence names before it (and
    /// none other after it).
    static func placedBefore(_ host: String, in lead: LeadWords) -> String? {
        let words = host.split(separator: " ").map { LeadWords.normal(String($0)) }
        // (Not a level: "… cấp huyện" is any district's.)
        guard words.count >= 2, let rank = [words.suffix(2).joined(separator: " "), words.last!].first(where: placeRanks.contains),
              words.dropLast(rank.split(separator: " ").count).last != "cấp",
              let start = lead.words.indices.first(where: { lead.text($0..<min(lead.words.count, $0 + words.count)) == host }) else { return nil }
        let w = lead.words, length = rank.split(separator: " ").count
        func names(_ range: Range<Int>) -> Set<String> { Set(range.compactMap { k -> String? in
            guard lead.matchesWritten(rank.split(separator: " "), at: k), !w[k].isCapitalised, w[k + length - 1].after.isEmpty else { return nil }
            var end = k + length
            let stop = k < start ? start : lead.words.count
            // (Not into a person's name after it: "huyện Chợ Mới ⟨Lê Trần Minh Hiếu⟩ chủ trì".)
            while end < stop, end - k - length < 4, w[end].isCapitalised, w[end].text.first?.isLetter == true,
                  end == k + length || w[end - 1].after.isEmpty && PersonName.read(lead, at: end) == nil { end += 1 }
            return end > k + length ? lead.text(k..<end) : nil
        }) }
        // (Not when the sentence names another place of that rank after it: "… tại tỉnh Quảng Ninh, …, Chủ
        // tịch UBND tỉnh Trần Duy Đông và đoàn công tác của tỉnh Phú Thọ đã tiếp …".)
        let before = names(0..<start)
        guard before.count == 1, names((start + words.count)..<w.count).isSubset(of: before) else { return nil }
        return host.dropLast(rank.count) + before.first!
    }

    /// The ranks of a place a host may end on (lower case, with marks).
    static let placeRanks: Set<String> = ["xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "tỉnh"]

    /// The rank of the place a name's head word is followed by, in one word or two ("HĐND ⟨thành
    /// phố⟩ Cần Thơ" → "thanh pho"), as `bareRanks` names it.
    static func rankAfterHead(_ lead: LeadWords, name r: Range<Int>) -> String? {
        for length in 1...2 where r.lowerBound + 1 + length <= r.upperBound {
            let words = lead.words[(r.lowerBound + 1)..<(r.lowerBound + 1 + length)].map(\.folded)
            if let rank = bareRanks[words.joined(separator: " ")] { return rank }
        }
        return nil
    }

    /// A place's rank written alone after a head, folded, and the rank it names: "tp" and "thành phố"
    /// are one.
    static let bareRanks = ["tp": "thanh pho", "thanh pho": "thanh pho", "tinh": "tinh", "huyen": "huyen", "quan": "quan",
                            "xa": "xa", "thi xa": "thi xa", "phuong": "phuong"]
}
