/// An outlet's mark inside a sentence: where the lead starts.
extension LeadWords {
    /// The words split where an outlet's mark ends a headline or a photo caption run into the
    /// lead: "… phát biểu tại đại hội - Ảnh: TTXVN ⟨(NLĐ) -⟩ Sáng 28-12, Đại hội …" → the caption,
    /// then the lead; and an outlet's mark unbracketed that opens the lead ("⟨QPVN -⟩ Nhân dịp …"),
    /// or one of a few capitalised words in brackets ("⟨(Website TU)-⟩ Sáng 2-1-2007, quận 12 …"), or
    /// its dash glued to it ("⟨LSO-⟩ 18/8/2020, …").
    /// A sentence without such a mark is one part; one that opens on a mark alone in brackets, no dash
    /// after it, is the lead without it ("⟨(BDO)⟩ Chiều 31-8, TP.Thủ Dầu Một tổ chức …").
    var partsAtOutletMark: [LeadWords] {
        if words.count > 2, words[0].isAcronym, words[0].before == "(", words[0].after.hasPrefix(")"), !["-", "–"].contains(words[1].text) {
            return [LeadWords(words: Array(words.dropFirst()))]
        }
        // (Its dash glued to it: "⟨LSO-⟩ 18/8/2020, Tổng cục Thuế tổ chức …".)
        if words.count > 2, words[0].isAcronym, words[0].before.isEmpty, ["-", "–"].contains(words[0].after) {
            return [LeadWords(words: Array(words.dropFirst()))]
        }
        guard let mark = words.indices.dropFirst().first(where: { k in
            guard ["-", "–"].contains(words[k].text) else { return false }
            if words[k - 1].isAcronym {
                let bracketed = words[k - 1].before.hasSuffix("(") && words[k - 1].after.hasPrefix(")")
                if bracketed || k == 1 && words[0].before.isEmpty && words[0].after.isEmpty { return true }
            }
            // (Or one to three capitalised words in brackets: "⟨(Baonghean) -⟩ Sáng 19/8, …".)
            return (1...3).contains(k) && words[0].before == "(" && words[k - 1].after.hasPrefix(")")
                && words[..<k].allSatisfy { $0.isCapitalised } && words[..<(k - 1)].allSatisfy { $0.after.isEmpty }
        }), mark + 1 < words.count else { return [self] }
        // (The mark's words apart from the lead, and a headline or caption before them.)
        let opening = mark <= 3 && words[0].before == "(" && !words[mark - 1].before.hasSuffix("(") ? 0 : mark - 1
        return [LeadWords(words: Array(words[..<opening])), LeadWords(words: Array(words[(mark + 1)...]))]
    }
}
