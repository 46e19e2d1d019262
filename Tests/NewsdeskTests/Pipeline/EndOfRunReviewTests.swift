import Foundation
import NewsdeskModel
import NewsdeskPipeline
import NewsdeskStore
import Testing

/// The review at the end of an ingest run: undated articles placed by content alone are looked
/// at again, and a move is stored, copies moving with their canonical copy.
@Suite struct EndOfRunReviewTests {
    @Test func aRunStoresTheMoveOfAnUndatedReportAndItsCopy() throws {
        let folder = TemporaryFolder()
        defer { withExtendedLifetime(folder) {} }
        let files = [
            folder.write("fine.txt", " date 2025-03-12 \n" + UndatedArticleTests.fine),
            folder.write("appeal.txt", UndatedArticleTests.appeal),
            folder.write("appeal-copy.txt", UndatedArticleTests.appeal.replacingOccurrences(of: "judge", with: "presiding judge")),
            folder.write("ruling.txt", " date 2025-09-18 \n" + UndatedArticleTests.appealAgain),
            folder.write("ruling-2.txt", " date 2025-09-18 \n" + UndatedArticleTests.appealOnceMore),
        ]
        let store = try SQLiteStore(path: folder.path + "/s.sqlite")
        let summary = try Ingestion(store: store).ingest(files: files)
        #expect(summary.inserted == 5)
        #expect(summary.duplicates == 1)
        #expect(summary.moved == 2)  // the undated report, and its copy with it
        func events() throws -> [String: Int64] {
            let paths = Dictionary(uniqueKeysWithValues: try store.allArticles().map { ($0.id, ($0.article.sourcePath as NSString).lastPathComponent) })
            return Dictionary(uniqueKeysWithValues: try store.memberships().map { (paths[$0.articleID]!, $0.event) })
        }
        let placed = try events()
        #expect(placed["appeal.txt"] == placed["ruling.txt"])
        #expect(placed["appeal-copy.txt"] == placed["appeal.txt"])
        #expect(placed["ruling.txt"] == placed["ruling-2.txt"])
        #expect(placed["fine.txt"] != placed["ruling.txt"])
        // Settled, and stored as the clusterer has it: a later run into the same story, rebuilt
        // from the store and reviewed again, moves nothing and adds its report to the ruling.
        let later = folder.write("ruling-3.txt", " date 2025-09-18 \n" + UndatedArticleTests.appealAgain.replacingOccurrences(of: "upheld", with: "confirmed"))
        let again = try Ingestion(store: store).ingest(files: files + [later])
        #expect(again.inserted == 1)
        #expect(again.moved == 0)
        var expected = placed
        expected["ruling-3.txt"] = placed["ruling.txt"]
        #expect(try events() == expected)
    }

    /// A copy that came before its canonical copy stays in the event content put it in when the canonical,
    /// dated otherwise, is clustered apart; the review sends it after its canonical copy.
    @Test func aCopyThatCameFirstGoesWhereItsLaterCanonicalCopyWent() throws {
        let folder = TemporaryFolder()
        defer { withExtendedLifetime(folder) {} }
        let files = [
            folder.write("fine.txt", " date 2025-03-12 \n" + UndatedArticleTests.fine),
            folder.write("appeal-copy.txt", UndatedArticleTests.appeal),
            folder.write("appeal.txt", " date 2025-09-18 \n" + UndatedArticleTests.appeal + " Norrmark said it would not take the case further."),
        ]
        let store = try SQLiteStore(path: folder.path + "/s.sqlite")
        let summary = try Ingestion(store: store).ingest(files: files)
        #expect(summary.duplicates == 1)
        let ids = Dictionary(uniqueKeysWithValues: try store.allArticles().map { (($0.article.sourcePath as NSString).lastPathComponent, $0.id!) })
        let (copy, canonical, fine) = (try #require(ids["appeal-copy.txt"]), try #require(ids["appeal.txt"]), try #require(ids["fine.txt"]))
        #expect(try store.duplicateLinks()[copy] == canonical)  // the scenario: the dated copy, later, is canonical
        let events = Dictionary(uniqueKeysWithValues: try store.memberships().map { ($0.articleID, $0.event) })
        #expect(events[canonical] != events[fine])
        #expect(events[copy] == events[canonical])
        #expect(summary.moved == 1)
    }
}
