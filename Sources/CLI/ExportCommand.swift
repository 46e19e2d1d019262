import ArgumentParser
import Foundation
import NewsdeskModel
import NewsdeskStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write one record per stored article, as JSON Lines or CSV."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, csv
    }

    @Option(help: "The SQLite store.")
    var db = "./newsdesk.sqlite"

    @Option(help: "jsonl or csv.")
    var format: Format = .jsonl

    /// The contract's columns, in order. Event and story fields stay null until event clustering exists.
    static let columns = ["source_path", "url", "outlet", "title", "language", "published", "event_date", "event_id",
                          "story_id", "duplicate_of"]

    func run() throws {
        let store = try SQLiteStore(path: db)
        if format == .csv { print((Self.columns + ["record"]).joined(separator: ",")) }
        let articles = try store.allArticles()
        let links = try store.duplicateLinks()
        // An article is named by its path, with "#record" for an item of a feed, WARC or JSON Lines file.
        var names: [Int64: String] = [:]
        for stored in articles {
            if let id = stored.id { names[id] = stored.article.sourcePath + (stored.article.record.map { "#\($0)" } ?? "") }
        }
        for stored in articles {
            let a = stored.article
            let duplicateOf = stored.id.flatMap { links[$0] }.flatMap { names[$0] }
            let values: [String?] = [a.sourcePath, a.url, a.outlet, a.title, a.language, a.published?.description,
                                     nil, nil, nil, duplicateOf]
            switch format {
            case .jsonl:
                var object: [String: Any] = [:]
                for (column, value) in zip(Self.columns, values) { object[column] = value ?? NSNull() }
                if let record = a.record { object["record"] = record }
                print(ArticleJSON.encode(object))
            case .csv:
                print((values + [a.record.map(String.init)]).map { Self.csvField($0 ?? "") }.joined(separator: ","))
            }
        }
    }

    /// RFC 4180 quoting: fields with commas, quotes or line breaks are quoted, quotes doubled.
    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
