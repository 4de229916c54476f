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
        var isVietnamese: Bool {
            isAcronym || VietnameseSyllable.isWellFormed(text.unicodeScalars.map(\.value))
        }
        /// Punctuation written before and after it: "(", "," …
        var before: String
        var after: String
        var isCapitalised: Bool { text.first.map { $0.isUppercase || $0.isNumber } ?? false }
        /// "UBND", "WTO", "G7", "TT&TT": an organisation's abbreviation.
        var isAcronym: Bool {
            text.count >= 2 && text.count <= 8 && text.first?.isUppercase == true
                && text.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "&" || $0 == "." }
        }
    }

    let sentence: String
    let words: [Word]

    init(_ sentence: String) {
        self.sentence = sentence
        var words: [Word] = []
        // "(NLĐ)-Tại buổi làm việc": the outlet's mark ends the headline run into the lead.
        let spaced = sentence.replacingOccurrences(of: ")-", with: ") - ").replacingOccurrences(of: ")–", with: ") – ")
        for token in spaced.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            var core = Substring(token)
            var before = "", after = ""
            while let c = core.first, Self.punctuation.contains(c) { before.append(c); core.removeFirst() }
            while let c = core.last, Self.punctuation.contains(c) || (c == "." && core.count > 1 && !core.dropLast().contains(".")) {
                after.insert(c, at: after.startIndex)
                core.removeLast()
            }
            if core.isEmpty {
                // A lone dash or bracket: attach it to the previous word.
                if !words.isEmpty { words[words.count - 1].after += String(token) }
                continue
            }
            words.append(Word(text: String(core), folded: Catalog.fold(String(core)), lower: Self.normal(String(core)),
                              before: before, after: after))
        }
        self.words = words
    }

    /// "Khoá" → "khóa", "Uỷ" → "ủy", "Ð" → "đ": NFC, lower case, new tone placement (which moves
    /// the mark only in an open syllable: "hoà" → "hòa", but "hoạt" stays).
    static func normal(_ s: String) -> String {
        var t = s.precomposedStringWithCanonicalMapping.lowercased().replacingOccurrences(of: "\u{F0}", with: "đ")
        for (old, new) in [("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"), ("uỳ", "ùy"),
                           ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy")] where t.hasSuffix(old) {
            t = String(t.dropLast(old.count)) + new
        }
        return t
    }

    /// Whether the words at `i` are `phrase` written with its marks ("kỳ họp").
    func matchesWritten(_ phrase: [Substring], at i: Int) -> Bool {
        guard i >= 0, i + phrase.count <= words.count else { return false }
        for (k, p) in phrase.enumerated() where words[i + k].lower != p { return false }
        for k in 0..<(phrase.count - 1) where !words[i + k].after.isEmpty { return false }
        return true
    }

    func matchWritten(_ phrases: [[Substring]], at i: Int) -> Int? {
        phrases.first { matchesWritten($0, at: i) }?.count
    }

    static let punctuation: Set<Character> = [",", ";", ":", "(", ")", "\"", "“", "”", "'", "‘", "’", "!", "?", "–", "—", "…"]

    /// Whether the folded words at `i` spell `phrase` ("hoi nghi").
    func matches(_ phrase: [Substring], at i: Int) -> Bool {
        guard i >= 0, i + phrase.count <= words.count else { return false }
        for (k, p) in phrase.enumerated() where words[i + k].folded != p { return false }
        // A phrase does not run across a comma: "Ban, Tỉnh ủy" is two names.
        for k in 0..<(phrase.count - 1) where !words[i + k].after.isEmpty { return false }
        return true
    }

    /// The first of `phrases` (folded, longest first) at `i`, with its length in words.
    func match(_ phrases: [[Substring]], at i: Int) -> Int? {
        phrases.first { matches($0, at: i) }?.count
    }

    /// The words `range` as written, joined by spaces (their inner punctuation kept).
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        var s = ""
        for i in range {
            if i > range.lowerBound { s += words[i].before }
            s += words[i].text
            if i < range.upperBound - 1 { s += words[i].after + " " }
        }
        return s
    }
}

extension Array where Element == String {
    /// Folded phrases split into words, longest first: ["hoi nghi", "hoi"] → [["hoi","nghi"],["hoi"]].
    var phrases: [[Substring]] {
        map { $0.split(separator: " ") }.sorted { $0.count > $1.count }
    }
}
