/// One input article: the text vncite reads and what is known of it before scanning.
public struct Article: Sendable {
    /// Where it came from: a path as given on the command line, or "-" for standard input.
    public var source: String
    /// The text that citation spans index (Unicode code points).
    public var text: String
    /// Title and date given by the container (an HTML page's `og:title`, a JSON Lines field);
    /// when nil they are read from the text's header lines.
    public var title: String?
    public var date: CalendarDate?
    /// The page's own address (`og:url`, `<link rel=canonical>`), when known.
    public var url: String?

    public init(source: String, text: String, title: String? = nil, date: CalendarDate? = nil,
                url: String? = nil) {
        self.source = source
        self.text = text
        self.title = title
        self.date = date
        self.url = url
    }
}
