import Foundation
import VNCite
import VNCiteLibXML

/// Every file of the report, built in memory: pages, the search index, the style sheet and
/// the script. The same input gives the same files, byte for byte, whatever its order.
///
/// `let site = try ReportSite(input)`, then `ReportWriter.write(site, to: "output/report")`.
public struct ReportSite: Sendable {
    /// Paths relative to the site's folder, sorted: "articles/…html", "documents/…", "index.html".
    public private(set) var files: [(path: String, text: String)]
    /// Why the neighbourhood drawings are missing, when they are ("Graphviz's dot was not found …").
    public private(set) var drawingProblem: String?

    /// Builds the site; `drawings: false` leaves Graphviz out (the pages say so).
    public init(_ input: ReportInput, drawings: Bool = true) throws {
        let templates = try ReportTemplates.load()
        let index = ReportIndex(input)
        var out: [String: String] = [:]

        let documents = index.nodes(of: .document)
        let ranking = DocumentRank.ranked(documents.map { DocumentRank($0, meetings: index.meetings(citing: $0.id)) })
        let findings = Self.findings(index)

        // Neighbourhoods: one run of dot for all of them.
        let hoods = ranking.map { index.neighbourhood(of: $0.node) }
        var svgs: [String: String] = [:]
        var problem: String? = drawings ? nil : "drawings turned off"
        if drawings {
            let drawn = hoods.enumerated().filter { !$0.element.neighbours.isEmpty }
            let sources = drawn.map { i, h in
                h.dot(name: "d\(i)") { PageDepth.folder.href(SitePaths.document($0)) }
            }
            do {
                let pictures = try NeighbourhoodDrawings.draw(sources)
                for ((_, h), svg) in zip(drawn, pictures) { svgs[h.center.id] = svg }
            } catch {
                problem = error.description
            }
        }
        let note = problem.map { "Không có hình vẽ: \($0)" } ?? ""

        out["index.html"] = try templates.render(IndexPage(ranking: ranking, findings: findings, index: index), "index")
        for (rank, hood) in zip(ranking, hoods) {
            let pages = max(1, (rank.meetings.count + DocumentPage.rowsPerPage - 1) / DocumentPage.rowsPerPage)
            for page in 1...pages {
                let context = DocumentPage(rank.node, meetings: rank.meetings, neighbourhood: hood, page: page,
                                           drawing: svgs[rank.node.id], drawingNote: note, index: index)
                out[SitePaths.document(rank.node, page: page)] = try templates.render(context, "document")
            }
        }
        for source in index.sources where index.hasPage(source) {
            guard let article = index.articles[source] else { continue }
            out[SitePaths.article(source: source)] = try templates.render(
                ArticlePage(article, text: index.texts[source], index: index), "article")
        }
        let counts = Dictionary(ranking.map { ($0.node.id, $0.meetings.count) }, uniquingKeysWith: { a, _ in a })
        for body in index.nodes(of: .body) {
            out[SitePaths.body(body)] = try templates.render(BodyPage(body, meetingCounts: counts, index: index), "body")
        }
        for page in 1...max(1, (ranking.count + DocumentListPage.rowsPerPage - 1) / DocumentListPage.rowsPerPage) {
            out[SitePaths.list("documents", page: page)] = try templates.render(DocumentListPage(ranking, page: page), "documents")
        }
        for page in 1...max(1, (findings.count + FindingListPage.rowsPerPage - 1) / FindingListPage.rowsPerPage) {
            out[SitePaths.list("findings", page: page)] = try templates.render(FindingListPage(findings, page: page), "findings")
        }
        out["search-index.js"] = try SearchIndex.script(ranking)
        for asset in templates.assets { out[asset.name] = asset.text }
        files = out.sorted { $0.key < $1.key }.map { (path: $0.key, text: $0.value) }
        drawingProblem = problem
    }

    /// The unresolved and ambiguous citations of every article, by article then position.
    static func findings(_ index: ReportIndex) -> [FindingRow] {
        var rows: [FindingRow] = []
        for source in index.sources {
            guard let a = index.articles[source],
                  a.findings.contains(where: { $0.kind == .unresolved || $0.kind == .ambiguous }) else { continue }
            let text = index.texts[source].map { Array($0.unicodeScalars) }
            let cited = Set(a.citations.map(\.start))
            for f in a.findings where f.kind == .unresolved || f.kind == .ambiguous {
                var words = ""
                if let text, let s = f.start, let e = f.end, s >= 0, s < e, e <= text.count {
                    var v = String.UnicodeScalarView()
                    v.append(contentsOf: text[s..<e])
                    words = String(v)
                }
                let anchor = f.start.map { cited.contains($0) ? "#c\($0)" : "" } ?? ""
                rows.append(FindingRow(kind: FindingLabel.text(f.kind), message: f.message, words: words,
                                       article: a.title ?? source, path: SitePaths.article(source: source) + anchor))
            }
        }
        return rows
    }
}
