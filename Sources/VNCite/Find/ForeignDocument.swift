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
