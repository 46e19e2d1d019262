import Foundation
import NewsdeskModel
import NewsdeskStore
import Testing

@Suite struct SQLiteStoreTests {
    func temporaryPath() -> String {
        TestScratch.folder.appendingPathComponent("newsdesk-\(UUID().uuidString).sqlite").path
    }

    func stored(_ path: String, record: Int? = nil, text: String, hash: String) -> StoredArticle {
        StoredArticle(article: Article(sourcePath: path, record: record, title: "Harbour news", language: "en",
                                       published: SimpleDate(year: 2025, month: 3, day: 11),
                                       publishedEvidence: DateEvidence(source: "meta", raw: "2025-03-11", confidence: 0.9),
                                       text: text), contentHash: hash)
    }

    @Test func roundTripsArticlesWithTheirEvidence() throws {
        let store = try SQLiteStore(path: temporaryPath())
        let article = stored("a.html", text: "The ferry sailed.", hash: "1")
        #expect(try store.write([article]) == WriteSummary(inserted: 1))
        let back = try #require(try store.allArticles().first)
        #expect(back.article == article.article)
        #expect(back.contentHash == "1")
        #expect(back.id != nil)
    }

    @Test func sameInputTwiceAddsNothingAndAChangeUpdates() throws {
        let store = try SQLiteStore(path: temporaryPath())
        let batch = [stored("feed.rss", record: 1, text: "One.", hash: "a"), stored("feed.rss", record: 2, text: "Two.", hash: "b")]
        #expect(try store.write(batch) == WriteSummary(inserted: 2))
        #expect(try store.write(batch) == WriteSummary(unchanged: 2))
        #expect(try store.write([stored("feed.rss", record: 2, text: "Two, corrected.", hash: "c")]) == WriteSummary(updated: 1))
        #expect(try store.count() == 2)
        #expect(try store.allArticles().map(\.article.text) == ["One.", "Two, corrected."])
        #expect(try store.contentHash(of: DocumentKey(sourcePath: "feed.rss", record: 2)) == "c")
    }

    @Test func deletesAndReopensWithSchemaInPlace() throws {
        let path = temporaryPath()
        do {
            let store = try SQLiteStore(path: path)
            _ = try store.write([stored("a.txt", text: "A.", hash: "1"), stored("b.txt", text: "B.", hash: "2")])
            #expect(try store.delete(DocumentKey(sourcePath: "a.txt", record: nil), rechoose: { $0.first?.id }))
            #expect(try !store.delete(DocumentKey(sourcePath: "missing.txt", record: nil), rechoose: { $0.first?.id }))
        }
        let reopened = try SQLiteStore(path: path)
        #expect(try reopened.allArticles().map(\.article.sourcePath) == ["b.txt"])
    }

    /// An `ingest` and a `stories` started together both migrate a new file; neither may fail.
    @Test func storesOpenedTogetherOnANewFileAllSucceed() throws {
        for _ in 0..<5 {
            let path = temporaryPath()
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 6) { _ in
                do { _ = try SQLiteStore(path: path).count() } catch { failures.add("\(error)") }
            }
            #expect(failures.all.isEmpty, "\(failures.all)")
        }
    }

    @Test func fingerprintChangesWithContentOnly() {
        let a = RawDocument(sourcePath: "x.html", format: .html, content: "<p>one</p>")
        var b = a
        b.sourcePath = "elsewhere/x.html"
        var c = a
        c.content = "<p>two</p>"
        #expect(contentFingerprint(a) == contentFingerprint(b))
        #expect(contentFingerprint(a) != contentFingerprint(c))
        #expect(contentFingerprint(a).count == 16)
    }
}

/// Collects errors from concurrent openers.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ message: String) { lock.withLock { list.append(message) } }
    var all: [String] { lock.withLock { list } }
}
