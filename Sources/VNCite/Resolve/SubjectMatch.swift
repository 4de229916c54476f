/// Whether the "về …" of a citation names a catalogued title: "về doanh nghiệp nhà nước" fits
/// "Về tiếp tục cơ cấu lại, đổi mới và nâng cao hiệu quả doanh nghiệp nhà nước", not "Về phát
/// triển kinh tế tư nhân …".
enum SubjectMatch {
    /// Words that say nothing of a subject.
    static let empty: Set<String> = ["ve", "cua", "va", "cac", "nhung", "mot", "so", "trong", "tiep", "tuc", "viec", "cho",
                                     "voi", "de", "theo", "tai", "nham", "la", "den", "nam", "tren", "thuc", "hien"]

    static func words(_ s: String) -> [String] {
        Catalog.fold(s).split(separator: " ").map(String.init).filter { !empty.contains($0) && $0.count > 1 }
    }

    /// The share of the subject's first ten meaningful words found in the title.
    static func score(_ subject: String, _ title: String) -> Double {
        let s = Array(words(subject).prefix(10))
        guard s.count >= 2 else { return 0 }
        let t = Set(words(title))
        return Double(s.filter(t.contains).count) / Double(s.count)
    }

    /// The title the subject fits, when one fits (60% of its words or more) and clearly better
    /// than the next (by a fifth); nil otherwise.
    static func best(_ subject: String, among titles: [String]) -> Int? {
        let scores = titles.map { score(subject, $0) }.enumerated().sorted { $0.element > $1.element }
        guard let top = scores.first, top.element >= 0.6 else { return nil }
        if scores.count > 1, scores[1].element > top.element - 0.2 { return nil }
        return top.offset
    }
}
