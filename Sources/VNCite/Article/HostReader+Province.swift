/// A province, a district or a commune that held a meeting itself, written with its rank.
extension HostReader {
    /// "Sáng 30-4, tỉnh Thừa Thiên-Huế đã long trọng tổ chức lễ khánh thành …", "Hôm qua, …, thành
    /// phố Hà Nội đã tổ chức lễ mít tinh", "Chiều qua, TP HCM tổ chức hội nghị tổng kết", "Sáng 27.4,
    /// TP.HCM đã long trọng tổ chức mít tinh" (not "Hà Nội" alone, with no rank): the province's
    /// rank and name open the clause (or its leaders': "lãnh đạo tỉnh Quảng Ngãi đã tổ chức mít
    /// tinh"), then nothing but the verbs before the noun. The clause before it, if any, tells when,
    /// where or on what occasion ("Sáng nay, nhân ngày quốc tế thiếu nhi 1/6, thành phố Hà Nội đã tổ
    /// chức lễ tuyên dương"): not the end of an address ("tại thôn Hậu Kiên, …, huyện Triệu Phong,
    /// tỉnh Quảng Trị đã tổ chức") nor of a body's name ("Thường vụ huyện ủy Tân Phú, tỉnh Đồng Nai
    /// đã họp").
    static func provinceSubject(_ lead: LeadWords, noun i: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        var clause = clauseStart(lead, before: i)
        // ("DNTH: Tối 31/8 huyện Nghi Xuân (Hà Tĩnh) long trọng tổ chức Lễ kỷ niệm …": past its time with no
        // comma after it.)
        if clause + 2 < i, BodyGrammar.sentenceTimes.contains(w[clause].lower), w[clause + 1].text.first?.isNumber == true,
           w[clause + 1].after.isEmpty { clause += 2 }
        // ("Chiều nay, lãnh đạo thành phố Hà Nội đã tổ chức cuộc họp khẩn": its leaders for it.)
        let start = lead.matchesWritten(["lãnh", "đạo"], at: clause) ? clause + 2 : clause
        if clause > 0 {
            let before = clauseStart(lead, before: clause - 1)
            guard BodyGrammar.sentenceTimes.contains(w[before].lower) || ["tại", "nhân"].contains(w[before].lower)
                    || lead.matchWritten(MeetingWords.times, at: before) != nil else { return nil }
        }
        // ("TP.HCM", "TPHCM": the rank written into the name.)
        let local = lead.matchWritten(localRanks, at: start)?.count
        let rank = local ?? (lead.matchesWritten(["thành", "phố"], at: start) ? 2
            : ["tỉnh", "tp"].contains(w[start].lower) ? 1 : w[start].folded.hasPrefix("tp") ? 0 : -1)
        guard rank >= 0, start + rank < i else { return nil }
        var end = start + rank
        while end < i, end - start - rank < 4, w[end].isCapitalised, w[end].before.isEmpty, end == start || w[end - 1].after.isEmpty { end += 1 }
        // ("xã Bồ Đề (Bình Lục) đã long trọng tổ chức lễ …": its district in brackets.)
        var verbs = end
        while local != nil, verbs < i, lead.inBrackets(verbs) || w[verbs].before.hasPrefix("(") { verbs += 1 }
        // ("huyện Thanh Oai ⟨cùng các chủ đầu tư⟩ tổ chức Lễ khởi công": who came with it.)
        if let with = (verbs..<i).first(where: { w[$0..<i].allSatisfy { MeetingWords.glue.contains($0.lower) } }),
           companions(lead, verbs..<with) {
            verbs = with
        }
        guard end > start + rank, end < i, w[end - 1].after.isEmpty || verbs > end, rank > 0 || end == start + 1,
              // A district or a commune by its name alone, Vietnamese words, as no catalogue lists them.
              local != nil ? w[(start + rank)..<end].allSatisfy(\.isVietnamese) && end - start - rank <= 3
                  : [start, start + rank].contains(where: { catalog.startsWithProvince(w[$0..<end].map(\.folded).joined(separator: " ")) }),
              w[verbs..<i].allSatisfy({ MeetingWords.glue.contains($0.lower) && $0.after.isEmpty }) else { return nil }
        return start..<end
    }

    /// The ranks of a district and a commune, with their marks (not "quân Mỹ", "xa"): "huyện Bình
    /// Lục", "xã Bồ Đề" (`ownPlaces` without the province's, and "thị trấn").
    static let localRanks = PhraseTable(["huyện", "quận", "thị xã", "xã", "phường", "thị trấn"])
}
