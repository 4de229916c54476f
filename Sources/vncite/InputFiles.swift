import Foundation
import VNCite
import VNCiteLibXML

/// The articles named on the command line: files, folders read recursively (in sorted order),
/// or "-" for standard input. Problems are reported one line each and counted; the rest go on.
struct InputFiles {
    /// Extensions read from folders; files named explicitly are read whatever their name.
    static let folderExtensions: Set<String> = ["txt", "text", "html", "htm", "xhtml"]

    var failures = 0

    /// Expands folders; reports paths that do not exist.
    mutating func expand(_ paths: [String]) -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" { files.append(path); continue }
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isFolder) else {
                report(path, "no such file or folder")
                continue
            }
            if isFolder.boolValue {
                guard let walker = fm.enumerator(atPath: path) else {
                    report(path, "cannot list the folder")
                    continue
                }
                var found: [String] = []
                while let relative = walker.nextObject() as? String {
                    let ext = (relative as NSString).pathExtension.lowercased()
                    if Self.folderExtensions.contains(ext) {
                        found.append((path as NSString).appendingPathComponent(relative))
                    }
                }
                files += found.sorted()
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// Reads one file as an article, or reports why it cannot.
    mutating func read(_ path: String) -> Article? {
        let bytes: Data
        if path == "-" {
            bytes = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                report(path, FileManager.default.fileExists(atPath: path)
                    ? "cannot open it (permission denied?)" : "it vanished before it could be read")
                return nil
            }
            defer { try? handle.close() }
            do {
                bytes = try handle.readToEnd() ?? Data()
            } catch {
                report(path, "read failed: \(error.localizedDescription)")
                return nil
            }
        }
        do {
            return try ArticleInput.article(from: bytes, source: path)
        } catch {
            report(path, "\(error)")
            return nil
        }
    }

    mutating func report(_ path: String, _ problem: String) {
        failures += 1
        FileHandle.standardError.write(Data("vncite: \(path): \(problem)\n".utf8))
    }
}
