import Foundation
internal import CLibXML2
import VNCite

/// Reads GraphML back into a `CitationGraph`: `read(GraphMLWriter.write(g)) == g`.
///
/// Keys are mapped through their own declarations (`attr.name`, `attr.type`, `for`), not their
/// ids, so a file that networkx or yEd wrote again still reads, provided every node has a
/// `kind` and every edge a `relation`. `int` and `long` keys give `.int`, every other type
/// `.string`; a key's `<default>` fills in missing values; unknown keys are ignored. Node ids
/// are decoded with `GraphMLName`.
public enum GraphMLReader {
    /// The graph in `data`, or the first thing that stops it being one.
    public static func read(_ data: Data) throws(LibXMLError) -> CitationGraph {
        LibXMLSetup.ensure()
        guard data.count < Int(Int32.max) else {
            throw LibXMLError(call: "GraphMLReader", message: "the document is too large")
        }
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = data.withUnsafeBytes { bytes in
            xmlReadMemory(bytes.bindMemory(to: CChar.self).baseAddress, Int32(bytes.count),
                          nil, nil, options)
        }
        guard let document = parsed else { throw LibXMLError.last(call: "xmlReadMemory") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), name(of: root) == "graphml" else {
            throw failure("the root element is not <graphml>")
        }
        var keys = Keys()
        var graphElement: xmlNodePtr?
        for child in elements(in: root) {
            switch name(of: child) {
            case "key": try keys.declare(child)
            case "graph" where graphElement == nil: graphElement = child
            default: continue
            }
        }
        guard let graphElement else { throw failure("there is no <graph> element") }
        var nodes: [CitationGraph.Node] = []
        var edges: [CitationGraph.Edge] = []
        for child in elements(in: graphElement) {
            switch name(of: child) {
            case "node": nodes.append(try readNode(child, keys: keys))
            case "edge": edges.append(try readEdge(child, keys: keys))
            default: continue
            }
        }
        return CitationGraph(nodes: nodes, edges: edges)
    }

    // MARK: - Nodes and edges

    private static func readNode(_ element: xmlNodePtr, keys: Keys)
        throws(LibXMLError) -> CitationGraph.Node
    {
        guard let encoded = attribute("id", of: element) else {
            throw failure("a <node> has no id")
        }
        let id = GraphMLName.decode(encoded)
        var values = try readData(element, declared: keys.node, owner: "node \(id)")
        guard case .string(let kindText)? = values.removeValue(forKey: "kind"),
              let kind = CitationGraph.NodeKind(rawValue: kindText)
        else {
            throw failure("node \(id) has no kind of article, document or body")
        }
        let label = values.removeValue(forKey: "label")?.text ?? ""
        return CitationGraph.Node(id: id, kind: kind, label: label, attributes: values)
    }

    private static func readEdge(_ element: xmlNodePtr, keys: Keys)
        throws(LibXMLError) -> CitationGraph.Edge
    {
        guard let source = attribute("source", of: element),
              let target = attribute("target", of: element)
        else {
            throw failure("an <edge> has no source or target")
        }
        let owner = "edge \(GraphMLName.decode(source)) → \(GraphMLName.decode(target))"
        var values = try readData(element, declared: keys.edge, owner: owner)
        guard case .string(let relationText)? = values.removeValue(forKey: "relation"),
              let relation = CitationGraph.Relation(rawValue: relationText)
        else {
            throw failure("\(owner) has no relation of \(relationNames)")
        }
        return CitationGraph.Edge(source: GraphMLName.decode(source),
                                  target: GraphMLName.decode(target),
                                  relation: relation, attributes: values)
    }

    /// The `<data>` children of a node or edge, by attribute name, defaults filled in.
    private static func readData(_ element: xmlNodePtr, declared: [String: Keys.Key],
                                 owner: String) throws(LibXMLError) -> [String: GraphValue]
    {
        var values: [String: GraphValue] = [:]
        for child in elements(in: element) where name(of: child) == "data" {
            guard let keyID = attribute("key", of: child), let key = declared[keyID] else {
                continue
            }
            values[key.name] = try value(content(of: child), as: key, owner: owner)
        }
        for key in declared.values where values[key.name] == nil {
            if let text = key.defaultText {
                values[key.name] = try value(text, as: key, owner: owner)
            }
        }
        return values
    }

    private static func value(_ text: String, as key: Keys.Key, owner: String)
        throws(LibXMLError) -> GraphValue
    {
        switch key.type {
        case .string:
            return .string(text)
        case .int:
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let number = Int(trimmed) else {
                throw failure("\(owner): \(key.name) is not an integer: \"\(text)\"")
            }
            return .int(number)
        case .boolean:
            switch text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default: throw failure("\(owner): \(key.name) is not a boolean: \"\(text)\"")
            }
        }
    }

    private static let relationNames = CitationGraph.Relation.allCases
        .map(\.rawValue).joined(separator: ", ")

    private static func failure(_ message: String) -> LibXMLError {
        LibXMLError(call: "GraphMLReader", message: message)
    }

    // MARK: - Key declarations

    /// The `<key>` declarations of one document, by key id, for nodes and for edges.
    private struct Keys {
        struct Key {
            var name: String
            var type: GraphAttribute.ValueType
            var defaultText: String?
        }

        var node: [String: Key] = [:]
        var edge: [String: Key] = [:]

        /// `<key id="n_year" for="node" attr.name="year" attr.type="int"/>`.
        mutating func declare(_ element: xmlNodePtr) throws(LibXMLError) {
            guard let id = GraphMLReader.attribute("id", of: element) else {
                throw GraphMLReader.failure("a <key> has no id")
            }
            let typeName = GraphMLReader.attribute("attr.type", of: element) ?? "string"
            let defaultElement = GraphMLReader.elements(in: element)
                .first { GraphMLReader.name(of: $0) == "default" }
            let key = Key(
                name: GraphMLReader.attribute("attr.name", of: element) ?? id,
                type: ["int", "long"].contains(typeName) ? .int : (typeName == "boolean" ? .boolean : .string),
                defaultText: defaultElement.map(GraphMLReader.content(of:)))
            switch GraphMLReader.attribute("for", of: element) ?? "all" {
            case "node": node[id] = key
            case "edge": edge[id] = key
            case "all":
                node[id] = key
                edge[id] = key
            default: break
            }
        }
    }

    // MARK: - libxml2 tree access

    private static func elements(in parent: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = parent.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE { result.append(node) }
            child = node.pointee.next
        }
        return result
    }

    private static func name(of element: xmlNodePtr) -> String {
        element.pointee.name.map { String(cString: $0) } ?? ""
    }

    private static func attribute(_ name: String, of element: xmlNodePtr) -> String? {
        guard let value = xmlGetNoNsProp(element, name) else { return nil }
        defer { vncite_xmlFree(value) }
        return String(cString: value)
    }

    private static func content(of element: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(element) else { return "" }
        defer { vncite_xmlFree(value) }
        return String(cString: value)
    }
}
