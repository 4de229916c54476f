import Foundation

/// One line of `vncite extract` output read back, so that `graph` and the queries can reduce
/// what many `extract` runs mapped: `{"source":"seeds/003_….txt","title":…,"citations":[{"text":
/// "Chỉ thị số 05-CT/TW","start":4105,"end":4124,"key":"05-CT/TW",…}],"findings":[…]}`.
///
/// A line is extract output when it has "source" and "citations" and no "text"; an article of a
/// corpus has "text". Every field `ExtractJSON` writes comes back, so writing what was read
/// gives the same line.
public enum ExtractedLine {
    /// Why a line that looks like extract output cannot be read: "citation 3: no \"key\"".
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    public static func isExtractOutput(_ object: [String: Any]) -> Bool {
        object["text"] == nil && object["source"] is String && object["citations"] is [Any]
    }

    public static func article(from object: [String: Any]) throws -> ExtractedArticle {
        guard let source = object["source"] as? String else { throw Problem(description: "no \"source\" string") }
        var a = ExtractedArticle(source: source)
        a.title = object["title"] as? String
        a.date = try date(object["date"], "date")
        a.url = object["url"] as? String
        a.locality = object["locality"] as? String
        if let m = object["meeting"] as? [String: Any] {
            guard let kind = m["kind"] as? String, let what = m["what"] as? String else {
                throw Problem(description: "meeting: no \"kind\" or \"what\"")
            }
            a.meeting = Meeting(kind: kind, what: what, host: m["host"] as? String,
                                date: try date(m["date"], "meeting date"), chair: m["chair"] as? String,
                                place: m["place"] as? String)
        }
        for (n, item) in (object["citations"] as? [Any] ?? []).enumerated() {
            guard let c = item as? [String: Any] else { throw Problem(description: "citation \(n + 1): not an object") }
            a.citations.append(try citation(c, n + 1))
        }
        for (n, item) in (object["findings"] as? [Any] ?? []).enumerated() {
            guard let f = item as? [String: Any], let kind = (f["kind"] as? String).flatMap(Finding.Kind.init(rawValue:)),
                  let message = f["message"] as? String else {
                throw Problem(description: "finding \(n + 1): no known \"kind\" or no \"message\"")
            }
            a.findings.append(Finding(kind: kind, message: message, start: f["start"] as? Int, end: f["end"] as? Int))
        }
        return a
    }

    static func citation(_ o: [String: Any], _ n: Int) throws -> Citation {
        guard let text = o["text"] as? String, let start = o["start"] as? Int, let end = o["end"] as? Int,
              let key = o["key"] as? String, let kind = o["kind"] as? String else {
            throw Problem(description: "citation \(n): needs \"text\", \"start\", \"end\", \"key\" and \"kind\"")
        }
        var c = Citation(text: text, start: start, end: end, key: key, kind: kind)
        c.resolved = o["resolved"] as? Bool ?? true
        c.number = o["number"] as? String
        c.year = o["year"] as? Int
        c.issuer = o["issuer"] as? String
        c.issuerName = o["issuerName"] as? String
        c.locality = o["locality"] as? String
        c.term = o["term"] as? String
        c.plenum = o["plenum"] as? Int
        c.congress = o["congress"] as? String
        c.date = try date(o["date"], "citation \(n) date")
        c.name = o["name"] as? String
        c.subject = o["subject"] as? String
        c.symbol = o["symbol"] as? String
        c.implements = o["implements"] as? String
        c.sentence = o["sentence"] as? String
        return c
    }

    static func date(_ value: Any?, _ what: String) throws -> CalendarDate? {
        guard let s = value as? String else { return nil }
        guard let d = CalendarDate(iso: s) else { throw Problem(description: "\(what) \"\(s)\" is not YYYY-MM-DD") }
        return d
    }
}
