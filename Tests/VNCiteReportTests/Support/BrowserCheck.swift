import Foundation
import Testing

/// What headless Chromium saw of a report, as `Browser/check_site.py` tells it.
struct BrowserCheck: Decodable {
    struct Page: Decodable {
        var errors: [String]
        var title: String
        var h1: String
    }

    struct Broken: Decodable, CustomStringConvertible {
        var page: String
        var href: String
        var problem: String
        var description: String { "\(page): \(href): \(problem)" }
    }

    /// The page reached by clicking "05-CT/TW" on the index.
    struct Click: Decodable {
        var url: String
        var errors: [String]
        var h1: String
        var rows: [[String]]
        var marks: [String]
        var drawingLinks: Int
    }

    struct Probe: Decodable {
        var errors: [String]
        var h1: String
        var scripts: Int
        /// Each highlight's text and the address its link goes to.
        var marks: [[String?]]
        var text: String
    }

    var pages: [String: Page]
    var broken: [Broken]
    var external: Int
    var click: Click
    /// Each result of typing "chi thi 05": its text and address.
    var search: [[String?]]
    var probes: [String: Probe]

    static let script = repositoryRoot.appendingPathComponent("Tests/VNCiteReportTests/Browser/check_site.py").path

    /// Runs the checker on the site in `folder`; records an issue (and returns nil) when
    /// Chromium or Python cannot run: that is a failure, never a skip.
    static func run(_ folder: String, probes: [String] = [], screenshots: String? = nil,
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> BrowserCheck? {
        var arguments = [script, folder]
        for p in probes { arguments += ["--probe", p] }
        if let screenshots { arguments += ["--screenshots", screenshots] }
        let result = try Command.run("python3", arguments)
        guard result.status == 0 else {
            let why = "check_site.py failed (\(result.status)); it needs chromium (apt) and websocket-client (pip), "
                + "which .ci/run installs:\n\(result.stderr)"
            Issue.record(Comment(rawValue: why), sourceLocation: sourceLocation)
            return nil
        }
        return try JSONDecoder().decode(BrowserCheck.self, from: Data(result.stdout.utf8))
    }
}
