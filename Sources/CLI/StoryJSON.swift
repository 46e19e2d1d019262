import NewsdeskClustering

/// One story of `stories --json` as the text the generic writer gives `StoriesCommand.object`,
/// pretty-printed two spaces in (the story's place in the array), written field by field:
/// going through `[String: Any]` took twice the time of the text listing at a million articles.
/// Nil for a story with an event without sources or articles: empty arrays are left to the
/// generic writer, whose layout of them this does not repeat.
enum StoryJSON {
    static func text(_ story: StoryTimeline.Story, names: [Int64: String]) -> String? {
        guard story.events.allSatisfy({ !$0.sources.isEmpty && !$0.articles.isEmpty }) else { return nil }
        var out = "{\n    \"events\" : [\n"
        for (e, event) in story.events.enumerated() {
            out += "      {\n        \"articles\" : [\n"
            for (a, article) in event.articles.enumerated() {
                out += "          {\n"
                field("duplicate_of", article.duplicateOf.flatMap { names[$0] }, indent: 12, into: &out)
                field("outlet", article.outlet, indent: 12, into: &out)
                field("published", article.published?.description, indent: 12, into: &out)
                field("source_path", article.name, indent: 12, into: &out)
                field("title", article.title, indent: 12, into: &out)
                field("url", article.url, indent: 12, into: &out, last: true)
                out += a < event.articles.count - 1 ? "          },\n" : "          }\n"
            }
            out += "        ],\n"
            field("date", event.date?.description, indent: 8, into: &out)
            if event.dateRecalled { out += "        \"date_recalled\" : true,\n" }
            field("event_id", "e\(event.id)", indent: 8, into: &out)
            if let day = event.partialDay { field("partial_day", day, indent: 8, into: &out) }
            out += "        \"sources\" : [\n"
            for (s, source) in event.sources.enumerated() {
                out += "          "
                JSONText.writeString(source, into: &out)
                out += s < event.sources.count - 1 ? ",\n" : "\n"
            }
            out += "        ],\n"
            field("title", event.title, indent: 8, into: &out, last: true)
            out += e < story.events.count - 1 ? "      },\n" : "      }\n"
        }
        out += "    ],\n"
        field("story_id", "s\(story.id)", indent: 4, into: &out)
        field("title", story.title, indent: 4, into: &out, last: true)
        out += "  }"
        return out
    }

    private static func field(_ key: String, _ value: String?, indent: Int, into out: inout String, last: Bool = false) {
        out += String(repeating: " ", count: indent) + "\"" + key + "\" : "
        if let value { JSONText.writeString(value, into: &out) } else { out += "null" }
        out += last ? "\n" : ",\n"
    }
}
