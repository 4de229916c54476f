/// Where a lead's sentence begins and ends.
extension MeetingLead {
    /// From the end of the previous sentence to the end of this one (". ", "!", "?", line break);
    /// an ellipsis before a small letter ends none ("quỹ đầu tư, ngân hàng... nhóm họp tại TP HCM"),
    /// nor a full stop inside a quotation that closes on its line, nor the break of a wrapped line
    /// (`wraps`).
    static func sentenceRange(_ text: CleanText, at i: Int) -> Range<Int> {
        text.fold.withUnsafeBufferPointer { fold in
            func isEnd(_ j: Int) -> Bool {
                let b = fold[j]
                if b == 10 { return !wraps(text, at: j) }
                guard b == 46 || b == 33 || b == 63, j + 1 == fold.count || fold[j + 1] == 32 || fold[j + 1] == 10 else { return false }
                // (Written as dots or as one "…", which folds to a dot.)
                if b == 46, j > 0 && fold[j - 1] == 46 || text.scalars[j] == "\u{2026}", j + 2 < fold.count, fold[j + 1] == 32,
                   text.scalars[j + 2].properties.isLowercase {
                    return false
                }
                return !(b == 46 && (middleInitial(text, at: j) || placeAbbreviation(text, at: j) || degreeBeforeName(text, at: j)
                                     || abbreviatedOffice(text, at: j)))
                    && !insideQuote(text, at: j)
            }
            var start = min(i, fold.count)
            while start > 0, !isEnd(start - 1) { start -= 1 }
            var end = min(i, fold.count)
            while end < fold.count, !isEnd(end) { end += 1 }
            if end < fold.count, fold[end] != 10 { end += 1 }
            return start..<end
        }
    }

    /// A text cut into lines of a fixed width, whose line break at `j` goes on with the sentence: a
    /// line (not a short one) that stops on a word or a comma, then one that opens in small letters
    /// ("… Hội nghị liên tịch thống nhất nội⏎dung, chương trình Kỳ họp thứ nhất"), or a noun that
    /// wants its number, then the number ("Sáng ngày⏎7/6/2021, Thường trực HĐND huyện tổ chức …",
    /// "Nghị quyết số⏎05-NQ/TU"). Not a date line under a headline, nor page tools in small letters
    /// under a short line ("Thứ hai 15/8/2022⏎in trang"). (The cheap tests first: most breaks open
    /// a capital.)
    static func wraps(_ text: CleanText, at j: Int) -> Bool {
        let s = text.scalars
        guard j > 0, j + 1 < s.count else { return false }
        let last = s[j - 1], next = s[j + 1]
        let small = next.properties.isLowercase
        guard small || next.properties.numericType != nil, last.properties.isAlphabetic || small && last == "," else { return false }
        var lineStart = j
        while lineStart > 0, s[lineStart - 1] != "\n" { lineStart -= 1 }
        if small { return j - lineStart >= SoftLineBreak.shortestWrappedLine }
        var wordStart = j - 1
        while wordStart > lineStart, s[wordStart - 1].properties.isAlphabetic { wordStart -= 1 }
        return numbered.contains(text.string(wordStart..<j).lowercased())
    }

    /// Nouns a number follows: "ngày 7/6", "số 05", "tháng 6", "năm 2021".
    static let numbered: Set<String> = ["ngày", "số", "tháng", "năm"]

    /// "tại TP⟨.⟩ Hồ Chí Minh", "UBND TX⟨.⟩ Sơn Tây", "Sở Tư pháp TP⟨.⟩ HCM": the full stop at `j`
    /// shortens the name of a city or a town before its own name, two capitalised words at least or
    /// its initials, and ends no sentence —
    /// unlike "trên địa bàn TP⟨.⟩ Đây là …" or "… của TP⟨.⟩ Ông Nguyễn Văn A": there "TP" is the city
    /// itself, at a sentence's end.
    static func placeAbbreviation(_ text: CleanText, at j: Int) -> Bool {
        let s = text.scalars
        guard j < s.count, s[j] == "." else { return false }
        var k = j
        while k > 0, s[k - 1].properties.isAlphabetic { k -= 1 }
        guard k < j, k == 0 || !s[k - 1].properties.isAlphabetic && s[k - 1] != ".",
              LeadWords.placeAbbreviations.contains(text.string(k..<j)) else { return false }
        var first = j + 1
        guard first < s.count, s[first] == " " else { return false }
        first += 1
        var second = first
        while second < s.count, s[second].properties.isAlphabetic { second += 1 }
        // ("TP⟨.⟩ HCM tổ chức họp báo": the city by its own initials; "(TP⟨.⟩ Pleiku)": inside the
        // brackets it opens, where no sentence ends.)
        if k > 0, s[k - 1] == "(", second > first, s[first].properties.isUppercase { return true }
        if second - first >= 2, (first..<second).allSatisfy({ s[$0].properties.isUppercase }) { return true }
        guard second > first, second + 1 < s.count, s[second] == " ", s[first].properties.isUppercase,
              s[second + 1].properties.isUppercase else { return false }
        return !sentenceOpeners.contains(text.string(first..<second))
    }

    /// "Chủ trì Hội thảo, TS⟨.⟩ Nguyễn Lâm Thành", "PGS.TS⟨.⟩ Bùi Nhật Quang": the full stop at `j`
    /// shortens a degree before the name it goes with, and ends no sentence.
    static func degreeBeforeName(_ text: CleanText, at j: Int) -> Bool {
        let s = text.scalars
        guard j + 2 < s.count, s[j] == ".", s[j + 1] == " ", s[j + 2].properties.isUppercase else { return false }
        var k = j
        while k > 0, s[k - 1].properties.isAlphabetic || s[k - 1] == "." { k -= 1 }
        guard k < j, k == 0 || s[k - 1] == " " || s[k - 1] == "," || s[k - 1] == "(" else { return false }
        let parts = text.string(k..<j).split(separator: ".")
        return !parts.isEmpty && parts.allSatisfy { degrees.contains(String($0)) }
    }

    /// "Hòa thượng Thích Nguyên Phước, UVTT⟨.⟩ HĐTS, Trưởng Ban Trị sự … chủ trì": the stop at `j`
    /// shortens an office whose body's abbreviation follows it, then a comma — an office in
    /// apposition, no sentence's end (not "… tại TP HCM. UBND TP sẽ …").
    static func abbreviatedOffice(_ text: CleanText, at j: Int) -> Bool {
        let s = text.scalars
        guard j + 3 < s.count, s[j] == ".", s[j + 1] == " " else { return false }
        var k = j
        while k > 0, s[k - 1].properties.isUppercase { k -= 1 }
        var e = j + 2
        while e < s.count, s[e].properties.isUppercase { e += 1 }
        return (2...6).contains(j - k) && (k == 0 || s[k - 1] == " ") && (2...8).contains(e - j - 2) && e < s.count && s[e] == ","
    }

    /// Degrees and ranks written short before a name.
    static let degrees: Set<String> = ["GS", "PGS", "TS", "TSKH", "ThS", "Ths", "BS", "KTS", "CN", "LS", "NSND", "NSƯT"]

    /// Capitalised words that open a sentence before a capital: "Ông Nguyễn …", "Theo Sở …".
    static let sentenceOpeners: Set<String> = [
        "Ông", "Bà", "Anh", "Chị", "Theo", "Tại", "Trong", "Sau", "Ngoài", "Đến", "Còn", "Với", "Từ", "Trước", "Nhưng",
    ]

    /// "“Giá thuốc ở VN quá cao. Một công chức phải chi 3 tháng lương”, tiến sĩ R. Laing nói trong
    /// cuộc họp với Bộ Y tế hôm 10/11": the stop at `j` stands inside a quotation opened on its line
    /// and closed further on it (each within 400 characters), so the speaker's sentence goes on past it.
    static func insideQuote(_ text: CleanText, at j: Int) -> Bool {
        let s = text.scalars
        var open = false
        var k = j
        while k > max(0, j - 400), s[k - 1] != "\n" {
            k -= 1
            if s[k] == "“" || s[k] == "”" { open = s[k] == "“"; break }
            if s[k] == "\"" { open.toggle() }
        }
        guard open else { return false }
        var e = j + 1
        while e < min(s.count, j + 400), s[e] != "\n" {
            if s[e] == "”" || s[e] == "\"" { return true }
            if s[e] == "“" { return false }
            e += 1
        }
        return false
    }
}
