/// The days of documents that a lead names near its meeting: signed, issued, in force, listed as a basis.
extension MeetingDate {
    /// "quyết định số 39/2004/QĐ-UB (ngày 9/3/2004)", "Nghị định 64/CP ngày 27-9-1993", "…, ban hành
    /// ngày 6-1-2006": the day a document was signed or issued, after its number and symbol or after
    /// "ban hành", is no meeting's.
    static func datesADocument(_ w: [LeadWords.Word], day i: Int) -> Bool {
        guard i > 0 else { return false }
        let symbol = w[i - 1].text
        // ("Nghị định 03/2006/NĐ-CP của Chính phủ, ban hành ngày 6-1-2006": the day it was issued.)
        let issued = i > 1 && w[i - 2].folded == "ban" && w[i - 1].folded == "hanh"
        // ("Nghị quyết số 15- NQ/TU ngày 8/10/2021", "kế hoạch số 83/ KH-LĐLĐ ngày 15/2/2017": or its symbol
        // cut from its number by a space.)
        let number = i > 2 ? w[i - 2].text : ""
        let cut = number.count > 1 && (number.hasSuffix("-") || number.hasSuffix("/")) && number.dropLast().allSatisfy(\.isNumber)
            && symbol.first?.isUppercase == true && (symbol.contains("/") || symbol.contains("-"))
        return issued || symbol.contains("/") && symbol.contains(where: \.isLetter) && symbol.first?.isNumber == true || cut
            || numberedDocument(w, before: i) || inBasis(w, day: i)
    }

    /// "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ⟨ngày 26/11/2003⟩, Kết luận của Thường trực
    /// HĐND huyện …": a day in the list of documents a sentence opens on as its basis ("Căn cứ", "Thực
    /// hiện"), in a clause of that list — one that opens on the basis or on a document's type word.
    static func inBasis(_ w: [LeadWords.Word], day i: Int) -> Bool {
        func clauseStart(before k: Int) -> Int {
            var start = k
            while start > 0, !w[start - 1].after.contains(where: { ",.;:".contains($0) }) { start -= 1 }
            return start
        }
        var start = clauseStart(before: i)
        while true {
            if start + 1 < i, ["can cu", "thuc hien"].contains(w[start].folded + " " + w[start + 1].folded) { return true }
            guard w[start].isCapitalised, MeetingReader.basisDocuments.contains(where: { kind in
                start + kind.count < i && w[start..<(start + kind.count)].map(\.folded).elementsEqual(kind.map(String.init))
            }), start > 0, w[start - 1].after.contains(",") else { return false }
            start = clauseStart(before: start - 1)
        }
    }

    /// "Ngày 3/1/1946, Chủ tịch Hồ Chí Minh đã ký Thông đạt số 01C/VP …", "Ngày 17/9/2007, Thủ tướng Chính
    /// phủ ban hành Quyết định số 1229/QĐ-TTg …": a sentence that opens on a day, then says a document (a
    /// capital after "ký" or "ban hành") was signed or issued, gives that day, no meeting's (not "ký kết").
    static func opensOnASigning(_ lead: LeadWords) -> Bool {
        let w = lead.words
        guard let comma = w.prefix(6).firstIndex(where: { $0.after.contains(",") }) else { return false }
        return ((comma + 1)..<min(w.count, comma + 12)).contains { k in
            guard let verb = lead.matchWritten(signings, at: k)?.count, k + verb < w.count else { return false }
            return w[k..<(k + verb)].allSatisfy { $0.after.isEmpty } && w[k + verb].isCapitalised
        }
    }

    /// The verbs of signing and issuing a document: "ký", "ban hành".
    static let signings = PhraseTable(["ký", "ban hành"])

    /// "(Luật …) có hiệu lực từ ⟨ngày 01/01/2019⟩", "có hiệu lực thi hành kể từ ngày …", "được thi hành
    /// từ ngày 1-7-2014": the day a document takes effect, at the "ngày" or the "từ" `i`, is no
    /// meeting's.
    static func takesEffect(_ w: [LeadWords.Word], at i: Int) -> Bool {
        var k = i
        while k > 0, k > i - 3, ["tu", "ke"].contains(w[k - 1].folded) { k -= 1 }
        guard k > 1 else { return false }
        let pair = w[k - 2].folded + " " + w[k - 1].folded
        return pair == "hieu luc" || pair == "thi hanh"
    }

    /// "Tờ trình số 5745, ⟨ngày 9/11/2020⟩ của UBND tỉnh", "Công văn số 3990 ⟨ngày 5/8/2020⟩": a
    /// document's bare number right before the day.
    static func numberedDocument(_ w: [LeadWords.Word], before i: Int) -> Bool {
        guard i > 2, w[i - 2].folded == "so", !w[i - 1].text.isEmpty, w[i - 1].text.allSatisfy(\.isNumber) else { return false }
        return DocumentKind.all.contains { kind in
            let n = kind.folded.split(separator: " ").count
            return i - 2 - n >= 0 && w[(i - 2 - n)..<(i - 2)].map(\.folded).joined(separator: " ") == kind.folded
        }
    }
}
