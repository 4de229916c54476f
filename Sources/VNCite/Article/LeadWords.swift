import Foundation

/// A sentence of a lead cut into words, each with its folded form, for the meeting reader.
///
/// "Chiều 13/6, Ban thường vụ Đảng ủy Khối tổ chức …" → words "Chiều", "13/6", "Ban", …; the
/// comma after "13/6" is kept as that word's `after`. Folded forms drop tones and case:
/// "Đảng" → "dang".
struct LeadWords {
    struct Word {
        /// The word without the punctuation around it: "Ban", "TP.HCM", "13/6".
        var text: String
        /// Its folded form: "ban", "tp.hcm".
        var folded: String
        /// Lower case with its marks, tones placed one way: "khoá" → "khóa". Meeting words are
        /// compared so: "kỳ họp" is a session, "ký hợp (đồng)" a contract; both fold to "ky hop".
        var lower: String
        /// A word of Vietnamese (one syllable) or an abbreviation, not a foreign name ("Marius").
        /// (The Central Highlands' names end on "k" where Vietnamese writes "c": "Đắk Lắk", "Krông Pắk" —
        /// with a mark, which no English "Book" has.)
        var isVietnamese: Bool {
            let scalars = text.unicodeScalars.map(\.value)
            if isAcronym || VietnameseSyllable.isWellFormed(scalars) { return true }
            guard scalars.count >= 2, scalars.last == 0x6B, scalars.contains(where: { $0 >= 0x80 }) else { return false }
            return VietnameseSyllable.isWellFormed(scalars.dropLast() + [0x63])
        }
        /// Punctuation written before and after it: "(", "," …
        var before: String
        var after: String
        /// Written against the word before, with no space: "Thông" of "Văn hóa-Thông tin".
        var glued = false

        init(text: String, folded: String, before: String, after: String) {
            self.text = text
            self.folded = folded
            self.lower = LeadWords.normal(text)
            self.before = before
            self.after = after
        }

        var isCapitalised: Bool { text.first.map { $0.isUppercase || $0.isNumber } ?? false }
        /// A quotation opens before it or closes after it: "“Giới", "VN”" (a straight quote too).
        var opensQuote: Bool { before.contains { $0 == "“" || $0 == "\"" } }
        var closesQuote: Bool { after.contains { $0 == "”" || $0 == "\"" } }
        /// "(IDSF)", "(KIPA)": an abbreviation in brackets, as a name's closing word.
        var isBracketedAbbreviation: Bool { isAcronym && before == "(" && after.hasPrefix(")") }
        /// "UBND", "WTO", "G7", "TT&TT", "GD-ĐT": an organisation's abbreviation.
        var isAcronym: Bool {
            let n = text.count
            guard n >= 2, text.first?.isUppercase == true, text.last != "-" else { return false }
            // ("HĐND-UBND": two joined by a dash; "UB.MTTQVN": by a dot.)
            guard n <= 8 || n <= 12 && text.reduce(0, { $0 + ($1 == "-" || $1 == "." ? 1 : 0) }) == 1 else { return false }
            return text.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "&" || $0 == "." || $0 == "-" }
        }
    }

    let words: [Word]

    init(words: [Word]) { self.words = words }

    /// The first `n` words: "Tại cuộc họp, … trong kỳ họp …" up to the second noun.
    func prefix(_ n: Int) -> LeadWords { LeadWords(words: Array(words.prefix(n))) }

    init(_ sentence: String) {
        let clean = CleanText(sentence)
        self.init(clean, 0..<clean.count)
    }

    /// The words of a range of a cleaned text (NFC, folded alongside): nothing is folded twice.
    init(_ text: CleanText, _ range: Range<Int>) {
        var words: [Word] = []
        var i = range.lowerBound
        // ("Sở Nông nghiệp ⟨( NN&PTNT )⟩ tỉnh Phú Yên": a bracket written apart opens the next word.)
        var opened = false
        while i < range.upperBound {
            while i < range.upperBound, Self.isSpace(text.fold[i]) { i += 1 }
            var end = i
            while end < range.upperBound, !Self.isSpace(text.fold[end]) { end += 1 }
            if end == i + 1, text.scalars[i] == "(" {
                opened = true
            } else if end > i {
                let count = words.count
                Self.append(token: i..<end, of: text, to: &words)
                if opened, words.count > count { words[count].before = "(" + words[count].before }
                opened = false
            }
            i = end
        }
        // (One left open at the end belongs to the word before, as any lone bracket does.)
        if opened, !words.isEmpty { words[words.count - 1].after += "(" }
        self.words = Self.sentenceCased(words)
    }

    /// Short names of a city or a town, written with a full stop: "TP. Hồ Chí Minh", "TX. Sơn Tây"
    /// (not "Q.", "P.": "Nguyễn Q. Liêm", "J.P. Morgan").
    static let placeAbbreviations: Set<String> = ["TP", "Tp", "TX", "Tx"]

    private static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 10 || b == 9 }

    /// The word a glued full stop ends: small letters at its end, three letters or more, or fewer
    /// with a Vietnamese mark ("Bộ", not "St" nor "Th").
    private static func gluedWordBefore(_ text: CleanText, _ range: Range<Int>) -> Bool {
        guard let last = range.last, text.scalars[last].properties.isLowercase else { return false }
        let letters = range.reversed().prefix { text.scalars[$0].properties.isAlphabetic }
        return letters.count >= 3 || letters.contains { !text.scalars[$0].isASCII }
    }

    /// One token: the punctuation around it split off; "(NLĐ)-Tại" split after ")-".
    private static func append(token: Range<Int>, of text: CleanText, to words: inout [Word]) {
        var lo = token.lowerBound, hi = token.upperBound
        // "(NLĐ)-Tại buổi làm việc", "(NLĐ).- Trong": the outlet's mark ends the headline run into
        // the lead.
        if let k = (lo..<(hi - 1)).first(where: { text.scalars[$0] == ")" && ["-", "–"].contains(text.scalars[$0 + 1]) })
            ?? (lo..<max(lo, hi - 2)).first(where: { text.scalars[$0] == ")" && text.scalars[$0 + 1] == "." && ["-", "–"].contains(text.scalars[$0 + 2]) }) {
            let dash = ["-", "–"].contains(text.scalars[k + 1]) ? k + 1 : k + 2
            append(token: lo..<(k + 1), of: text, to: &words)
            append(token: dash..<(dash + 1), of: text, to: &words)
            lo = dash + 1
            if lo == hi { return }
        }
        // "LSO-Ngày 18/12/2015, …": an outlet's mark of capitals, its dash glued to the lead's day word,
        // is the mark with its dash ("LSO-", as in "LSO- 18/8/2020"), then the day's word.
        if let dash = markGluedToADay(text, lo..<hi) {
            append(token: lo..<(dash + 1), of: text, to: &words)
            append(token: (dash + 1)..<hi, of: text, to: &words)
            return
        }
        // "tại tỉnh này.Theo dự án", "khẩn cấp”.Hội thảo": a full stop glued to the next sentence, after
        // a small letter or a closing quote, before a capitalised word (not "TP.HCM", "Q.Đống Đa",
        // "George.W.Bush", "St.John", "V.Th.B.Th."); or a title's before a family name ("TS.Nguyễn", not "TT.Huế").
        if let k = ((lo + 1)..<max(lo + 1, hi - 2)).first(where: { k in
            text.scalars[k] == "." && text.scalars[k + 1].properties.isUppercase && text.scalars[k + 2].properties.isLowercase
                && (["\u{201D}", "\""].contains(text.scalars[k - 1]) || gluedWordBefore(text, lo..<k)
                    || BodyGrammar.titles.contains(text.string(lo..<k).uppercased())
                        && PersonName.isSurname(text.string((k + 1)..<(((k + 1)..<hi).first { !text.scalars[$0].properties.isAlphabetic } ?? hi))))
        }) {
            append(token: lo..<(k + 1), of: text, to: &words)
            append(token: (k + 1)..<hi, of: text, to: &words)
            return
        }
        // ("sẽ tổ chức“Lễ …”", "Luật Trợ giúp pháp lý,chiều ngày 19/9/2022", "04/4/2023tại": two words run on.)
        if let k = runOn(text, lo..<hi) {
            append(token: lo..<k, of: text, to: &words)
            let count = words.count
            append(token: k..<hi, of: text, to: &words)
            if text.scalars[k - 1] == "-", words.count > count { words[count].glued = true }
            return
        }
        var before = "", after = ""
        // "Giáo dục -Thanh thiếu niên": a hyphen written against the next word stands before it.
        while lo < hi, isPunctuation(text.scalars[lo])
            || text.scalars[lo] == "-" && lo + 1 < hi && text.scalars[lo + 1].properties.isAlphabetic {
            before.unicodeScalars.append(text.scalars[lo]); lo += 1
        }
        let end = hi
        while hi > lo {
            let c = text.scalars[hi - 1]
            let dotAtEnd = c == "." && hi - lo > 1 && !text.scalars[lo..<(hi - 1)].contains(".")
            // ("Bà Phan Thị Điệp- Phó Chủ tịch …": a hyphen glued to the word before, a dash after it.)
            let dashAtEnd = c == "-" && hi - lo > 1 && text.scalars[hi - 2].properties.isAlphabetic
            guard isPunctuation(c) || dotAtEnd || dashAtEnd else { break }
            hi -= 1
        }
        if hi < end { after.unicodeScalars.append(contentsOf: text.scalars[hi..<end]) }
        // "TP. Hồ Chí Minh" is one name with "TP.HCM": the stop shortens a place's name, a word's own
        // (and ends no sentence).
        if after == ".", MeetingLead.placeAbbreviation(text, at: hi) { after = ""; hi += 1 }
        if hi == lo {
            // A lone bracket or quote belongs to the word before.
            if !words.isEmpty { words[words.count - 1].after += before + after }
            return
        }
        let core = text.string(lo..<hi)
        words.append(Word(text: core, folded: String(decoding: text.fold[lo..<hi], as: UTF8.self),
                          before: before, after: after))
    }

    /// Whether the words at `i` are `phrase` written with its marks ("kỳ họp").
    func matchesWritten(_ phrase: [Substring], at i: Int) -> Bool { matches(phrase, at: i, form: \.lower) }

    func matchWritten(_ phrases: [[Substring]], at i: Int) -> Int? {
        phrases.first { matchesWritten($0, at: i) }?.count
    }

    /// The longest phrase of `table` written at `i`, looked up by the folded word at `i`.
    func matchWritten(_ table: PhraseTable, at i: Int) -> [Substring]? {
        guard i >= 0, i < words.count, let candidates = table.byFolded[words[i].folded] else { return nil }
        return candidates.first { matchesWritten($0, at: i) }
    }

    /// The punctuation split off a word: , ; : ( ) " “ ” ' ‘ ’ ! ? – — …
    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ",", ";", ":", "(", ")", "\"", "'", "!", "?", "“", "”", "‘", "’", "–", "—", "…": true
        default: false
        }
    }

    /// Whether the folded words at `i` spell `phrase` ("hoi nghi").
    func matches(_ phrase: [Substring], at i: Int) -> Bool { matches(phrase, at: i, form: \.folded) }

    /// Whether the words at `i`, in one form (folded, or with marks), are `phrase`. A phrase does
    /// not run across a comma: "Ban, Tỉnh ủy" is two names.
    private func matches(_ phrase: [Substring], at i: Int, form: KeyPath<Word, String>) -> Bool {
        guard i >= 0, i + phrase.count <= words.count else { return false }
        for (k, p) in phrase.enumerated() where !words[i + k][keyPath: form].utf8.elementsEqual(p.utf8) { return false }
        for k in 0..<(phrase.count - 1) where !words[i + k].after.isEmpty { return false }
        return true
    }

    /// The first of `phrases` (folded, longest first) at `i`, with its length in words.
    func match(_ phrases: [[Substring]], at i: Int) -> Int? {
        phrases.first { matches($0, at: i) }?.count
    }
}

/// Phrases written with their marks, by the folded form of their first word: most words start
/// none, and are dismissed with one look-up of an ASCII key.
struct PhraseTable: Sendable {
    let byFolded: [String: [[Substring]]]

    init(_ phrases: [String]) {
        byFolded = Dictionary(grouping: phrases.phrases) { Catalog.fold(String($0[0])) }
    }
}

extension Array where Element == String {
    /// Folded phrases split into words, longest first: ["hoi nghi", "hoi"] → [["hoi","nghi"],["hoi"]].
    var phrases: [[Substring]] {
        map { $0.split(separator: " ") }.sorted { $0.count > $1.count }
    }
}
