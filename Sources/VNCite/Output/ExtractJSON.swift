/// The `extract` output: one JSON object per article, as ../shared/gold/README.md specifies.
///
/// `{"source":"seeds/003_….txt","title":"Thường trực Tỉnh uỷ làm việc với …","date":"2017-02-10",
/// "locality":null,"citations":[{"text":"Chỉ thị số 05-CT/TW","start":4105,"end":4124,
/// "key":"05-CT/TW","kind":"Chỉ thị","number":"05",…}],"findings":[…]}`
public enum ExtractJSON {
    public static func line(_ a: ExtractedArticle) -> String {
        JSONText.object([
            ("source", JSONText.quoted(a.source)),
            ("title", JSONText.string(a.title)),
            ("date", JSONText.string(a.date?.iso)),
            ("url", JSONText.string(a.url)),
            ("locality", JSONText.string(a.locality)),
            ("meeting", a.meeting.map(meeting)),
            ("citations", "[" + a.citations.map(citation).joined(separator: ",") + "]"),
            ("findings", "[" + a.findings.map(finding).joined(separator: ",") + "]"),
        ])
    }

    static func citation(_ c: Citation) -> String {
        JSONText.object([
            ("text", JSONText.quoted(c.text)),
            ("start", String(c.start)),
            ("end", String(c.end)),
            ("key", JSONText.quoted(c.key)),
            ("kind", JSONText.quoted(c.kind)),
            ("resolved", c.resolved ? "true" : "false"),
            ("number", JSONText.string(c.number)),
            ("year", JSONText.int(c.year)),
            ("issuer", JSONText.string(c.issuer)),
            ("issuerName", JSONText.string(c.issuerName)),
            ("locality", JSONText.string(c.locality)),
            ("term", JSONText.string(c.term)),
            ("plenum", JSONText.int(c.plenum)),
            ("congress", JSONText.string(c.congress)),
            ("date", JSONText.string(c.date?.iso)),
            ("name", JSONText.string(c.name)),
            ("subject", JSONText.string(c.subject)),
            ("symbol", JSONText.string(c.symbol)),
            ("implements", JSONText.string(c.implements)),
            ("sentence", JSONText.string(c.sentence)),
        ])
    }

    static func finding(_ f: Finding) -> String {
        JSONText.object([
            ("kind", JSONText.quoted(f.kind.rawValue)),
            ("message", JSONText.quoted(f.message)),
            ("start", JSONText.int(f.start)),
            ("end", JSONText.int(f.end)),
        ])
    }

    static func meeting(_ m: Meeting) -> String {
        JSONText.object([
            ("kind", JSONText.quoted(m.kind)),
            ("what", JSONText.quoted(m.what)),
            ("host", JSONText.string(m.host)),
            ("date", JSONText.string(m.date?.iso)),
            ("chair", JSONText.string(m.chair)),
            ("place", JSONText.string(m.place)),
        ])
    }
}
