/// The scanner's first tests, loosened to a line: a long text is cleaned only on the lines that
/// pass ("… thực hiện Chỉ thị số 05-CT/TW …" does, "Ngày 13/6, Bộ trưởng đã đi thăm …" does not).
/// `WindowedPathTests` holds the output equal to scanning every line.
extension CitationFinder {
    /// Whether a mention may start in `range` (a line): what each case of `mentions` needs
    /// before it reads on, loosened, so that a line without it holds no mention.
    /// - a number with a sign and a code: "05-CT/TW", "số 15/2020/NĐ-CP" (not "ngày 13/6, Bộ");
    /// - a type word written in full and then a number on its line: "Nghị định số 15" (not
    ///   "quyết định đầu tư"); a capitalised law, code or constitution: "Luật Báo chí", "NĐ 15"; a
    ///   law's type word before a capital or a colon: "các luật: Đất đai, …";
    /// - a resolution's plenum or congress: "Nghị quyết Trung ương 4", "Nghị quyết Đại hội XIII".
    static func mayHoldMention(_ text: some FoldedLetters, _ range: Range<Int>) -> Bool {
        let fold = text.fold
        let lastDigit = range.reversed().first { Scanner.isDigitByte(fold[$0]) } ?? -1
        for i in range where Scanner.isWordByte(fold[i]) && (i == 0 || !Scanner.isWordByte(fold[i - 1])) {
            if Scanner.isDigitByte(fold[i]) {
                if symbolMayFollow(fold, from: i, in: range) { return true }
            } else if let kinds = kinds(startingWordAt: i, in: fold) {
                for kind in kinds {
                    guard let end = Scanner.phraseEnd(kind.folded, in: fold, at: i) else { continue }
                    if lastDigit >= end { return true }
                    if (kind.isAbbreviation || kind.isLaw || kind.folded == "hien phap" || kind.codeName != nil)
                        && text.isUppercase(at: i)
                        || kind.folded == "bo luat" {
                        return true
                    }
                    // ("các luật: Đất đai, Nhà ở", "2 luật Doanh nghiệp và Đầu tư": a list of laws in small letters.)
                    if kind.isLaw {
                        var next = end
                        while next < range.upperBound, fold[next] == 32 || fold[next] == 9 { next += 1 }
                        if next < range.upperBound, fold[next] == UInt8(ascii: ":") || text.isUppercase(at: next) { return true }
                    }
                    // ("luật phòng, chống mua bán người": a law in small letters, before a word that may open
                    // its name — not "luật sư", "luật pháp".)
                    if kind.isLaw, lawNameMayFollow(fold, after: end, in: range) { return true }
                    // ("Điều lệ Đảng": the Party's Charter.)
                    if kind.folded == "dieu le", Scanner.phraseEnd("dieu le dang", in: fold, at: i) != nil { return true }
                    if kind.partyCode == "NQ" || kind.partyCode == "KL" || kind.folded == "thong bao ket luan" {
                        var next = end
                        while next < range.upperBound, fold[next] == 32 || fold[next] == 9 { next += 1 }
                        if Self.plenumOrCongress.contains(where: { fold[next..<range.upperBound].starts(with: $0) }) { return true }
                    }
                }
            }
        }
        return false
    }

    /// Whether the word after a law's type word (ending at `end`) may open a name: a word of letters,
    /// none of the words that make "luật" a common noun (`LawNameForm.notNames`).
    private static func lawNameMayFollow(_ fold: [UInt8], after end: Int, in range: Range<Int>) -> Bool {
        guard end < range.upperBound, fold[end] == 32 else { return false }
        var wordEnd = end + 1
        while wordEnd < range.upperBound, Scanner.isLetterByte(fold[wordEnd]) { wordEnd += 1 }
        return wordEnd > end + 1 && !foldedNotNames.contains(String(decoding: fold[(end + 1)..<wordEnd], as: UTF8.self))
    }

    /// `LawNameForm.notNames`, folded.
    private static let foldedNotNames = Set(LawNameForm.notNames.map { Catalog.fold($0) })

    /// How a plenum or congress is named after "Nghị quyết": PlenumForm's and CongressForm's
    /// first words ("Nghị quyết Đảng bộ tỉnh … lần thứ XIX": a committee's congress, its word left out).
    private static let plenumOrCongress: [[UInt8]] = ["hoi nghi", "ban chap", "bch", "trung uong", "hntw", "t.u", "tu", "tw",
                                                      "lan thu", "dai hoi", "dh", "dang bo"].map { Array($0.utf8) }

    /// Whether the number at `i` runs to a sign and then, after spaces at most, a letter:
    /// "05-CT", "15/2020/NĐ", "12 / QĐ", within 64 bytes of its line; not "13/6 Bộ".
    private static func symbolMayFollow(_ fold: [UInt8], from i: Int, in range: Range<Int>) -> Bool {
        var afterSign = false
        var j = i
        while j < range.upperBound, j - i < 64 {
            let b = fold[j]
            if b == UInt8(ascii: "-") || b == UInt8(ascii: "/") {
                afterSign = true
            } else if Scanner.isLetterByte(b) {
                if afterSign { return true }
                if fold[j - 1] == 32 || fold[j - 1] == 9 { return false }  // a word after the number
            } else if Scanner.isDigitByte(b) || b == UInt8(ascii: ".") {
                afterSign = false
            } else if b != 32 && b != 9 {
                return false
            }
            j += 1
        }
        return false
    }
}
