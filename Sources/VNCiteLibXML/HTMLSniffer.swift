/// Recognises an HTML page by its first tag, so files without ".html" go to the HTML reader.
///
/// "﻿<!-- saved from url=(0052)https://tinhuy.quangtri.dcs.vn/ -->\n<html>" is HTML;
/// "Chỉ thị số 05-CT/TW <b>…" is not (text first).
enum HTMLSniffer {
    private static let openings = [
        "<!doctype html", "<html", "<head", "<body", "<meta", "<div", "<p>", "<p ", "<title",
        "<table", "<link", "<script", "<style", "<article", "<section", "<header", "<span",
        "<h1", "<h2", "<base", "<font", "<center", "<br",
    ].map { Array($0.utf8) }

    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var head = Array(bytes.prefix(4096))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        let utf16 =
            head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
            || (head.count >= 4 && (head[0] == 0 || head[1] == 0))
        if utf16 { head = head.filter { $0 != 0 && $0 != 0xFF && $0 != 0xFE } }
        head = head.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        var index = 0
        while index < head.count {
            while index < head.count, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(head[index]) {
                index += 1
            }
            let rest = head[index...]
            if rest.starts(with: Array("<!--".utf8)) || rest.starts(with: Array("<?xml".utf8)) {
                let close =
                    rest.starts(with: Array("<!--".utf8)) ? Array("-->".utf8) : Array("?>".utf8)
                guard let end = find(close, in: head, from: index + 4) else { return false }
                index = end + close.count
                continue
            }
            return openings.contains { rest.starts(with: $0) }
        }
        return false
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard start < haystack.count, haystack.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
