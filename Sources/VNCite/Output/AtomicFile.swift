import Foundation

/// Writes a file so that readers see the old content or the new, never half of either.
///
/// The bytes go to a temporary file beside the target ("citations.graphml.tmp-…"), which is
/// renamed over the target only once it is complete; on any error it is removed.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    public static func write(_ data: Data, to path: String) throws(WriteError) {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            ".\(target.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        InFlight.shared.add(temporary.path)
        defer { InFlight.shared.remove(temporary.path) }
        do {
            try data.write(to: temporary)
            guard rename(temporary.path, target.path) == 0 else {
                throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: path, reason: Self.describe(error))
        }
    }

    /// Temporary files being written now; removed if the run is interrupted.
    public final class InFlight: @unchecked Sendable {
        public static let shared = InFlight()
        private let lock = NSLock()
        private var paths: Set<String> = []

        public func add(_ path: String) { lock.withLock { _ = paths.insert(path) } }
        public func remove(_ path: String) { lock.withLock { _ = paths.remove(path) } }

        /// Removes every temporary file still being written.
        public func removeAll() {
            lock.withLock {
                for p in paths { unlink(p) }
                paths.removeAll()
            }
        }
    }

    /// On Ctrl-C (SIGINT) or SIGTERM: remove the temporary files being written, then exit with
    /// the signal's status. The files already in place are untouched.
    public static func cleanUpOnInterrupt() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                InFlight.shared.removeAll()
                exit(128 + sig)
            }
            source.resume()
            handlers.append(source)
        }
    }

    nonisolated(unsafe) private static var handlers: [DispatchSourceSignal] = []

    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Data(text.utf8), to: path)
    }

    /// The system's words for a file error: "No space left on device", "Permission denied".
    public static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }
}
