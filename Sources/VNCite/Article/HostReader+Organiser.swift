/// The organiser a "do" names after a meeting noun, read up to its verb.
///
/// "cuộc họp tháo gỡ vướng mắc về thuế … do Trung tâm Xúc tiến thương mại và đầu tư TP HCM (ITPC)
/// tổ chức" → the whole name ("và" inside it, a small word after); "cuộc hội thảo … do Tổng cục
/// Thống kê và Quỹ Dân số Liên Hiệp Quốc tổ chức" → "Tổng cục Thống kê" (the first of two bodies);
/// "do Ủy ban Văn hóa - Giáo dục - Thanh thiếu niên nhi đồng Quốc hội tổ chức" → up to the verb;
/// "do Ban Thường vụ Thành Đoàn và Bộ chỉ huy Quân sự thành phố phối hợp tổ chức" → the first;
/// "do Bệnh viện Bạch Mai ở Hà Nội tổ chức" → "Bệnh viện Bạch Mai" (where it is, no part of its name).
/// Not "dự án do Bộ Y tế phê duyệt": no verb of organising.
extension HostReader {
    /// Words that end a clause, not a name, between "do" and its verb ("của", "về", "đề" may stand
    /// in a name: "Ủy ban các vấn đề xã hội của Quốc hội").
    static let clauseWords: Set<String> = [
        "đã", "vừa", "đang", "sẽ", "được", "bị", "tại", "ở", "cho", "là", "khi", "thì", "mà", "sau", "trước",
    ]

    /// The words from `start` (after "do") to the verb "tổ chức", "chủ trì" or "phối hợp", at most
    /// twenty (thirty-two for a list), a name throughout; nil when the name does not run to such a verb.
    /// ("do Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam (Agribank) Chi nhánh tỉnh Bình Định
    /// phối hợp với …" has seventeen.)
    static func organiser(_ lead: LeadWords, from start: Int, owned: Bool, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        // A head whose name goes on in small letters: "do Ủy ban các vấn đề xã hội của Quốc hội tổ chức".
        let bareHead = start < w.count && w[start].isCapitalised ? BodyGrammar.head(lead, at: start).map { start..<(start + $0) } : nil
        guard let r = BodyGrammar.read(lead, at: start, catalog: catalog) ?? bareHead else {
            return foreignOrganiser(lead, from: start) ?? foreignFirstOfTwo(lead, from: start, catalog: catalog)
        }
        func verb(_ k: Int) -> Bool { organisedBy(lead, at: k) && !(owned && lead.matches(["chu", "tri"], at: k)) }
        // "do Bộ Nội vụ và Ủy ban MTTQ VN chủ trì": the grammar read both; the first one leads.
        // ("Bộ Khoa học và Công nghệ" is one: no head after its "và".)
        var firstEnd = r.dropFirst().first { k in
            ["và", "cùng", "với"].contains(w[k].lower) && k + 1 < r.upperBound && w[k + 1].isCapitalised
                && BodyGrammar.head(lead, at: k + 1) != nil
        }
        var k = r.upperBound
        var aside = 0
        // (A list of bodies may run longer: "do Hội Kiến trúc sư Việt Nam, UBND thành phố Đà Lạt, Sở Xây
        // dựng Lâm Đồng tổ chức".)
        while k < min(w.count, start + aside + (firstEnd == nil ? 20 : 32)) {
            // "do Ban Chỉ đạo … T.Ư (gọi tắt là Ban 127/TW) tổ chức": an aside in brackets after the
            // name, no part of it (an abbreviation alone, "(ITPC)", is its closing word; a bracket
            // left open round the verb, "(Trường ĐHSP Hà Nội tổ chức)", is read on).
            if w[k].before.hasPrefix("("), !w[k].after.hasPrefix(")"),
               let close = (k..<min(w.count, k + 12)).first(where: { w[$0].after.hasPrefix(")") }),
               !(k...close).contains(where: { organisedBy(lead, at: $0) }) {
                firstEnd = firstEnd ?? k
                aside += close + 1 - k
                k = close + 1
                continue
            }
            if verb(k) {
                // ("… Quốc hội ⟨kết hợp⟩ với Văn phòng luật sư …": how it joined the next, not its name.)
                var end = firstEnd ?? k
                if end - 2 > start, !w[end - 2].isCapitalised, jointly(lead, at: end - 2) {
                    end -= 2
                }
                // ("… Hanoi-Aptech ⟨cùng⟩ phối hợp với …", "FPT Elead và hãng Intel ⟨đồng⟩ tổ chức", "do Trường ĐH
                // Giao thông vận tải TP.HCM ⟨đăng cai⟩ tổ chức": how, not who.)
                if end - 2 > start, lead.matchesWritten(["đăng", "cai"], at: end - 2) { end -= 2 }
                while end - 1 > start, ["cùng", "đồng"].contains(w[end - 1].lower) { end -= 1 }
                let name = start..<end
                // (A bare head needs a capital after it: "do Ban tổ chức" names no one; unless it is a name
                // by itself: "được Bộ Chính trị tổ chức", "do Tỉnh ủy tổ chức".)
                let selfNamed = BodyGrammar.selfNamingPhrase(lead, start) && !lead.matches(["ban", "to", "chuc"], at: start)
                return name.dropFirst(r.count).contains(where: { w[$0].isCapitalised }) || r != bareHead || selfNamed ? name : nil
            }
            let secondBody = w[k].isCapitalised && (BodyGrammar.head(lead, at: k) != nil || BodyGrammar.read(lead, at: k, catalog: catalog) != nil)
            switch w[k - 1].after {
            case "", "-", "–": break
            // "do Viện Kinh tế, Viện Nghiên cứu … cùng … tổ chức": the first of a list; "do Trung tâm
            // Nghiên cứu giới, gia đình và môi trường tổ chức": a list inside the name.
            case ",": if secondBody { firstEnd = firstEnd ?? k }
            case let after where after.hasPrefix(")"): break
            default: return nil
            }
            if ["và", "cùng", "với"].contains(w[k].lower), k + 1 < w.count, w[k + 1].isCapitalised {
                // A second body ("và Bộ chỉ huy Quân sự thành phố"): the first one organised it with it.
                // ("Viện Nghiên cứu và Phát triển Pháp", once the first is read: a "và" of the second's name.)
                if BodyGrammar.head(lead, at: k + 1) != nil || BodyGrammar.read(lead, at: k + 1, catalog: catalog) != nil {
                    firstEnd = firstEnd ?? k
                } else if firstEnd == nil {
                    return nil
                }
            } else if w[k].lower == "tại", k + 1 < w.count, w[k + 1].isCapitalised {
                // "Đảng ủy Khối cơ sở Bộ Công nghiệp tại TPHCM": where the body is, part of its name.
            } else if w[k].lower == "ở", k + 1 < w.count, w[k + 1].isCapitalised || firstEnd != nil {
                // "do Bệnh viện Bạch Mai ở Hà Nội tổ chức": where it is, after its name; "…, Ủy ban về
                // Người VN ở nước ngoài và UBND TP Hà Nội phối hợp tổ chức": inside a later one of a list.
                if w[k + 1].isCapitalised { firstEnd = firstEnd ?? k }
            } else if clauseWords.contains(w[k].lower) {
                return nil
            }
            k += 1
        }
        return nil
    }

    /// "tổ chức", "chủ trì", "phối hợp", "triệu tập": the verb after the body a "do" names ("do Đoàn
    /// Luật sư TP.HCM phối hợp cùng Hội Luật … tổ chức": the first organiser; "cuộc họp khẩn do Ủy
    /// ban phòng chống lụt bão TƯ triệu tập").
    static func organisedBy(_ lead: LeadWords, at k: Int) -> Bool {
        lead.matches(["to", "chuc"], at: k) || lead.matches(["chu", "tri"], at: k) || lead.matches(["phoi", "hop"], at: k)
            || lead.matches(["trieu", "tap"], at: k)
    }

    /// "do Vinasa và Cơ quan Xúc tiến công nghệ thông tin Hàn Quốc (KIPA) tổ chức": an organisation
    /// known by a name of its own, first of two, the second a body the grammar reads up to the verb.
    static func foreignFirstOfTwo(_ lead: LeadWords, from start: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        guard let and = nameOfItsOwn(lead, from: start, until: { w[$0].lower == "và" }),
              and + 1 < w.count, w[and + 1].isCapitalised, BodyGrammar.head(lead, at: and + 1) != nil,
              organiser(lead, from: and + 1, owned: false, catalog: catalog) != nil else { return nil }
        return start..<and
    }

    /// "một hội nghị do Microsoft tổ chức", "cuộc họp do Interpol tổ chức": an organisation known by
    /// a name of its own, one or two words that are no Vietnamese syllables (nor a person's name,
    /// which would be), right before "tổ chức".
    static func foreignOrganiser(_ lead: LeadWords, from start: Int) -> Range<Int>? {
        nameOfItsOwn(lead, from: start, until: { lead.matches(["to", "chuc"], at: $0) }).map { start..<$0 }
    }

    /// Where a name of its own that starts at `start` ends: at the first word within three that
    /// `isEnd` accepts, when every word before it is a capitalised word of letters that is no
    /// Vietnamese syllable ("Microsoft", "Vinasa"); nil otherwise.
    static func nameOfItsOwn(_ lead: LeadWords, from start: Int, until isEnd: (Int) -> Bool) -> Int? {
        let w = lead.words
        guard let end = (start..<min(w.count, start + 3)).first(where: isEnd), end > start,
              w[start..<end].allSatisfy({ $0.isCapitalised && !$0.isVietnamese && $0.before.isEmpty && $0.after.isEmpty
                  && $0.text.allSatisfy(\.isLetter) }) else { return nil }
        return end
    }
}
