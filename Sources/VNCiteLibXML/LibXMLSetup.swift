internal import CLibXML2

/// libxml2's one-time global set-up, which must happen before threads use it at the same time
/// (Swift Testing runs tests in parallel; a CLI may parse files concurrently).
enum LibXMLSetup {
    /// `xmlInitParser()`, run once: Swift initialises a global `let` lazily and thread-safely.
    private static let initialized: Void = xmlInitParser()

    /// Call at the start of every entry point that uses libxml2.
    static func ensure() {
        _ = initialized
    }
}
