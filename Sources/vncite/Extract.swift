import ArgumentParser
import Foundation
import VNCite

/// `vncite extract PATH…`: one JSON object per article on standard output.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find and resolve document citations; print one JSON object per article.",
        discussion: """
            Files, folders (read recursively: .txt, .html, .htm, .jsonl) or - for standard input (one
            article, or JSON Lines when it starts with "{"). Lines are written batch by batch as the
            articles are read; `vncite graph` reads this output back (the map and the reduce).
            Example: vncite extract seeds | python3 ../shared/tools/score.py ../shared/gold/seeds.json --root seeds
            """)

    @OptionGroup var input: InputOptions

    /// The map of a map/reduce: each batch's lines are written as soon as the batch is done, so
    /// memory holds one batch, not the corpus. Short forms that only another article resolves
    /// stay partial here; `graph` (the reduce) resolves them across everything it reads.
    func run() throws {
        var files = InputFiles()
        input.configure(&files)
        files.extractEach(input.paths, extractor: input.extractor(), jobs: input.jobs, progress: true,
                          render: { ExtractJSON.line($0) + "\n" }) { _, _, lines in
            FileHandle.standardOutput.write(Data(lines.joined().utf8))
        }
        if files.failures > 0 { throw ExitCode.failure }
    }
}
