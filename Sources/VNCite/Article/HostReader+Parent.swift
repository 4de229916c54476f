/// The body above the host, named between the host and its verbs.
extension HostReader {
    /// "Chi bộ tổ dân phố 5 ⟨trực thuộc Đảng bộ phường Yên Đổ (TP. Pleiku, tỉnh Gia Lai)⟩ tổ chức Đại
    /// hội", "Trường Tiểu học Kim Đồng ⟨thuộc Phòng GD&ĐT huyện⟩ đã tổ chức hội nghị": "trực thuộc" or
    /// "thuộc", the body above, an aside in brackets after it, then nothing but the verbs before the
    /// noun `i`; whether the words from `k` are that.
    /// (An aside in brackets may stand before "thuộc": "Đồn Biên phòng A Xan ⟨(đóng tại Tây Giang)⟩
    /// thuộc Bộ đội Biên phòng Quảng Nam tổ chức hội đàm".)
    static func parentBeforeVerbs(_ lead: LeadWords, from k: Int, noun i: Int, catalog: Catalog) -> Bool {
        let w = lead.words
        var k = k
        if k < i, lead.inBrackets(k) {
            while k < i, lead.inBrackets(k) { k += 1 }
        } else if k < i, !w[k - 1].after.isEmpty {
            return false
        }
        guard k < i, let n = BodyGrammar.parentWord(lead, at: k), k + n < i,
              let parent = BodyGrammar.read(lead, at: k + n, catalog: catalog), parent.upperBound <= i else { return false }
        var j = parent.upperBound
        while j < i, lead.inBrackets(j) { j += 1 }
        return w[j..<i].allSatisfy { MeetingWords.glue.contains($0.lower) }
    }
}
