/// Another country's or an international body's document by a name or a number Vietnam's share:
/// "Luật An ninh quốc gia của Hàn Quốc", "Luật Hình sự Mỹ", "Bộ luật Hình sự của Pháp", "Nghị
/// quyết 1718 của Hội đồng Bảo an Liên hợp quốc" — no Vietnamese document.
enum ForeignDocument {
    /// Whether a country other than Vietnam or an international body, written with its capital,
    /// follows the mention ending at `end`, right after it or after "của".
    static func follows(_ text: CleanText, after end: Int) -> Bool {
        var s = Scanner(text, at: end)
        s.skipSpaces()
        if s.read("cua") { s.skipSpaces() }
        guard s.isUppercase(s.pos) else { return false }
        return foreign.contains { Scanner.phraseEnd($0, in: text.fold, at: s.pos) != nil }
    }

    /// Whether a country other than Vietnam or an international body, written with its capital, is
    /// named anywhere in the sentence around `range`: "Tổng thống Hàn Quốc … đang xúc tiến kế hoạch xoá
    /// bỏ luật an ninh quốc gia" (a law named in small letters is often another country's).
    static func namedInSentence(_ text: CleanText, around range: Range<Int>) -> Bool {
        let f = text.fold
        let stops: [UInt8] = [10, 33, 46, 63]
        var start = range.lowerBound
        while start > 0, range.lowerBound - start < 400, !stops.contains(f[start - 1]) { start -= 1 }
        var end = range.upperBound
        while end < f.count, end - range.upperBound < 400, !stops.contains(f[end]) { end += 1 }
        return (start..<end).contains { k in
            (k == 0 || f[k - 1] == 32 || f[k - 1] == 40) && text.isUppercase(at: k)
                && foreign.contains { Scanner.phraseEnd($0, in: f, at: k) != nil }
        }
    }

    /// Countries, folded, whose laws the news compares with Vietnam's.
    static let countries = [
        "my", "hoa ky", "nga", "duc", "nhat ban", "nhat", "trung quoc", "han quoc", "trieu tien", "thai lan", "an do",
        "anh", "phap", "uc", "lao", "campuchia", "singapore", "malaysia", "indonesia", "philippines", "israel", "canada",
        "dai loan", "hong kong", "tay ban nha", "ha lan", "thuy dien", "thuy si", "italy", "y", "eu", "chau au",
    ]

    /// International bodies, folded, whose resolutions the news cites by number.
    static let bodies = ["hoi dong bao an", "lien hop quoc", "lhq", "dai hoi dong", "uy ban chau au", "nghi vien chau au"]

    /// Both, made once: `follows` asks after every law's name and short form.
    private static let foreign = countries + bodies
}
