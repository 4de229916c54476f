import ArgumentParser
import Foundation
import VNCite

/// `vncite text FILE`: the article text vncite reads, which citation spans index.
struct Text: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the article text vncite reads (after HTML extraction and decoding).",
        discussion: "Citation spans (start, end) are code point offsets into exactly this text.")

    @Argument(help: "An article file (text or HTML), or - for standard input.")
    var file: String

    @Option(help: "Read the file in this encoding instead of detecting it.")
    var encoding: TextEncoding?

    @Flag(help: "Print the title, date and address first, as header lines.")
    var header = false

    func run() throws {
        var files = InputFiles()
        files.encoding = encoding
        guard let article = files.read(file) else { throw ExitCode.failure }
        if header {
            let lines = "title: \(article.title ?? "")\ndate: \(article.date?.iso ?? "")\nurl: \(article.url ?? "")\n\n"
            FileHandle.standardOutput.write(Data(lines.utf8))
        }
        // A final line break is added for the terminal; offsets count from the text's start.
        FileHandle.standardOutput.write(Data((article.text.hasSuffix("\n") ? article.text : article.text + "\n").utf8))
    }
}
