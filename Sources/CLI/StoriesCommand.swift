import ArgumentParser
import Foundation
import NewsdeskClustering
import NewsdeskModel
import NewsdeskPipeline
import NewsdeskStore

struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List stories, their events in date order (date, title, sources) and each event's articles."
    )

    @Option(help: "The SQLite store.")
    var db = "./newsdesk.sqlite"

    @Flag(help: "One JSON document instead of text.")
    var json = false

    @Option(help: "Only stories with at least this many events.")
    var minEvents = 1

    @Option(help: "Only stories with at least this many articles.")
    var minArticles = 1

    @Option(help: "Only stories reported by at least this many sources (outlets).")
    var minSources = 1

    @Option(help: "Only stories with an event on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only stories with an event on or before this day (YYYY-MM-DD).")
    var until: String?

    @Option(name: .customLong("story"), help: "Only this story (s12 or 12); repeat for more.")
    var stories: [String] = []

    @Option(help: "Order: date (first event, oldest first), latest (last event, newest first) or size (most articles first).")
    var sort = "date"

    @Option(help: "At most this many stories, after filtering and ordering.")
    var limit: Int?

    func validate() throws {
        guard StoryFilter.Order(rawValue: sort) != nil else {
            throw ValidationError("--sort must be one of \(StoryFilter.Order.allCases.map(\.rawValue).joined(separator: ", ")), not '\(sort)'")
        }
        for (flag, value) in [("--since", since), ("--until", until)] {
            if let value, value.count != 10 || SimpleDate(iso: value) == nil {
                throw ValidationError("\(flag) wants a day as YYYY-MM-DD, not '\(value)'")
            }
        }
        for (flag, value) in [("--min-events", minEvents), ("--min-articles", minArticles), ("--min-sources", minSources)] where value < 0 {
            throw ValidationError("\(flag) must not be negative")
        }
        if let since, let until, let a = SimpleDate(iso: since), let b = SimpleDate(iso: until), a > b {
            throw ValidationError("--since \(since) is after --until \(until)")
        }
        for id in stories where Self.storyID(id) == nil { throw ValidationError("--story wants a story id such as s12, not '\(id)'") }
        if let limit, limit < 0 { throw ValidationError("--limit must not be negative") }
    }

    var filter: StoryFilter {
        var filter = StoryFilter()
        (filter.minEvents, filter.minArticles, filter.minSources) = (minEvents, minArticles, minSources)
        (filter.since, filter.until) = (since.flatMap { SimpleDate(iso: $0) }, until.flatMap { SimpleDate(iso: $0) })
        filter.ids = Set(stories.compactMap(Self.storyID))
        filter.order = StoryFilter.Order(rawValue: sort) ?? .date
        filter.limit = limit
        return filter
    }

    /// "s12" or "12"; digits only, so "s-1" and "+2" are refused.
    static func storyID(_ text: String) -> Int64? {
        let digits = text.hasPrefix("s") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return Int64(digits)
    }

    func run() throws {
        let stored = try StoredStories(store: try SQLiteStore(path: db))
        let all = stored.timeline.stories
        let filter = self.filter
        let stories = filter == StoryFilter() ? all : filter.apply(all)
        let missing = filter.ids.subtracting(all.map(\.id)).sorted()
        if !missing.isEmpty {
            FileHandle.standardError.write(Data("newsdesk stories: no story \(missing.map { "s\($0)" }.joined(separator: ", ")) in \(db)\n".utf8))
        }
        if json {
            printJSON(stories, names: stored.names)
            return
        }
        for story in stories {
            print("story s\(story.id): \(story.title)")
            for event in story.events {
                let day = (event.date?.description).map { event.dateRecalled ? $0 + " (recalled)" : $0 }
                    ?? "undated" + (event.partialDay.map { " (\($0))" } ?? "   ")
                print("  \(day)  e\(event.id): \(event.title)")
                print("      sources: \(event.sources.isEmpty ? "-" : event.sources.joined(separator: ", "))")
                for article in event.articles {
                    let copy = article.duplicateOf.flatMap { stored.names[$0] }.map { " (copy of \($0))" } ?? ""
                    print("      - \(article.title ?? "(untitled)")  [\(article.name)]\(copy)")
                }
            }
        }
        let events = stories.reduce(0) { $0 + $1.events.count }
        if stories.count == all.count {
            print("\(stories.count) stories, \(events) events, \(stored.articleCount) articles")
        } else {
            let articles = stories.reduce(0) { $0 + $1.articleCount }
            print("\(stories.count) of \(all.count) stories shown: \(events) events, \(articles) of \(stored.articleCount) articles")
        }
    }

    /// The stories as one JSON array, written a story at a time: built whole, the document of a
    /// million articles took 4 GB as Foundation objects. The bytes are those of the whole
    /// document pretty-printed at once (each story indented by two spaces).
    private func printJSON(_ stories: [StoryTimeline.Story], names: [Int64: String]) {
        guard !stories.isEmpty else {
            print(ArticleJSON.encode([Any](), pretty: true))
            return
        }
        var output: [UInt8] = Array("[\n".utf8)
        for (index, story) in stories.enumerated() {
            output += "  ".utf8
            if let text = StoryJSON.text(story, names: names) {
                output += text.utf8
            } else {
                for byte in ArticleJSON.encode(Self.object(story, names: names), pretty: true).utf8 {
                    output.append(byte)
                    if byte == 0x0A { output += "  ".utf8 }  // a newline inside a JSON string is escaped: these are the layout's
                }
            }
            output += (index < stories.count - 1 ? ",\n" : "\n").utf8
            if output.count > 1 << 20 { Self.write(&output) }
        }
        output += "]\n".utf8
        Self.write(&output)
    }

    private static func write(_ bytes: inout [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))  // nothing else is printed with the JSON: no order to keep with `print`
        bytes.removeAll(keepingCapacity: true)
    }

    /// `names`: article id → its name (path, or path#record), for `duplicate_of`.
    static func object(_ story: StoryTimeline.Story, names: [Int64: String]) -> [String: Any] {
        [
            "story_id": "s\(story.id)",
            "title": story.title,
            "events": story.events.map { event in
                var object: [String: Any] = [
                    "event_id": "e\(event.id)",
                    "date": event.date?.description ?? NSNull(),
                    "title": event.title,
                    "sources": event.sources,
                    "articles": event.articles.map { a in
                        [
                            "source_path": a.name, "title": a.title ?? NSNull(), "outlet": a.outlet ?? NSNull(),
                            "url": a.url ?? NSNull(), "published": a.published?.description ?? NSNull(),
                            "duplicate_of": a.duplicateOf.flatMap { names[$0] } ?? NSNull(),
                        ] as [String: Any]
                    },
                ]
                // Only for an undated event that names a partial day: a new field, absent elsewhere.
                if let day = event.partialDay { object["partial_day"] = day }
                if event.dateRecalled { object["date_recalled"] = true }
                return object
            },
        ]
    }
}
