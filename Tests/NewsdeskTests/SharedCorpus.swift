import Foundation
import NewsdeskExtraction
import NewsdeskModel

/// The labelled corpora in ../shared beside the package (CI has them), for the
/// evaluations among the tests. They read them when present and say they skipped otherwise.
enum SharedCorpus {
    /// The package's root folder (this file is Tests/NewsdeskTests/SharedCorpus.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// The rows of `folder/name` (a TSV file) as column name → value, or nil after printing
    /// that `suite` skipped when the file is not there.
    static func table(_ folder: String, _ name: String = "labels.tsv", skipping suite: String) -> [[String: String]]? {
        let url = corpus.appendingPathComponent("\(folder)/\(name)")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            print("\(suite): skipped, \(url.path) not found")
            return nil
        }
        let rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    static func url(_ folder: String, _ file: String) -> URL {
        corpus.appendingPathComponent("\(folder)/\(file)")
    }

    /// A corpus file (scraped text) run through extraction.
    static func article(_ folder: String, _ file: String) throws -> Article {
        let text = try String(contentsOf: url(folder, file), encoding: .utf8)
        return ArticleExtractor().extract(RawDocument(sourcePath: file, format: .text, content: text))
    }
}
