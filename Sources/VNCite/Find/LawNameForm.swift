/// Laws cited by name: "Luật Báo chí", "Luật báo chí năm 2016", "Luật An ninh mạng năm 2018",
/// "Bộ luật Hình sự", "Luật Phòng, chống tham nhũng".
enum LawNameForm {
    /// Reads the name after "Luật": the longest name the catalog knows ("Luật Bảo vệ môi trường",
    /// "Luật Phòng, chống tham nhũng"), else up to four words that end before a word that cannot
    /// be part of a name ("Luật Đất đai được …"). Returns it, first letter capitalised, and a year.
    static func read(_ s: inout Scanner, typeStart: Int, catalog: Catalog) -> (name: String, year: Int?, end: Int)? {
        let start = s
        // "ĐH Luật TP HCM", "ngành Luật": a school or a subject, not a law.
        if precededBySchool(s.text, typeStart) { return nil }
        var words: [(range: Range<Int>, folded: String, plain: String)] = []
        var probe = s
        // (As many words as the longest name the catalog knows: "Luật Nhập cảnh, xuất cảnh, quá
        // cảnh, cư trú của người nước ngoài tại Việt Nam" has fifteen.)
        while words.count < 16 {
            var next = probe
            next.skipSpaces()
            if !words.isEmpty, next.current == UInt8(ascii: ",") {
                next.pos += 1
                next.skipSpaces()
            }
            guard var w = next.readWord(), !Scanner.isDigitByte(next.text.fold[w.lowerBound]) else { break }
            // "Luật Điện ảnh7": a footnote number glued to the last word is not part of it.
            if let digit = next.text.fold[w].firstIndex(where: Scanner.isDigitByte) {
                w = w.lowerBound..<digit
                next.pos = digit
                words.append((w, String(decoding: next.text.fold[w], as: UTF8.self), next.string(w).lowercased()))
                break
            }
            words.append((w, String(decoding: next.text.fold[w], as: UTF8.self), next.string(w).lowercased()))
            probe = next
        }
        guard let first = words.first, !notNames.contains(first.plain) else { s = start; return nil }
        var count = 0
        for known in catalog.lawNames where known.count <= words.count && known.count > count {
            if zip(known, words).allSatisfy({ $0 == $1.folded }) { count = known.count }
        }
        if count == 0 {
            // Not a name the catalog knows: it must start with a capital ("Luật có hiệu lực" is
            // the law named before), and it ends at a word no name holds.
            guard s.isUppercase(first.range.lowerBound), !stopWords.contains(first.plain) else { s = start; return nil }
            count = 1
            while count < min(words.count, 5) {
                let w = words[count]
                if !s.isUppercase(w.range.lowerBound) && stopWords.contains(w.plain) { break }
                if w.folded == "quy" && count + 1 < words.count && words[count + 1].folded == "dinh" { break }
                // A comma ends an unknown name.
                if s.text.fold[words[count - 1].range.upperBound..<w.range.lowerBound].contains(UInt8(ascii: ",")) { break }
                count += 1
            }
        }
        let nameEnd = words[count - 1].range.upperBound
        var name = s.string(first.range.lowerBound..<nameEnd)
        if let letter = name.first { name = letter.uppercased() + name.dropFirst() }
        s.pos = nameEnd
        // A year: "năm 2018" or "2016" right after the name.
        var after = s
        after.skipSpaces()
        _ = after.read("nam")
        after.skipSpaces()
        if let y = after.readNumber(), y.count == 4, let year = Int(after.string(y)), (1945...2100).contains(year),
           !Scanner.isWordByte(after.current) {
            s = after
            return (name, year, s.pos)
        }
        return (name, nil, nameEnd)
    }

    /// Whether "Luật" follows the name of a school, a field of study or a law firm ("Công ty Luật").
    static func precededBySchool(_ text: CleanText, _ at: Int) -> Bool {
        let from = max(0, at - 14)
        let before = String(decoding: text.fold[from..<at], as: UTF8.self)
        return ["dai hoc ", "dh ", "truong ", "khoa ", "nganh ", "cu nhan ", "hoc vien ", "sinh vien ", "thac si ",
                "tien si ", "mon ", "cong ty ", "van phong ", "hang "].contains { before.hasSuffix($0) }
    }

    /// Words after "Luật" that make a common noun, not a law: "Luật sư", "Luật pháp", "luật gia".
    /// Compared with their marks: "Luật Giá" and "Pháp lệnh Giá" are laws.
    static let notNames: Set<String> = [
        "sư", "pháp", "lệ", "chơi", "gia", "học", "ngầm", "nhân", "bất", "mà", "ma", "đời", "định", "thép",
        "rừng", "tục", "số", "sửa", "này", "trên", "do", "mới", "hiện", "cũ",
    ]

    /// Words that end a law's name (compared with their diacritics: "vệ" is a name's, "về" not).
    static let stopWords: Set<String> = [
        "năm", "số", "và", "của", "đã", "được", "có", "thì", "là", "để", "cho", "với", "trong", "tại",
        "về", "khi", "nhằm", "theo", "này", "mới", "hiện", "do", "ngày", "sẽ", "đang", "sửa", "như",
        "hay", "hoặc", "cũng", "trên", "đến", "vào", "ra", "gồm", "nên", "phải", "thực", "điều",
        "khoản", "chương", "người", "sau", "trước", "nhưng", "mà", "lại", "chưa", "không", "vẫn",
        "đều", "cần", "bị", "các", "những", "một", "nào", "đó", "ấy", "vừa", "sắp", "từ", "bằng",
        "thay", "nêu", "ghi", "rõ", "nói", "đối", "tới", "còn", "vì", "nếu", "tuy", "rằng",
    ]
}
