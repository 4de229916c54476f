/// A long text, cleaned only where it matters: its head and the lines that may hold a mention.
///
/// A 250 MB text made of many articles is folded once (`FoldedText`: a byte and a bit a
/// character) for its province and to find the lines where a mention may start ("… thực hiện
/// Chỉ thị số 05-CT/TW …": a type word; "15/2020/NĐ-CP": a number with its signs). Those lines
/// are cleaned in full and scanned as one text, offsets still those of the whole; the title, date
/// and meeting are read from the head (the first 8,000 characters, to a line's end, and at
/// least the first 15 lines). Everything read is what the whole text would give.
extension Extractor {
    func extractWindowed(_ article: Article) -> ExtractedArticle {
        let folded = FoldedText(article.text)
        let locality = ArticleLocality.guess(folded, catalog: catalog)
        let lines = folded.lines
        let fold = folded.fold
        let totalBytes = article.text.utf8.count
        /// The folded bytes of line `k`, without its line break.
        func content(_ k: Int) -> Range<Int> {
            lines[k].fold..<(k + 1 < lines.count ? lines[k + 1].fold - 1 : fold.count)
        }

        // The lines that may hold a mention: a mention's words, its qualifiers and its sentence
        // never run past a line break.
        var taken = lines.indices.map { CitationFinder.mayHoldMention(folded, content($0)) }
        // A line wrapped inside a sentence is one with the next (`SoftLineBreak`): taken together.
        let soft = lines.indices.map { folded.softBreak(afterLine: $0) }
        for k in lines.indices.dropLast() where soft[k] && taken[k] { taken[k + 1] = true }
        for k in lines.indices.dropLast().reversed() where soft[k] && taken[k + 1] { taken[k] = true }
        var runs: [(bytes: Range<Int>, scalar: Int)] = []
        var k = 0
        while k < lines.count {
            guard taken[k] else { k += 1; continue }
            var end = k
            while end + 1 < lines.count, taken[end + 1] { end += 1 }
            let stop = end + 1 < lines.count ? lines[end + 1].byte : totalBytes
            runs.append((lines[k].byte..<stop, lines[k].scalar))
            k = end + 1
        }
        let citing = CleanText(article.text, runs: runs)

        // The head: every line the header and the meeting reader may read.
        var headEnd: Int?
        var nonEmpty = 0
        for k in lines.indices where k + 1 < lines.count {
            if fold[content(k)].contains(where: { $0 != 32 }) { nonEmpty += 1 }
            if nonEmpty >= ArticleHeader.linesRead, lines[k + 1].fold >= MeetingLead.searchLimit, !soft[k] {
                headEnd = lines[k + 1].byte
                break
            }
        }
        let head = headEnd.map { CleanText(String(decoding: article.text.utf8.prefix($0), as: UTF8.self)) }
            ?? CleanText(article.text)
        return extract(article, head: head, citing: citing, locality: locality)
    }
}
