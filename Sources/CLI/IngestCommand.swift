import ArgumentParser
import Foundation
import NewsdeskExtraction
import NewsdeskIngest
import NewsdeskModel
import NewsdeskStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract articles from files and folders into the store.",
        discussion: """
        Idempotent: a document already stored with the same content is skipped, a changed one is \
        updated. Each file is written in one transaction, so a crash or kill loses at most the file \
        being written and never leaves half of it stored.
        """
    )

    @Option(help: "The SQLite store.")
    var db = "./newsdesk.sqlite"

    @Argument(help: "Files or folders to read (the formats of `newsdesk extract`).")
    var paths: [String]

    func run() throws {
        let store = try SQLiteStore(path: db)
        let (files, missing) = DocumentReader.files(in: paths)
        var failures = missing.map(\.description)
        let reader = DocumentReader()
        let extractor = ArticleExtractor()
        var summary = WriteSummary()
        var documents = 0
        var progress = Progress(total: files.count, label: "ingesting")
        for (done, file) in files.enumerated() {
            var batch: [StoredArticle] = []
            var skipped = 0
            try reader.read(path: file) { result in
                switch result {
                case .failure(let error):
                    failures.append(error.description)
                case .success(let document):
                    documents += 1
                    let hash = contentFingerprint(document)
                    let key = DocumentKey(sourcePath: document.sourcePath, record: document.record)
                    if try store.contentHash(of: key) == hash {
                        skipped += 1  // seen before, unchanged: no need to extract again
                        return
                    }
                    batch.append(StoredArticle(article: extractor.extract(document), contentHash: hash))
                }
            }
            summary += try store.write(batch)
            summary.unchanged += skipped
            progress.update(done + 1)
        }
        progress.finish()
        for failure in failures { printError("newsdesk: \(failure)") }
        print("read \(documents) documents from \(files.count) files: new \(summary.inserted), updated \(summary.updated), "
              + "unchanged \(summary.unchanged), duplicates n/a (near-duplicate detection not built yet), failed \(failures.count)")
        print("store: \(db) holds \(try store.count()) articles")
        if documents == 0, !failures.isEmpty { throw ExitCode.failure }
    }
}
