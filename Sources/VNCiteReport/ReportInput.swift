import VNCite

/// What a report is made from: what vncite read in each article, and the article's text (for
/// the article pages, whose highlights are the citations' spans).
///
/// `ReportInput(articles: Extractor().extract(seeds), texts: ["seeds/003_….txt": "…"])`
public struct ReportInput: Sendable {
    public var articles: [ExtractedArticle]
    /// The text each article's spans index, by source.
    public var texts: [String: String]
    public var catalog: Catalog

    public init(articles: [ExtractedArticle], texts: [String: String], catalog: Catalog = .standard) {
        self.articles = articles
        self.texts = texts
        self.catalog = catalog
    }
}
