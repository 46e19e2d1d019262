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
            print(ArticleJSON.encode(stories.map { Self.object($0, names: stored.names) }, pretty: true))
            return
        }
        for story in stories {
            print("story s\(story.id): \(story.title)")
            for event in story.events {
                print("  \(event.date?.description ?? "undated   ")  e\(event.id): \(event.title)")
                print("      sources: \(event.sources.isEmpty ? "-" : event.sources.joined(separator: ", "))")
                for article in event.articles {
                    let copy = article.duplicateOf.flatMap { stored.names[$0] }.map { " (copy of \($0))" } ?? ""
                    print("      - \(article.title ?? "(untitled)")  [\(article.name)]\(copy)")
                }
            }
        }
        print("\(stories.count) stories, \(stories.reduce(0) { $0 + $1.events.count }) events, \(stored.articleCount) articles")
    }

    /// `names`: article id → its name (path, or path#record), for `duplicate_of`.
    static func object(_ story: StoryTimeline.Story, names: [Int64: String]) -> [String: Any] {
        [
            "story_id": "s\(story.id)",
            "title": story.title,
            "events": story.events.map { event in
                [
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
                ] as [String: Any]
            },
        ]
    }
}
