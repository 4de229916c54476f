import Foundation
internal import CLibXML2
import VNCite

/// Writes a `CitationGraph` as GraphML through libxml2's `xmlTextWriter`, for networkx, igraph,
/// Gephi, yEd or Cytoscape.
///
/// The output is the same bytes for equal graphs and validates against the GraphML 1.0 schema:
/// - every attribute of `CitationGraph.schema` is declared as a `<key>` before `<graph>`
///   (`<key id="n_title" for="node" attr.name="title" attr.type="string"/>`), node `kind` and
///   `label` and edge `relation` included, and written from `Node.kind`, `Node.label` and
///   `Edge.relation`;
/// - nodes and edges come in the graph's order, each node's `<data>` in schema order;
/// - node ids are encoded as `xs:NMTOKEN` by `GraphMLName` ("document:05-CT/TW" →
///   "document:05-CT_x002F_TW"), which `GraphMLReader` decodes;
/// - characters XML 1.0 forbids (U+0001 …) are dropped from text;
/// - a value whose name the schema does not declare, whose type differs from the declared
///   one, or whose name is `kind`, `label` or `relation` is left out, so every reader can load
///   the file.
public enum GraphMLWriter {
    static let namespace = "http://graphml.graphdrawing.org/xmlns"
    static let schemaInstance = "http://www.w3.org/2001/XMLSchema-instance"
    static let schemaLocation = namespace + " " + namespace + "/1.0/graphml.xsd"

    /// The GraphML document, UTF-8 encoded, ending in a newline.
    public static func write(_ graph: CitationGraph) throws(LibXMLError) -> Data {
        LibXMLSetup.ensure()
        guard let buffer = xmlBufferCreate() else {
            throw LibXMLError.last(call: "xmlBufferCreate")
        }
        defer { xmlBufferFree(buffer) }
        do {
            guard let pointer = xmlNewTextWriterMemory(buffer, 0) else {
                throw LibXMLError.last(call: "xmlNewTextWriterMemory")
            }
            defer { xmlFreeTextWriter(pointer) }
            try writeDocument(graph, to: XMLTextWriter(pointer: pointer))
        }
        guard let content = xmlBufferContent(buffer) else {
            throw LibXMLError.last(call: "xmlBufferContent")
        }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    // MARK: - Document structure

    private static func writeDocument(_ graph: CitationGraph, to writer: XMLTextWriter)
        throws(LibXMLError)
    {
        try writer.startDocument()
        try writer.startElement("graphml")
        try writer.attribute("xmlns", namespace)
        try writer.attribute("xmlns:xsi", schemaInstance)
        try writer.attribute("xsi:schemaLocation", schemaLocation)
        for key in GraphMLKey.all {
            try writer.startElement("key")
            try writer.attribute("id", key.id)
            try writer.attribute("for", key.attribute.domain.rawValue)
            try writer.attribute("attr.name", key.attribute.name)
            try writer.attribute("attr.type", key.attribute.type.rawValue)
            try writer.endElement()
        }
        try writer.startElement("graph")
        try writer.attribute("id", "citations")
        try writer.attribute("edgedefault", "directed")
        for node in graph.nodes { try writeNode(node, to: writer) }
        for edge in graph.edges { try writeEdge(edge, to: writer) }
        try writer.endElement()
        try writer.endElement()
        try writer.endDocument()
    }

    private static func writeNode(_ node: CitationGraph.Node, to writer: XMLTextWriter)
        throws(LibXMLError)
    {
        try writer.startElement("node")
        try writer.attribute("id", GraphMLName.encode(node.id))
        for key in GraphMLKey.node {
            switch key.attribute.name {
            case "kind": try writeData(key, .string(node.kind.rawValue), to: writer)
            case "label": try writeData(key, .string(node.label), to: writer)
            default: try writeData(key, node.attributes[key.attribute.name], to: writer)
            }
        }
        try writer.endElement()
    }

    private static func writeEdge(_ edge: CitationGraph.Edge, to writer: XMLTextWriter)
        throws(LibXMLError)
    {
        try writer.startElement("edge")
        try writer.attribute("source", GraphMLName.encode(edge.source))
        try writer.attribute("target", GraphMLName.encode(edge.target))
        for key in GraphMLKey.edge {
            switch key.attribute.name {
            case "relation": try writeData(key, .string(edge.relation.rawValue), to: writer)
            default: try writeData(key, edge.attributes[key.attribute.name], to: writer)
            }
        }
        try writer.endElement()
    }

    /// `<data key="n_year">2016</data>`, or nothing when the value is absent or of another type.
    private static func writeData(_ key: GraphMLKey, _ value: GraphValue?,
                                  to writer: XMLTextWriter) throws(LibXMLError)
    {
        switch (key.attribute.type, value) {
        case (.string, .string(_)?), (.int, .int(_)?):
            try writer.element("data", attributes: ["key": key.id], text: value?.text ?? "")
        default:
            return
        }
    }
}
