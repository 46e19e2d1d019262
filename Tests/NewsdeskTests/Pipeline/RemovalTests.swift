import Foundation
@testable import NewsdeskPipeline
import NewsdeskStore
import Testing

@Suite struct RemovalTests {
    let support = IngestionTests()

    @Test func removingTheCanonicalCopyHandsItsCopiesANewOne() throws {
        let dir = try support.folder([
            "a-early.txt": " date 2024-05-11 " + IngestionTests.wire,
            "b-late.txt": " date 2024-05-12 " + IngestionTests.wire,
            "c-later.txt": " date 2024-05-13 " + IngestionTests.wire + "\n\nMore from the coast desk.",
        ])
        let store = try SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        let files = ["a-early.txt", "b-late.txt", "c-later.txt"].map { dir.appendingPathComponent($0).path }
        _ = try Ingestion(store: store).ingest(files: files)
        #expect(try support.links(store) == ["b-late.txt": "a-early.txt", "c-later.txt": "a-early.txt"])
        let before = try store.keyStatistics().documents

        let removal = try Ingestion(store: store).remove(paths: [files[0]])
        #expect(removal.removed == 1)
        #expect(removal.notStored.isEmpty)
        #expect(try store.count() == 2)
        #expect(try support.links(store) == ["c-later.txt": "b-late.txt"])  // the earliest copy left
        #expect(try store.keyStatistics().documents == before - 1)
        #expect(try store.memberships().count == 2)
    }

    /// A folder's articles go whether or not its files are still on disk; a sibling folder whose
    /// name begins with the same letters keeps its own.
    @Test func aFolderGoesWholeAndItsNamesakeStays() throws {
        let root = try support.folder([:])
        let news = root.appendingPathComponent("news"), archive = root.appendingPathComponent("news-archive")
        for folder in [news, archive] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try (" date 2024-05-11 " + IngestionTests.wire).write(to: news.appendingPathComponent("bell.txt"), atomically: true, encoding: .utf8)
        try " date 2024-05-11 The town council of Port Ellery approved a new budget for road repairs on Friday."
            .write(to: news.appendingPathComponent("council.txt"), atomically: true, encoding: .utf8)
        try " date 2023-02-01 The ferry timetable for the winter season was published with one extra sailing a day."
            .write(to: archive.appendingPathComponent("ferry.txt"), atomically: true, encoding: .utf8)
        let store = try SQLiteStore(path: root.appendingPathComponent("s.sqlite").path)
        _ = try Ingestion(store: store).ingest(files: [news.path, archive.path].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: folder).map { "\(folder)/\($0)" }
        })
        #expect(try store.count() == 3)
        try FileManager.default.removeItem(at: news.appendingPathComponent("council.txt"))

        let removal = try Ingestion(store: store).remove(paths: [news.path + "/", root.appendingPathComponent("missing").path])
        #expect(removal.removed == 2)
        #expect(removal.notStored == [root.appendingPathComponent("missing").path])
        #expect(try store.allArticles().map { URL(fileURLWithPath: $0.article.sourcePath).lastPathComponent } == ["ferry.txt"])
        #expect(try store.memberships().count == 1)
    }

    /// A folder and a file inside it, named together, remove each article once and report no
    /// path as empty; an empty path or the root is refused before anything is removed.
    @Test func overlappingPathsCountOnceAndDangerousOnesAreRefused() throws {
        let dir = try support.folder([
            "a-early.txt": " date 2024-05-11 " + IngestionTests.wire,
            "b-late.txt": " date 2024-05-12 " + IngestionTests.wire,
        ])
        let store = try SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        let files = ["a-early.txt", "b-late.txt"].map { dir.appendingPathComponent($0).path }
        _ = try Ingestion(store: store).ingest(files: files)
        #expect(throws: Ingestion.RefusedPath.self) { try Ingestion(store: store).remove(paths: [files[0], ""]) }
        #expect(throws: Ingestion.RefusedPath.self) { try Ingestion(store: store).remove(paths: ["/"]) }
        #expect(try store.count() == 2)

        let removal = try Ingestion(store: store).remove(paths: [dir.path, files[1], dir.path])
        #expect(removal.removed == 2)
        #expect(removal.notStored.isEmpty)
        #expect(try store.count() == 0)
        #expect(try store.keyStatistics().documents == 0)
    }

    /// Removing the canonical copy and some copies of a large group at once: one new canonical,
    /// the earliest of those left, and every copy left points at it.
    @Test func aGroupLosingItsCanonicalAndSomeCopiesElectsTheEarliestLeft() throws {
        var files: [String: String] = [:]
        for day in 11...18 { files["copy-\(day).txt"] = " date 2024-05-\(day) " + IngestionTests.wire }
        let dir = try support.folder(files)
        let store = try SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        let paths = files.keys.sorted().map { dir.appendingPathComponent($0).path }
        _ = try Ingestion(store: store).ingest(files: paths)
        #expect(Set(try support.links(store).values) == ["copy-11.txt"])

        _ = try Ingestion(store: store).remove(paths: Array(paths[0..<3]))  // 11, 12, 13
        let links = try support.links(store)
        #expect(links.count == 4)
        #expect(Set(links.values) == ["copy-14.txt"])
        #expect(links["copy-14.txt"] == nil)
    }
}

/// Rebuilding the band index stops when asked: a run whose replay failed reports it at once.
@Suite struct RestoredBandsTests {
    let support = IngestionTests()

    @Test func rebuildingTheBandIndexStopsWhenAsked() throws {
        let dir = try support.folder(["a.txt": " date 2024-05-11 " + IngestionTests.wire])
        let store = try SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        _ = try Ingestion(store: store).ingest(files: [dir.appendingPathComponent("a.txt").path])
        let index = try Ingestion.restoredBands(from: store)
        #expect(index.count > 0)  // the scenario: there are band keys to read
        let stop = StopFlag()
        stop.set()
        #expect(throws: CancellationError.self) { try Ingestion.restoredBands(from: store, stop: stop) }
    }
}
