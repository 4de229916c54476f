import Foundation

/// Where the files vncite ships with are: the folder SwiftPM builds beside the binary
/// (`vncite_VNCite.resources/catalog.tsv`, `vncite_VNCiteReport.resources/Templates/`).
///
/// Looked for in the folder `VNCITE_DATA` names (holding both folders, or the files), and there
/// only when it is set; else beside the program as started, beside the file the program is (a
/// symbolic link in `/usr/local/bin` followed), and in the build folder of the source tree. A binary copied without its folders gets a message naming them, not a crash
/// (`Bundle.module` stops the program when it finds nothing).
public enum InstalledData {
    /// The resources folder of a target: "VNCite" → `…/vncite_VNCite.resources`, if it exists.
    public static func folder(of target: String) -> URL? {
        let name = "vncite_\(target).resources"
        let marker = target == "VNCite" ? "catalog.tsv" : "Templates"
        func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.appendingPathComponent(marker).path) }
        if let data = ProcessInfo.processInfo.environment["VNCITE_DATA"], !data.isEmpty {
            // Named: there and nowhere else.
            return [URL(fileURLWithPath: data).appendingPathComponent(name), URL(fileURLWithPath: data)].first(where: exists)
        }
        var candidates: [URL] = []
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(name))
        if let program = Bundle.main.executableURL {
            candidates.append(program.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent(name))
        }
        // In the source tree: the build folders next to Sources/ (tests, `swift run`).
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        for configuration in ["release", "debug"] {
            candidates.append(root.appendingPathComponent(".build/\(configuration)/\(name)"))
        }
        return candidates.first(where: exists)
    }

    /// What is wrong with the installation, or nil: "the data folder vncite_VNCite.resources is
    /// not where vncite looks: …".
    public static func problem(of target: String) -> String? {
        guard folder(of: target) == nil else { return nil }
        let program = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent().path ?? "."
        return "the data folder vncite_\(target).resources is not where vncite looks: copy it from the build folder "
            + "(.build/release/) next to the program in \(program), or name the folder that holds it with VNCITE_DATA"
    }
}
