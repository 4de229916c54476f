/// A piece of text on a page: plain, highlighted, or a highlighted citation linked to its page.
///
/// "Thực hiện ⟦Chỉ thị số 05-CT/TW⟧ của Bộ Chính trị" is three segments; the middle one has
/// `marked`, and in an article's text also `linked` with the document page's address.
struct Segment {
    var text: String
    var marked = false
    var linked = false
    var href = ""
    /// The document key, shown as the mark's tooltip: "05-CT/TW".
    var key = ""
    /// The anchor of a citation in an article's text: "c3361" (its start offset).
    var anchor = ""
}

/// One paragraph of an article's text, as segments.
struct Paragraph {
    var segments: [Segment]
}

/// Cuts text into segments around what is to be highlighted.
enum Highlight {
    /// The sentence with the first occurrence of the mention marked: the citing sentence of a
    /// document page's table.
    static func sentence(_ sentence: String, mention: String?) -> [Segment] {
        guard let mention, !mention.isEmpty, let r = sentence.range(of: mention) else {
            return [Segment(text: sentence)]
        }
        return [Segment(text: String(sentence[..<r.lowerBound])),
                Segment(text: String(sentence[r]), marked: true),
                Segment(text: String(sentence[r.upperBound...]))].filter { !$0.text.isEmpty }
    }

    /// A citation to mark in an article's text: Unicode code point offsets, as the extractor
    /// gives them, and the page it links to.
    struct Span {
        var start: Int
        var end: Int
        var href: String
        var key: String
    }

    /// The text cut into paragraphs at line ends, every span marked and linked. Spans are
    /// exact code point offsets; overlapping ones keep the first.
    static func paragraphs(_ text: String, spans: [Span]) -> [Paragraph] {
        let scalars = Array(text.unicodeScalars)
        func slice(_ a: Int, _ b: Int) -> String {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[a..<b])
            return String(v)
        }
        var sorted: [Span] = []
        for s in spans.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) })
        where s.start >= (sorted.last?.end ?? 0) && s.start < s.end && s.end <= scalars.count {
            sorted.append(s)
        }
        var paragraphs: [Paragraph] = []
        var current: [Segment] = []
        var i = 0
        var next = 0
        func plain(upTo end: Int) {
            var start = i
            while i < end {
                if scalars[i] == "\n" {
                    if start < i { current.append(Segment(text: slice(start, i))) }
                    if !current.isEmpty { paragraphs.append(Paragraph(segments: current)) }
                    current = []
                    start = i + 1
                }
                i += 1
            }
            if start < end { current.append(Segment(text: slice(start, end))) }
        }
        while next < sorted.count {
            let s = sorted[next]
            plain(upTo: s.start)
            current.append(Segment(text: slice(s.start, s.end), marked: true, linked: true, href: s.href,
                                   key: s.key, anchor: "c\(s.start)"))
            i = s.end
            next += 1
        }
        plain(upTo: scalars.count)
        if !current.isEmpty { paragraphs.append(Paragraph(segments: current)) }
        return paragraphs.filter { !$0.segments.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }
    }
}
