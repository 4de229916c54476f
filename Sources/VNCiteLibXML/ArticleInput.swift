import Foundation
import VNCite

/// Turns a file's bytes into an `Article`: HTML pages through libxml2's HTML parser, anything
/// else as text in whatever encoding it is in (UTF-8, UTF-16, Windows-1258, TCVN3, VNI …).
public enum ArticleInput {
    public static func article(from bytes: Data, source: String, encoding: TextEncoding? = nil)
        throws(InputError) -> Article
    {
        let raw = [UInt8](bytes)
        if HTMLArticleReader.looksLikeHTML(raw) {
            return try HTMLArticleReader.read(raw, source: source, declared: encoding)
        }
        let decoded = try TextDecoding.decode(raw, declared: encoding)
        return Article(source: source, text: decoded.text)
    }
}
