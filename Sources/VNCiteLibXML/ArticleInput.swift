import Foundation
import VNCite

/// Turns a file's bytes into an `Article`: HTML pages through libxml2's HTML parser, anything
/// else as text in whatever encoding it is in.
public enum ArticleInput {
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    public static func article(from bytes: Data, source: String) throws -> Article {
        guard !bytes.isEmpty else { throw Problem(description: "empty file") }
        if let nul = bytes.firstIndex(of: 0) {
            throw Problem(description: "binary file (NUL byte at offset \(nul - bytes.startIndex))")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Problem(description: "not valid UTF-8")
        }
        return Article(source: source, text: text)
    }
}
