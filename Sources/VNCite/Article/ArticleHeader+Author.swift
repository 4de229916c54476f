/// The author's lines between a headline and its date line.
extension ArticleHeader {
    /// "Những định hướng lớn để xây dựng, phát triển tỉnh Bình Định …" / "HỒ QUỐC DŨNG" / "Ủy viên
    /// Trung ương Đảng, Bí thư Tỉnh ủy, …" / "15:39, ngày 22-06-2023": the headline stands over the
    /// author's name in capitals and the line of the author's offices. From line `n` (the one over
    /// the date line), the line over the author's; else `n`.
    static func overByline(_ text: CleanText, _ lines: [Range<Int>], from n: Int) -> Int {
        // ("Gia Lai ký kết hợp tác …" / "Đức Nhật" / "Đức Nhật" / "11/09/2025 18:15 GMT+7": the authors'
        // names in their own case, once or twice, under a headline.)
        // ("• Thực hiện: Trần Nhung" / "• 06/10/2020": a byline with its label; "Hoàng Xuân Chiến Trung tướng,
        // Ủy viên Trung ương Đảng, …" / "22:44, ngày 01-03-2019": the author's name and offices on one line.)
        if n >= 1, case let line = text.string(lines[n]), labelledByline(line) || nameWithOffices(line) || creditsPhotos(line),
           isTitle(text.string(lines[n - 1])) {
            return n - 1
        }
        var k = n
        while k >= 1, n - k < 2, isNames(text.string(lines[k])) { k -= 1 }
        if k < n, isTitle(text.string(lines[k])) { return k }
        guard n >= 2, isAuthor(text.string(lines[n - 1])) else { return n }
        let offices = text.fold[lines[n]]
        return officeOpenings.contains { offices.starts(with: $0.utf8) } ? n - 2 : n
    }

    /// Persons' names in their own case, one to three, dashes between: "Đức Nhật", "Bá Cường - Nguyễn
    /// Phúc" (every word capitalised, as no headline is).
    static func isNames(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        return (2...9).contains(words.count) && line.count <= 50 && words.allSatisfy(isNameWord)
    }

    /// A word of persons' names in their own case, or the dash between two names: "Đức", "–".
    static func isNameWord(_ word: Substring) -> Bool {
        word == "-" || word == "–" || word.first?.isUppercase == true && word.allSatisfy(\.isLetter)
    }

    /// A name in capitals, two to four words, nothing else: "HỒ QUỐC DŨNG".
    static func isAuthor(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        return (2...4).contains(words.count) && words.allSatisfy { $0.allSatisfy { $0.isLetter && $0.isUppercase } }
    }

    /// How an author's line of offices opens (folded): "Ủy viên Trung ương Đảng, …", "Phó Chủ tịch …",
    /// "PGS.TS, …", "Thượng tướng, …".
    static let officeOpenings = ["uy vien ", "bi thu ", "pho ", "chu tich ", "giam doc ", "truong ban ", "bo truong ", "thu truong ",
                                 "tong ", "dai bieu ", "nguyen ", "gs", "pgs", "ts", "ths", "dai tuong", "thuong tuong", "trung tuong",
                                 "thieu tuong", "dai ta", "chu nhiem ", "vien truong "]

    /// "Thực hiện: Trần Nhung", "• Tác giả: Minh Anh", "Bài và ảnh: Thu Hà": a byline by its label.
    static func labelledByline(_ line: String) -> Bool {
        let folded = Catalog.fold(line.drop { $0 == "\u{2022}" || $0 == " " }.lowercased())
        return line.count <= 60 && bylineLabels.contains { folded.hasPrefix($0) }
    }

    static let bylineLabels = ["thuc hien:", "tac gia:", "nguoi viet:", "bai va anh:", "bai, anh:", "tin, anh:", "tin va anh:",
                               "phong vien:", "nhom phong vien:", "nhom pv:"]

    /// "Hải Yến. Ảnh: Thu Hà", "Bài: Minh Anh - Ảnh: Ngọc Tú": who wrote and who took the pictures, the
    /// label "Ảnh:" between their names (names in their own case, the labels and their marks aside).
    static func creditsPhotos(_ line: String) -> Bool {
        guard line.count <= 60, case let folded = Catalog.fold(line.lowercased()), folded.hasPrefix("anh:") || folded.contains(" anh:") else { return false }
        let words = line.split(separator: " ").map { word in word.prefix(word.count - word.reversed().prefix { ".,:".contains($0) }.count) }
            .filter { !["-", "–", ""].contains($0) && !["bai", "anh", "tin"].contains(Catalog.fold($0.lowercased())) }
        return (2...8).contains(words.count) && words.allSatisfy(isNameWord)
    }

    /// "Hoàng Xuân Chiến Trung tướng, Ủy viên Trung ương Đảng, …": a person's name, two to four words in
    /// their own case, then the offices (`officeOpenings`) after it, with commas between.
    static func nameWithOffices(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard line.contains(","), words.count >= 4 else { return false }
        return (2...4).contains { n in
            guard words.prefix(n).allSatisfy(isNameWord), !words[n - 1].hasSuffix(",") else { return false }
            let offices = Catalog.fold(words[n...].joined(separator: " ").lowercased())
            return officeOpenings.contains { offices.hasPrefix($0) }
        }
    }
}
