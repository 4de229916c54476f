import Foundation
import VNCiteLibXML

/// Draws many neighbourhoods with one run of Graphviz's `dot` (`Graphviz.renderEach`), so a
/// corpus of thousands of documents costs one process, not thousands.
enum NeighbourhoodDrawings {
    /// The SVG of each DOT graph, in order, ready to sit inside a page (from "<svg" on: the
    /// XML prolog and doctype are for files, not for SVG inside HTML).
    /// Throws `Graphviz.RenderError.dotNotFound` when Graphviz is missing.
    static func draw(_ sources: [String]) throws(Graphviz.RenderError) -> [String] {
        guard !sources.isEmpty else { return [] }
        return try Graphviz.renderEach(dotSource: sources.joined(), count: sources.count, format: "svg").map { data in
            let svg = String(decoding: data, as: UTF8.self)
            guard let start = svg.range(of: "<svg") else { return "" }
            return String(svg[start.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }
}
