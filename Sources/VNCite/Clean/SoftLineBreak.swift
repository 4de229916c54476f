/// A line break inside a sentence, where a copied page wrapped its lines: "Luật Tín ngưỡng,⏎tôn
/// giáo", "Ban Thường vụ Tỉnh ủy tổ chức hội nghị⏎sơ kết". The line runs on to a letter in small
/// letters after a letter, a figure or a comma (not after a full stop or a colon, not before a
/// capital or a figure), and the break is read as a space, so a name or a phrase spans it. A short
/// line is a line of its own ("Chia sẻ⏎bình luận", "Thứ hai 15/8/2022⏎in trang": page tools), and
/// so is the first line, a headline's place.
enum SoftLineBreak {
    /// Whether the line break at `i` (a folded 10) is such a break: the next line's first word is
    /// in small letters all through (not "iPhone", "iF" opening a lead under a headline).
    /// `textBefore`: whether the text held more than blanks before `fold` (a window of a longer one).
    static func isSoft(_ fold: [UInt8], at i: Int, textBefore: Bool = false, isCapital: (Int) -> Bool) -> Bool {
        guard i + 1 < fold.count, isLetter(fold[i + 1]) else { return false }
        var k = i + 1
        while k < fold.count, isLetter(fold[k]) {
            if isCapital(k) { return false }
            k += 1
        }
        var before = i - 1
        while before >= 0, fold[before] == 32 || fold[before] == 9 { before -= 1 }
        guard before >= 0 else { return false }
        let b = fold[before]
        guard isLetter(b) || (48...57).contains(b) || b == UInt8(ascii: ",") else { return false }
        var lineStart = before
        while lineStart > 0, fold[lineStart - 1] != 10 { lineStart -= 1 }
        // (The first line is where a headline stands, over a lead cut short in small letters: "Đề nghị
        // truy tố 8 bị can⏎tại Công ty cổ phần …".)
        guard textBefore || fold[..<lineStart].contains(where: { $0 != 32 && $0 != 10 && $0 != 9 }) else { return false }
        return i - lineStart >= shortestWrappedLine
    }

    /// The length below which a line is not taken for one wrapped at a page's width.
    static let shortestWrappedLine = 20

    static func isLetter(_ b: UInt8) -> Bool { (97...122).contains(b) || b == CleanText.otherLetter }

    /// Freshly cleaned text with its soft breaks made spaces.
    static func join(_ scalars: inout [Unicode.Scalar], _ fold: inout [UInt8], textBefore: Bool) {
        var i = 0
        while i < fold.count, let next = fold[i...].firstIndex(of: 10) {
            i = next + 1
            if isSoft(fold, at: next, textBefore: textBefore, isCapital: { CleanText.isUppercase(scalars[$0]) }) {
                scalars[next] = " "
                fold[next] = 32
            }
        }
    }
}

extension FoldedText {
    /// Whether the break that ends line `k` is a soft one (the next line runs on).
    func softBreak(afterLine k: Int) -> Bool {
        k + 1 < lines.count && SoftLineBreak.isSoft(fold, at: lines[k + 1].fold - 1, isCapital: isUppercase(at:))
    }
}
