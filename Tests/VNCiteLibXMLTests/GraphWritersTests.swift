import Foundation
import Testing
import VNCite
@testable import VNCiteLibXML

/// GraphML out and back in, checked by libxml2, networkx, igraph, xmllint and Graphviz.
///
/// These tests fail, never skip, when python3, networkx, igraph, xmllint or dot is missing:
/// CI installs them (.ci/run).
@Suite struct GraphWritersTests {
    let graph = SampleGraph.graph

    // MARK: - GraphML round trip

    @Test func graphMLRoundTripsThroughTheReader() throws {
        let data = try GraphMLWriter.write(graph)
        let back = try GraphMLReader.read(data)
        #expect(back == SampleGraph.graphWithoutControls)
        #expect(back.nodes.map(\.id) == graph.nodes.map(\.id))
        #expect(back.node(id: SampleGraph.article1)?.attributes["title"]
            == .string(SampleGraph.hostileTitle.replacingOccurrences(of: "\u{1}", with: "")))
    }

    @Test func graphMLIsByteIdenticalForEqualGraphs() throws {
        let shuffled = CitationGraph(nodes: SampleGraph.nodes.reversed(),
                                     edges: SampleGraph.edges.reversed())
        #expect(try GraphMLWriter.write(graph) == GraphMLWriter.write(shuffled))
    }

    @Test func graphMLHasNoForbiddenCharacters() throws {
        let text = String(decoding: try GraphMLWriter.write(graph), as: UTF8.self)
        #expect(!text.unicodeScalars.contains("\u{1}"))
        #expect(text.contains("&lt;b&gt; &amp; {x} &amp;amp; y&#13;\nNghị quyết"))
    }

    @Test func tinyGraphMLIsExactlyThis() throws {
        let tiny = CitationGraph(
            nodes: [
                .init(id: "document:05-CT/TW", kind: .document, label: "05-CT/TW",
                      attributes: ["year": .int(2016), "key": .string("05-CT/TW")]),
                .init(id: "body:Bộ Chính trị", kind: .body, label: "Bộ Chính trị"),
            ],
            edges: [.init(source: "document:05-CT/TW", target: "body:Bộ Chính trị",
                          relation: .issuedBy)])
        let text = String(decoding: try GraphMLWriter.write(tiny), as: UTF8.self)
        let keys = GraphMLKey.all.map { key in
            "  <key id=\"\(key.id)\" for=\"\(key.attribute.domain.rawValue)\" "
                + "attr.name=\"\(key.attribute.name)\" "
                + "attr.type=\"\(key.attribute.type.rawValue)\"/>"
        }
        let expected = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" "#
                + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" "#
                + #"xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns "#
                + #"http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
        ] + keys + [
            #"  <graph id="citations" edgedefault="directed">"#,
            #"    <node id="body:Bộ_x0020_Chính_x0020_trị">"#,
            #"      <data key="n_kind">body</data>"#,
            #"      <data key="n_label">Bộ Chính trị</data>"#,
            #"    </node>"#,
            #"    <node id="document:05-CT_x002F_TW">"#,
            #"      <data key="n_kind">document</data>"#,
            #"      <data key="n_label">05-CT/TW</data>"#,
            #"      <data key="n_key">05-CT/TW</data>"#,
            #"      <data key="n_year">2016</data>"#,
            #"    </node>"#,
            #"    <edge source="document:05-CT_x002F_TW" target="body:Bộ_x0020_Chính_x0020_trị">"#,
            #"      <data key="e_relation">issued_by</data>"#,
            #"    </edge>"#,
            #"  </graph>"#,
            #"</graphml>"#,
        ]
        #expect(text == expected.joined(separator: "\n") + "\n")
        #expect(text.contains(
            #"\#n  <key id="n_year" for="node" attr.name="year" attr.type="int"/>\#n"#))
    }

    @Test func readerReportsBrokenDocuments() {
        #expect { try GraphMLReader.read(Data("<graphml><graph>".utf8)) } throws: { error in
            (error as? LibXMLError)?.call == "xmlReadMemory"
        }
        let noKind = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <graph edgedefault="directed"><node id="x"/></graph></graphml>
            """
        #expect { try GraphMLReader.read(Data(noKind.utf8)) } throws: { error in
            (error as? LibXMLError)?.description == "GraphMLReader: node x has no kind of "
                + "article, document or body"
        }
    }

    // MARK: - Other readers

    @Test func networkxReadsTheGraphML() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(try GraphMLWriter.write(graph), to: "citations.graphml")
        let program = """
            import json, sys, networkx
            g = networkx.read_graphml(sys.argv[1])
            doc, body, article = sys.argv[2], sys.argv[3], sys.argv[4]
            print(json.dumps({
                "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                "subject": g.nodes[doc]["subject"],
                "yearType": type(g.nodes[doc]["year"]).__name__, "year": g.nodes[doc]["year"],
                "title": g.nodes[article]["title"],
                "relation": g.edges[doc, body]["relation"],
                "mentions": g.edges[article, doc]["mentions"],
            }, ensure_ascii=False))
            networkx.write_graphml(g, sys.argv[5])
            """
        let rewritten = folder.url.appendingPathComponent("rewritten.graphml")
        let result = try Command.python(program, [
            path, GraphMLName.encode(SampleGraph.ct05), GraphMLName.encode(SampleGraph.politburo),
            GraphMLName.encode(SampleGraph.article1), rewritten.path,
        ])
        try #require(result.status == 0, "python3 with networkx failed:\n\(result.stderr)")
        let found = try jsonObject(result.stdout)
        #expect(found["nodes"] as? Int == graph.nodes.count)
        #expect(found["edges"] as? Int == graph.edges.count)
        #expect(found["subject"] as? String == SampleGraph.subject)
        #expect(found["yearType"] as? String == "int")
        #expect(found["year"] as? Int == 2016)
        #expect(found["title"] as? String
            == SampleGraph.hostileTitle.replacingOccurrences(of: "\u{1}", with: ""))
        #expect(found["relation"] as? String == "issued_by")
        #expect(found["mentions"] as? Int == 2)

        // networkx's own GraphML (keys "d0"…, ints as "long") reads back to the same graph,
        // except that it writes CR raw, which XML parsing turns into LF.
        let again = try GraphMLReader.read(Data(contentsOf: rewritten))
        var expected = SampleGraph.graphWithoutControls.nodes
        expected[0].attributes["title"] = .string(
            SampleGraph.hostileTitle.replacingOccurrences(of: "\u{1}", with: "")
                .replacingOccurrences(of: "\r\n", with: "\n"))
        #expect(again == CitationGraph(nodes: expected, edges: SampleGraph.edges))
    }

    @Test func igraphReadsTheGraphML() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(try GraphMLWriter.write(graph), to: "citations.graphml")
        let program = """
            import json, sys, igraph
            g = igraph.Graph.Read_GraphML(sys.argv[1])
            doc = g.vs.find(id=sys.argv[2])
            body = g.vs.find(id=sys.argv[3])
            edge = g.es.find(_source=doc.index, _target=body.index)
            print(json.dumps({
                "nodes": g.vcount(), "edges": g.ecount(), "directed": g.is_directed(),
                "subject": doc["subject"], "kind": doc["kind"], "year": doc["year"],
                "relation": edge["relation"],
            }, ensure_ascii=False))
            """
        let result = try Command.python(program, [
            path, GraphMLName.encode(SampleGraph.ct05), GraphMLName.encode(SampleGraph.politburo),
        ])
        try #require(result.status == 0, "python3 with igraph failed:\n\(result.stderr)")
        let found = try jsonObject(result.stdout)
        #expect(found["nodes"] as? Int == graph.nodes.count)
        #expect(found["edges"] as? Int == graph.edges.count)
        #expect(found["directed"] as? Bool == true)
        #expect(found["subject"] as? String == SampleGraph.subject)
        #expect(found["kind"] as? String == "document")
        #expect((found["year"] as? NSNumber)?.intValue == 2016)
        #expect(found["relation"] as? String == "issued_by")
    }

    @Test func graphMLValidatesAgainstTheSchema() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(try GraphMLWriter.write(graph), to: "citations.graphml")
        let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/graphml/graphml.xsd").path
        let result = try Command.run("xmllint", ["--noout", "--nonet", "--schema", schema, path])
        #expect(result.status == 0, "xmllint:\n\(result.stderr)")
        #expect(result.stderr.contains("validates"))
    }

    // MARK: - DOT through Graphviz

    @Test func dotDrawsTheGraphWithoutWarnings() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let svg = folder.url.appendingPathComponent("citations.svg").path
        let warnings = try Graphviz.render(dotSource: DOTWriter.write(graph), format: "svg",
                                           to: svg)
        #expect(warnings.isEmpty)
        let program = """
            import json, sys, xml.etree.ElementTree as ET
            texts = [t.text for t in ET.parse(sys.argv[1]).iter("{http://www.w3.org/2000/svg}text")]
            print(json.dumps(texts, ensure_ascii=False))
            """
        let result = try Command.python(program, [svg])
        try #require(result.status == 0, "python3 could not read the SVG:\n\(result.stderr)")
        let texts = try #require(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String])
        #expect(texts.contains(#""05" \ <b> & {y} &lt;"#))
        #expect(texts.contains("khóa XII"))
        #expect(texts.contains("Bộ Chính trị"))
    }

    @Test func dotParsesEveryNodeAndEdge() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dot = try folder.write(Data(DOTWriter.write(graph).utf8), to: "citations.dot")
        let canon = try Command.run("dot", ["-Tcanon", dot])
        #expect(canon.status == 0)
        #expect(canon.stderr.isEmpty, "dot -Tcanon:\n\(canon.stderr)")
        let plain = try Command.run("dot", ["-Tplain", dot])
        #expect(plain.status == 0)
        #expect(plain.stderr.isEmpty, "dot -Tplain:\n\(plain.stderr)")
        let lines = plain.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("node ") }.count == graph.nodes.count)
        #expect(lines.filter { $0.hasPrefix("edge ") }.count == graph.edges.count)
    }

    @Test func graphvizReportsWhatWentWrong() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.url.appendingPathComponent("broken.svg").path
        #expect { try Graphviz.render(dotSource: "digraph { a -> }", format: "svg", to: target) }
            throws: { error in
                let message = (error as? Graphviz.RenderError)?.message ?? ""
                return message.hasPrefix("dot -Tsvg failed (exit status 1):\n")
                    && message.contains("syntax error")
            }
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
        #expect { try Graphviz.render(dotSource: "digraph {}", format: "gif", to: target) }
            throws: { error in
                (error as? Graphviz.RenderError)?.message
                    == "unknown drawing format \"gif\"; use one of svg, png, pdf"
            }
    }

    // MARK: - Helpers

    private func jsonObject(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

/// Node ids encoded as XML name tokens and back.
@Suite struct GraphMLNameTests {
    @Test(arguments: [
        ("document:05-CT/TW", "document:05-CT_x002F_TW"),
        ("body:Bộ Chính trị", "body:Bộ_x0020_Chính_x0020_trị"),
        ("article:seeds/001_x.txt", "article:seeds_x002F_001_x005F_x.txt"),
        ("a_b", "a_b"),
        ("tail_", "tail_"),
        ("_x0041_", "_x005F_x0041_"),
        ("12-NQ/TU@Thừa Thiên Huế", "12-NQ_x002F_TU_x0040_Thừa_x0020_Thiên_x0020_Huế"),
        ("😀(…)", "_x0001F600__x0028__x2026__x0029_"),
        ("tab\there\u{1}", "tab_x0009_here_x0001_"),
    ])
    func encodesAndDecodes(id: String, token: String) {
        #expect(GraphMLName.encode(id) == token)
        #expect(GraphMLName.decode(token) == id)
    }
}
