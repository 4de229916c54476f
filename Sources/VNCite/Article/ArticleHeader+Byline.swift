/// The date of the byline an article ends with, when its top carries none.
///
/// "Thu Hà - 08/03/2024", "QUANG MINH - Nhân Dân điện tử, 13-07-2012", "Ban biên tập" then
/// "Ngày đăng: 15/05/2024": the page's date under the text, where portals print the author. Not a
/// sentence that ends on a date, a deadline, a schedule's day, nor a letter's place and day
/// ("Quảng Ngãi, 3/3/2005", "Hà Nội ngày 6/6/2005").
extension ArticleHeader {
    /// How many non-empty lines at the end are looked at.
    static let bylineLines = 2

    static func bylineDate(_ text: CleanText) -> CalendarDate? {
        let fold = text.fold
        var end = fold.count
        for _ in 0..<bylineLines {
            while end > 0, fold[end - 1] == 10 || fold[end - 1] == 32 { end -= 1 }
            guard end > 0 else { return nil }
            var start = end
            while start > 0, fold[start - 1] != 10 { start -= 1 }
            let line = start..<end
            end = start
            guard line.count <= 80 else { return nil }
            if let date = labelled(text, line) ?? signed(text, line) { return date }
        }
        return nil
    }

    /// "Ngày đăng: 15/05/2024", "Cập nhật: 13/07/2012 10:25": a date line with its label (not a
    /// deadline's "Hạn nộp hồ sơ: 30/11/2005", a schedule's day, a poem's).
    private static func labelled(_ text: CleanText, _ line: Range<Int>) -> CalendarDate? {
        let folded = String(decoding: text.fold[line], as: UTF8.self)
        guard publicationLabels.contains(where: { folded.hasPrefix($0) }) else { return nil }
        return publicationDate(in: text, line)
    }

    /// "Thu Hà - 08/03/2024", "Khánh Trung - 06/07/2023, 11:05", "QUANG MINH - Nhân Dân điện tử,
    /// 13-07-2012", "Truyền hình Tòa án nhân dân - 25/12/2022 - 05:16": an author or an outlet of a
    /// few words and a dash (or an author, a dash, the outlet and a comma), then the date, and its
    /// time, end the line.
    static func signed(_ text: CleanText, _ line: Range<Int>) -> CalendarDate? {
        var s = Scanner(text, at: line.lowerBound)
        while s.pos < line.upperBound {
            guard Scanner.isDigitByte(s.current), s.isWordStart(s.pos) else { s.pos += 1; continue }
            let at = s.pos
            guard let date = s.readDate() else { return nil }
            // (Its time after it: ", 11:05", " 11:05", " - 05:16".)
            while s.pos < line.upperBound, s.current == 32 || s.current == UInt8(ascii: ",") || s.current == UInt8(ascii: ":")
                    || s.current == UInt8(ascii: "-") || Scanner.isDigitByte(s.current) { s.pos += 1 }
            guard s.pos >= line.upperBound else { return nil }
            // The author before it, closed by a dash, or an author, a dash and the outlet, closed by a
            // comma (a place and a comma sign a letter: "Quảng Ngãi, 3/3/2005").
            var name = text.string(line.lowerBound..<at).trimmed()
            // ("NGỌC TÚ - Cập nhật: 15/10/2015 09:02": the label after the author's dash.)
            for label in ["cập nhật:", "cập nhật lúc:", "đăng lúc:", "ngày đăng:"] where name.lowercased().hasSuffix(label) {
                name = String(name.dropLast(label.count)).trimmed()
            }
            guard let mark = name.last, mark == "-" || mark == "–" || mark == "," && (name.contains(" - ") || name.contains(" – ")) else { return nil }
            name = String(name.dropLast()).trimmed()
            let words = name.split(separator: " ")
            guard (1...8).contains(words.count), !name.contains(where: { $0.isNumber || ".!?:;".contains($0) }),
                  !["ngày", "hà nội", "tp"].contains(where: { name.lowercased().hasSuffix($0) }) else { return nil }
            return date
        }
        return nil
    }

    /// "… (the lead) / Cẩm Tú – Quang Hòa / 20/06/2024 20:00": the page's stamp on a line of its own,
    /// a date and its time, under the authors' names under the first paragraph (`body` is its line).
    static func stampUnderByline(_ text: CleanText, _ lines: [Range<Int>], body: Int) -> CalendarDate? {
        // (Lengths first: most articles have no such lines, and their words need not be cut.)
        guard body + 2 < lines.count, lines[body + 1].count <= 60, (12...19).contains(lines[body + 2].count),
              Scanner.isDigitByte(text.fold[lines[body + 2].lowerBound]) else { return nil }
        let names = text.string(lines[body + 1]).split(separator: " ")
        guard (1...8).contains(names.count), names.allSatisfy(isNameWord) else { return nil }
        let stamp = text.string(lines[body + 2]).split(separator: " ")
        guard stamp.count == 2, isClock(stamp[1]), stamp[0].allSatisfy({ $0.isNumber || $0 == "/" }) else { return nil }
        return publicationDate(in: text, lines[body + 2])
    }
}
