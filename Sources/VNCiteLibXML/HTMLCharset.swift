import VNCite

/// How an HTML page's bytes become text: byte order mark, `<meta charset>`, or detection.
///
/// A page that starts `<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">`
/// and holds Windows-1258 bytes is decoded as Windows-1258 (to NFC), then handed to libxml2
/// as UTF-8; bytes that are valid UTF-8 are read as UTF-8 whatever the page declares.
enum HTMLCharset {
    enum Decoded {
        /// Decoded by vncite.
        case text(String, TextEncoding)
        /// A charset vncite does not decode ("iso-8859-1", "shift_jis"): libxml2 and iconv do.
        case raw(label: String)
    }

    /// Decodes the page, or says which charset libxml2 should use on the raw bytes.
    static func decode(_ bytes: [UInt8]) throws(InputError) -> Decoded {
        let label = declared(bytes)
        let hasBOM =
            bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.starts(with: [0xFE, 0xFF])
        if hasBOM || UTF8Check.isValid(bytes) {
            let (text, encoding) = try TextDecoding.decode(bytes)
            // Markup and scripts are ASCII full of "a." and "e'": VIQR only when declared.
            if encoding == .viqr, label.flatMap(TextEncoding.init(label:)) != .viqr {
                return .text(String(decoding: bytes, as: UTF8.self), .utf8)
            }
            return .text(text, encoding)
        }
        if let label, let encoding = TextEncoding(label: label), encoding != .utf8 {
            let (text, encoding) = try TextDecoding.decode(bytes, declared: encoding)
            return .text(text, encoding)
        }
        do {
            let (text, encoding) = try TextDecoding.decode(bytes)
            return .text(text, encoding)
        } catch {
            guard let label, TextEncoding(label: label) == nil else { throw error }
            return .raw(label: label)
        }
    }

    /// The charset a page declares in its first 4 KiB: `<meta charset="…">`, the
    /// `charset=` of a Content-Type `<meta>`, or an XML declaration's `encoding="…"`.
    static func declared(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        for key in ["charset", "encoding"] {
            let pattern = Array(key.utf8)
            var index = 0
            while index + pattern.count < head.count {
                defer { index += 1 }
                guard head[index..<(index + pattern.count)].elementsEqual(pattern) else { continue }
                var cursor = index + pattern.count
                while cursor < head.count, head[cursor] == 0x20 { cursor += 1 }
                guard cursor < head.count, head[cursor] == UInt8(ascii: "=") else { continue }
                cursor += 1
                while cursor < head.count, [0x20, 0x22, 0x27].contains(head[cursor]) { cursor += 1 }
                let start = cursor
                while cursor < head.count, isLabelByte(head[cursor]) { cursor += 1 }
                if cursor > start {
                    return String(decoding: head[start..<cursor], as: UTF8.self)
                }
            }
        }
        return nil
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
            || [UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":")]
                .contains(byte)
    }
}

/// Whether bytes are well-formed UTF-8, the way the standard library checks it.
enum UTF8Check {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }
}
