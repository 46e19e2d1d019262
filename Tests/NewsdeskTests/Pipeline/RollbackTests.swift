import Foundation
import NewsdeskModel
import NewsdeskPipeline
import NewsdeskStore
import Testing

/// A store whose next transaction fails after its body has run, when `failNext` is set:
/// what a full disk or a busy database does mid-file.
final class FailingStore: ArticleStore, @unchecked Sendable {
    let base: SQLiteStore
    init(_ base: SQLiteStore) { self.base = base }

    struct Failure: Error {}

    func transaction<T>(_ body: (any StoreTransaction) throws -> T) throws -> T {
        try base.transaction { transaction in
            let result = try body(transaction)
            if FailingStore.failNext { FailingStore.failNext = false; throw Failure() }
            return result
        }
    }

    nonisolated(unsafe) static var failNext = false

    func contentHash(of key: DocumentKey) throws -> String? { try base.contentHash(of: key) }
    func write(_ batch: [StoredArticle]) throws -> WriteSummary { try base.write(batch) }
    func allArticles() throws -> [StoredArticle] { try base.allArticles() }
    func delete(_ key: DocumentKey, rechoose: ([DuplicateCandidate]) -> Int64?) throws -> Bool { try base.delete(key, rechoose: rechoose) }
    func count() throws -> Int { try base.count() }
    func duplicateLinks() throws -> [Int64: Int64] { try base.duplicateLinks() }
    func memberships() throws -> [EventMembership] { try base.memberships() }
    func keyStatistics() throws -> (documents: Int, counts: [(String, Int)]) { try base.keyStatistics() }
    func forEachBandKeys(_ body: (Int64, [UInt64]) throws -> Void) throws { try base.forEachBandKeys(body) }
    func saveKeyStatistics(documents: Int, counts: [(String, Int)]) throws { try base.saveKeyStatistics(documents: documents, counts: counts) }
    func nameKeysFormat() throws -> Int { try base.nameKeysFormat() }
    func rewriteNameKeys(to format: Int, _ rekey: (String, String?, Set<String>) -> [String]) throws {
        try base.rewriteNameKeys(to: format, rekey)
    }
}

@Suite(.serialized) struct RollbackTests {
    /// The second of three files fails to commit: it is reported, nothing of it is stored or
    /// counted, and the third file still clusters with the first.
    @Test func aFailedFileLeavesNoTraceAndTheRunGoesOn() throws {
        let folder = TemporaryFolder()
        defer { withExtendedLifetime(folder) {} }
        let report = " date 2025-03-12 \nHarbour Master Ilse Brandt closed the Narrows on Tuesday after the Caddon Star collision in Port Avel, "
            + "Brandt told the VMSB inquiry. The 212-metre ship lost 1,450 tonnes of fuel near the East Mole."
        let files = [
            folder.write("a.txt", report),
            folder.write("b.txt", "Lumera opened a battery plant in Kessveld on Tuesday with 400 workers, chief executive Mira Castellane said."),
            folder.write("c.txt", report.replacingOccurrences(of: "closed", with: "shut")),
        ]
        let base = try SQLiteStore(path: folder.path + "/s.sqlite")
        let store = FailingStore(base)
        var done = 0
        let summary = try Ingestion(store: store).ingest(files: files) { count in
            done = count
            FailingStore.failNext = count == 1  // the transaction of the second file fails
        }
        #expect(done == 3)
        #expect(summary.inserted == 2)
        #expect(summary.failures.count == 1)
        #expect(summary.failures.first?.contains("b.txt") == true)
        #expect(try base.count() == 2)
        let memberships = try base.memberships()
        #expect(memberships.count == 2)
        #expect(Set(memberships.map(\.event)).count == 1)
        // Saved statistics count the two stored articles only.
        #expect(try base.keyStatistics().documents == 2)
    }
}
