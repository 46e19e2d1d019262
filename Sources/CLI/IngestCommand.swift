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
        let store = try SQLiteStore(path: db)
        let (files, missing) = DocumentReader.files(in: paths)
        var progress = Progress(total: files.count, label: "ingesting")
        var summary = try Ingestion(store: store).ingest(files: files) { progress.update($0) }
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
