import ArgumentParser
import Foundation
import VNCite

/// `vncite show "18-NQ/TW"`: what the catalogue knows of a Party document, and where from.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what the catalogue knows of a Party document: term, date, issuer, plenum, title, and the source of each line.",
        discussion: """
            Any form vncite reads: "18-NQ/TW" (every term's), "Nghị quyết 18-NQ/TW khóa XIII", "Nghị quyết
            số 18-NQ/TW ngày 16/6/2022", or a plenum, "Nghị quyết Trung ương 5 khóa XII" (what it adopted).
            """)

    @Argument(help: "The document, e.g. \"18-NQ/TW\" or \"Nghị quyết Trung ương 5 khóa XII\".")
    var document: String

    @Option(help: "A catalog file to add to the built-in one.")
    var catalog: String?

    @Option(help: "Answer as an aligned table, tsv or json.")
    var format: AnswerFormat = .table

    func run() throws {
        let catalog = try CatalogFile.load(catalog)
        let read = Extractor(catalog: catalog).extract(Article(source: "query", text: document))
        guard let c = read.citations.first else {
            throw ValidationError("“\(document)” does not name a document vncite can read (try \"18-NQ/TW\")")
        }
        let found: [PartyDocument]
        if let d = catalog.partyDocument(key: c.key) {
            found = [d]
        } else if let (plenum, term) = CitationGraph.plenum(of: c.key) {
            found = catalog.partyDocuments(plenum: plenum, term: term)
        } else {
            found = catalog.partyDocuments(symbol: DocumentTerm.withoutTerm(c.key))
        }
        guard !found.isEmpty else {
            print("The catalogue knows no \(c.key) (it lists central Party documents only).")
            return
        }
        var table = Table(columns: ["key", "kind", "term", "date", "issuer", "plenum", "title", "status", "source"])
        for d in found.sorted(by: { $0.date < $1.date }) {
            table.rows.append([d.key, d.kind, d.term, d.date.iso, d.issuer, d.plenum.map { "HNTW\($0)" }, d.title, d.status, d.source])
        }
        print(table.render(format), terminator: "")
    }
}
