import ArgumentParser
import Foundation
import NewsdeskClustering
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

    func run() throws {
        let stored = try StoredStories(store: try SQLiteStore(path: db))
        let stories = stored.timeline.stories
        if json {
            printJSON(stories, names: stored.names)
            return
        }
        for story in stories {
            print("story s\(story.id): \(story.title)")
            for event in story.events {
                let day = event.date?.description ?? "undated" + (event.partialDay.map { " (\($0))" } ?? "   ")
                print("  \(day)  e\(event.id): \(event.title)")
                print("      sources: \(event.sources.isEmpty ? "-" : event.sources.joined(separator: ", "))")
                for article in event.articles {
                    let copy = article.duplicateOf.flatMap { stored.names[$0] }.map { " (copy of \($0))" } ?? ""
                    print("      - \(article.title ?? "(untitled)")  [\(article.name)]\(copy)")
                }
            }
        }
        print("\(stories.count) stories, \(stories.reduce(0) { $0 + $1.events.count }) events, \(stored.articleCount) articles")
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
                return object
            },
        ]
    }
}
