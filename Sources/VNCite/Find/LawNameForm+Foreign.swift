/// Another country's law by a name Vietnam's share: "Luật An ninh quốc gia của Hàn Quốc", "Luật
/// Hình sự Mỹ", "Bộ luật Hình sự của Pháp" — no Vietnamese document.
extension LawNameForm {
    /// Whether a country other than Vietnam, written with its capital, follows the name ending at
    /// `end`, right after it or after "của".
    static func namesAnotherCountry(_ text: CleanText, after end: Int) -> Bool {
        var s = Scanner(text, at: end)
        s.skipSpaces()
        if s.read("cua") { s.skipSpaces() }
        guard s.isUppercase(s.pos) else { return false }
        return countries.contains { Scanner.phraseEnd($0, in: text.fold, at: s.pos) != nil }
    }

    /// Countries, folded, whose laws the news compares with Vietnam's.
    static let countries = [
        "my", "hoa ky", "nga", "duc", "nhat ban", "nhat", "trung quoc", "han quoc", "trieu tien", "thai lan", "an do",
        "anh", "phap", "uc", "lao", "campuchia", "singapore", "malaysia", "indonesia", "philippines", "israel", "canada",
        "dai loan", "hong kong", "tay ban nha", "ha lan", "thuy dien", "thuy si", "italy", "y", "eu", "chau au",
    ]
}
