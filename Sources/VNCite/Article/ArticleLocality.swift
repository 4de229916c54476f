/// The province an article is about: the one it names most, counting a name after "tỉnh",
/// "thành phố", "Tỉnh ủy", "UBND tỉnh" twice, and one in capitals that opens a dateline ("HUẾ -
/// Sáng 11/12"). "Nghị quyết 54 … xây dựng và phát triển Thừa Thiên Huế" and "Tỉnh ủy Thừa Thiên
/// Huế" give "Thừa Thiên Huế". Nil when no province is named enough.
enum ArticleLocality {
    static func guess(_ text: some FoldedLetters, catalog: Catalog) -> String? {
        let fold = text.fold
        let provinces = catalog.provinceNames
        var scores = [Int](repeating: 0, count: provinces.count)
        var i = 0
        while i < fold.count {
            // Province names start a capitalised word.
            guard Scanner.isLetterByte(fold[i]), i == 0 || !Scanner.isWordByte(fold[i - 1]),
                  text.isUppercase(at: i) else {
                i += 1
                continue
            }
            var end = i
            while end < fold.count, Scanner.isWordByte(fold[end]) { end += 1 }
            let candidates = end - i <= 7 ? catalog.provincesByShortFirstWord[DocumentKind.wordKey(fold[i..<end])]
                : catalog.provincesByFirstWord[String(decoding: fold[i..<end], as: UTF8.self)]
            if let candidates {
                for (name, index) in candidates {
                    let stop = i + name.count
                    guard stop <= fold.count, fold[i..<stop].elementsEqual(name),
                          stop == fold.count || !Scanner.isWordByte(fold[stop]) else { continue }
                    let marked = precededByMarker(fold, at: i) || opensDateline(text, at: i, end: stop)
                    // "tư tưởng Hồ Chí Minh" is not the city; only "TP. Hồ Chí Minh" is.
                    if provinces[index].name != "Hồ Chí Minh" || marked { scores[index] += marked ? 2 : 1 }
                    end = stop
                    break
                }
            }
            i = end
        }
        var best: (index: Int, score: Int)?
        for (index, score) in scores.enumerated() where score >= 2 && score > (best?.score ?? 0) {
            best = (index, score)
        }
        return best.map { provinces[$0.index].name }
    }

    /// "HUẾ - Sáng 11/12, …", "ĐÀ NẴNG – …": a place in capitals that opens a line before a dash,
    /// where the news was filed from (not "Hải Phòng - Đồng Tháp", a match between two teams).
    private static func opensDateline(_ text: some FoldedLetters, at i: Int, end: Int) -> Bool {
        let fold = text.fold
        guard i == 0 || fold[i - 1] == 10,
              (i..<end).allSatisfy({ !Scanner.isLetterByte(fold[$0]) || text.isUppercase(at: $0) }) else { return false }
        var k = end
        while k < fold.count, fold[k] == 32 { k += 1 }
        // ("–" folds to "-".)
        return k > end && k + 1 < fold.count && fold[k] == UInt8(ascii: "-") && fold[k + 1] == 32
    }

    private static func precededByMarker(_ fold: [UInt8], at i: Int) -> Bool {
        let start = max(0, i - 12)
        let before = String(decoding: fold[start..<i], as: UTF8.self)
        return ["tinh ", "thanh pho ", "tp ", "tp. ", "tp.", "uy ", "tinh uy ", "thanh uy "].contains {
            before.hasSuffix($0)
        }
    }
}
