/// A province, a district or a commune that held a meeting itself, written with its rank.
extension HostReader {
    /// "Sáng 30-4, tỉnh Thừa Thiên-Huế đã long trọng tổ chức lễ khánh thành …", "Hôm qua, …, thành phố Hà Nội đã tổ chức lễ
    /// mít tinh", "Chiều qua, TP HCM tổ chức hội nghị tổng kết", "Sáng 27.4, TP.HCM đã long trọng tổ chức mít tinh" (not "Hà
    /// Nội" alone, with no rank): the province's rank and name open the clause (or its leaders': "lãnh đạo tỉnh Quảng Ngãi đã
    /// tổ chức mít tinh"), then nothing but the verbs before the noun. The clause before it, if any, tells when, where or on
    /// what occasion ("Sáng nay, nhân ngày quốc tế thiếu nhi 1/6, thành phố Hà Nội đã tổ chức lễ tuyên dương", "Chào mừng Đại
    /// hội …, TPHCM vừa tổ chức"): not the end of an address ("tại thôn Hậu Kiên, …, huyện Triệu Phong, tỉnh Quảng Trị đã tổ
    /// chức") nor of a body's name ("Thường vụ huyện ủy Tân Phú, tỉnh Đồng Nai đã họp").
    static func provinceSubject(_ lead: LeadWords, noun i: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        var clause = clauseStart(lead, before: i)
        // ("xã Ngọc Sơn (huyện Quỳnh Lưu⟨,⟩ Nghệ An) đã long trọng tổ chức …": not a comma inside its brackets.)
        if clause > 0, lead.inBrackets(clause - 1), !w[clause - 1].after.contains(")"),
           let open = (max(0, clause - 6)..<clause).last(where: { w[$0].before.hasPrefix("(") }) {
            clause = clauseStart(lead, before: open)
        }
        // ("huyện Lục Nam, ⟨tỉnh Bắc Giang⟩ tổ chức …": the place above it, after a comma, is no clause of its own.)
        if clause > 0, lead.matchWritten(higherRanks, at: clause) != nil, case let previous = clauseStart(lead, before: clause - 1),
           lead.matchWritten(localRanks, at: previous) != nil {
            clause = previous
        }
        // ("DNTH: Tối 31/8 huyện Nghi Xuân (Hà Tĩnh) long trọng tổ chức Lễ kỷ niệm …": past its time with no
        // comma after it.)
        // ("Chiều ngày 04/2/2020 Huyện Tuy Đức tổ chức lễ công bố …": the day's word too.)
        if clause + 2 < i, BodyGrammar.sentenceTimes.contains(w[clause].lower), w[clause + 1].text.first?.isNumber == true,
           w[clause + 1].after.isEmpty { clause += 2 } else { clause = pastOpeningDay(lead, from: clause, before: i) }
        // ("Chiều nay, lãnh đạo thành phố Hà Nội đã tổ chức cuộc họp khẩn": its leaders for it.)
        let start = lead.matchesWritten(["lãnh", "đạo"], at: clause) ? clause + 2 : clause
        var address = false
        if clause > 0 {
            let before = clauseStart(lead, before: clause - 1)
            // ("Chào mừng Đại hội … của Đảng, TPHCM vừa tổ chức lễ khởi công …": the occasion, as "nhân".)
            address = ["tại", "nhân"].contains(w[before].lower) || lead.matchesWritten(["chào", "mừng"], at: before)
                || lead.matchesWritten(["hướng", "tới"], at: before)
            guard BodyGrammar.sentenceTimes.contains(w[before].lower) || address
                    || lead.matchWritten(MeetingWords.times, at: before) != nil else { return nil }
        }
        // ("TP.HCM", "TPHCM": the rank written into the name.)
        let local = lead.matchWritten(localRanks, at: start)?.count
        let rank = local ?? (lead.matchesWritten(["thành", "phố"], at: start) ? 2
            : ["tỉnh", "tp"].contains(w[start].lower) ? 1 : w[start].folded.hasPrefix("tp") ? 0 : -1)
        guard rank >= 0, start + rank < i else { return nil }
        var end = start + rank
        // ("quận 12", "Phường 10": a district or a ward by its number.)
        if local != nil, start + rank < i, w[start + rank].text.allSatisfy(\.isNumber), w[start + rank - 1].after.isEmpty {
            end = start + rank + 1
        } else {
            while end < i, end - start - rank < 4, w[end].isCapitalised, w[end].before.isEmpty, end == start || w[end - 1].after.isEmpty { end += 1 }
        }
        // ("xã Bồ Đề (Bình Lục) đã long trọng tổ chức lễ …": its district in brackets.)
        var verbs = end
        while local != nil, verbs < i, lead.inBrackets(verbs) || w[verbs].before.hasPrefix("(") { verbs += 1 }
        // ("Phường Trại Cau, ⟨quận Lê Chân⟩ vừa tổ chức lễ kỷ niệm …": the place above it after a comma.)
        if local != nil, !address, verbs == end, end > start + rank, w[end - 1].after == ",", let above = higherPlace(lead, at: end, before: i) { verbs = above }
        // ("huyện Thanh Oai ⟨cùng các chủ đầu tư⟩ tổ chức Lễ khởi công": who came with it.)
        if let with = (verbs..<i).first(where: { w[$0..<i].allSatisfy { MeetingWords.glue.contains($0.lower) } }),
           companions(lead, verbs..<with) {
            verbs = with
        }
        // A district or a commune by its name alone, Vietnamese words, as no catalogue lists them; so
        // a city below a province ("TP.Thủ Dầu Một", "thành phố Thủ Dầu Một").
        let byName = w[(start + rank)..<end].allSatisfy({ $0.isVietnamese || $0.text.allSatisfy(\.isNumber) }) && end - start - rank <= 3
        let province = [start, start + rank].contains(where: { catalog.startsWithProvince(w[$0..<end].map(\.folded).joined(separator: " ")) })
        let city = local == nil && w[start].lower != "tỉnh" && (rank > 0 ? byName : gluedCity(lead, start..<end))
        guard end > start + rank, end < i, w[end - 1].after.isEmpty || verbs > end, rank > 0 || end == start + 1 || city,
              local != nil ? byName : province || city,
              w[verbs..<i].allSatisfy({ MeetingWords.glue.contains($0.lower) && $0.after.isEmpty }) else { return nil }
        return start..<end
    }

    /// "TP.Thủ Dầu Một": a city's rank written into its first word, Vietnamese words after the mark,
    /// three at most.
    static func gluedCity(_ lead: LeadWords, _ range: Range<Int>) -> Bool {
        let w = lead.words
        guard range.count <= 3, let first = range.first, w[first].text.hasPrefix("TP."), w[first].text.count > 3 else { return false }
        let rest = LeadWords.Word(text: String(w[first].text.dropFirst(3)), folded: "", before: "", after: "")
        return rest.isVietnamese && w[range.dropFirst()].allSatisfy(\.isVietnamese)
    }

    /// Where the name of a district or a province at `k` ends, with its rank ("quận Lê Chân", "tỉnh
    /// Hà Tĩnh"), when no mark follows it before `i`.
    static func higherPlace(_ lead: LeadWords, at k: Int, before i: Int) -> Int? {
        let w = lead.words
        // ("phường Tân Sơn Hòa, ⟨TPHCM⟩ tổ chức …": a city's rank written into its name.)
        if k + 1 < i, w[k].text.hasPrefix("TP"), w[k].text.count > 3, w[k].text == w[k].text.uppercased(), w[k].after.isEmpty { return k + 1 }
        guard let rank = lead.matchWritten(higherRanks, at: k)?.count else { return nil }
        var end = k + rank
        while end < i, end - k - rank < 4, w[end].isCapitalised || w[end].text.allSatisfy(\.isNumber), w[end - 1].after.isEmpty { end += 1 }
        return end > k + rank && w[end - 1].after.isEmpty ? end : nil
    }

    /// The ranks of the places above a commune or a district.
    static let higherRanks = PhraseTable(["huyện", "quận", "thị xã", "thành phố", "tỉnh", "tp"])

    /// The ranks of a district and a commune, with their marks (not "quân Mỹ", "xa"): "huyện Bình
    /// Lục", "xã Bồ Đề" (`ownPlaces` without the province's, and "thị trấn").
    static let localRanks = PhraseTable(["huyện", "quận", "thị xã", "xã", "phường", "thị trấn"])
}
