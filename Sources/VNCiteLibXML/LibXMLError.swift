import Foundation
internal import CLibXML2

/// A libxml2 call that failed, or a document libxml2 read that is not what vncite expects.
///
/// `LibXMLError(call: "xmlReadMemory", message: "Opening and ending tag mismatch: node line 4
/// and graph (line 9)")` prints as "xmlReadMemory: Opening and ending tag mismatch: …".
public struct LibXMLError: Error, CustomStringConvertible {
    /// The libxml2 function that failed ("xmlReadMemory"), or the vncite step ("GraphMLReader").
    public var call: String
    /// libxml2's own message, trimmed, or vncite's explanation.
    public var message: String

    /// An error with the given call and message.
    public init(call: String, message: String) {
        self.call = call
        self.message = message
    }

    /// "call: message".
    public var description: String { "\(call): \(message)" }

    /// The error libxml2 last recorded on this thread, which is then reset; a generic message
    /// when libxml2 recorded none (an allocation failure, a writer buffer error).
    static func last(call: String) -> LibXMLError {
        guard let error = xmlGetLastError() else {
            return LibXMLError(call: call, message: "failed without a libxml2 message")
        }
        defer { xmlResetLastError() }
        var message = error.pointee.message.map { String(cString: $0) } ?? ""
        message = message.trimmingCharacters(in: .whitespacesAndNewlines)
        if message.isEmpty { message = "failed (libxml2 error code \(error.pointee.code))" }
        if error.pointee.line > 0 { message += " (line \(error.pointee.line))" }
        return LibXMLError(call: call, message: message)
    }
}
