import Foundation
import NewsdeskModel
import Testing
import NewsdeskIngest

@Suite struct IngestJSONLinesTests {
    @Test func linesBecomeDocumentsAndABadLineIsReported() {
        let path = fixturePath("wire.jsonl")
        let outcome = readAll(path)
        // Line 2 is empty and skipped; line 3 is broken; the others are articles.
        #expect(outcome.errors == [IngestError(path: path, problem: "line 3: not valid JSON")])
        #expect(outcome.errors.first?.description == "\(path): line 3: not valid JSON")
        let documents = outcome.documents
        #expect(documents.map(\.record) == [1, 4])
        guard documents.count == 2 else { return }
        #expect(documents[0].format == .html)
        #expect(documents[0].content == "<p>The island ferry will run hourly from June.</p>")
        #expect(documents[0].url == "https://wire.example.com/a/1")
        #expect(documents[0].hints == MetadataHints(title: "Ferry timetable changes", byline: "Petra Lindqvist",
                                                    published: "2024-04-02T07:00:00Z", publishedSource: "jsonl published",
                                                    language: "en"))
        #expect(documents[1].hints.language == nil)
        #expect(documents[1].format == .text)
        #expect(documents[1].hints.byline == "Omar Reyes, Lena Park")
        #expect(documents[1].hints.published == "2024-04-03")
        #expect(documents[1].hints.publishedSource == "jsonl date")
        #expect(documents.allSatisfy { $0.sourcePath == path })
    }

    @Test func objectsWithoutContentAndNonObjectsAreErrors() {
        let folder = TemporaryFolder()
        let lines = "{\"title\": \"No body\"}\r\n[1, 2]\r\n{\"content\": \"Plain words only\", \"published_at\": 1717200000}\r\n"
        let outcome = readAll(folder.write("mixed.ndjson", lines))
        #expect(outcome.errors.map(\.problem) == ["line 1: no html, text or content field", "line 2: not a JSON object"])
        let document = try! #require(outcome.documents.first)
        #expect(document.record == 3)
        #expect(document.format == .text)
        #expect(document.hints.published == "1717200000")
        #expect(document.hints.publishedSource == "jsonl published_at")
    }
}
