internal import CLibXML2

/// A thin checked wrapper over libxml2's `xmlTextWriter`: every call that fails throws.
///
/// Text and attribute values go through `XMLText.legal` first, because the writer would pass
/// U+0001 through raw; escaping `&`, `<`, `>` and quotes is libxml2's job, never ours.
struct XMLTextWriter {
    let pointer: xmlTextWriterPtr

    /// `<?xml version="1.0" encoding="UTF-8"?>`, with two-space indentation for what follows.
    func startDocument() throws(LibXMLError) {
        try check(xmlTextWriterSetIndent(pointer, 1), "xmlTextWriterSetIndent")
        try check(xmlTextWriterSetIndentString(pointer, "  "), "xmlTextWriterSetIndentString")
        try check(xmlTextWriterStartDocument(pointer, "1.0", "UTF-8", nil),
                  "xmlTextWriterStartDocument")
    }

    /// Closes every open element and flushes the output.
    func endDocument() throws(LibXMLError) {
        try check(xmlTextWriterEndDocument(pointer), "xmlTextWriterEndDocument")
    }

    /// `<name`; attributes may follow until text or a child is written.
    func startElement(_ name: String) throws(LibXMLError) {
        try check(xmlTextWriterStartElement(pointer, name), "xmlTextWriterStartElement")
    }

    /// `/>` or `</name>`.
    func endElement() throws(LibXMLError) {
        try check(xmlTextWriterEndElement(pointer), "xmlTextWriterEndElement")
    }

    /// ` name="value"`, the value escaped by libxml2.
    func attribute(_ name: String, _ value: String) throws(LibXMLError) {
        try check(xmlTextWriterWriteAttribute(pointer, name, XMLText.legal(value)),
                  "xmlTextWriterWriteAttribute")
    }

    /// Character data, escaped by libxml2.
    func text(_ value: String) throws(LibXMLError) {
        try check(xmlTextWriterWriteString(pointer, XMLText.legal(value)),
                  "xmlTextWriterWriteString")
    }

    /// `<name a="1">text</name>` in one call.
    func element(_ name: String, attributes: KeyValuePairs<String, String>, text: String)
        throws(LibXMLError)
    {
        try startElement(name)
        for (attributeName, value) in attributes { try attribute(attributeName, value) }
        try self.text(text)
        try endElement()
    }

    private func check(_ result: Int32, _ call: String) throws(LibXMLError) {
        if result < 0 { throw LibXMLError.last(call: call) }
    }
}
