/// A review or a ceremony that a body was told to hold, no report that it was held: "UBND thành phố
/// giao các sở, ban, ngành, UBND các quận, huyện theo chức năng, nhiệm vụ tổ chức tổng kết, đánh giá
/// …" (a directive's task), "UBND tỉnh yêu cầu Sở Y tế tổ chức sơ kết …".
extension MeetingReader {
    /// Whether an order to a body stands before the "tổ chức" at `verb` in its sentence: "giao",
    /// "yêu cầu", "đề nghị", "chỉ đạo", "phân công" written small, the bodies after it ("các …",
    /// "cho …", a capital), and no "đã", "vừa" or "đang" between that would make the holding done.
    /// (Not the noun: "Thực hiện chỉ đạo của UBND tỉnh, Sở … tổ chức sơ kết"; nor "bàn giao"; nor a name's word,
    /// "Ban chỉ đạo Tổng điều tra kinh tế (TĐTKT) tổ chức tổng kết".)
    static func assignedAsTask(_ lead: LeadWords, before verb: Int) -> Bool {
        let w = lead.words
        var k = verb - 1
        while k >= 0 {
            if ["đã", "vừa", "đang"].contains(w[k].lower) { return false }
            if let length = ordered(lead, at: k), k + length < verb, !(k > 0 && ["bàn", "chuyển"].contains(w[k - 1].lower)) {
                let next = w[k + length]
                return ["các", "cho"].contains(next.lower) || next.isCapitalised
            }
            k -= 1
        }
        return false
    }

    /// The verbs of an order to a body, "giao" alone too ("giao các sở", "giao Sở Y tế", "giao cho").
    static let assigning: [[Substring]] = ["giao", "yêu cầu", "đề nghị", "chỉ đạo", "phân công"].map { $0.split(separator: " ") }

    /// How many words of an order (`assigning`) stand at `k`, written small and not inside a name
    /// ("Ban Chỉ đạo Phòng chống lụt bão Trung ương tổ chức hội nghị", "Ban chỉ đạo Tổng điều tra …").
    static func ordered(_ lead: LeadWords, at k: Int) -> Int? {
        let w = lead.words
        guard let length = lead.matchWritten(assigning, at: k), !w[k].isCapitalised, !(k > 0 && w[k - 1].isCapitalised && w[k - 1].after.isEmpty)
        else { return nil }
        return length
    }

    /// "Ủy ban Thường vụ Quốc hội đã chỉ đạo Ban Công tác đại biểu tổ chức Hội nghị toàn quốc …",
    /// "UBND huyện giao UBND thị trấn Hồ Xá, Cửa Tùng, Bến Quan chịu trách nhiệm tổ chức lễ công bố …":
    /// a body told to hold the meeting (an order, then the body, a list of names too, and what it is
    /// charged with, then "tổ chức"), no report that it was held.
    static func toldToHold(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        guard i >= 3, lead.matchesWritten(["tổ", "chức"], at: i - 2), w[i - 3].after.isEmpty else { return false }
        // (Back to the clause's start, across the commas of a list of names.)
        var clause = i - 3
        while clause > 0, case let mark = w[clause - 1].after, !mark.contains(where: { ".;:".contains($0) }),
              !mark.contains(",") || w[clause - 1].isCapitalised && w[clause].isCapitalised {
            clause -= 1
        }
        // (The nearest order whose body reads so: not "giao" inside "… công trình giao thông".)
        return (clause..<(i - 2)).reversed().contains { order in
            // ("huyện Vĩnh Linh giao …": after a name too, but for "Bộ Ngoại giao".)
            let afterName = order > 0 && w[order - 1].isCapitalised && w[order - 1].lower != "ngoại" && w[order].text == "giao"
            guard let length = afterName ? 1 : ordered(lead, at: order),
                  !(order > 0 && ["bàn", "chuyển"].contains(w[order - 1].lower)) else { return false }
            var first = order + length
            if first < i - 2, w[first].lower == "cho" { first += 1 }
            // The body told, between the order and "tổ chức": words of a name, no verb of its own ("đã"),
            // and what it is charged with ("chịu trách nhiệm").
            var last = i - 2
            if let charge = lead.matchWritten(charges, at: max(first, i - 5)), max(first, i - 5) + charge.count == i - 2 { last = i - 5 }
            let told = first..<last
            return !told.isEmpty && told.allSatisfy { k in
                let mark = w[k].after
                return mark.isEmpty || mark == ")" || mark == "(" || mark == "," && k + 1 < last && w[k + 1].isCapitalised
            } && w[told.lowerBound].isCapitalised && !w[told].contains { ["đã", "vừa", "đang"].contains($0.lower) }
        }
    }

    /// What a body told to hold a meeting is charged with, before "tổ chức": "chịu trách nhiệm".
    static let charges = PhraseTable(["chịu trách nhiệm", "có trách nhiệm"])
}
