import Foundation
import GRDB
import NewsdeskModel
import NewsdeskPipeline
import NewsdeskStore
import Testing

@Suite struct IngestionTests {
    static let wire = """
    Divers from the Kessveld rescue service recovered a second bronze bell from the wreck of the steamer Aurel \
    on Saturday, the maritime museum said. The bell, cast in 1889, lay under two metres of sand near the bow, \
    and will be shown beside the first one from next spring after months of careful conservation work. \
    "It is in better shape than we dared to hope," the museum's curator, Ines Barlo, said at the quayside.
    """

    func folder(_ files: [String: String]) throws -> URL {
        let url = TestScratch.folder.appendingPathComponent("newsdesk-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    func links(_ store: SQLiteStore) throws -> [String: String] {
        let articles = try store.allArticles()
        let names = Dictionary(uniqueKeysWithValues: articles.map { ($0.id!, URL(fileURLWithPath: $0.article.sourcePath).lastPathComponent) })
        var result: [String: String] = [:]
        for (id, canonical) in try store.duplicateLinks() { result[names[id]!] = names[canonical]! }
        return result
    }

    @Test func linksCopiesToTheEarliestAndReelectsWhenItIsDeleted() throws {
        let dir = try folder([
            "a-late.txt": " date 2024-05-12 " + Self.wire + "\n\nMore from the coast desk: harbour fees to rise in autumn.",
            "b-early.txt": " date 2024-05-11 " + Self.wire,
            "c-other.txt": " date 2024-05-11 The town council of Port Ellery approved a new budget for road repairs on Friday, spending most of it on the coastal road.",
        ])
        let store = try SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        let ingestion = Ingestion(store: store)
        let files = ["a-late.txt", "b-early.txt", "c-other.txt"].map { dir.appendingPathComponent($0).path }

        // The late copy arrives first; the earlier one takes over as canonical when it comes.
        let first = try ingestion.ingest(files: files)
        #expect(first.inserted == 3)
        #expect(first.duplicates == 1)
        #expect(try links(store) == ["a-late.txt": "b-early.txt"])

        let again = try ingestion.ingest(files: files)
        #expect(again == Ingestion.Summary(documents: 3, unchanged: 3))

        #expect(try store.delete(DocumentKey(sourcePath: files[1], record: nil), rechoose: Ingestion.rechoose))
        #expect(try links(store).isEmpty)
        #expect(try store.count() == 2)
    }

    @Test func copiesWithinOneFeedAreLinkedInItsTransaction() throws {
        let item = { (n: Int) in "<item><title>Bell \(n)</title><link>https://coast.example/\(n)</link><description>\(Self.wire)</description><pubDate>Sat, 1\(n) May 2024 10:00:00 GMT</pubDate></item>" }
        let dir = try folder(["coast.rss": "<rss version=\"2.0\"><channel><title>Coast</title>\(item(1))\(item(2))</channel></rss>"])
        let store = try SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        let summary = try Ingestion(store: store).ingest(files: [dir.appendingPathComponent("coast.rss").path])
        #expect(summary.inserted == 2)
        #expect(summary.duplicates == 1)
        let links = try store.duplicateLinks()
        let records = Dictionary(uniqueKeysWithValues: try store.allArticles().map { ($0.id!, $0.article.record!) })
        #expect(links.map { records[$0.key]! } == [2])  // item 2 (12 May) copies item 1 (11 May)
    }

    @Test func aChangedCopyLeavesItsGroup() throws {
        let dir = try folder(["a.txt": " date 2024-05-11 " + Self.wire, "b.txt": " date 2024-05-12 " + Self.wire])
        let store = try SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        let files = ["a.txt", "b.txt"].map { dir.appendingPathComponent($0).path }
        _ = try Ingestion(store: store).ingest(files: files)
        #expect(try links(store) == ["b.txt": "a.txt"])
        try " date 2024-05-12 The ferry timetable for the summer season was published on Friday with two extra sailings a day."
            .write(toFile: files[1], atomically: true, encoding: .utf8)
        let summary = try Ingestion(store: store).ingest(files: files)
        #expect(summary.updated == 1)
        #expect(try links(store).isEmpty)
    }

    @Test func theSameFolderSpelledTwoWaysIsOneSetOfDocuments() throws {
        let dir = try folder(["a.txt": " date 2024-05-11 " + Self.wire])
        let store = try SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        _ = try Ingestion(store: store).ingest(files: [dir.path + "/a.txt"])
        let again = try Ingestion(store: store).ingest(files: [dir.path + "/./a.txt"])
        #expect(again.unchanged == 1)
        #expect(try store.count() == 1)
    }

    @Test func itemsDroppedFromAFeedLeaveTheStore() throws {
        let item = { (n: Int) in "<item><title>Notice \(n)</title><link>https://coast.example/\(n)</link><description>Harbour notice number \(n): the north quay stays closed for repairs until further notice, the harbour office said.</description></item>" }
        let dir = try folder(["coast.rss": "<rss version=\"2.0\"><channel><title>Coast</title>\((1...3).map(item).joined())</channel></rss>"])
        let store = try SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        let feed = dir.appendingPathComponent("coast.rss").path
        _ = try Ingestion(store: store).ingest(files: [feed])
        try "<rss version=\"2.0\"><channel><title>Coast</title>\(item(1))</channel></rss>".write(toFile: feed, atomically: true, encoding: .utf8)
        let summary = try Ingestion(store: store).ingest(files: [feed])
        #expect(summary.removed == 2)
        #expect(try store.allArticles().map(\.article.record) == [1])
    }

    @Test func shortBodiesAreNeverCalledCopies() throws {
        let dir = try folder(["a.txt": "Subscribe to continue reading this article.", "b.txt": "Subscribe to continue reading this article."])
        let store = try SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        let summary = try Ingestion(store: store).ingest(files: ["a.txt", "b.txt"].map { dir.appendingPathComponent($0).path })
        #expect(summary.inserted == 2)
        #expect(summary.duplicates == 0)
    }

    /// ../shared/corpus/dev through the shipped path (ingest into a store): every labelled
    /// near-duplicate pair ends in one group, and no group spans two events.
    @Test func devCorpusGroupsThroughTheStore() throws {
        guard let labels = SharedCorpus.table("dev", skipping: "IngestionTests"),
              let pairs = SharedCorpus.table("dev", "pairs.tsv", skipping: "IngestionTests") else { return }
        let event = Dictionary(uniqueKeysWithValues: labels.map { ($0["file"]!, $0["event_id"]!) })
        let dir = try folder([:])
        let store = try SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        let summary = try Ingestion(store: store).ingest(files: event.keys.sorted().map { SharedCorpus.url("dev", $0).path })
        #expect(summary.inserted == event.count)
        let group = try links(store)  // copy -> canonical
        func root(_ file: String) -> String { group[file] ?? file }
        var missed: [String] = []
        for pair in pairs where pair["type"] == "near_duplicate" && root(pair["file_a"]!) != root(pair["file_b"]!) {
            missed.append("\(pair["file_a"]!) ~ \(pair["file_b"]!)")
        }
        let crossEvent = group.filter { event[$0.key] != event[$0.value] }
        print("IngestionTests: dev through the store: \(summary.duplicates) duplicates linked, pairs missed \(missed.count), across events \(crossEvent.count)")
        #expect(missed.isEmpty, "\(missed)")
        #expect(crossEvent.isEmpty, "\(crossEvent)")
    }

    /// A store whose name keys an older build wrote ("e:barlo") has them rewritten by the next
    /// ingest, before the new article is compared with them: both reports share "barl" then.
    @Test func theNextIngestRewritesOldNameKeys() throws {
        let dir = try folder(["a.txt": " date 2024-05-11 " + Self.wire,
                              "b.txt": " date 2024-05-11 Curator Ines Barlo showed the second bell of the steamer Aurel, found by Kessveld divers on Saturday."])
        let path = dir.appendingPathComponent("s.sqlite").path
        let store = try SQLiteStore(path: path)
        let ingestion = Ingestion(store: store)
        _ = try ingestion.ingest(files: [dir.appendingPathComponent("a.txt").path])
        let old = try #require(try store.memberships().first?.vector)
        #expect(old["e:barl"] != nil)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE membership SET event_vector = replace(event_vector, 'e:barl\t', 'e:barlo\t')")
            try db.execute(sql: "UPDATE key_frequency SET key = 'e:barlo' WHERE key = 'e:barl'")
            try db.execute(sql: "UPDATE store_meta SET value = 1 WHERE name = 'name_keys'")
        }
        #expect(try store.nameKeysFormat() == 1)
        _ = try ingestion.ingest(files: [dir.appendingPathComponent("b.txt").path])
        #expect(try store.nameKeysFormat() == 5)
        let memberships = try store.memberships()
        #expect(memberships.count == 2 && memberships.allSatisfy { $0.vector["e:barl"] != nil && $0.vector["e:barlo"] == nil })
        #expect(Set(memberships.map(\.event)).count == 1)
        #expect(Dictionary(uniqueKeysWithValues: try store.keyStatistics().counts)["e:barl"] == 2)
    }
}
