/// What vncite learnt from one article: its header, the province it is about, every citation.
public struct ExtractedArticle: Sendable {
    public var source: String
    public var title: String?
    public var date: CalendarDate?
    public var url: String?
    /// The province the article is about: "Thừa Thiên Huế".
    public var locality: String?
    /// Every mention, in text order, also when one document is cited again.
    public var citations: [Citation]
    /// The meeting the article reports, when it reports one.
    public var meeting: Meeting?
    /// Unresolved, ambiguous or inferred things, for the reader.
    public var findings: [Finding]
    /// Short forms the article alone does not resolve ("Nghị quyết 57" with no issuer); other
    /// articles may ("Nghị quyết 57-NQ/TW"). They are citations with partial keys ending in "?".
    public var pending: [Citation] { citations.filter { !$0.resolved && $0.key.hasSuffix("?") } }
    /// The meeting the graph keeps: an article's meeting enters the graph only when the article
    /// cites something, since the graph answers which meetings cite a document ("Hội nghị Ban
    /// Thường vụ Tỉnh ủy" that cites nothing is left out of it; `extract` still reports it).
    public var citingMeeting: Meeting? { citations.isEmpty ? nil : meeting }

    public init(source: String, title: String? = nil, date: CalendarDate? = nil, url: String? = nil,
                locality: String? = nil, citations: [Citation] = [], meeting: Meeting? = nil,
                findings: [Finding] = []) {
        self.source = source
        self.title = title
        self.date = date
        self.url = url
        self.locality = locality
        self.citations = citations
        self.meeting = meeting
        self.findings = findings
    }
}

/// The meeting an article reports: "Ngày 7/6/2023, Chi bộ Sở … tổ chức Hội nghị sơ kết …".
public struct Meeting: Hashable, Sendable {
    /// The meeting noun as the text writes it: "hội nghị", "buổi làm việc" or "cuộc làm việc",
    /// "cuộc họp" or "buổi họp", "sinh hoạt", "đại hội", "hội thảo", "kỳ họp", "tọa đàm", "cuộc gặp".
    public var kind: String
    /// The phrase that names it: "Hội nghị sơ kết công tác 6 tháng đầu năm 2023".
    public var what: String
    /// The body that held it: "Chi bộ Sở Thông tin và Truyền thông".
    public var host: String?
    public var date: CalendarDate?
    /// Who chaired it, where the text says so.
    public var chair: String?
    /// Where it was held, where the lead says so: "Hà Nội", "Sở Ngoại vụ TP.HCM".
    public var place: String?

    public init(kind: String, what: String, host: String? = nil, date: CalendarDate? = nil,
                chair: String? = nil, place: String? = nil) {
        self.kind = kind
        self.what = what
        self.host = host
        self.date = date
        self.chair = chair
        self.place = place
    }
}
