import ArgumentParser
import Foundation
import VNCite

/// `vncite extract PATH…`: one JSON object per article on standard output.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find and resolve document citations; print one JSON object per article.",
        discussion: """
            Files, folders (read recursively: .txt, .html, .htm) or - for standard input.
            Example: vncite extract seeds | python3 ../shared/tools/score.py ../shared/gold/seeds.json --root seeds
            """)

    @OptionGroup var input: InputOptions

    func run() throws {
        var files = InputFiles()
        let results = input.extractAll(&files)
        var out = ""
        for r in results {
            out += ExtractJSON.line(r)
            out += "\n"
            if out.utf8.count > 1 << 20 {
                FileHandle.standardOutput.write(Data(out.utf8))
                out = ""
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
        if files.failures > 0 { throw ExitCode.failure }
    }
}
