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
}
