import Foundation
import Testing
import VNCite
@testable import VNCiteLibXML

/// Random and mutated inputs through the readers, the scanner and both writers: nothing may
/// crash, every span must index the text, the GraphML must read back and the DOT must stay one
/// quoted statement per line. `VNCITE_FUZZ_SECONDS=600 swift test --filter FuzzTests` runs it
/// for ten minutes; the ordinary run does a fixed number of rounds with a fixed seed.
@Suite struct FuzzTests {
    /// Pieces that the scanner and the HTML reader care about.
    static let tokens: [String] = [
        "Nghị quyết", "Chỉ thị", "Kết luận", "Luật", "Bộ luật", "Quyết định", "Nghị định", "số", "số:", " ", "-", "/",
        "–", "\u{2011}", "\u{00A0}", "\u{200B}", "\u{00AD}", "\u{0301}", "\u{0323}", "Ð", "TW", "T.Ư", "TƯ", "TU",
        "NQ", "CT", "QĐi", "khóa", "khoá", "XII", "XIII", "Trung ương", "Hội nghị lần thứ", "năm", "tư", ", ", " và ",
        "của", "Bộ Chính trị", "Tỉnh ủy", "ngày", "15/5/2016", "2020", "05", "66.7", "(", ")", "“", "”", "\"",
        "\n", "\r\n", "<p>", "</p>", "<div class=\"detail\">", "<script>", "</script>", "<!--", "-->", "&amp;",
        "&#8209;", "<meta charset=\"windows-1258\">", "<html>", "\u{0}", "\u{1}", "\u{FFFD}", "😀", "\\",
    ]

    static func corpus() throws -> [[UInt8]] {
        var out: [[UInt8]] = []
        for folder in ["seeds", "Tests/VNCiteLibXMLTests/Fixtures/html"] {
            let url = SeedGraphTests.root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
            where name.hasSuffix(".txt") || name.hasSuffix(".html") {
                out.append([UInt8](try Data(contentsOf: url.appendingPathComponent(name))))
            }
        }
        return out
    }

    static func mutate(_ input: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...12, using: &rng) {
            let at = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: bytes.insert(contentsOf: Array(tokens.randomElement(using: &rng)!.utf8), at: at)
            case 1: if at < bytes.count { bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &rng))) }
            case 2: if at < bytes.count { bytes[at] = UInt8.random(in: 0...255, using: &rng) }
            case 3:
                if at < bytes.count {
                    let piece = bytes[at..<min(bytes.count, at + Int.random(in: 1...200, using: &rng))]
                    bytes.insert(contentsOf: piece, at: Int.random(in: 0...bytes.count, using: &rng))
                }
            case 4: bytes.insert(contentsOf: (0..<Int.random(in: 1...32, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }, at: at)
            default:
                let phrase = (0..<Int.random(in: 2...8, using: &rng)).map { _ in tokens.randomElement(using: &rng)! }.joined()
                bytes.insert(contentsOf: Array(phrase.utf8), at: at)
            }
        }
        return bytes
    }

    /// One input through everything; records an issue for any broken promise.
    static func check(_ bytes: [UInt8], round: Int) {
        let article: Article
        do { article = try ArticleInput.article(from: Data(bytes), source: "fuzz/\(round).txt") } catch { return }
        let result = Extractor().extract(article)
        let scalars = Array(article.text.unicodeScalars)
        for c in result.citations {
            guard c.start >= 0, c.start <= c.end, c.end <= scalars.count else {
                Issue.record("round \(round): span \(c.start)..<\(c.end) outside the text")
                return
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[c.start..<c.end])
            if String(view) != c.text { Issue.record("round \(round): span text differs: \(c.text.debugDescription)") }
        }
        var hostile = result
        hostile.title = article.text.prefix(80).description
        let graph = CitationGraph(articles: [hostile])
        do {
            let back = try GraphMLReader.read(try GraphMLWriter.write(graph))
            if back.nodes.count != graph.nodes.count || back.edges.count != graph.edges.count {
                Issue.record("round \(round): GraphML read back \(back.nodes.count) nodes of \(graph.nodes.count)")
            }
        } catch {
            Issue.record("round \(round): GraphML does not read back: \(error)")
        }
        for line in DOTWriter.write(graph).split(separator: "\n") where line.hasPrefix("    \"") {
            // Every statement is one line of balanced quotes: the escaping held.
            var inQuote = false
            var escaped = false
            // Scalars, not characters: a combining mark after a quote makes one character of both.
            for ch in line.unicodeScalars {
                if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == "\"" { inQuote.toggle() }
            }
            if inQuote { Issue.record("round \(round): unbalanced DOT line \(line.prefix(120))") }
        }
    }

    @Test func randomAndMutatedInputsBreakNothing() throws {
        let seconds = Double(ProcessInfo.processInfo.environment["VNCITE_FUZZ_SECONDS"] ?? "") ?? 0
        let corpus = try Self.corpus()
        var rng = SplitMix64(seed: UInt64(ProcessInfo.processInfo.environment["VNCITE_FUZZ_SEED"] ?? "") ?? 2026)
        let deadline = Date().addingTimeInterval(seconds)
        var round = 0
        while round < 300 || Date() < deadline {
            let base = Int.random(in: 0..<10, using: &rng) == 0
                ? (0..<Int.random(in: 0...4000, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
                : corpus.randomElement(using: &rng)!
            Self.check(Self.mutate(base, &rng), round: round)
            round += 1
        }
        if seconds > 0 { print("fuzz: \(round) inputs in \(Int(seconds)) s, no crash") }
    }
}
