import ArgumentParser

@main
struct VNCiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vncite",
        abstract: "Find citations of Party and State documents in Vietnamese articles and graph them.",
        subcommands: [Extract.self, GraphCommand.self, Render.self, Cites.self, CitedBy.self, Top.self, Text.self])
}
