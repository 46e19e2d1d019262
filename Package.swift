// swift-tools-version: 6.1
// Newsdesk: a self-hosted news story engine. One target per pipeline stage
// (see docs/architecture.md); C libraries sit behind thin shim targets so that
// no Swift file outside one adapter imports a C module.
import PackageDescription

let package = Package(
    name: "Newsdesk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "newsdesk", targets: ["NewsdeskCLI"]),
        .library(name: "NewsdeskExtraction", targets: ["NewsdeskExtraction"]),
        .library(name: "NewsdeskAnalysis", targets: ["NewsdeskAnalysis"]),
        .library(name: "NewsdeskClustering", targets: ["NewsdeskClustering"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // C adapters
        .systemLibrary(name: "CLibXML2", path: "Sources/Shims/CLibXML2",
                       pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/Shims/CZlib",
                       pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "CLanguageID", path: "Sources/Shims/CLanguageID",
                linkerSettings: [.linkedLibrary("cld2"), .linkedLibrary("stdc++")]),
        .target(name: "CCharset", path: "Sources/Shims/CCharset",
                linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]),

        // Pipeline stages
        .target(name: "NewsdeskModel", path: "Sources/Model"),
        .target(name: "NewsdeskHTML", dependencies: ["CLibXML2"], path: "Sources/HTML"),
        .target(name: "NewsdeskIngest",
                dependencies: ["NewsdeskModel", "CZlib", "CCharset", "CLibXML2"],
                path: "Sources/Ingest"),
        .target(name: "NewsdeskExtraction",
                dependencies: ["NewsdeskModel", "NewsdeskHTML", "CLanguageID"],
                path: "Sources/Extraction"),

        .target(name: "NewsdeskAnalysis", dependencies: ["NewsdeskModel", "NewsdeskExtraction"], path: "Sources/Analysis"),
        .target(name: "NewsdeskClustering", dependencies: ["NewsdeskModel"], path: "Sources/Clustering"),
        .target(name: "NewsdeskStore",
                dependencies: ["NewsdeskModel", .product(name: "GRDB", package: "GRDB.swift")],
                path: "Sources/Store"),

        .target(name: "NewsdeskPipeline",
                dependencies: ["NewsdeskIngest", "NewsdeskExtraction", "NewsdeskAnalysis", "NewsdeskClustering", "NewsdeskStore"],
                path: "Sources/Pipeline"),

        // Interfaces
        .executableTarget(name: "NewsdeskCLI",
                          dependencies: ["NewsdeskIngest", "NewsdeskExtraction", "NewsdeskStore", "NewsdeskPipeline",
                                         .product(name: "ArgumentParser", package: "swift-argument-parser")],
                          path: "Sources/CLI"),

        .testTarget(name: "NewsdeskTests",
                    dependencies: ["NewsdeskModel", "NewsdeskHTML", "NewsdeskIngest", "NewsdeskExtraction", "NewsdeskStore",
                                   "NewsdeskClustering", "NewsdeskPipeline", "NewsdeskAnalysis", "NewsdeskCLI",
                                   .product(name: "GRDB", package: "GRDB.swift")],
                    path: "Tests/NewsdeskTests",
                    resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
