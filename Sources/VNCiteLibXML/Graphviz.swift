import Foundation
import VNCite

/// Runs Graphviz's `dot` to draw a DOT graph as SVG, PNG or PDF.
///
/// `try Graphviz.render(dotSource: DOTWriter.write(graph), format: "svg", to: "citations.svg")`
/// draws into a temporary file beside "citations.svg" and renames it over the target only when
/// `dot` succeeded, so a failed run never leaves half a drawing.
public enum Graphviz {
    /// The formats `render` accepts.
    public static let formats = ["svg", "png", "pdf"]

    /// Why a drawing failed, in words fit for the terminal; Graphviz's own stderr is quoted as is.
    public struct RenderError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }

        public init(message: String) { self.message = message }

        /// "Graphviz's dot was not found; install it with: apt-get install graphviz …".
        public static let dotNotFound = RenderError(
            message: "Graphviz's dot was not found; install it with: apt-get install graphviz "
                + "(Debian/Ubuntu), brew install graphviz (macOS)")
    }

    /// The path of the `dot` executable: the first in `PATH`, then the usual install folders.
    public static func findDot() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init)
            + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/opt/local/bin"]
        return folders.lazy
            .map { URL(fileURLWithPath: $0).appendingPathComponent("dot").path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Draws `dotSource` into `outputPath`; returns the lines `dot` printed as warnings.
    @discardableResult
    public static func render(dotSource: String, format: String, to outputPath: String)
        throws(RenderError) -> [String]
    {
        let source = FileManager.default.temporaryDirectory
            .appendingPathComponent("vncite-\(uniqueSuffix()).dot")
        do {
            try Data(dotSource.utf8).write(to: source)
        } catch {
            throw RenderError(message: "cannot write \(source.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: source) }
        return try render(dotFile: source.path, format: format, to: outputPath)
    }

    /// Draws the DOT file at `dotFile` into `outputPath`; returns `dot`'s warning lines.
    @discardableResult
    public static func render(dotFile: String, format: String, to outputPath: String)
        throws(RenderError) -> [String]
    {
        guard formats.contains(format) else {
            throw RenderError(message: "unknown drawing format \"\(format)\"; use one of "
                + formats.joined(separator: ", "))
        }
        guard let dot = findDot() else { throw RenderError.dotNotFound }
        let target = URL(fileURLWithPath: outputPath)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).tmp-\(uniqueSuffix())")
        let input = dotFile.hasPrefix("-") ? "./" + dotFile : dotFile  // never an option
        AtomicFile.InFlight.shared.add(temporary.path)
        defer { AtomicFile.InFlight.shared.remove(temporary.path) }
        let (status, stderr) = try run(dot, ["-T\(format)", "-o", temporary.path, input])
        guard status == 0, FileManager.default.fileExists(atPath: temporary.path) else {
            try? FileManager.default.removeItem(at: temporary)
            let said = stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            throw RenderError(
                message: "dot -T\(format) failed (exit status \(status))"
                    + (said.isEmpty ? "" : ":\n\(said)"))
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw RenderError(message: "cannot write \(outputPath): \(reason)")
        }
        return stderr.split(whereSeparator: \.isNewline).map(String.init)
    }

    /// Draws each graph of a DOT text that holds many, one after another, with one run of
    /// `dot -O` (which writes FILE.svg, FILE.2.svg, FILE.3.svg …); returns the drawings in order.
    /// A thousand small drawings cost one process, not a thousand.
    public static func renderEach(dotSource: String, count: Int, format: String) throws(RenderError) -> [Data] {
        guard formats.contains(format) else {
            throw RenderError(message: "unknown drawing format \"\(format)\"; use one of " + formats.joined(separator: ", "))
        }
        guard let dot = findDot() else { throw RenderError.dotNotFound }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vncite-\(uniqueSuffix())")
        let source = folder.appendingPathComponent("g.dot")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(dotSource.utf8).write(to: source)
        } catch {
            throw RenderError(message: "cannot write \(source.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, stderr) = try run(dot, ["-T\(format)", "-O", source.path])
        guard status == 0 else {
            let said = stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            throw RenderError(message: "dot -T\(format) failed (exit status \(status))" + (said.isEmpty ? "" : ":\n\(said)"))
        }
        var drawings: [Data] = []
        for i in 0..<count {
            let name = i == 0 ? "g.dot.\(format)" : "g.dot.\(i + 1).\(format)"
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                throw RenderError(message: "dot drew \(i) of \(count) graphs")
            }
            drawings.append(data)
        }
        return drawings
    }

    // MARK: - Helpers

    /// "4242-3141592653": the process id and a random number, for temporary file names.
    private static func uniqueSuffix() -> String {
        "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// Runs `executable` to its end; its exit status and everything it wrote to stderr.
    private static func run(_ executable: String, _ arguments: [String])
        throws(RenderError) -> (Int32, String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw RenderError(message: "cannot run \(executable): \(error.localizedDescription)")
        }
        // Read to the end before waiting, so a chatty dot never blocks on a full pipe.
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: said, as: UTF8.self))
    }
}
