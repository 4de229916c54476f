import ArgumentParser
import Foundation
import VNCiteLibXML

/// `vncite render FILE.dot -o FILE.svg`: draws a DOT file with Graphviz.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a DOT file with Graphviz (svg, png or pdf, from the output's extension).")

    @Argument(help: "The DOT file, e.g. output/citations.dot.")
    var dotFile: String

    @Option(name: .shortAndLong, help: "The drawing to write: FILE.svg, FILE.png or FILE.pdf.")
    var output: String

    func run() throws {
        let format = (output as NSString).pathExtension.lowercased()
        guard FileManager.default.fileExists(atPath: dotFile) else {
            throw ValidationError("\(dotFile): no such file")
        }
        do {
            let warnings = try Graphviz.render(dotFile: dotFile, format: format, to: output)
            for w in warnings { FileHandle.standardError.write(Data("vncite: dot: \(w)\n".utf8)) }
        } catch {
            FileHandle.standardError.write(Data("vncite: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
