/// A second field joined by "và" in small letters, which ends on a name of its own: "Ban chỉ đạo
/// quốc gia phòng chống SARS ⟨và cúm H5N1⟩", "Phòng Thương mại ⟨và công nghiệp VN⟩", "Tổng công ty
/// Thủy tinh ⟨và gốm xây dựng⟩ (Viglacera)", "Cục An toàn ⟨và vệ sinh thực phẩm⟩ (Bộ Y tế)". Not a
/// second party: "Bộ Thương mại và các doanh nghiệp", "LĐBĐ VN và trung tá Doãn Công Huân", "Hiệp
/// hội lương thực VN và đại diện Bộ Nông nghiệp Nhật Bản", "Sở GTCC TP và đi đến thống nhất", "Bộ
/// GTVT và đơn vị tư vấn xây dựng hầm đường bộ đèo Cả"; nor a time ("và cúm gia cầm chiều 2/11").
/// It may end on the unit of the article's own place: "Liên hiệp các hội khoa học ⟨và kỹ thuật tỉnh⟩".
extension BodyGrammar {
    /// Where the field after "và" at `k - 1` ends: at most six small words with no clause word,
    /// time, head or body's abbreviation among them, ending on a capital or an abbreviation that is
    /// no person's name, or at most four ending before a bracket.
    static func fieldAfterAnd(_ lead: LeadWords, from k: Int) -> Int? {
        let w = lead.words
        guard k < w.count, !w[k].isCapitalised, !["các", "những", "một", "nhiều"].contains(w[k].lower) else { return nil }
        for stop in (k + 1)...min(w.count, k + 6) {
            let last = w[stop - 1]
            if sentenceTimes.contains(last.lower) || isTimeOrNumber(last.text) || head(lead, at: stop - 1) != nil
                || last.isAcronym && !notBodies.contains(last.text.uppercased()) && !last.text.contains(where: \.isNumber) {
                return nil
            }
            if last.isCapitalised {
                guard PersonName.read(lead, at: stop - 1) == nil, HostReader.nameTail(lead, k..<stop) else { return nil }
                return stop
            }
            // ("Liên hiệp các hội khoa học ⟨và kỹ thuật tỉnh⟩ tổ chức …": the article's own province, its unit alone.)
            if stop - 1 > k, ownUnit(lead, endingAt: stop - 1), stop == w.count || !w[stop].isCapitalised && !isTimeOrNumber(w[stop].text) {
                return stop
            }
            if HostReader.notInNames.contains(last.lower) || !(last.after.isEmpty || last.after == "-") { return nil }
            if stop - k <= 4, stop < w.count, w[stop].before == "(", w[stop].isCapitalised { return stop }
        }
        return nil
    }

    /// Whether the word at `k` closes "tỉnh", "huyện", "quận" or "thành phố", a place's unit.
    static func ownUnit(_ lead: LeadWords, endingAt k: Int) -> Bool {
        let w = lead.words
        return ["tỉnh", "huyện", "quận"].contains(w[k].lower) || k > 0 && lead.matchesWritten(["thành", "phố"], at: k - 1)
    }
}
