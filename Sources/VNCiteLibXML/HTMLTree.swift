internal import CLibXML2
import VNCite

/// An HTML page as libxml2's HTML parser reads it, copied into Swift values: elements, their
/// attributes and text, in document order.
///
/// `<div class="noidung"><p>Thực hiện <b>Chỉ thị số 05-CT/TW</b></p></div>` becomes nodes
/// `#document`, `div`, `p`, `#text` "Thực hiện ", `b`, `#text` "Chỉ thị số 05-CT/TW".
/// Nodes are stored in document order (a node's descendants are the indices after it, up to
/// `end`), so no pointer into libxml2 outlives the parse.
struct HTMLTree {
    struct Node {
        /// Lower-case element name, "#text" for text, "#document" for the root.
        var name: String
        /// The text of a text node.
        var text: String = ""
        /// Attributes with lower-case names.
        var attributes: [String: String] = [:]
        var parent: Int
        var children: [Int] = []
        /// One past the last descendant.
        var end: Int = 0

        var isText: Bool { name == "#text" }

        /// Class and id together, lower case: what boilerplate and content rules look at.
        var classAndID: String {
            ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
        }
    }

    private(set) var nodes: [Node]

    static let root = 0

    /// Parses HTML. With `encoding` "UTF-8" the page's own charset declaration is ignored
    /// (the bytes were decoded already); any other name is passed on to libxml2 (and iconv).
    ///
    /// `try HTMLTree.parse(Array("<p>Nghị quyết</p>".utf8), encoding: "UTF-8")`.
    static func parse(_ bytes: [UInt8], encoding: String) throws(InputError) -> HTMLTree {
        LibXMLSetup.ensure()
        guard bytes.count < Int(Int32.max) else {
            throw InputError(problem: "HTML page too large for libxml2 (\(bytes.count) bytes)")
        }
        var options =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
        if encoding == "UTF-8" { options |= HTML_PARSE_IGNORE_ENC.rawValue }
        let document = bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlReadMemory(chars, Int32(buffer.count), nil, encoding, Int32(options))
            }
        }
        guard let document else {
            let error = LibXMLError.last(call: "htmlReadMemory")
            throw InputError(problem: "HTML not readable: \(error.message)")
        }
        defer { xmlFreeDoc(document) }
        var tree = HTMLTree(nodes: [Node(name: "#document", parent: -1)])
        let top = UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self)
        tree.copy(childrenOf: top)
        return tree
    }

    // MARK: - Queries

    /// The concatenated text of a subtree, spaces collapsed; `skip` leaves subtrees out.
    func plainText(_ index: Int, skip: (Int) -> Bool = { _ in false }) -> String {
        var parts: [String] = []
        var node = index
        let end = nodes[index].end
        while node < end {
            if node != index, skip(node) {
                node = nodes[node].end
                continue
            }
            if nodes[node].isText { parts.append(nodes[node].text) }
            node += 1
        }
        return HTMLText.collapsed(parts.joined())
    }

    /// Whether `node` lies inside `ancestor` (or is it).
    func contains(_ ancestor: Int, _ node: Int) -> Bool {
        node >= ancestor && node < nodes[ancestor].end
    }

    /// The nearest ancestor-or-self with one of the element names.
    func ancestor(of node: Int, named names: Set<String>) -> Int? {
        var current = node
        while current >= 0 {
            if names.contains(nodes[current].name) { return current }
            current = nodes[current].parent
        }
        return nil
    }

    /// The elements with a name, in document order.
    func elements(named name: String) -> [Int] {
        nodes.indices.filter { nodes[$0].name == name }
    }

    // MARK: - Copying from libxml2

    /// Copies the children of a libxml2 node, depth first without recursion (broken pages can
    /// nest deeply).
    private mutating func copy(childrenOf top: UnsafeMutablePointer<xmlNode>) {
        var stack: [(UnsafeMutablePointer<xmlNode>, Int)] = []
        var child = top.pointee.children
        var pending: [(UnsafeMutablePointer<xmlNode>, Int)] = []
        while let node = child {
            pending.append((node, Self.root))
            child = node.pointee.next
        }
        stack.append(contentsOf: pending.reversed())
        while let (node, parent) = stack.popLast() {
            guard let copied = Self.copyNode(node, parent: parent) else { continue }
            let index = nodes.count
            nodes.append(copied)
            nodes[parent].children.append(index)
            guard !copied.isText else { continue }
            pending.removeAll(keepingCapacity: true)
            var child = node.pointee.children
            while let next = child {
                pending.append((next, index))
                child = next.pointee.next
            }
            stack.append(contentsOf: pending.reversed())
        }
        for index in nodes.indices.reversed() {
            nodes[index].end = nodes[index].children.last.map { nodes[$0].end } ?? index + 1
        }
    }

    private static func copyNode(_ node: UnsafeMutablePointer<xmlNode>, parent: Int) -> Node? {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return nil }
            return Node(name: "#text", text: String(cString: content), parent: parent)
        case XML_ELEMENT_NODE:
            guard let name = node.pointee.name else { return nil }
            var element = Node(name: String(cString: name).lowercased(), parent: parent)
            var attribute = node.pointee.properties
            while let current = attribute {
                if let attributeName = current.pointee.name {
                    element.attributes[String(cString: attributeName).lowercased()] =
                        value(of: current)
                }
                attribute = current.pointee.next
            }
            return element
        default:
            return nil
        }
    }

    private static func value(of attribute: UnsafeMutablePointer<xmlAttr>) -> String {
        var value = ""
        var child = attribute.pointee.children
        while let node = child {
            if let content = node.pointee.content { value += String(cString: content) }
            child = node.pointee.next
        }
        return value
    }
}
