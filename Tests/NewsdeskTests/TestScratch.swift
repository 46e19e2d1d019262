import Foundation

/// One scratch folder per test process, removed when the process exits: the stores and
/// fixture files tests write do not pile up in the system's temporary folder.
enum TestScratch {
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsdesk-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestScratch.folder) }
        return url
    }()
}
