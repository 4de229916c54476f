import Testing
@testable import VNCite

/// DOT text: the one escape function, the label shortening, one whole small graph.
@Suite struct DOTWriterTests {
    @Test(arguments: [
        ("05-CT/TW", #""05-CT/TW""#),
        ("", #""""#),
        (#"Chỉ thị "05""#, #""Chỉ thị \"05\"""#),
        (#"a\b"#, #""a\\b""#),
        (#"trailing\"#, #""trailing\\""#),
        (#"\N \G \""#, #""\\N \\G \\\"""#),
        ("hai\ndòng", #""hai\ndòng""#),
        ("CR\r\nLF", #""CR\nLF""#),
        ("<b> {x} | [y]", #""<b> {x} | [y]""#),
        ("A & B &lt;", #""A &amp; B &amp;lt;""#),
        ("tab\there", #""tab here""#),
        ("bell\u{7}nul\u{0}esc\u{1B}del\u{7F}.", #""bellnulescdel.""#),
        ("digraph", #""digraph""#),
    ])
    func quotes(raw: String, dot: String) {
        #expect(DOTWriter.quoted(raw) == dot)
    }

    @Test(arguments: [
        ("05-CT/TW", "05-CT/TW"),
        ("Sở Thông tin và Truyền thông", "Sở Thông tin và\nTruyền thông"),
        ("Chi bộ Sở Thông tin và Truyền thông tổ chức Hội nghị sơ kết",
         "Chi bộ Sở Thông tin\nvà Truyền thông tổ…"),
        ("2022-07-01 Hội nghị quán triệt Nghị quyết 21", "2022-07-01 Hội nghị\nquán triệt Nghị…"),
        ("hai\ndòng đã có sẵn rồi nhé bạn", "hai\ndòng đã có sẵn rồi nhé bạn"),
        (String(repeating: "ạ", count: 45), String(repeating: "ạ", count: 39) + "…"),
        ("Nghịquyếtkhôngcókhoảngtrắngnàocảđâuđấy", "Nghịquyếtkhôngcókhoảngtrắngnàocảđâuđấy"),
    ])
    func shortensLabels(label: String, short: String) {
        #expect(DOTWriter.shortLabel(label) == short)
        #expect(DOTWriter.shortLabel(label).count <= 40)
    }

    @Test func writesASmallGraphExactly() {
        let graph = CitationGraph(
            nodes: [
                .init(id: "document:05-CT/TW", kind: .document, label: "05-CT/TW"),
                .init(id: "body:Bộ Chính trị", kind: .body, label: "Bộ Chính trị"),
                .init(id: "article:a.txt", kind: .article, label: "2023-06-07 \"Hội nghị\""),
                .init(id: "meeting:a.txt", kind: .meeting, label: "2023-06-07 hội nghị"),
            ],
            edges: [
                .init(source: "document:05-CT/TW", target: "body:Bộ Chính trị",
                      relation: .issuedBy),
                .init(source: "article:a.txt", target: "document:05-CT/TW", relation: .cites),
                .init(source: "article:a.txt", target: "body:Bộ Chính trị", relation: .mentions),
                .init(source: "article:a.txt", target: "meeting:a.txt", relation: .reports),
                .init(source: "meeting:a.txt", target: "body:Bộ Chính trị", relation: .heldBy),
            ])
        let expected = #"""
            digraph citations {
                graph [rankdir="LR", fontname="DejaVu Sans", fontsize="10", overlap="false", splines="true", labelloc="b", label="Nodes: article (blue box), document (yellow note), body (green hexagon), meeting (salmon ellipse)\nEdges: cites (solid), issued_by (dashed), implements (bold), held_by (dotted), reports (grey, open arrow), mentions (grey dotted), adopted (green: a plenum to what it adopted)"];
                node [fontname="DejaVu Sans", fontsize="10", style="filled"];
                edge [fontname="DejaVu Sans", fontsize="9", arrowsize="0.7"];

                "article:a.txt" [label="2023-06-07 \"Hội nghị\"", shape="box", fillcolor="lightblue"];
                "body:Bộ Chính trị" [label="Bộ Chính trị", shape="hexagon", fillcolor="palegreen"];
                "document:05-CT/TW" [label="05-CT/TW", shape="note", fillcolor="lightyellow"];
                "meeting:a.txt" [label="2023-06-07 hội nghị", shape="ellipse", fillcolor="lightsalmon"];

                "article:a.txt" -> "body:Bộ Chính trị" [style="dotted", color="grey50"];
                "article:a.txt" -> "document:05-CT/TW" [style="solid"];
                "article:a.txt" -> "meeting:a.txt" [style="solid", color="grey40", arrowhead="empty"];
                "document:05-CT/TW" -> "body:Bộ Chính trị" [style="dashed"];
                "meeting:a.txt" -> "body:Bộ Chính trị" [style="dotted"];
            }

            """#
        #expect(DOTWriter.write(graph) == expected)
    }

    @Test func cutLabelsKeepTheirWholeTextAsTooltip() {
        let long = "Chi bộ Sở Thông tin và Truyền thông tổ chức Hội nghị sơ kết"
        let node = CitationGraph.Node(id: "article:x", kind: .article, label: long)
        let attributes = DOTWriter.nodeAttributes(node)
        #expect(attributes.first { $0.0 == "tooltip" }?.1 == long)
    }

    @Test func writesAnEmptyGraph() {
        let text = DOTWriter.write(CitationGraph(nodes: [], edges: []))
        #expect(text.hasPrefix("digraph citations {\n    graph ["))
        #expect(text.hasSuffix("arrowsize=\"0.7\"];\n}\n"))
    }
}
