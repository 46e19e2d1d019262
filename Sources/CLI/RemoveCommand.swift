import ArgumentParser
import Foundation
import NewsdeskPipeline
import NewsdeskStore

struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Take the articles of files or folders out of the store.",
        discussion: """
        Every record of a file goes, and every file stored under a folder, whether or not it is \
        still on disk; paths name the same documents as for `newsdesk ingest`. All or nothing: one \
        transaction. Copies of a removed canonical copy point at a new one; events and stories keep \
        their other articles. Refuses an empty path and "/". Exits with status 1 when a path matched \
        nothing (the others are still removed). Run it while no `ingest` is writing to the store: a \
        running ingest saves its own word statistics at its end, over the ones remove corrected.
        """
    )

    @Option(help: "The SQLite store.")
    var db = "./newsdesk.sqlite"

    @Argument(help: "Files or folders whose stored articles to remove.")
    var paths: [String]

    func run() throws {
        // Opening a store creates it: a mistyped --db would otherwise leave an empty store behind.
        guard FileManager.default.fileExists(atPath: db) else {
            printError("newsdesk: \(db): no such store")
            throw ExitCode.failure
        }
        let lock = try writerLock(db)
        defer { withExtendedLifetime(lock) {} }
        let store = try SQLiteStore(path: db)
        let removal: Ingestion.Removal
        do {
            removal = try Ingestion(store: store).remove(paths: paths)
        } catch let refused as Ingestion.RefusedPath {
            printError("newsdesk: \(refused)")
            throw ExitCode.failure
        }
        for path in removal.notStored { printError("newsdesk: \(path): nothing stored from it") }
        print("removed \(removal.removed) article\(removal.removed == 1 ? "" : "s"); store: \(db) holds \(try store.count()) articles")
        // A path that matched nothing is most likely a typo: scripts should hear of it.
        if !removal.notStored.isEmpty { throw ExitCode.failure }
    }
}
