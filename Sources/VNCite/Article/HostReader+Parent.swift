/// The body above the host, named between the host and its verbs.
extension HostReader {
    /// "Chi bộ tổ dân phố 5 ⟨trực thuộc Đảng bộ phường Yên Đổ (TP. Pleiku, tỉnh Gia Lai)⟩ tổ chức Đại
    /// hội", "Trường Tiểu học Kim Đồng ⟨thuộc Phòng GD&ĐT huyện⟩ đã tổ chức hội nghị": "trực thuộc" or
    /// "thuộc", the body above, an aside in brackets after it, then nothing but the verbs before the
    /// noun `i`; whether the words from `k` are that.
    /// (An aside in brackets may stand before "thuộc": "Đồn Biên phòng A Xan ⟨(đóng tại Tây Giang)⟩
    /// thuộc Bộ đội Biên phòng Quảng Nam tổ chức hội đàm"; or the bodies above, between commas:
    /// "Trại giam Sông Cái⟨, thuộc Tổng cục VIII, Bộ Công an,⟩ tổ chức Lễ kỷ niệm".)
    static func parentBeforeVerbs(_ lead: LeadWords, from k: Int, noun i: Int, catalog: Catalog) -> Bool {
        let w = lead.words
        var k = k
        if k < i, lead.inBrackets(k) {
            while k < i, lead.inBrackets(k) { k += 1 }
        } else if k < i, w[k - 1].after == "," {
            return parentsBetweenCommas(lead, from: k, noun: i, catalog: catalog)
        } else if k < i, !w[k - 1].after.isEmpty {
            return false
        }
        guard k < i, let n = BodyGrammar.parentWord(lead, at: k), k + n < i,
              let parent = BodyGrammar.read(lead, at: k + n, catalog: catalog), parent.upperBound <= i else { return false }
        var j = parent.upperBound
        // (With the rest of its name the grammar stopped short of: "thuộc Hội đồng Xổ số ⟨kiến thiết Miền Bắc⟩
        // (bao gồm …) đã tổ chức".)
        if let tail = (j..<i).first(where: { t in lead.inBrackets(t) || lead.words[t..<i].allSatisfy { MeetingWords.glue.contains($0.lower) } }),
           tail > j, nameTail(lead, j..<tail) {
            j = tail
        }
        while j < i, lead.inBrackets(j) { j += 1 }
        // (Or the partner it held it with: "Viện Lịch sử Đảng ⟨thuộc Học viện …⟩ phối hợp với Trường Chính
        // trị tỉnh Vĩnh Phúc tổ chức hội thảo" — the first of the partners, not the body above it.)
        return w[j..<i].allSatisfy { MeetingWords.glue.contains($0.lower) }
            || j < i && jointly(lead, at: j) && (j..<i).contains { lead.matches(["to", "chuc"], at: $0) }
    }

    /// Where an aside of the bodies above opens ("thuộc", after a comma) when the comma after word `k`
    /// is inside it or closes it: ", ⟨thuộc⟩ Tổng cục VIII, Bộ Công an, tổ chức"; nil when none does.
    static func parentAside(_ lead: LeadWords, through k: Int, noun i: Int, catalog: Catalog) -> Int? {
        guard k + 1 < i else { return nil }
        return (max(1, k - 11)...(k + 1)).last { c in
            lead.words[c - 1].after == "," && BodyGrammar.parentWord(lead, at: c) != nil
                && parentsBetweenCommas(lead, from: c, noun: i, catalog: catalog)
        }
    }

    /// ", thuộc Tổng cục VIII, Bộ Công an, ⟨tổ chức⟩": "thuộc" or "trực thuộc" after the comma at `k`,
    /// then bodies each closed by a comma, the last one's right before the verbs of the noun `i`.
    private static func parentsBetweenCommas(_ lead: LeadWords, from k: Int, noun i: Int, catalog: Catalog) -> Bool {
        let w = lead.words
        guard let n = BodyGrammar.parentWord(lead, at: k), var parent = BodyGrammar.read(lead, at: k + n, catalog: catalog) else { return false }
        while parent.upperBound < i, w[parent.upperBound - 1].after == "," {
            if w[parent.upperBound..<i].allSatisfy({ MeetingWords.glue.contains($0.lower) }) { return true }
            guard let next = BodyGrammar.read(lead, at: parent.upperBound, catalog: catalog), next.upperBound <= i else { return false }
            parent = next
        }
        return false
    }
}
