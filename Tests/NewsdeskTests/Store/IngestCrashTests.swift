import Foundation
import NewsdeskStore
import Testing

/// Kills `newsdesk ingest` mid-run and checks that the store opens and holds whole files only.
@Suite struct IngestCrashTests {
    static let binary: URL? = {
        let candidate = SharedCorpus.packageRoot.appendingPathComponent(".build/debug/newsdesk")
        return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
    }()

    @Test func killMidIngestLosesNothingAcknowledgedAndLeavesNoHalfFile() throws {
        guard let binary = Self.binary else {
            print("IngestCrashTests: skipped, no debug binary at .build/debug/newsdesk")
            return
        }
        let folder = TestScratch.folder.appendingPathComponent("newsdesk-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Many feeds of 20 items each: a file is acknowledged only when all its items are stored.
        for f in 0..<400 {
            var items = ""
            for i in 0..<20 {
                items += "<item><title>Item \(i) of feed \(f)</title><link>https://crash.example/\(f)/\(i)</link>"
                    + "<description>The tide at the north pier rose \(i) centimetres above the mark on day \(f), the harbour office said in its daily note.</description></item>"
            }
            try "<rss version=\"2.0\"><channel><title>Feed \(f)</title>\(items)</channel></rss>"
                .write(to: folder.appendingPathComponent(String(format: "feed-%03d.rss", f)), atomically: true, encoding: .utf8)
        }
        let db = folder.appendingPathComponent("store.sqlite").path
        let process = Process()
        process.executableURL = binary
        process.arguments = ["ingest", "--db", db, folder.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill once some files are in, well before the end.
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, process.isRunning {
            if let store = try? SQLiteStore(path: db), let count = try? store.count(), count >= 200 { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let store = try SQLiteStore(path: db)
        let articles = try store.allArticles()
        let perFile = Dictionary(grouping: articles, by: \.article.sourcePath).mapValues(\.count)
        #expect(!perFile.isEmpty)
        #expect(articles.count < 400 * 20, "the run finished before the kill: nothing was tested")
        print("IngestCrashTests: killed with \(perFile.count) of 400 files stored, all whole")
        #expect(perFile.values.allSatisfy { $0 == 20 }, "a file was stored in part: \(perFile.filter { $0.value != 20 })")
        try? FileManager.default.removeItem(at: folder)
    }
}
