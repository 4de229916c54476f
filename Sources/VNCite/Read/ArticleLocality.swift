/// The province an article is about: the one it names most, counting a name after "tỉnh",
/// "thành phố", "Tỉnh ủy", "UBND tỉnh" twice. "Nghị quyết 54 … xây dựng và phát triển Thừa Thiên
/// Huế" and "Tỉnh ủy Thừa Thiên Huế" give "Thừa Thiên Huế". Nil when no province is named enough.
enum ArticleLocality {
    static func guess(_ text: CleanText, catalog: Catalog) -> String? {
        let fold = text.fold
        var best: (name: String, score: Int)?
        for province in catalog.provinceNames {
            var score = 0
            for name in province.folded {
                let needle = Array(name.utf8)
                guard let first = needle.first else { continue }
                var i = 0
                while i + needle.count <= fold.count {
                    if fold[i] == first, fold[i..<(i + needle.count)].elementsEqual(needle),
                       i == 0 || !Scanner.isWordByte(fold[i - 1]),
                       i + needle.count == fold.count || !Scanner.isWordByte(fold[i + needle.count]),
                       text.scalars[i].properties.isUppercase {
                        let marked = precededByMarker(fold, at: i)
                        // "tư tưởng Hồ Chí Minh" is not the city; only "TP. Hồ Chí Minh" is.
                        if province.name != "Hồ Chí Minh" || marked { score += marked ? 2 : 1 }
                        i += needle.count
                    } else {
                        i += 1
                    }
                }
            }
            if score >= 2, score > (best?.score ?? 0) { best = (province.name, score) }
        }
        return best?.name
    }

    private static func precededByMarker(_ fold: [UInt8], at i: Int) -> Bool {
        let start = max(0, i - 12)
        let before = String(decoding: fold[start..<i], as: UTF8.self)
        return ["tinh ", "thanh pho ", "tp ", "tp. ", "tp.", "uy ", "tinh uy ", "thanh uy "].contains {
            before.hasSuffix($0)
        }
    }
}
