import ArgumentParser
import Foundation
import VNCite

/// `vncite cites "Chỉ thị 05" seeds`: the meetings that cite a document.
struct Cites: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the meetings that cite a document, with the articles that report each and the citing sentence.",
        discussion: """
            The document may be named in any form vncite reads: "Chỉ thị 05-CT/TW", "chi thi 05-ct/tw",
            "Chỉ thị 05", "04-NQ/TW" (also finds "Nghị quyết Trung ương 4 khóa XII").
            """)

    @Argument(help: "The document, e.g. \"Chỉ thị 05-CT/TW\".")
    var document: String

    @Argument(help: "Articles: files, folders or - (or use --graph).")
    var paths: [String] = []

    @Option(help: "One row per meeting (the articles that report it together), or per article.")
    var by: Grouping = .meeting

    enum Grouping: String, ExpressibleByArgument, CaseIterable { case meeting, article }

    @OptionGroup var options: QueryOptions

    @OptionGroup var place: ProvinceOptions

    func run() throws {
        var failures = 0
        let extractor = options.extractor()
        var graph: CitationGraph
        let matches: [CitationGraph.Node]
        if let reader = try options.database() {
            // The documents, then only the rows that cite the ones meant.
            matches = try reader.documents().documents(named: document, extractor: extractor)
            graph = try reader.citing(matches.map(\.id))
        } else {
            graph = try options.load(paths: paths, failures: &failures)
            matches = graph.documents(named: document, extractor: extractor)
        }
        if let provinces = try place.provinces(extractor.catalog) { graph = graph.keepingCitations(ofProvinces: provinces) }
        guard !matches.isEmpty else {
            let read = extractor.extract(Article(source: "query", text: document))
            if read.citations.isEmpty {
                throw ValidationError("“\(document)” does not name a document vncite can read (try \"Chỉ thị 05-CT/TW\")")
            }
            print("No article cites \(document).")
            if failures > 0 { throw ExitCode.failure }
            return
        }
        // "Nghị quyết 09?" of two articles: a partial key each article has of its own, which no key
        // can tell apart; they are listed together, as what the texts call by that name.
        let ownKeys = matches.count > 1 && Set(matches.map { $0.string("key") }).count == 1
        guard matches.count == 1 || ownKeys, let doc = matches.first else {
            var table = Table(columns: ["key", "kind", "meetings", "articles"])
            for m in matches {
                let articles = graph.articles(citing: m.id)
                let meetings = Set(articles.compactMap(\.meeting)).count
                table.rows.append([m.string("key"), m.string("docKind"), String(meetings), String(articles.count)])
            }
            FileHandle.standardError.write(Data("“\(document)” may be \(matches.count) documents; name one by its key:\n".utf8))
            FileHandle.standardError.write(Data(table.render(.table).utf8))
            throw ExitCode(2)
        }
        let rows = citing(Set(matches.map(\.id)), in: graph)
        let table = self.table(of: rows)
        if options.format == .table {
            // A partial key says what the text gave: "Thông tư 05 của BTC (not resolved)".
            let open = ownKeys ? ", not resolved: a partial key in \(matches.count) articles, maybe as many documents"
                : doc.attributes["resolved"] == .bool(false) ? ", not resolved: a partial key" : ""
            print("\(doc.string("key") ?? doc.label) (\(doc.string("docKind") ?? "")\(open)): cited by \(count(rows))")
        }
        print(table.render(options.format), terminator: "")
        if options.format == .table { printPlenums(of: doc, in: graph, catalog: extractor.catalog) }
        if failures > 0 { throw ExitCode.failure }
    }

    /// The meetings (or articles, `--by article`) that cite the documents, a row each.
    func citing(_ ids: Set<String>, in graph: CitationGraph) -> [CitationGraph.CitingMeeting] {
        by == .meeting ? graph.meetings(citingAny: ids) : graph.articles(citingAny: ids)
    }

    func table(of rows: [CitationGraph.CitingMeeting]) -> Table {
        var table = Table(columns: ["date", "meeting", "host", "articles", "title", "sentence"])
        for m in rows {
            table.rows.append([m.date, m.kind, m.host, m.articles.joined(separator: ", "), m.title, m.sentence])
        }
        return table
    }

    /// "3 meeting(s) and 2 article(s) that report none": a row by meeting is an article of its own
    /// when the article reports no meeting, and is not counted as one.
    func count(_ rows: [CitationGraph.CitingMeeting]) -> String {
        guard by == .meeting else { return "\(rows.count) article(s)" }
        let met = rows.filter { $0.meeting != nil }.count
        return "\(met) meeting(s)" + (met < rows.count ? " and \(rows.count - met) article(s) that report none" : "")
    }

    /// Meetings that cite the plenum that adopted the document, apart: they may mean another of
    /// its documents ("Nghị quyết Trung ương 5 khóa XII" adopted 10-, 11- and 12-NQ/TW).
    func printPlenums(of doc: CitationGraph.Node, in graph: CitationGraph, catalog: Catalog) {
        for plenum in graph.plenums(adopting: doc.id) {
            let rows = citing([plenum.id], in: graph)
            guard !rows.isEmpty else { continue }
            let key = plenum.string("key") ?? ""
            let others = CitationGraph.plenum(of: key).map { catalog.partyDocuments(plenum: $0.0, term: $0.1).count - 1 } ?? 0
            print("\nNot counted above: \(count(rows)) citing \(key), the plenum that adopted \(doc.string("key") ?? "") and \(others) other document(s):")
            print(table(of: rows).render(.table), terminator: "")
        }
    }
}

/// `vncite cited-by ARTICLE`: what one article cites.
struct CitedBy: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cited-by", abstract: "List the documents one article cites.")

    @Argument(help: "The article: a file to read, or its source path in the saved graph.")
    var article: String

    @OptionGroup var options: QueryOptions

    func run() throws {
        var failures = 0
        let graph = try options.database()?.article(source: article)
            ?? options.load(paths: options.graph == nil ? [article] : [], failures: &failures)
        let articles = graph.nodes.filter { $0.kind == .article }
        let ends = articles.filter { CitationGraph.name(article, names: $0.string("source") ?? "") }
        // ("a.txt" of two folders: which one is for the user to say.)
        let named = articles.filter { $0.string("source") == article }
        guard named.count == 1 || ends.count <= 1 else {
            let sources = ends.compactMap { $0.string("source") }.sorted()
            throw ValidationError("\(article) names \(sources.count) articles; give more of its path: \(sources.prefix(5).joined(separator: ", "))\(sources.count > 5 ? ", …" : "")")
        }
        guard let node = named.first ?? ends.first else {
            if failures > 0 { throw ExitCode.failure }
            throw ValidationError("no article \(article) in the graph")
        }
        var table = Table(columns: ["key", "kind", "mentions", "issuer", "subject", "sentence"])
        for (doc, mentions, sentence) in graph.citations(of: node.id) {
            table.rows.append([doc.string("key"), doc.string("docKind"), String(mentions), doc.string("issuer"),
                               doc.string("subject"), sentence])
        }
        print(table.render(options.format), terminator: "")
    }
}

/// `vncite top`: documents ranked by the number of meetings citing them.
struct Top: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank documents by the number of meetings that cite them (a meeting reported by several articles counts once), then by the articles that cite them.")

    @Argument(help: "Articles: files, folders or - (or use --graph).")
    var paths: [String] = []

    @OptionGroup var period: PeriodOptions

    @Option(help: "Only documents of this type, e.g. \"Chỉ thị\".")
    var kind: String?

    @Option(help: "How many documents to list.")
    var limit = 20

    @OptionGroup var options: QueryOptions

    @OptionGroup var place: ProvinceOptions

    func run() throws {
        var failures = 0
        var graph = try options.database()?.citations() ?? options.load(paths: paths, failures: &failures)
        if let provinces = try place.provinces(options.extractor().catalog) { graph = graph.keepingCitations(ofProvinces: provinces) }
        let ranked = graph.top(since: period.from, until: period.to, kind: kind)
        let citing = Set(graph.edges.filter { $0.relation == .cites }.map(\.source))
        period.noteUndated(graph.nodes.filter { citing.contains($0.id) && ($0.string("meetingDate") ?? $0.string("date")) == nil }.count)
        var table = Table(columns: ["meetings", "articles", "key", "kind", "resolved", "subject"])
        for (doc, meetings, articles) in ranked.prefix(limit) {
            let resolved = doc.attributes["resolved"] == .bool(false) ? "no" : "yes"
            table.rows.append([String(meetings), String(articles), doc.string("key"), doc.string("docKind"), resolved, doc.string("subject")])
        }
        print(table.render(options.format), terminator: "")
        if failures > 0 { throw ExitCode.failure }
    }
}
