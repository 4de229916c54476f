// swift-tools-version:6.1
import PackageDescription

/// Release builds skip the run-time exclusivity checks (compile-time checks stay on): they cost
/// about a sixth of the scanner's time on the benchmark corpus (bench/README.md).
let releaseSpeed: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
    name: "vncite",
    products: [
        .library(name: "VNCite", targets: ["VNCite"]),
        .library(name: "VNCiteLibXML", targets: ["VNCiteLibXML"]),
        .library(name: "VNCiteSQLite", targets: ["VNCiteSQLite"]),
        .executable(name: "vncite", targets: ["vncite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // Core: model, cleaning, scanner, resolver, graph, DOT and JSON. Pure Swift, no C.
        .target(
            name: "VNCite", resources: [.copy("Data/catalog.tsv"), .copy("Data/party-documents.tsv")],
            swiftSettings: releaseSpeed),

        // libxml2 exactly as the system provides it (pkg-config libxml-2.0, apt libxml2-dev).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),

        // Every libxml2 call: HTML in, GraphML out and back in.
        .target(name: "VNCiteLibXML", dependencies: ["VNCite", "CLibXML2"]),

        // SQLite exactly as the system provides it (pkg-config sqlite3, apt libsqlite3-dev).
        .systemLibrary(
            name: "CSQLite3",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]),

        // The graph as an SQLite database (graph --format sqlite) and the queries answered from it.
        .target(name: "VNCiteSQLite", dependencies: ["VNCite", "CSQLite3"]),

        // The static HTML report (issue 14): pages from Mustache templates (every value escaped by
        // the library), drawings from Graphviz. Its own target, so the core stays dependency-free.
        .target(
            name: "VNCiteReport",
            dependencies: ["VNCite", "VNCiteLibXML", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Templates")]),

        // The thin command-line tool.
        .executableTarget(
            name: "vncite",
            dependencies: [
                "VNCite", "VNCiteLibXML", "VNCiteReport", "VNCiteSQLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: releaseSpeed),

        .testTarget(name: "VNCiteTests", dependencies: ["VNCite"], exclude: ["Golden"]),
        .testTarget(
            name: "VNCiteLibXMLTests",
            dependencies: ["VNCite", "VNCiteLibXML"],
            exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "VNCiteSQLiteTests", dependencies: ["VNCite", "VNCiteSQLite"]),
        .testTarget(
            name: "VNCiteReportTests",
            dependencies: ["VNCite", "VNCiteLibXML", "VNCiteReport"],
            exclude: ["Golden", "Browser"]),
    ]
)
