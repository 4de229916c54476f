/// A lead that gives a street address and a clock time, or where to sign up ("Đăng ký trực tiếp
/// tại …", an e-mail address), advertises an event to come: "Ngày 3/12,
/// Tổ chức Giáo dục Apollo tổ chức hội thảo này tại 67 Lê Văn Hưu", "… ngày 4/11, từ 3-6h chiều tại
/// 96 Lò Đúc". News of a meeting held names its city or hall, not where to come at what hour; one
/// of the two alone ("tại trụ sở số 2 Hùng Vương", "lúc 8h") is no advertisement, nor is a lead
/// that says "sáng nay" or "hôm qua". A study-abroad seminar the lead does not tell as done is one.
extension MeetingReader {
    static func advertises(_ sentences: [LeadWords]) -> Bool {
        // "Lúc 8h sáng nay, UBND … đã tổ chức hội nghị … tại trụ sở số 2 Hòa Bình": today's news.
        if sentences.contains(where: MeetingWords.saysATime) {
            return false
        }
        // "Hội thảo diễn ra vào lúc 16h30 ngày 1/11/2005 tại Văn phòng IDP …, Ông Walter Ong … sẽ
        // trình bày": the hour and what will be done at it, in one sentence.
        // (Or in the next: "Vào 9h ngày 8/5 trường St Andrews có buổi hội thảo tại văn phòng ISC. Ông
        // Rulzion Rattray … sẽ dành thời gian để gặp gỡ …".)
        if sentences.indices.contains(where: { k in
            sentences[k].words.contains { isClockTime($0.text) }
                && sentences[k...min(k + 1, sentences.count - 1)].contains { s in s.words.contains { $0.lower == "sẽ" } }
        }) {
            return true
        }
        // "Đăng ký trực tiếp tại 26 Phùng Khắc Khoan … hay theo địa chỉ: osc.hcm@…": a sentence that
        // tells the reader where to sign up, or an e-mail address.
        if sentences.contains(where: { s in
            s.words.contains(where: isEmailAddress)
                || s.words.count > 1 && s.words[0].isCapitalised && ["đăng ký", "liên hệ"].contains(s.words[0].lower + " " + s.words[1].lower)
        }) {
            return true
        }
        let words = sentences.flatMap(\.words)
        return words.indices.contains { streetAddress(words, at: $0) } && words.contains { isClockTime($0.text) }
    }

    /// A seminar on studying abroad or scholarships ("du học", "học bổng" in the title or the lead):
    /// one the lead does not tell as done, just past or on a day it opens on is an advertisement
    /// ("Cơ hội du học ĐH Zeeland, Hà Lan" over "Từ 13/7 đến 17/7, Công ty Atlantic kết hợp với ĐH
    /// Zeeland tổ chức cuộc hội thảo với quy mô lớn tại các thành phố Hà Nội, TP HCM").
    static func advertisesStudyAbroad(_ text: CleanText, _ body: [Range<Int>], title: CleanText?) -> Bool {
        let aboutIt = body.contains { studyAbroad.found(in: text.fold, $0) }
            || title.map { studyAbroad.found(in: $0.fold, 0..<$0.count) } == true
        return aboutIt && !body.contains { toldPast(LeadWords(text, $0)) }
    }

    /// "osc.hcm@vnn.vn": an e-mail address, a name on both sides of "@" (not the "@" of a page's
    /// date line, "03:15 CH @ Thứ Hai - 08 Tháng Giêng, 2024").
    static func isEmailAddress(_ word: LeadWords.Word) -> Bool {
        guard let at = word.text.firstIndex(of: "@") else { return false }
        return at > word.text.startIndex && word.text.index(after: at) < word.text.endIndex
    }

    /// "tại 67 Lê Văn Hưu", "tại 239/A02 CMT8", "Khách sạn Kim Đô, 133 Nguyễn Huệ": a house number
    /// after "tại", "số" or a name and its comma, then a capitalised word.
    static func streetAddress(_ w: [LeadWords.Word], at k: Int) -> Bool {
        // (", 133 Nguyễn Huệ" after a hotel's name too.)
        guard k > 0, k + 1 < w.count,
              ["tại", "số"].contains(w[k - 1].lower) && w[k - 1].after.isEmpty || w[k - 1].after == "," && w[k - 1].isCapitalised,
              let first = w[k].text.first, first.isNumber, w[k].text.count <= 9,
              !w[k].text.contains("."), w[k].after.isEmpty || w[k].after == ",",
              w[k + 1].text.first?.isUppercase == true else { return false }
        // ("tại 4 thành phố", "số 2005": a count or a year is no house.)
        return w[k].text.count < 4 || w[k].text.contains(where: { !$0.isNumber })
    }

    /// A byte test before the words are cut: "@", "dang ky", "lien he" (folded).
    static func holdsSignUp(_ text: CleanText, _ range: Range<Int>) -> Bool {
        signUp.found(in: text.fold, range)
    }

    static let signUp = ByteNeedles(["@", "dang ky", "lien he"])

    /// Study abroad and its scholarships, folded: "du hoc", "hoc bong".
    static let studyAbroad = ByteNeedles(["du hoc", "hoc bong"])

    /// A byte test before the words are cut: a digit followed by "h" ("17h00", "3-6h").
    static func holdsClockTime(_ text: CleanText, _ range: Range<Int>) -> Bool {
        let f = text.fold
        guard range.count > 1 else { return false }
        return (range.lowerBound..<(range.upperBound - 1)).contains { (48...57).contains(f[$0]) && f[$0 + 1] == 104 }
    }

    /// "17h00", "14h30-18h30", "3-6h", "8h": an hour written with "h".
    static func isClockTime(_ text: String) -> Bool {
        let parts = text.lowercased().split(separator: "-")
        return !parts.isEmpty && parts.contains { part in
            guard let h = part.firstIndex(of: "h"), h != part.startIndex else { return false }
            let hour = part[..<h], minutes = part[part.index(after: h)...]
            return hour.count <= 2 && hour.allSatisfy(\.isNumber) && Int(hour).map({ $0 <= 24 }) == true
                && minutes.count <= 2 && minutes.allSatisfy(\.isNumber)
        }
    }
}
