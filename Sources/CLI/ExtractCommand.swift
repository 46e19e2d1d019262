import ArgumentParser
import Foundation
import NewsdeskExtraction
import NewsdeskIngest
import NewsdeskModel

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract clean articles (text, title, byline, outlet, language, date) from news pages.",
        discussion: """
        PATH may be files or folders (searched recursively): HTML (.html, .htm, gzipped too), scraped text \
        (.txt), JSON Lines, RSS/Atom feeds and WARC archives. Problems with single files are reported on \
        stderr; the exit status is non-zero only when nothing could be read.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, json, text
    }

    @Option(help: "Output format: one JSON object per line (jsonl), a JSON array (json), or readable text.")
    var format: Format = .jsonl

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    func run() throws {
        let extractor = ArticleExtractor()
        var articles = 0
        if format == .json { print("[") }
        let failures = readDocuments(in: paths, label: "extracting") { document in
            emit(extractor.extract(document), first: articles == 0)
            articles += 1
        }
        if format == .json { print("]") }
        if articles == 0 {
            printError("newsdesk: no article could be read (\(failures) problem\(failures == 1 ? "" : "s"))")
            throw ExitCode.failure
        }
    }

    private func emit(_ article: Article, first: Bool) {
        switch format {
        case .jsonl:
            print(ArticleJSON.encode(ArticleJSON.object(article)))
        case .json:
            print((first ? "" : ",") + ArticleJSON.encode(ArticleJSON.object(article), pretty: true))
        case .text:
            print(TextReport.render(article))
        }
    }
}
