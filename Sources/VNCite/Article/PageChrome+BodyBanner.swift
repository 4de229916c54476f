/// A page's banner over the article's headline: the site's name, a slogan, or the name of the body
/// that owns the page — not the title.
extension PageChrome {
    /// Whether line `n` is the page's banner over its headline: the site's name over its address, a
    /// slogan, or a body's name.
    static func bannerOver(_ text: CleanText, _ lines: [Range<Int>], _ n: Int) -> Bool {
        namesTheSiteOver(text, lines, n) || sloganOver(text, lines, n) || exclaimedOver(text, lines, n) || bodyOver(text, lines, n)
    }

    /// "CHUNG TAY ỦNG HỘ PHÒNG, CHỐNG DỊCH COVID-19!" or "\"THỰC HIỆN PHÁP LUẬT LÀ QUYỀN VÀ NGHĨA VỤ CỦA
    /// MỖI CÔNG DÂN\"" over "Ban Thường trực … tổ chức Hội nghị …": a call in capitals, closed by its "!"
    /// or quoted whole, over a line that reads as a headline, is the portal's slogan.
    static func exclaimedOver(_ text: CleanText, _ lines: [Range<Int>], _ n: Int) -> Bool {
        guard n + 1 < lines.count, let first = lines[n].first, let last = lines[n].last, first < last else { return false }
        let quoted = ["\"", "“"].contains(text.scalars[first]) && ["\"", "”"].contains(text.scalars[last])
        guard text.scalars[last] == "!" || quoted else { return false }
        return ArticleHeader.inCapitals(text.string(lines[n])) && ArticleHeader.readsAsHeadline(text.string(lines[n + 1]))
    }

    /// "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM" / "QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH" / "MTTQ Phường 3 tổ chức Hội
    /// nghị giao ban …", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH TRÀ VINH" / "TRUNG TÂM CÔNG NGHỆ THÔNG TIN TÀI
    /// NGUYÊN VÀ MÔI TRƯỜNG" / "Sở Tài nguyên và Môi trường tổ chức Đại hội …": line `n` names a body
    /// (`namesABody`), or is a short line in capitals under one, and the first line under the banner
    /// that is neither reads as a headline. (A body's name with no headline under it stays the title;
    /// so does a headline in capitals over its lead, "HĐND TỈNH GIÁM SÁT CHUYÊN ĐỀ Y TẾ".)
    static func bodyOver(_ text: CleanText, _ lines: [Range<Int>], _ n: Int) -> Bool {
        guard n < lines.count, namesABody(text, lines[n]) || n > 0 && shortInCapitals(text, lines[n]) && namesABody(text, lines[n - 1])
        else { return false }
        var k = n + 1
        while k < min(lines.count, n + 4), namesABody(text, lines[k]) || shortInCapitals(text, lines[k]) { k += 1 }
        return k < lines.count && k < n + 4 && ArticleHeader.readsAsHeadline(text.string(lines[k]))
    }

    /// Whether the line names a body and nothing else: "Đảng bộ Khối các cơ quan tỉnh", or in capitals
    /// one that opens on a body's name, "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH TRÀ VINH" (capitals say nothing
    /// of where a name ends).
    static func namesABody(_ text: CleanText, _ line: Range<Int>) -> Bool {
        guard line.count <= 120 else { return false }
        let words = LeadWords(text, line)
        // (The header is read without the catalog: no province cuts a name short, so a line that is one name reads whole.)
        guard let last = words.words.last, last.after.isEmpty, let name = BodyGrammar.read(words, at: 0, catalog: Catalog()) else { return false }
        return name.upperBound == words.words.count || ArticleHeader.inCapitals(text.string(line))
    }

    /// A line in capitals too short to be a headline ("QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH").
    static func shortInCapitals(_ text: CleanText, _ line: Range<Int>) -> Bool {
        let s = text.string(line)
        return ArticleHeader.inCapitals(s) && !ArticleHeader.isLongShouted(s)
    }
}
