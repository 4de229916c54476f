import ArgumentParser
import Foundation
import VNCite

@main
struct VNCiteCommand: ParsableCommand {
    /// Ctrl-C never leaves a half-written temporary file behind.
    static func main() {
        AtomicFile.cleanUpOnInterrupt()
        if let problem = InstalledData.problem(of: "VNCite") {
            FileHandle.standardError.write(Data("vncite: \(problem)\n".utf8))
            exit(withError: ExitCode.failure)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "vncite",
        abstract: "Find citations of Party and State documents in Vietnamese articles and graph them.",
        subcommands: [Extract.self, GraphCommand.self, ReportCommand.self, Render.self, Cites.self, CitedBy.self, Top.self, Show.self, Text.self])
}
