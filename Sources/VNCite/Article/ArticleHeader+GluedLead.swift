/// A headline whose line break was lost, so that the lead runs on in its line: "Chưa có biện pháp
/// hỗ trợ người trồng dứa cayenne Chiều 26-9, đại diện Sở Nông nghiệp … đã có buổi làm việc …",
/// "Sinh viên được vay tiền thông qua gia đình Hôm qua 18-1, Ngân hàng Chính sách xã hội …", "Lan tỏa
/// các giá trị di sản văn hóa ở Quảng BìnhNgày 19/11, Hội Di sản …" (no space left).
/// The lead opens on a capitalised time with its day ("Chiều 26-9,", "Sáng nay 8-6,", "Ngày
/// 24-3,"), on "Đó là" right after a word of the headline, or on a word that opens sentences
/// ("… Ông Ehud Olmert Trong phiên họp nội các ngày 29-1, …"); "Kỷ niệm Ngày Quốc khánh" is no
/// such time.
extension ArticleHeader {
    /// Where the lead starts in `line`, or nil when the line holds no lead run into a headline.
    static func gluedLeadStart(_ text: CleanText, _ line: Range<Int>) -> Int? {
        let fold = text.fold
        var words = 1
        var i = line.lowerBound + 1
        // The lead needs room for a sentence after the headline, and a headline is at most 250
        // characters (`ArticleHeader.read`): a longer line is not searched to its end.
        while i < min(line.upperBound - 40, line.lowerBound + 252) {
            defer { i += 1 }
            // ("… ở Quảng BìnhNgày 19/11, Hội Di sản …": the break lost with no space left, a word's
            // small letter then the lead's capital; not a stray letter, "… giết người xTheo …".)
            if fold[i - 1] != 32, words >= 5, CleanText.isUppercase(text.scalars[i]), CleanText.isAlphabetic(text.scalars[i - 1]),
               !CleanText.isUppercase(text.scalars[i - 1]), CleanText.isAlphabetic(text.scalars[i - 2]),
               opensLead(text, at: i) {
                return i
            }
            guard fold[i - 1] == 32, fold[i] != 32 else { continue }
            words += 1
            guard words >= 5, i - line.lowerBound >= 15, CleanText.isUppercase(text.scalars[i]) else { continue }
            if asksOrExclaims(text, line.lowerBound..<(i - 1)) { return i }
            // The headline's last word ends on a letter, a digit, a bracket or a quote — not ":" or ",".
            let last = text.scalars[i - 2]
            guard CleanText.isAlphabetic(last) || ("0"..."9").contains(last) || [")", "\"", "”", "'"].contains(last) else { continue }
            // (Not a quotation that a colon opens: "… Ông Chính tường thuật:\" Sáng ngày 22/4, …".)
            if ["\"", "”", "'"].contains(last), i >= 3, text.scalars[i - 3] == ":" { continue }
            if opensLead(text, at: i) { return i }
        }
        return nil
    }

    /// "Bồi dưỡng văn hóa ngoài giờ, lợi cho ai? ⟨Các em học sinh …⟩", "Van Basten đi sau về trước!
    /// ⟨Van Basten trên sân tập …⟩": a short headline that asks or exclaims, at most 80 characters,
    /// one sentence ("Đùng!" is too short to be one).
    static func asksOrExclaims(_ text: CleanText, _ headline: Range<Int>) -> Bool {
        let s = text.scalars
        var end = headline.upperBound
        while end > headline.lowerBound, ["\"", "”", "’", "'"].contains(s[end - 1]) { end -= 1 }
        guard headline.count <= 80, end > headline.lowerBound, ["?", "!"].contains(s[end - 1]) else { return false }
        let inner = headline.lowerBound..<(end - 1)
        return !inner.contains { k in [".", "?", "!"].contains(s[k]) && k + 1 < s.count && s[k + 1] == " " }
    }

    /// Where an outlet's mark that ends a headline starts, the lead run on after it: "Lãnh đạo TPHCM
    /// tiếp xã giao đại diện Quỹ Từ thiện Ford, Mỹ ⟨(NLĐ)-⟩ Chiều 5-1, …", "… ⟨(NLĐO) –⟩ …": an
    /// abbreviation of two to six capitals in brackets, then a dash, after at least 15 characters.
    /// (Or without its brackets, the lead's time after the dash: "Gặp mặt kỷ niệm 80 năm … ⟨ĐNO -⟩ Ngày 13/8, …".)
    static func outletMarkStart(_ text: CleanText, _ line: Range<Int>) -> Int? {
        let s = text.scalars
        var i = line.lowerBound + 15
        while i < min(line.upperBound - 3, line.lowerBound + 252) {
            defer { i += 1 }
            if s[i - 1] == " ", bareOutletMark(text, at: i, in: line) { return i }
            guard s[i] == "(" else { continue }
            var k = i + 1
            while k < line.upperBound, CleanText.isUppercase(s[k]) { k += 1 }
            guard (2...6).contains(k - i - 1), k < line.upperBound, s[k] == ")" else { continue }
            k += 1
            while k < line.upperBound, s[k] == " " { k += 1 }
            if k < line.upperBound, s[k] == "-" { return i }
        }
        return nil
    }

    /// "ĐNO - Ngày 13/8, …": two to six capitals, a dash and a lead's time with its day.
    static func bareOutletMark(_ text: CleanText, at i: Int, in line: Range<Int>) -> Bool {
        let s = text.scalars
        var k = i
        while k < line.upperBound, CleanText.isUppercase(s[k]) { k += 1 }
        guard (2...6).contains(k - i), k + 3 < line.upperBound, s[k] == " ", ["-", "–"].contains(s[k + 1]), s[k + 2] == " " else { return false }
        return opensLead(text.fold, at: k + 3)
    }

    /// A lead's opening: a time with its day, or "Đó là", "Đây là" — what the headline said, said
    /// to be someone's ("Luật Đấu thầu sẽ chấm dứt tình trạng khép kín Đó là khẳng định của Bộ
    /// trưởng …"), or a word that opens a sentence and no name (`sentenceOpeners`).
    static func opensLead(_ text: CleanText, at i: Int) -> Bool {
        if opensLead(text.fold, at: i) || opensSentence(text, at: i) { return true }
        guard i + 6 < text.fold.count, text.scalars[i] == "Đ" else { return false }
        return text.fold[i..<(i + 6)].elementsEqual("do la ".utf8) || i + 7 < text.fold.count && text.fold[i..<(i + 7)].elementsEqual("day la ".utf8)
    }

    /// A time that opens a lead with its day: "Chiều 26-9", "Hôm qua 18-1", "Sáng qua (11-1)",
    /// "Ngày 10-10", "Sáng nay,", "Chiều ngày 7/1/2021".
    static func opensLead(_ fold: [UInt8], at i: Int) -> Bool {
        func word(at j: Int) -> (String, next: Int) {
            var end = j
            while end < fold.count, fold[end] != 32, fold[end] != 10, fold[end] != 44 { end += 1 }
            return (String(decoding: fold[j..<end], as: UTF8.self), end + 1)
        }
        let (time, afterTime) = word(at: i)
        guard leadTimes.contains(time), afterTime < fold.count else { return false }
        var j = afterTime
        let (next, afterNext) = word(at: j)
        if time != "ngay", ["qua", "nay"].contains(next) {
            // "Hôm qua, Bộ …" as "Hôm qua 18-1, Bộ …".
            if afterNext - 1 < fold.count, fold[afterNext - 1] == 44 { return true }
            j = afterNext
        } else if time != "ngay", next == "ngay" {
            j = afterNext  // "Chiều ngày 7/1/2021, …"
        }
        guard j < fold.count else { return false }
        if fold[j] == 40, j + 1 < fold.count { j += 1 }  // "("
        return fold[j] >= 48 && fold[j] <= 57
    }

    /// "Israel kêu gọi tẩy chay Hamas Ông Ehud Olmert ⟨Trong phiên họp nội các ngày 29-1,⟩ …",
    /// "Sẽ thành lập trường ĐH Phú Yên ⟨Theo nguồn tin từ Sở Giáo dục … ngày 3-1,⟩ …": a capitalised
    /// word that opens a sentence, as written (not "Tài" of "Bộ Tài chính", "Dầu" of "Dầu khí",
    /// "Đề" of "Đề án"; never a syllable of a person's name, as "Nhân", "Từ", "Được" are), and the
    /// clause it opens closed by a comma within twenty words — not a place's name that such a word
    /// opens ("ở bãi Sau mà quên rằng …", "tại Sân khấu Bãi Trước (Vũng Tàu) đêm 11/4 sẽ có …").
    static func opensSentence(_ text: CleanText, at i: Int) -> Bool {
        let s = text.scalars
        func wordEnd(_ k: Int) -> Int {
            var end = k
            while end < s.count, CleanText.isAlphabetic(s[end]) { end += 1 }
            return end
        }
        let end = wordEnd(i)
        guard end > i, end < s.count, s[end] == " " else { return false }
        // ("Kết thúc", "Phát biểu", "Mặc dù": two words.)
        let second = wordEnd(end + 1)
        guard sentenceOpeners.contains(text.string(i..<end))
                || second < s.count && s[second] == " " && sentenceOpeners.contains(text.string(i..<second)) else { return false }
        var words = 0
        var k = end
        while k < s.count, words < 20 {
            switch s[k] {
            case ",": return true
            case ".", "?", "!", ":", ";", "\n": return false
            case " ": words += 1
            default: break
            }
            k += 1
        }
        return false
    }

    /// Words that open a sentence and no name, as written.
    static let sentenceOpeners: Set<String> = [
        "Trong", "Tại", "Theo", "Sau", "Khi", "Với", "Để", "Nếu", "Dù", "Mặc dù", "Trước", "Vào", "Kết thúc", "Phát biểu",
    ]

    /// The times that open a sentence (`BodyGrammar.sentenceTimes`), folded: "sang", "dem".
    private static let leadTimes = Set(BodyGrammar.sentenceTimes.map(Catalog.fold))
}
