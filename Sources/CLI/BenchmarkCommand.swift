import ArgumentParser
import Foundation
import NewsdeskExtraction
import NewsdeskIngest
import NewsdeskModel

/// Times extraction alone over documents already decoded in memory, and writes
/// what it extracted in the shape the benchmark scorers read.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Time extraction on one core over pages held in memory; write the output for a scorer."
    )

    enum KeyStyle: String, ExpressibleByArgument {
        /// "<name>" for "<name>.html.gz" (the Zyte benchmark's page ids)
        case stem
        /// "<name>.html" for "<name>.html.gz" (the multilingual benchmark's file names)
        case file
    }

    @Option(help: "Write {page: {text, articleBody, title, author, date}} here.")
    var output: String?

    @Option(help: "How to name pages in the output: stem or file.")
    var key: KeyStyle = .stem

    @Option(help: "Timed passes over all pages; the fastest is reported.")
    var repeats = 3

    @Argument(help: "Folders or files with the pages.")
    var paths: [String]

    func run() throws {
        let (files, errors) = DocumentReader.files(in: paths)
        errors.forEach { printError("newsdesk: \($0)") }
        let reader = DocumentReader()
        var documents: [RawDocument] = []
        for file in files {
            reader.read(path: file) { result in
                switch result {
                case .success(let document): documents.append(document)
                case .failure(let error): printError("newsdesk: \(error)")
                }
            }
        }
        let megabytes = Double(documents.reduce(0) { $0 + $1.content.utf8.count }) / 1_000_000
        let extractor = ArticleExtractor()
        var articles: [Article] = []
        var best = Double.infinity
        for _ in 0..<max(1, repeats) {
            let start = clock()
            articles = documents.map(extractor.extract)
            best = min(best, Double(clock() - start) / Double(CLOCKS_PER_SEC))
        }
        let rate = Double(documents.count) / best
        print(String(format: "pages=%d size=%.1fMB cpu_seconds=%.3f pages_per_second=%.1f ms_per_page=%.2f",
                     documents.count, megabytes, best, rate, 1000 * best / Double(max(1, documents.count))))
        if let output { try write(articles, to: output) }
    }

    private func write(_ articles: [Article], to path: String) throws {
        var map: [String: Any] = [:]
        for article in articles {
            var name = URL(fileURLWithPath: article.sourcePath).lastPathComponent
            if name.hasSuffix(".gz") { name.removeLast(3) }
            if key == .stem, let dot = name.firstIndex(of: ".") { name = String(name[..<dot]) }
            map[name] = [
                "articleBody": article.text, "text": article.text,
                "title": article.title ?? NSNull(), "author": article.byline ?? NSNull(),
                "date": article.published?.description ?? NSNull(),
            ] as [String: Any]
        }
        try ArticleJSON.encode(map).write(toFile: path, atomically: true, encoding: .utf8)
    }
}
