import ArgumentParser
import NewsdeskIngest
import NewsdeskPipeline
import NewsdeskStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract articles from files and folders into the store, linking near-duplicates.",
        discussion: """
        Idempotent: a document already stored with the same content is skipped, a changed one is \
        updated. Each file is written in one transaction, so a crash or kill loses at most the file \
        being written and never leaves half of it stored. Near-duplicates (syndicated copies) point at \
        their canonical copy: the earliest published, then the most complete.
        """
    )

    @Option(help: "The SQLite store.")
    var db = "./newsdesk.sqlite"

    @Argument(help: "Files or folders to read (the formats of `newsdesk extract`).")
    var paths: [String]

    func run() throws {
        let lock = try writerLock(db)
        defer { withExtendedLifetime(lock) {} }
        let store = try SQLiteStore(path: db)
        let (files, missing) = DocumentReader.files(in: paths)
        var progress = Progress(total: files.count, label: "ingesting")
        // Each run first rebuilds its state from every stored article: half a minute at a million.
        let stored = try store.count()
        if stored > 0 { progress.note("ingesting: reading the state of \(stored) stored articles…") }
        var summary = try Ingestion(store: store).ingest(files: files) { done in
            progress.update(done)
            // The end-of-run review follows the last file: seconds at a million stored.
            if done == files.count { progress.note("ingesting: looking again at the run's undated and lone articles…") }
        }
        progress.finish()
        summary.failures = missing.map(\.description) + summary.failures
        for failure in summary.failures { printError("newsdesk: \(failure)") }
        print("read \(summary.documents) documents from \(files.count) files: new \(summary.inserted), "
              + "updated \(summary.updated), unchanged \(summary.unchanged), duplicates \(summary.duplicates), removed \(summary.removed), "
              + "failed \(summary.failures.count)" + (summary.moved > 0 ? "; articles moved to a better event on a second look: \(summary.moved)" : ""))
        print("store: \(db) holds \(try store.count()) articles")
        if summary.documents == 0, !summary.failures.isEmpty { throw ExitCode.failure }
    }
}
