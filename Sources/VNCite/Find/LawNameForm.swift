/// Laws cited by name: "Luật Báo chí", "Luật báo chí năm 2016", "Luật An ninh mạng năm 2018",
/// "Bộ luật Hình sự", "Luật Phòng, chống tham nhũng"; with the abbreviations the catalogue
/// spells out: "Luật BHXH" (Bảo hiểm xã hội), "Luật Tổ chức QH" (Tổ chức Quốc hội).
enum LawNameForm {
    /// Reads the name after "Luật": the longest name the catalog knows ("Luật Bảo vệ môi trường",
    /// "Luật Phòng, chống tham nhũng"), else up to four words that end before a word that cannot
    /// be part of a name ("Luật Đất đai được …"). Returns it, first letter capitalised and its
    /// abbreviations spelled out, a year, and the name as written when it holds an abbreviation
    /// ("CNTT" in "Luật CNTT", "Tổ chức VKSND": the name a reader gives it).
    /// With `knownOnly`, only a name the catalog knows (a list's further names: "Luật Đất đai, ⟨Nhà ở⟩").
    static func read(_ s: inout Scanner, typeStart: Int, catalog: Catalog, knownOnly: Bool = false)
        -> (name: String, year: Int?, end: Int, written: String?)? {
        let start = s
        // "ĐH Luật TP HCM", "ngành Luật": a school or a subject, not a law.
        if precededBySchool(s.text, typeStart) { return nil }
        var words: [(range: Range<Int>, folded: String, plain: String)] = []
        // Abbreviations read as their words ("Luật BHXH"), each word with the abbreviation's range.
        var spelledOut: [(range: Range<Int>, words: String)] = []
        var probe = s
        // (As many words as the longest name the catalog knows: "Luật Ban hành văn bản quy phạm pháp
        // luật của Hội đồng nhân dân và Ủy ban nhân dân" has eighteen.)
        while words.count < 18 {
            var next = probe
            next.skipSpaces()
            // (Or a dash between spaces where the name has a comma: "Luật Tín ngưỡng - Tôn giáo năm 2016".)
            if !words.isEmpty, next.current == UInt8(ascii: ",") || spacedDash(next) {
                next.pos += 1
                next.skipSpaces()
            }
            guard var w = next.readWord(), !Scanner.isDigitByte(next.text.fold[w.lowerBound]) else { break }
            // "Luật Điện ảnh7": a footnote number glued to the last word is not part of it.
            let glued = next.text.fold[w].firstIndex(where: Scanner.isDigitByte)
            if let digit = glued {
                w = w.lowerBound..<digit
                next.pos = digit
            }
            let folded = String(decoding: next.text.fold[w], as: UTF8.self)
            if isAbbreviation(w, in: next), let (joined, word) = joinedAbbreviations(after: w, in: &next, catalog: catalog) {
                spelledOut.append((joined, word.spelled))
                words += word.folded.map { (joined, $0, $0) }
            } else if isAbbreviation(w, in: next), let word = catalog.lawWords[folded] {
                spelledOut.append((w, word.spelled))
                words += word.folded.map { (w, $0, $0) }
            } else {
                words.append((w, folded, next.string(w).lowercased()))
            }
            if glued != nil { break }
            probe = next
        }
        guard let first = words.first, !notNames.contains(first.plain) else { s = start; return nil }
        var count = 0
        // (The words the text writes a comma after: a name the catalogue writes without it there ends
        // before it, "Luật doanh nghiệp, tư nhân muốn kinh doanh …" not "Luật Doanh nghiệp tư nhân".)
        let commaAfter = Set(words.indices.dropLast().filter { k in
            words[k].range != words[k + 1].range && s.text.fold[words[k].range.upperBound..<words[k + 1].range.lowerBound].contains { [44, 45].contains($0) }
        })
        // (Folding drops what tells "được" from "Dược": "những Luật được ưu tiên" names no Luật Dược.
        // An abbreviation spelled out tells nothing so: "Luật TTATGTĐB" is the Luật Trật tự, ….)
        let firstLetters = spelledOut.contains { $0.range == first.range } ? nil : Catalog.letters(s.string(first.range))
        /// Whether the text's words open with `known`, its commas where the catalogue has them.
        func opens(with known: [String], commas: Set<Int>) -> Bool {
            guard known.count <= words.count, known.count > count else { return false }
            // (A name ends where an abbreviation's words end, not inside them.)
            let ends = known.count == words.count || words[known.count].range != words[known.count - 1].range
            return ends && zip(known, words).allSatisfy({ $0 == $1.folded }) && commaAfter.filter({ $0 < known.count - 1 }).isSubset(of: commas)
        }
        // (The words the known name writes a comma after.)
        var knownCommas: Set<Int> = []
        // (Where the text writes "và" for the catalogue's comma, or a comma after the word before the
        // catalogue's "và", when it does.)
        var andAt: Int?, commaFor: Int?
        for (n, known) in catalog.lawNames.enumerated() where known.count - 1 <= words.count && known.count > count {
            if let firstLetters, let letters = catalog.lawNameFirstLetters[n], firstLetters != letters { continue }
            if opens(with: known, commas: catalog.lawNameCommas[n]) { (count, knownCommas, andAt, commaFor) = (known.count, catalog.lawNameCommas[n], nil, nil) }
            // (Two fields the catalogue joins by "và", the text by a comma: "Luật Tiêu chuẩn, Quy chuẩn kỹ
            // thuật" is the Luật Tiêu chuẩn và quy chuẩn kỹ thuật.)
            if !commaAfter.isEmpty, let and = known.indices.dropFirst().first(where: { known[$0] == "va" }), commaAfter.contains(and - 1) {
                var joined = known
                joined.remove(at: and)
                let commas = Set(catalog.lawNameCommas[n].map { $0 > and ? $0 - 1 : $0 }).union([and - 1])
                if opens(with: joined, commas: commas) { (count, knownCommas, andAt, commaFor) = (joined.count, commas, nil, and - 1) }
            }
            // (And the other way: the catalogue's last comma written "và", "Luật Ban hành văn bản quy
            // phạm pháp luật của Hội đồng nhân dân và Uỷ ban nhân dân" for "… Hội đồng nhân dân, Ủy ban nhân dân".)
            if let last = catalog.lawNameCommas[n].max(), known.count + 1 <= words.count, words[last + 1].folded == "va" {
                var joined = known
                joined.insert("va", at: last + 1)
                let commas = Set(catalog.lawNameCommas[n].map { $0 > last ? $0 + 1 : $0 }).subtracting([last])
                if opens(with: joined, commas: commas) { (count, knownCommas, andAt, commaFor) = (joined.count, commas, last + 1, nil) }
            }
        }
        if count == 0, knownOnly { s = start; return nil }
        let known = count > 0
        if count == 0 {
            // Not a name the catalog knows: it must start with a capital ("Luật có hiệu lực" is
            // the law named before), and it ends at a word no name holds.
            // ("Luật Luật hoạt động giám sát": the type word written twice, the second one opens no name.)
            guard s.isUppercase(first.range.lowerBound), !stopWords.contains(first.plain), first.plain != "luật" else { s = start; return nil }
            // (In capitals throughout, "DỰ ÁN LUẬT ĐƠN VỊ … TẠI KỲ HỌP", a capital tells nothing: the
            // words of a sentence end the name as they do in small letters.)
            let shouted = words.count >= 2 && isAbbreviation(first.range, in: s) && isAbbreviation(words[1].range, in: s)
            func ends(_ k: Int) -> Bool {
                let w = words[k]
                if (shouted || !s.isUppercase(w.range.lowerBound)) && stopWords.contains(w.plain) { return true }
                // "Luật CNTT dựa …": a word in small letters after an abbreviation is the sentence's.
                if !s.isUppercase(w.range.lowerBound) && isAbbreviation(words[k - 1].range, in: s) { return true }
                if w.folded == "quy" && k + 1 < words.count && words[k + 1].folded == "dinh" { return true }
                // A comma ends an unknown name, and so does a dash between spaces.
                let gap = words[k - 1].range.upperBound..<max(words[k - 1].range.upperBound, w.range.lowerBound)
                return s.text.fold[gap].contains { [44, 45].contains($0) }
            }
            count = 1
            while count < min(words.count, maximumUnknownWords), !ends(count) { count += 1 }
            // One letter is no name: "… hướng dẫn thi hành Luật Đ" is cut off where the text ends.
            if count == 1, first.plain.count == 1 { s = start; return nil }
            // A name that runs on past the longest an unknown one may be is none the text gives whole:
            // "Luật Đơn vị hành chính kinh tế đặc ⟨biệt …⟩" is not read cut short.
            if count == maximumUnknownWords, count < words.count, !ends(count) { s = start; return nil }
            // One word that opens two or more names the catalogue knows names their family, no one law:
            // "các Luật Thuế, Pháp lệnh Thuế" (the tax laws); not a longer name of its own ("Luật Thuế sử
            // dụng đất", "Luật Hoạt động giám sát").
            if count == 1, catalog.lawNames.lazy.filter({ $0.count > 1 && $0[0] == first.folded }).prefix(2).count == 2 {
                s = start
                return nil
            }
        }
        let nameEnd = words[count - 1].range.upperBound
        func capitalised(_ text: String) -> String { (text.first?.uppercased() ?? "") + text.dropFirst() }
        let inName = spelledOut.filter { $0.range.upperBound <= nameEnd }
        var name = ""
        var from = first.range.lowerBound
        for abbreviation in inName {
            name += s.string(from..<abbreviation.range.lowerBound) + abbreviation.words
            from = abbreviation.range.upperBound
        }
        name = capitalised(name + s.string(from..<nameEnd))
        // A known name is written as the catalogue writes it, one name and one key however the text
        // spells it: its commas where the text has none or a dash ("Luật Khiếu nại tố cáo", "Luật Tín
        // ngưỡng - Tôn giáo" are the Luật Khiếu nại, tố cáo and the Luật Tín ngưỡng, tôn giáo), its comma
        // where the text has "và", its "và" where the text has a comma.
        if known, inName.isEmpty {
            name = capitalised(words.prefix(count).indices.filter { $0 != andAt }.map { k in
                s.string(words[k].range) + (k == commaFor ? " và" : k < count - 1 && (knownCommas.contains(k) || k == (andAt ?? 0) - 1) ? "," : "")
            }.joined(separator: " "))
        } else if let andAt {
            // ("… của HĐND và UBND": the "và" counted among the words spelled out.)
            let before = words.prefix(andAt).count { $0.folded == "va" }
            let parts = name.components(separatedBy: " và ")
            if parts.count > before + 1 {
                name = parts[...before].joined(separator: " và ") + ", " + parts[(before + 1)...].joined(separator: " và ")
            }
        }
        // The name as the text writes it when it holds an abbreviation the catalogue spells out, or
        // is spelled otherwise than the catalogue: the name a reader gives it ("CNTT" in "Luật CNTT",
        // "Tổ chức VKSND" in "Luật tổ chức VKSND", "Khiếu nại tố cáo" in "Luật Khiếu nại tố cáo").
        // (Without a space the text puts before a comma: "cứu nạn , cứu hộ".)
        let asWritten = capitalised(s.string(first.range.lowerBound..<nameEnd).split(whereSeparator: \.isWhitespace).joined(separator: " "))
            .replacingOccurrences(of: " ,", with: ",")
        let written = inName.isEmpty && asWritten == name ? nil : asWritten
        if ForeignDocument.follows(s.text, after: nameEnd) { s = start; return nil }
        s.pos = nameEnd
        // A year: "năm 2018" or "2016" right after the name.
        if let year = s.readNameYear(in: 1945...2100) { return (name, year, s.pos, written) }
        return (name, nil, nameEnd, written)
    }

    /// A dash with a space on each side at the scanner's place: "Tín ngưỡng ⟨-⟩ Tôn giáo".
    static func spacedDash(_ s: Scanner) -> Bool {
        s.current == UInt8(ascii: "-") && s.pos > 0 && s.text.fold[s.pos - 1] == 32 && s.pos + 1 < s.text.count && s.text.fold[s.pos + 1] == 32
    }

    /// The most words of a name the catalogue does not know ("Luật Đăng ký giao dịch bất động sản" has six).
    static let maximumUnknownWords = 7

    /// Whether a word is written in capitals only, two or more: "BHXH", "QH".
    static func isAbbreviation(_ word: Range<Int>, in s: Scanner) -> Bool {
        word.count >= 2 && word.allSatisfy { s.isUppercase($0) }
    }

    /// Whether "Luật" follows the name of a school, a field of study, a law firm ("Công ty Luật") or
    /// is the law in general, a newspaper's name among them ("báo Pháp Luật TP HCM"), or discipline
    /// ("XỬ LÝ KỶ LUẬT TỔ CHỨC ĐẢNG VI PHẠM", a heading in capitals).
    static func precededBySchool(_ text: CleanText, _ at: Int) -> Bool {
        // (A law firm by its company's form, "Công ty TNHH MTV Luật QHN"; a faculty of two fields, "Khoa
        // Kinh tế - Luật Trường Đại học …".)
        precededBy(["dai hoc ", "dh ", "truong ", "khoa ", "nganh ", "cu nhan ", "hoc vien ", "sinh vien ", "thac si ",
                    "tien si ", "mon ", "cong ty ", "van phong ", "hang ", "phap ", "tnhh ", "mtv ", "kinh te - "], text, at)
            // (With its mark: "đọc rất kỹ Pháp lệnh Thủ đô" reads the ordinance.)
            || at >= 3 && text.string((at - 3)..<at).lowercased() == "kỷ "
    }

    /// Whether the folded text right before `at` ends with one of `words` (each fourteen bytes at most).
    static func precededBy(_ words: [String], _ text: CleanText, _ at: Int) -> Bool {
        let before = String(decoding: text.fold[max(0, at - 14)..<at], as: UTF8.self)
        return words.contains { before.hasSuffix($0) }
    }

    /// Words after "Luật" that make a common noun, not a law: "Luật sư", "Luật pháp", "luật gia".
    /// Compared with their marks: "Luật Giá" and "Pháp lệnh Giá" are laws.
    static let notNames: Set<String> = [
        "sư", "pháp", "lệ", "chơi", "gia", "học", "ngầm", "nhân", "bất", "mà", "ma", "đời", "định", "thép",
        "rừng", "tục", "số", "sửa", "này", "trên", "do", "mới", "hiện", "cũ",
        // A country's or a city's law, or a school's name: "Luật VN quy định", "ĐH … Luật TP HCM".
        "vn", "việt", "tp", "tphcm",
    ]

    /// Words that end a law's name (compared with their diacritics: "vệ" is a name's, "về" not).
    static let stopWords: Set<String> = [
        "năm", "số", "và", "của", "đã", "được", "có", "thì", "là", "để", "cho", "với", "trong", "tại",
        "về", "khi", "nhằm", "theo", "này", "mới", "hiện", "do", "ngày", "sẽ", "đang", "sửa", "như",
        "hay", "hoặc", "cũng", "trên", "đến", "vào", "ra", "gồm", "nên", "phải", "thực", "điều",
        "khoản", "chương", "người", "sau", "trước", "nhưng", "mà", "lại", "chưa", "không", "vẫn",
        "đều", "cần", "bị", "các", "những", "một", "nào", "đó", "ấy", "vừa", "sắp", "từ", "bằng",
        "thay", "nêu", "ghi", "rõ", "nói", "đối", "tới", "còn", "vì", "nếu", "tuy", "rằng",
        "chỉ", "trình", "ban", "coi", "mang", "dưới", "sáng", "chiều", "tối",
    ]
}
