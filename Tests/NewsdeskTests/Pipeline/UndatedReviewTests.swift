import Foundation
import NewsdeskModel
import NewsdeskPipeline
import NewsdeskStore
import Testing

/// The review at the end of an ingest run: undated articles placed by content alone are looked
/// at again, and a move is stored.
@Suite struct UndatedReviewTests {
    @Test func aRunStoresTheMoveOfAnUndatedReportToItsOwnMeeting() throws {
        let folder = TemporaryFolder()
        defer { withExtendedLifetime(folder) {} }
        let files = [
            folder.write("fine.txt", " date 2025-03-12 \n" + UndatedArticleTests.fine),
            folder.write("appeal.txt", UndatedArticleTests.appeal),
            folder.write("ruling.txt", " date 2025-09-18 \n" + UndatedArticleTests.appealAgain),
            folder.write("ruling-2.txt", " date 2025-09-18 \n" + UndatedArticleTests.appealOnceMore),
        ]
        let store = try SQLiteStore(path: folder.path + "/s.sqlite")
        let summary = try Ingestion(store: store).ingest(files: files)
        #expect(summary.inserted == 4)
        #expect(summary.moved == 1)
        func events() throws -> [String: Int64] {
            let paths = Dictionary(uniqueKeysWithValues: try store.allArticles().map { ($0.id, ($0.article.sourcePath as NSString).lastPathComponent) })
            return Dictionary(uniqueKeysWithValues: try store.memberships().map { (paths[$0.articleID]!, $0.event) })
        }
        let placed = try events()
        #expect(placed["appeal.txt"] == placed["ruling.txt"])
        #expect(placed["ruling.txt"] == placed["ruling-2.txt"])
        #expect(placed["fine.txt"] != placed["ruling.txt"])
        // Settled, and stored as the clusterer has it: a second run reads it back and moves nothing.
        let again = try Ingestion(store: store).ingest(files: files)
        #expect(again.unchanged == 4)
        #expect(again.moved == 0)
        #expect(try events() == placed)
        // A later report of the ruling joins the event the move went to.
        let later = folder.write("ruling-3.txt", " date 2025-09-18 \n" + UndatedArticleTests.appealAgain.replacingOccurrences(of: "upheld", with: "confirmed"))
        _ = try Ingestion(store: store).ingest(files: [later])
        #expect(try events()["ruling-3.txt"] == placed["ruling.txt"])
    }
}
