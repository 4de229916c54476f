import Foundation
import VNCite

/// Writes a site into a folder as a whole: the files go into a temporary folder beside it,
/// which then takes the folder's place, so a reader never sees half a report.
///
/// A folder that holds anything but an earlier report is refused rather than replaced, so
/// `-o output` by mistake never removes the graph files.
public enum ReportWriter {
    /// The file that marks a folder as a report vncite wrote.
    static let marker = ".vncite-report"

    public static func write(_ site: ReportSite, to folder: String) throws(AtomicFile.WriteError) {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        func fail(_ reason: String) -> AtomicFile.WriteError { .init(path: folder, reason: reason) }
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: target.path, isDirectory: &isFolder) {
            let contents = (try? fm.contentsOfDirectory(atPath: target.path)) ?? []
            guard isFolder.boolValue, contents.isEmpty || contents.contains(marker) else {
                throw fail("it exists and is not a report vncite wrote; give a new folder")
            }
        }
        let suffix = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let temporary = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(suffix)")
        let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(suffix)")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try fm.createDirectory(at: temporary, withIntermediateDirectories: true)
            try Data("vncite report\n".utf8).write(to: temporary.appendingPathComponent(marker))
            for file in site.files {
                let url = temporary.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url)
            }
        } catch {
            try? fm.removeItem(at: temporary)
            throw fail(AtomicFile.describe(error))
        }
        // The old report steps aside, the new one takes its name, the old one goes.
        let hadOne = fm.fileExists(atPath: target.path)
        if hadOne, rename(target.path, old.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? fm.removeItem(at: temporary)
            throw fail(reason)
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            if hadOne { _ = rename(old.path, target.path) }
            try? fm.removeItem(at: temporary)
            throw fail(reason)
        }
        if hadOne { try? fm.removeItem(at: old) }
    }
}
