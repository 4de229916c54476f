import Foundation
import Testing
@testable import VNCite

/// Graph JSON: exact text for a small graph, escaping, and that any JSON parser reads it.
@Suite struct GraphJSONWriterTests {
    let graph = CitationGraph(
        nodes: [
            .init(id: "document:05-CT/TW", kind: .document, label: "05-CT/TW",
                  attributes: ["year": .int(2016), "key": .string("05-CT/TW"),
                               "kind": .string("ignored, Node.kind wins")]),
            .init(id: "body:Bộ Chính trị", kind: .body, label: "Bộ Chính trị"),
        ],
        edges: [
            .init(source: "document:05-CT/TW", target: "body:Bộ Chính trị", relation: .issuedBy,
                  attributes: ["sentence": .string("“Chỉ thị\" \\ </script>\n\u{1}")]),
        ])

    @Test func writesASmallGraphExactly() {
        let expected = #"""
            {"nodes":[
            {"id":"body:Bộ Chính trị","kind":"body","label":"Bộ Chính trị"},
            {"id":"document:05-CT/TW","kind":"document","label":"05-CT/TW","key":"05-CT/TW","year":2016}
            ],"edges":[
            {"source":"document:05-CT/TW","target":"body:Bộ Chính trị","relation":"issued_by","sentence":"“Chỉ thị\" \\ </script>\n\u0001"}
            ]}

            """#
        #expect(GraphJSONWriter.write(graph) == expected)
    }

    @Test func writesAnEmptyGraph() {
        #expect(GraphJSONWriter.write(CitationGraph(nodes: [], edges: []))
            == "{\"nodes\":[],\"edges\":[]}\n")
    }

    @Test(arguments: [
        ("a/b", #""a/b""#),
        ("\"\\", #""\"\\""#),
        ("\t\r\n\u{8}\u{1F}", #""\t\r\n\u0008\u001f""#),
        ("\u{2028}", #""\u2028""#),
        ("Nghị quyết", #""Nghị quyết""#),
    ])
    func quotes(raw: String, json: String) {
        #expect(GraphJSONWriter.quoted(raw) == json)
    }

    @Test func foundationReadsItBack() throws {
        let data = Data(GraphJSONWriter.write(graph).utf8)
        let object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(edges.first?["sentence"] as? String == "“Chỉ thị\" \\ </script>\n\u{1}")
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(nodes.last?["year"] as? Int == 2016)
        #expect(nodes.last?["kind"] as? String == "document")
    }
}
