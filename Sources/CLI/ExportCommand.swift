import ArgumentParser
import Foundation
import NewsdeskModel
import NewsdeskPipeline
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

    /// The contract's columns, in order. `event_date` is the day of the article's event.
    static let columns = ["source_path", "url", "outlet", "title", "language", "published", "event_date", "event_id",
                          "story_id", "duplicate_of"]

    func run() throws {
        let store = try SQLiteStore(path: db)
        if format == .csv { print((Self.columns + ["record"]).joined(separator: ",")) }
        let lookups = try ExportLookups(store: store)
        // Written as read: a million records are never held at once.
        try store.forEachArticleSummary(openingBytes: 0) { a in
            let duplicateOf = lookups.duplicateLinks[a.id].flatMap { lookups.originalNames[$0] }
            let membership = lookups.memberships[a.id]
            let values: [String?] = [a.sourcePath, a.url, a.outlet, a.title, a.language, a.published?.description,
                                     membership.flatMap { lookups.eventDates[$0.event] }?.description,
                                     membership.map { "e\($0.event)" }, membership.map { "s\($0.story)" }, duplicateOf]
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
