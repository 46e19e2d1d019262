import Foundation
import NewsdeskPipeline
import NewsdeskStore
import Testing

/// `newsdesk stories --json` writes its array a story at a time: the result must still be one
/// valid JSON document with every story, event and article, field names as the README gives them.
@Suite struct StoriesJSONTests {
    @Test func storiesJSONIsOneDocumentWithEveryStory() throws {
        guard let binary = IngestCrashTests.binary else {
            print("StoriesJSONTests: skipped, no debug binary at .build/debug/newsdesk")
            return
        }
        let folder = TemporaryFolder()
        let files = [
            folder.write("ferry-1.txt", "Ferry collides with barge\n\nThe Caddon ferry struck a gravel barge off Port Merrow on Monday, "
                + "Harbour Master Ilse Brandt said. Twelve passengers were hurt."),
            folder.write("ferry-2.txt", "Twelve hurt as ferry hits barge\n\nHarbour Master Ilse Brandt said the Caddon ferry hit a gravel "
                + "barge off Port Merrow on Monday; twelve passengers were taken to hospital."),
            folder.write("plant.txt", "Lumera opens battery plant\n\nLumera opened a battery plant in Kessveld on Thursday, chief "
                + "executive Mira Castellane said, with 400 workers on its first shift."),
        ]
        let db = folder.path + "/store.sqlite"
        _ = try Ingestion(store: try SQLiteStore(path: db)).ingest(files: files)

        let process = Process()
        process.executableURL = binary
        process.arguments = ["stories", "--db", db, "--json"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let stories = try #require(try JSONSerialization.jsonObject(with: output) as? [[String: Any]])
        #expect(stories.count == 2)
        let events = stories.flatMap { $0["events"] as? [[String: Any]] ?? [] }
        let articles = events.flatMap { $0["articles"] as? [[String: Any]] ?? [] }
        #expect(articles.count == 3)
        #expect(Set(articles.compactMap { $0["source_path"] as? String }.map { URL(fileURLWithPath: $0).lastPathComponent })
                == ["ferry-1.txt", "ferry-2.txt", "plant.txt"])
        #expect(stories.allSatisfy { ($0["story_id"] as? String)?.hasPrefix("s") == true && $0["title"] is String })

        // Filters narrow the same document; a bad value is refused with the flag named.
        let ferry = try run(binary, ["stories", "--db", db, "--json", "--min-articles", "2"])
        let narrowed = try #require(try JSONSerialization.jsonObject(with: ferry.output) as? [[String: Any]])
        #expect(narrowed.count == 1 && (narrowed[0]["events"] as? [[String: Any]])?.first?["sources"] as? [String] != nil)
        let refused = try run(binary, ["stories", "--db", db, "--since", "2025-02-30"])
        #expect(refused.status != 0 && refused.error.contains("--since wants a day"))
        let unknown = try run(binary, ["stories", "--db", db, "--story", "s999"])
        #expect(unknown.status == 0 && unknown.error.contains("no story s999"))
        withExtendedLifetime(folder) {}
    }

    private func run(_ binary: URL, _ arguments: [String]) throws -> (status: Int32, output: Data, error: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let (out, err) = (Pipe(), Pipe())
        (process.standardOutput, process.standardError) = (out, err)
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output, error)
    }
}
