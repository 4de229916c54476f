import Foundation
import Testing
@testable import VNCite

/// The fast path (fold everything, clean only the head and the lines where a mention may start)
/// against the reference (clean everything): the same output, byte for byte, on the seeds, a
/// slice of the corpus, every sentence of the tests, and their NFD and Windows-line-end forms.
@Suite struct WindowedPathTests {
    let fast = Extractor(windowedAbove: 0)
    let reference = Extractor(windowedAbove: .max)

    func expectSame(_ articles: [Article], sourceLocation: SourceLocation = #_sourceLocation) {
        var differing: [String] = []
        for article in articles {
            let a = ExtractJSON.line(fast.extract(article)), b = ExtractJSON.line(reference.extract(article))
            if a != b { differing.append("\(article.source): fast \(a)\nreference \(b)") }
        }
        #expect(differing.isEmpty, "\(differing.count) of \(articles.count) differ; first: \(differing.first ?? "")",
                sourceLocation: sourceLocation)
    }

    @Test func seeds() throws {
        let seeds = try seedArticles().map { Article(source: $0.source, text: $0.text) }
        #expect(seeds.count >= 5)
        expectSame(seeds)
        // Decomposed marks and Windows line ends take the same path through the fold.
        expectSame(seeds.map { Article(source: $0.source, text: $0.text.decomposedStringWithCanonicalMapping) })
        expectSame(seeds.map { Article(source: $0.source, text: $0.text.replacingOccurrences(of: "\n", with: "\r\n")) })
    }

    @Test func aSliceOfTheCorpus() throws {
        let file = repositoryRoot.appendingPathComponent("Tests/VNCiteLibXMLTests/Fixtures/corpus-slice.jsonl")
        let articles = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").enumerated().map { n, line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return Article(source: "slice#\(n)", text: try #require(object["text"] as? String))
        }
        #expect(articles.count == 300)
        expectSame(articles)
    }

    /// Every string literal of the unit tests that reads like a sentence.
    @Test func everyTestSentence() throws {
        let folder = repositoryRoot.appendingPathComponent("Tests/VNCiteTests")
        var sentences: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let source = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let literal = /"((?:[^"\\\n]|\\.)*)"/
            for match in source.matches(of: literal) {
                let body = String(match.1)
                guard body.count >= 20, body.contains(" "), !body.contains("\\(") else { continue }
                sentences.append(body.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\\"", with: "\""))
            }
        }
        #expect(sentences.count > 200)
        expectSame(sentences.enumerated().map { Article(source: "sentence#\($0.offset)", text: $0.element) })
    }

    /// Texts at the edges: empty, only line breaks, no line break at all, a citation on the last
    /// line without its line break, marks and Windows line ends across a line's end.
    @Test func edgeTexts() {
        let citing = "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị"
        let texts = [
            "", "\n\n\n", "\r\n\r\n", "a", citing, "\n" + citing, citing + "\n",
            String(repeating: "Ngày 13/6, Bộ trưởng đi thăm các hộ dân. ", count: 300) + citing,
            "Dòng một\r\n" + citing + "\r\nDòng ba",
            ("Dòng một\n" + citing + "\n").decomposedStringWithCanonicalMapping + "\u{301}sau",
        ]
        expectSame(texts.enumerated().map { Article(source: "edge#\($0.offset)", text: $0.element) })
    }

    /// A long text: only the lines that may hold a mention are cleaned, and the citations keep
    /// their offsets in the whole text.
    @Test func aLongTextKeepsItsOffsets() {
        let filler = String(repeating: "Ngày 13/6, Bộ trưởng đã đi thăm các hộ dân và quyết định đầu tư thêm.\n", count: 2_000)
        let text = filler + "Tỉnh ủy ban hành Kế hoạch thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.\n" + filler
        let article = Article(source: "long.txt", text: text)
        let citations = Extractor(windowedAbove: 1_000).extract(article).citations
        #expect(citations.map(\.key) == ["05-CT/TW"])
        let start = text.unicodeScalars.count / 2 - 38
        #expect(citations.first.map { Array(text.unicodeScalars)[$0.start..<$0.end].map(String.init).joined() } == "Chỉ thị số 05-CT/TW")
        #expect(citations.first.map { $0.start > start } == true)
        expectSame([article])
    }

    @Test(arguments: [
        ("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị", true),
        ("Nghị định 15/2020/NĐ-CP quy định xử phạt", true),
        ("theo tinh thần Nghị quyết Trung ương 4 khóa XII", true),
        ("quán triệt Nghị quyết Đại hội XIII của Đảng", true),
        ("sửa đổi Luật Báo chí", true),
        ("Ngày 13/6, Bộ trưởng đã đi thăm các hộ dân", false),
        ("ông quyết định đầu tư thêm vào dự án", false),
        ("thông tin về chương trình được đăng tải", false),
    ])
    func aLineMayHoldAMention(line: String, may: Bool) {
        let clean = CleanText(line)
        #expect(CitationFinder.mayHoldMention(clean, 0..<clean.count) == may)
    }
}
