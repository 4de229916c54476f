/// A number after a type word that may name a document: "số 05", "54", not "5 năm" or "2005".
extension Scanner {
    /// "số", "số:", "số :", or "số" glued to the number ("số31-QĐ/TW").
    mutating func readNumberPrefix() -> Bool {
        let start = self
        if byte(pos) == UInt8(ascii: "s"), byte(pos + 1) == UInt8(ascii: "o"), Self.isDigitByte(byte(pos + 2)) {
            pos += 2
            return true
        }
        guard read("so") else { return false }
        skipSpaces()
        if current == UInt8(ascii: ":") { pos += 1 }
        skipSpaces()
        guard Self.isDigitByte(current) else { self = start; return false }
        return true
    }

    /// "Báo cáo 2005 của WB": a year, not a document number, when no "số" comes before it.
    func looksLikeYear() -> Bool {
        var probe = self
        guard let r = probe.readNumber(), r.count == 4, let y = Int(string(r)) else { return false }
        return (1945...2100).contains(y) && !Self.isWordByte(probe.current) && probe.current != UInt8(ascii: "/")
    }

    mutating func readShortNumber() -> Range<Int>? {
        let start = self
        guard let range = readNumber(), range.count <= 4 else { self = start; return nil }
        let c = current
        // "15/5", "2020-2025", "3,5", "100%" are not document numbers.
        if c == UInt8(ascii: "/") || c == UInt8(ascii: "%") || Self.isLetterByte(c)
            || ((c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: ","))
                && Self.isDigitByte(byte(pos + 1))) {
            self = start
            return nil
        }
        var probe = self
        probe.skipSpaces()
        // After "số" the number is a document's whatever follows ("Nghị định số 181 có hiệu lực",
        // "Thông tư số 17 tháng 3/2004"). Nor are words that fold like a noun of quantity: "có"
        // (has), "chỉ" (only), "vẫn" (still, not "văn bản"), "ngay" (at once, not "ngày"), "để" (so
        // as to, not "đề án"), "so" (so với, not "số"), "đang" (not "đảng viên"): "Quy định 114 ngay
        // trong công tác", "Nghị quyết 68 so với các nghị quyết trước"; nor "ban hành" (issues), not
        // "bản" (copies): "Quyết định 217 ban hành Quy chế giám sát …"; nor "đề ra" (sets out), not
        // "đề" (papers): "mục tiêu, nhiệm vụ Nghị quyết 14 đề ra".
        if !start.afterNumberWord(), let w = probe.readWord() {
            let word = String(decoding: text.fold[w], as: UTF8.self), written = string(w)
            // (A capital opens a name, "Quyết định 217 Ban hành …"; not in a line written all in capitals,
            // "KẾ HOẠCH 5 NĂM (2021 - 2025)", a five-year plan.)
            let shouted = written.count > 1 && written.allSatisfy { !$0.isLetter || $0.isUppercase }
            if Self.quantityWords.contains(word) && (!isUppercase(w.lowerBound) || shouted) && !(word == "ban" && probe.nextWordIs("hanh"))
                && !(word == "de" && probe.nextWordIs("ra"))
                && !Self.foldLikeQuantities.contains(written.lowercased()) && !probe.datesFollow(word) {
                self = start
                return nil
            }
        }
        return range
    }

    /// Whether the word just read opens the document's date, not a quantity: "(Chỉ thị 05) ngày
    /// 15/5/2016", "(Quyết định 112) năm 2005", "(Chỉ thị 05) tháng 5/2016" — where "05 ngày", "112
    /// năm" alone would be five days, 112 years, and so would "5 năm 2016 - 2020".
    func datesFollow(_ word: String) -> Bool {
        guard ["ngay", "nam", "thang"].contains(word) else { return false }
        var probe = self
        probe.skipSpaces()
        guard let n = probe.readNumber() else { return false }
        let slash = [UInt8(ascii: "/"), UInt8(ascii: "-")].contains(probe.current) && Self.isDigitByte(probe.byte(probe.pos + 1))
        if word == "nam" {
            // (Not the first of a period's years: "Kế hoạch 5 năm 2016 - 2020", a five-year plan.)
            var period = probe
            period.skipSpaces()
            let first = period.read("-") && { period.skipSpaces(); return period.readNumber()?.count == 4 }()
            return n.count == 4 && Int(string(n)).map { (1945...2100).contains($0) } == true && !slash
                && !Self.isWordByte(probe.current) && !first
        }
        guard slash else { return false }
        if word == "ngay" { return true }
        // "tháng 5/2016": a month and its year.
        probe.pos += 1
        return probe.readNumber()?.count == 4
    }

    /// Whether "số" (or "Số:") stands right before the cursor.
    func afterNumberWord() -> Bool {
        var i = pos - 1
        while i >= 0, text.fold[i] == 32 || text.fold[i] == UInt8(ascii: ":") { i -= 1 }
        guard i >= 1, text.fold[i] == UInt8(ascii: "o"), text.fold[i - 1] == UInt8(ascii: "s"),
              i < 2 || !Self.isWordByte(text.fold[i - 2]) else { return false }
        return ["ố", "Ố"].contains(text.scalars[i])
    }

    /// Words written so that they fold like a noun of quantity, which they are not.
    static let foldLikeQuantities: Set<String> = ["có", "chỉ", "vẫn", "ngay", "để", "so", "đang"]

    /// Words that make the number before them a quantity: "5 năm", "08 nhiệm vụ", "605 văn bản".
    static let quantityWords: Set<String> = [
        "nam", "thang", "ngay", "tuan", "gio", "phut", "nguoi", "trieu", "ty", "nghin", "ngan", "tram",
        "km", "ha", "m", "dong", "lan", "nhiem", "van", "muc", "noi", "chi", "tieu", "diem", "xa",
        "huyen", "tinh", "ban", "cap", "linh", "giai", "doan", "chuong", "dieu", "khoan", "trang",
        "bai", "cuon", "ho", "don", "vi", "co", "so", "nhom", "chuan", "tan", "kg", "lit", "phan",
        "hoc", "vien", "dang", "doi", "thon", "to", "khu", "cau", "de", "y", "luot", "tiet", "buoi",
        "nganh", "linh", "du", "an", "cong", "trinh", "chu", "truong", "giai", "phap", "the",
    ]
}
