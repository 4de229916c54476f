import Foundation
import Testing
import VNCite
@testable import VNCiteLibXML

/// The seeds' graph, read back by networkx and Graphviz, against the hand-checked answers.
@Suite struct SeedGraphTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func seedResults(reversed: Bool = false) throws -> [ExtractedArticle] {
        let folder = root.appendingPathComponent("seeds")
        var names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        if reversed { names.reverse() }
        let articles = try names.map {
            Article(source: "seeds/\($0)", text: try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
        return Extractor().extract(articles)
    }

    @Test func committedOutputIsCurrent() throws {
        let graph = CitationGraph(articles: try Self.seedResults())
        let dot = DOTWriter.write(graph)
        let graphml = try GraphMLWriter.write(graph)
        #expect(dot == (try String(contentsOf: Self.root.appendingPathComponent("output/citations.dot"), encoding: .utf8)))
        #expect(graphml == (try Data(contentsOf: Self.root.appendingPathComponent("output/citations.graphml"))))
    }

    @Test func sameGraphWhateverTheOrderOfTheFiles() throws {
        let forward = try GraphMLWriter.write(CitationGraph(articles: try Self.seedResults()))
        let backward = try GraphMLWriter.write(CitationGraph(articles: try Self.seedResults(reversed: true)))
        #expect(forward == backward)
    }

    @Test func networkxReadsTheAnswers() throws {
        let graph = CitationGraph(articles: try Self.seedResults())
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(try GraphMLWriter.write(graph), to: "seeds.graphml")
        // Each query of the answers, named as a user would, resolved by the extractor.
        let gold = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Self.root.appendingPathComponent("Tests/VNCiteLibXMLTests/Fixtures/gold-seeds.json")))
        let queries = try #require((gold as? [String: Any])?["queries"] as? [[String: Any]])
        var expected: [String: [String]] = [:]
        for q in queries {
            let name = try #require(q["directive"] as? String)
            // "Nghị quyết 21-NQ/TW" names the one 21-NQ/TW the graph holds (khóa XIII).
            let docs = graph.documents(named: name)
            #expect(docs.count == 1, "\(name)")
            let key = try #require(docs.first?.string("key"))
            expected[key] = try #require(q["citedBy"] as? [String])
        }
        let program = """
            import json, sys, os, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            expected = json.loads(sys.argv[2])
            out = {}
            # Nodes are found by what they are, not by their (escaped) GraphML ids.
            docs = {d["key"]: n for n, d in g.nodes(data=True) if d["kind"] == "document"}
            for key in expected:
                doc = docs.get(key)
                out[key] = sorted(os.path.basename(g.nodes[a]["source"]) for a, _, r in g.in_edges(doc, data="relation") if r == "cites") if doc else None
            ct = g.nodes[docs["05-CT/TW khóa XII"]]
            out["05-CT/TW attributes"] = [ct["kind"], ct["docKind"], ct["citingArticles"], ct["citations"], ct["issuer"]]
            out["kinds"] = sorted({d["kind"] for _, d in g.nodes(data=True)})
            out["relations"] = sorted({d["relation"] for _, _, d in g.edges(data=True)})
            print(json.dumps(out, ensure_ascii=False, sort_keys=True))
            """
        let expectedJSON = String(decoding: try JSONSerialization.data(withJSONObject: expected), as: UTF8.self)
        let result = try Command.python(program, [path, expectedJSON])
        #expect(result.status == 0, "\(result.stderr)")
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for (key, files) in expected {
            #expect(answer[key] as? [String] == files.sorted(), "\(key)")
        }
        #expect(expected.keys.contains("21-NQ/TW khóa XIII") && expected.keys.contains("21-KL/TW khóa XIII"))
        #expect((answer["05-CT/TW attributes"] as? [Any])?.map { "\($0)" } == ["document", "Chỉ thị", "3", "5", "TW"])
        #expect(answer["kinds"] as? [String] == ["article", "body", "document", "meeting"])
        #expect(answer["relations"] as? [String] == ["adopted", "cites", "held_by", "implements", "issued_by", "reports"])
    }

    @Test func graphvizDrawsItWithoutAWarning() throws {
        let result = try Command.run("dot", ["-Tsvg", Self.root.appendingPathComponent("output/citations.dot").path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.contains("05&#45;CT/TW"))
    }
}
