/// The organiser a "do" names after a meeting noun, read up to its verb.
///
/// "cuộc họp tháo gỡ vướng mắc về thuế … do Trung tâm Xúc tiến thương mại và đầu tư TP HCM (ITPC)
/// tổ chức" → the whole name ("và" inside it, a small word after); "cuộc hội thảo … do Tổng cục
/// Thống kê và Quỹ Dân số Liên Hiệp Quốc tổ chức" → "Tổng cục Thống kê" (the first of two bodies);
/// "do Ủy ban Văn hóa - Giáo dục - Thanh thiếu niên nhi đồng Quốc hội tổ chức" → up to the verb.
/// Not "dự án do Bộ Y tế phê duyệt": no verb of organising.
extension HostReader {
    /// Words that end a clause, not a name, between "do" and its verb ("của", "về", "đề" may stand
    /// in a name: "Ủy ban các vấn đề xã hội của Quốc hội").
    static let clauseWords: Set<String> = [
        "đã", "vừa", "đang", "sẽ", "được", "bị", "tại", "ở", "cho", "là", "khi", "thì", "mà", "sau", "trước",
    ]

    /// The words from `start` (after "do") to the verb "tổ chức", "chủ trì" or "phối hợp", at most
    /// sixteen, a name throughout; nil when the name does not run to such a verb.
    static func organiser(_ lead: LeadWords, from start: Int, owned: Bool, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        // A head whose name goes on in small letters: "do Ủy ban các vấn đề xã hội của Quốc hội tổ chức".
        let bareHead = start < w.count && w[start].isCapitalised ? lead.match(BodyGrammar.heads, at: start).map { start..<(start + $0) } : nil
        guard let r = BodyGrammar.read(lead, at: start, catalog: catalog) ?? bareHead else { return nil }
        func verb(_ k: Int) -> Bool { organisedBy(lead, at: k) && !(owned && lead.matches(["chu", "tri"], at: k)) }
        // "do Bộ Nội vụ và Ủy ban MTTQ VN chủ trì": the grammar read both; the first one leads.
        // ("Bộ Khoa học và Công nghệ" is one: no head after its "và".)
        var firstEnd = r.dropFirst().first { k in
            ["và", "cùng", "với"].contains(w[k].lower) && k + 1 < r.upperBound && w[k + 1].isCapitalised
                && lead.match(BodyGrammar.heads, at: k + 1) != nil
        }
        var k = r.upperBound
        while k < min(w.count, start + 16) {
            if verb(k) {
                let name = start..<(firstEnd ?? k)
                // (A bare head needs a capital after it: "do Ban tổ chức" names no one.)
                return name.dropFirst(r.count).contains(where: { w[$0].isCapitalised }) || r != bareHead ? name : nil
            }
            guard ["", "-", "–"].contains(w[k - 1].after) || w[k - 1].after.hasPrefix(")") else { return nil }
            if ["và", "cùng", "với"].contains(w[k].lower) {
                // A second body: the first one organised it with it.
                if firstEnd == nil, BodyGrammar.read(lead, at: k + 1, catalog: catalog) != nil { firstEnd = k }
                // "thương mại và đầu tư": a small word inside the name.
                else if firstEnd == nil, k + 1 < w.count, w[k + 1].isCapitalised { return nil }
            } else if clauseWords.contains(w[k].lower) {
                return nil
            }
            k += 1
        }
        return nil
    }
}

extension HostReader {
    /// A working session with an elected body or one of its committees is that body's: it came to
    /// oversee. "Tại buổi làm việc với Ban Pháp chế HĐND TP HCM ngày 3/11, VKSND TP HCM cho biết"
    /// → "Ban Pháp chế HĐND TP HCM"; "buổi làm việc với Đoàn ĐBQH tỉnh" → "Đoàn ĐBQH tỉnh"; "Một
    /// đại biểu HĐND TP HCM chất vấn tại buổi làm việc với …" → "HĐND TP HCM". Not "buổi làm việc
    /// với Sở Tài chính" (the subject held it).
    static func overseer(_ lead: LeadWords, noun i: Int, length: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        var v = i + length
        guard w[i..<v].map(\.folded).suffix(2) == ["lam", "viec"] else { return nil }
        // ("buổi làm việc sáng qua với HĐND thành phố": a time may come first.)
        while v < w.count, v < i + length + 3, w[v - 1].after.isEmpty,
              ["sáng", "chiều", "tối", "trưa", "hôm", "qua", "nay", "ngày"].contains(w[v].lower) || w[v].text.first?.isNumber == true {
            v += 1
        }
        guard v < w.count, w[v].folded == "voi", w[v - 1].after.isEmpty else { return nil }
        // "Một đại biểu HĐND TP HCM chất vấn tại buổi làm việc với Bộ đội Biên phòng": a member
        // of the council asks, so the council oversees.
        for k in clauseStart(lead, before: i)..<i where lead.matches(["dai", "bieu"], at: k) {
            if let council = BodyGrammar.read(lead, at: k + 2, catalog: catalog), lead.match(elected, at: k + 2) != nil {
                return council
            }
        }
        guard let r = BodyGrammar.read(lead, at: v + 1, catalog: catalog) else { return nil }
        if r.contains(where: { lead.match(elected, at: $0) != nil }) { return r }
        // "Ban Pháp chế của HĐND TP HCM", "Ban Kinh tế- Ngân sách (KT-NS) HĐND TP": a committee,
        // then its council within five words of its name ("của", an abbreviation in brackets).
        for k in r.upperBound..<min(w.count, r.upperBound + 5) {
            if w[k - 1].after.contains(where: { ",;:.".contains($0) }) { break }
            if lead.match(elected, at: k) != nil, let council = BodyGrammar.read(lead, at: k, catalog: catalog) {
                return r.lowerBound..<council.upperBound
            }
            guard w[k].folded == "cua" || !notInNames.contains(w[k].lower) else { break }
        }
        return nil
    }

    static let elected: [[Substring]] = ["hdnd", "hoi dong nhan dan", "quoc hoi", "dbqh", "dai bieu quoc hoi"].phrases
}

extension HostReader {
    /// A head whose name goes on in small letters to a capital: "(lễ trao giải thưởng của) Hội đạo
    /// diễn điện ảnh Trung Quốc", "Hội nạn nhân chất độc da cam TP HCM" — at most six words after
    /// the head, the longest that `nameTail` accepts; not an office ("Bộ trưởng …"), and the
    /// name stops before a person's.
    static func headWithTail(_ lead: LeadWords, at i: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        guard i < w.count, w[i].isCapitalised, w[i].before.isEmpty, let head = lead.match(BodyGrammar.heads, at: i),
              lead.match(MeetingWords.offices, at: i) == nil else { return nil }
        let start = i + head
        var limit = min(w.count, start + 6)
        if let person = (start..<limit).first(where: { PersonName.read(lead, at: $0) != nil }) { limit = person }
        guard limit > start, w[start..<limit].first?.isCapitalised == false else { return nil }
        // (No number in it: "Đảng từ ngày 18 đến 25-4" is a time.)
        if let number = (start..<limit).first(where: { w[$0].text.contains(where: \.isNumber) }) { limit = number }
        for end in stride(from: limit, to: start, by: -1) where w[end - 1].text.first?.isUppercase == true {
            if nameTail(lead, start..<end) { return i..<end }
        }
        return nil
    }
}

extension HostReader {
    /// A name that ends on a title in quotes, the project or campaign it is named after: "Hội đồng
    /// Chỉ đạo ⟨biên soạn “Lịch sử Nam Bộ kháng chiến”⟩ tổ chức kỳ họp", "Ban Chỉ đạo ⟨Cuộc vận động
    /// “Toàn dân đoàn kết …”⟩". At most four words before the quote, no clause word among them.
    static func quotedTail(_ lead: LeadWords, _ range: Range<Int>) -> Bool {
        let w = lead.words
        guard let open = range.first(where: { w[$0].before.contains(where: { $0 == "“" || $0 == "\"" }) }),
              open - range.lowerBound <= 4, let last = range.last,
              w[last].after.contains(where: { $0 == "”" || $0 == "\"" }), range.count <= 14 else { return false }
        return w[range.lowerBound..<open].allSatisfy { $0.after.isEmpty && !notInNames.contains($0.lower) }
            && w[open..<last].allSatisfy { !$0.after.contains(where: { ".;".contains($0) }) }
    }
}
