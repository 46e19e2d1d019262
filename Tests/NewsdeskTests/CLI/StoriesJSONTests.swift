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
        withExtendedLifetime(folder) {}
    }
}
