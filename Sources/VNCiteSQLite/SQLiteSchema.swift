import VNCite

/// The tables of `citations.sqlite`: one per node kind (`article`, `meeting`, `document`, `body`)
/// and one per edge relation (`cites`, `issued_by`, `implements`, `held_by`, `reports`,
/// `mentions`), their columns named as the GraphML attributes are; indexes on document keys,
/// dates and provinces; views that answer the common questions.
///
/// `SELECT date, host, article FROM citation WHERE key = '05-CT/TW'` lists who cites Chỉ thị
/// 05-CT/TW; `SELECT * FROM document_rank LIMIT 10` the most cited documents by meetings.
public enum SQLiteSchema {
    /// Node tables and their columns, besides `id` and `label`.
    public static let nodeTables: [(kind: CitationGraph.NodeKind, columns: [String])] = [
        (.article, ["title", "date", "source", "url", "province", "meetingKind", "meetingDate", "meetingHost", "chair",
                    "meetingPlace"]),
        (.meeting, ["what", "meetingKind", "meetingDate", "meetingHost", "chair", "meetingPlace", "province", "reportingArticles"]),
        (.document, ["key", "docKind", "number", "year", "issuer", "term", "plenum", "congress", "lawName", "subject", "date",
                     "province", "citations", "citingArticles", "resolved", "title", "catalogStatus", "catalogSource"]),
        (.body, ["name", "province"]),
    ]

    /// Edge tables (named by their relation: `issued_by`) and their columns, besides `source` and `target`.
    public static func edgeColumns(_ relation: CitationGraph.Relation) -> [String] {
        relation == .cites ? ["mentions", "sentence"] : []
    }

    /// The columns of a node table (`id`, `label`, then the attributes).
    static func nodeColumns(_ kind: CitationGraph.NodeKind) -> [String] {
        ["id", "label"] + (nodeTables.first { $0.kind == kind }?.columns ?? [])
    }

    /// The columns of an edge table (`source`, `target`, then the attributes).
    static func edgeTableColumns(_ relation: CitationGraph.Relation) -> [String] {
        ["source", "target"] + edgeColumns(relation)
    }

    /// `"id", "label", "title"`: column names quoted and listed.
    static func list(_ columns: [String]) -> String {
        columns.map { "\"\($0)\"" }.joined(separator: ", ")
    }

    /// `INSERT INTO table ("a", "b") VALUES (?, ?)`.
    static func insert(into table: String, _ columns: [String]) -> String {
        "INSERT INTO \(table) (\(list(columns))) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))"
    }

    /// The SQL type of a column, from the graph's declared schema: booleans are 0 and 1.
    static func type(_ column: String) -> String {
        switch CitationGraph.schema.first(where: { $0.name == column })?.type {
        case .int, .boolean: return "INTEGER"
        default: return "TEXT"
        }
    }

    static var create: String {
        var sql = ""
        for (kind, columns) in nodeTables {
            let cols = (["id TEXT PRIMARY KEY", "label TEXT"] + columns.map { "\"\($0)\" \(type($0))" }).joined(separator: ", ")
            sql += "CREATE TABLE \(kind.rawValue) (\(cols));\n"
        }
        for relation in CitationGraph.Relation.allCases {
            let cols = (["source TEXT NOT NULL", "target TEXT NOT NULL"] + edgeColumns(relation).map { "\"\($0)\" \(type($0))" })
            sql += "CREATE TABLE \(relation.rawValue) (\(cols.joined(separator: ", ")));\n"
            sql += "CREATE INDEX \(relation.rawValue)_source ON \(relation.rawValue)(source);\n"
            sql += "CREATE INDEX \(relation.rawValue)_target ON \(relation.rawValue)(target);\n"
        }
        sql += """
            CREATE INDEX document_key ON document(key);
            CREATE INDEX document_kind_number ON document(docKind, number);
            CREATE INDEX document_province ON document(province);
            CREATE INDEX article_date ON article(date);
            CREATE INDEX article_source ON article(source);
            CREATE INDEX article_province ON article(province);
            CREATE INDEX meeting_date ON meeting(meetingDate);
            -- Every citation: the document, the article that carries it, the meeting it reports.
            CREATE VIEW citation AS
              SELECT d.key AS key, d.docKind AS kind, COALESCE(m.meetingDate, a.meetingDate, a.date) AS date,
                     r.target AS meeting, COALESCE(m.meetingKind, a.meetingKind) AS meetingKind,
                     COALESCE(m.meetingHost, a.meetingHost) AS host, a.source AS article, a.title AS title,
                     c.mentions AS mentions, c.sentence AS sentence
              FROM cites c JOIN document d ON d.id = c.target JOIN article a ON a.id = c.source
              LEFT JOIN reports r ON r.source = a.id LEFT JOIN meeting m ON m.id = r.target;
            -- Documents by the number of meetings citing them (an article with no meeting counts as one).
            CREATE VIEW document_rank AS
              SELECT key, kind, COUNT(DISTINCT COALESCE(meeting, article)) AS meetings, COUNT(*) AS articles,
                     MIN(date) AS first, MAX(date) AS last
              FROM citation GROUP BY key ORDER BY meetings DESC, key;
            -- Who issued what.
            CREATE VIEW issued AS
              SELECT d.key AS key, d.docKind AS kind, b.name AS body, b.province AS province
              FROM issued_by i JOIN document d ON d.id = i.source JOIN body b ON b.id = i.target;

            """
        return sql
    }
}
