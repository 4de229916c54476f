/// Meetings counted: many, none of them the one reported.
extension MeetingReader {
    /// "Sau 6 cuộc họp", "gần chục cuộc họp bàn về chuyện của Tĩnh", "1 kỳ họp" of "3 kỳ họp": meetings
    /// counted are many, none of them the one reported (not an ordinal's number: "ngày làm việc thứ hai kỳ họp thứ 4").
    static func counted(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        // ("hạn chế các Hội nghị lớn, ⟨cuộc họp⟩ tập trung đông người": listed after counted or plural ones.)
        if i > 1, w[i - 1].after == ",", let k = (max(0, i - 5)..<(i - 1)).last(where: { MeetingWords.noun(lead, at: $0) != nil }),
           w[k..<(i - 1)].allSatisfy({ $0.after.isEmpty }), counted(lead, noun: k) || k > 0 && ["các", "những"].contains(w[k - 1].lower) {
            return true
        }
        // ("Hội LHPN huyện đã tổ chức 15 lớp truyền thông …; hội nghị nói chuyện chuyên đề …": after other things
        // held, counted: a tally of a period's work.)
        if i > 2, [",", ";"].contains(w[i - 1].after), let held = (max(0, i - 40)..<(i - 2)).last(where: { lead.matchesWritten(["tổ", "chức"], at: $0) }),
           (Int(w[held + 2].text) ?? 0) >= 2, w[held + 2].after.isEmpty, !w[held..<(i - 1)].contains(where: { $0.after.contains(".") }) {
            return true
        }
        guard i > 0, w[i - 1].after.isEmpty, !(i > 1 && w[i - 2].lower == "thứ") else { return false }
        func counts(_ k: Int) -> Bool { MeetingWords.counts.contains(w[k].lower) || (wholeNumber(w[k].text) ?? 0) > 1 }
        if counts(i - 1) { return true }
        // ("tổ chức 5 ⟨buổi⟩ mít tinh": the count before the noun's classifier.)
        if let k = beforeClassifier(lead, noun: i), w[k].after.isEmpty, counts(k) { return true }
        // ("65/65 Hội nghị Chi hội Phụ nữ xã …": so many of so many, no day of a month.)
        if let (_, whole) = partOfWhole(w[i - 1].text), whole > 12 { return true }
        // ("tổ chức 3 kỳ họp, trong đó có 2 kỳ họp chuyên đề …, ⟨1 kỳ họp⟩ thường lệ": one of those counted
        // before it in the sentence.)
        return i >= 2 && Int(w[i - 1].text) != nil && (1..<(i - 1)).contains { k in
            MeetingWords.noun(lead, at: k) != nil && (Int(w[k - 1].text) ?? 0) > 1 && w[k - 1].after.isEmpty
        }
    }
}

extension MeetingReader {
    /// "ba", "bốn" … "mười": a number of three or more in words, small or opening the sentence ("Ba chi bộ
    /// trực thuộc Đảng bộ Sở Công Thương tổ chức thành công Đại hội"; not "Thanh Ba", a place; nor "năm",
    /// five, which is a year too: "Hội Chiến sĩ Thành cổ Quảng Trị năm 1972 huyện Quỳnh Phụ").
    static func threeOrMore(_ word: LeadWords.Word, at k: Int) -> Bool {
        numberWords.contains(word.lower) && (k == 0 || !word.isCapitalised)
    }

    static let numberWords: Set<String> = ["ba", "bốn", "sáu", "bảy", "tám", "chín", "mười"]
}

extension MeetingReader {
    /// The word before a meeting noun's classifier ("tổ chức ⟨5⟩ buổi mít tinh", "⟨Các⟩ buổi lễ tưởng niệm",
    /// "qua gần 30 năm hoạt động với ⟨6⟩ kỳ Đại hội"), nil when no "buổi", "cuộc" or "kỳ" stands right
    /// before the noun at `i`.
    static func beforeClassifier(_ lead: LeadWords, noun i: Int) -> Int? {
        i > 1 && ["buổi", "cuộc", "kỳ"].contains(lead.words[i - 1].lower) ? i - 2 : nil
    }
}
