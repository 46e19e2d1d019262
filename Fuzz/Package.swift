// swift-tools-version: 6.1
// libFuzzer harness for the HTML and plain-text cleaners. A package of its own
// so that the main build never links a fuzzer entry point; `make fuzz` runs it.
import PackageDescription

let package = Package(
    name: "NewsdeskFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzCleaners",
            dependencies: [.product(name: "NewsdeskExtraction", package: "main")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
