/// A meeting's name is never cut inside brackets or quotes.
extension MeetingReader {
    /// The name read on to the close of the brackets or quotes it opens, when the close comes in
    /// the same sentence within a hundred characters: 'hội thảo "Trí thức Việt kiều' → 'hội thảo
    /// "Trí thức Việt kiều với sự nghiệp xây dựng quê hương"'; else cut before the mark that opens
    /// them: "Hội nghị quốc tế Tương lai châu Á lần thứ 10 … tại Tokyo (Nhật" → "… tại Tokyo". A
    /// name that starts inside brackets ("IAEA) nhóm họp về vấn đề Iran") is read back to their
    /// opening the same way, else starts after them.
    static func balanced(_ what: String, in text: CleanText) -> String {
        var name = Array(what.unicodeScalars)
        guard unclosed(name) != nil || unopened(name) != nil else { return what }
        let whole = text.scalars
        let at = find(name, in: whole)
        if let open = unclosed(name) {
            let end = at.map { $0 + name.count }
            if let end, let close = reach(whole, from: end, step: 1, for: closer(of: name[open])) {
                name += whole[end...close]
            } else {
                name = trimmed(Array(name[..<open]))
            }
        }
        if let close = unopened(name) {
            if let start = at, start > 0, let open = reach(whole, from: start - 1, step: -1, for: opener(of: name[close])) {
                name = Array(whole[open..<start]) + name
            } else {
                name = Array(name[(close + 1)...]).drop { $0 == " " }.map { $0 }
            }
        }
        let result = String(String.UnicodeScalarView(name))
        return result.isEmpty ? what : result
    }

    /// Where the first opening mark stands that the name does not close.
    static func unclosed(_ name: [Unicode.Scalar]) -> Int? {
        var open: [Int] = []
        for (k, c) in name.enumerated() {
            if c == "\"" { if let last = open.last, name[last] == "\"" { open.removeLast() } else { open.append(k) }
            } else if c == "(" || c == "“" { open.append(k)
            } else if c == ")" || c == "”", let last = open.last, name[last] == opener(of: c) { open.removeLast() }
        }
        return open.first
    }

    /// Where the first closing mark stands that the name does not open.
    static func unopened(_ name: [Unicode.Scalar]) -> Int? {
        var depth: [Unicode.Scalar: Int] = [:]
        for (k, c) in name.enumerated() {
            if c == "(" || c == "“" { depth[c, default: 0] += 1 }
            if c == ")" || c == "”" {
                if depth[opener(of: c), default: 0] == 0 { return k }
                depth[opener(of: c), default: 0] -= 1
            }
        }
        return nil
    }

    static func closer(of c: Unicode.Scalar) -> Unicode.Scalar { c == "(" ? ")" : c == "“" ? "”" : c }
    static func opener(of c: Unicode.Scalar) -> Unicode.Scalar { c == ")" ? "(" : c == "”" ? "“" : c }

    /// The first `mark` from `k` on (or back), within a hundred characters and the sentence (a title
    /// may ask or exclaim: "Tọa đàm “Có hay không chuyện tình trên mạng?”").
    static func reach(_ text: [Unicode.Scalar], from k: Int, step: Int, for mark: Unicode.Scalar) -> Int? {
        var i = k
        while i >= 0, i < text.count, abs(i - k) < 100 {
            if text[i] == mark { return i }
            if ".;\n".unicodeScalars.contains(text[i]) { return nil }
            i += step
        }
        return nil
    }

    /// Where the name's words stand in the text, if they are there as written.
    static func find(_ name: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int? {
        guard let first = name.first, name.count <= text.count else { return nil }
        return (0...(text.count - name.count)).first { k in text[k] == first && text[k..<(k + name.count)].elementsEqual(name) }
    }

    static func trimmed(_ name: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var name = name
        while let last = name.last, " ,-:".unicodeScalars.contains(last) { name.removeLast() }
        return name
    }
}
