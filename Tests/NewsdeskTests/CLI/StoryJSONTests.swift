import Foundation
import NewsdeskModel
import Testing
@testable import NewsdeskCLI
@testable import NewsdeskClustering

/// `stories --json` writes a story field by field: the text must be the generic writer's.
@Suite struct StoryJSONTests {
    static let day = SimpleDate(year: 2025, month: 3, day: 4)!

    static func member(_ id: Int64, event: Int64, title: String?, outlet: String?, copyOf: Int64? = nil,
                       partialDay: Int? = nil) -> StoryTimeline.Member {
        StoryTimeline.Member(id: id, name: "/news/\(id).txt", title: title, lead: "", outlet: outlet,
                             url: outlet.map { "https://\($0)/\(id)?a=1&b=\"2\"" }, published: outlet == nil ? nil : day,
                             event: event, story: 1, eventDate: event == 1 ? day : nil, duplicateOf: copyOf,
                             partialDay: PartialDay(weekday: partialDay, month: nil, day: nil))
    }

    static var timeline: StoryTimeline {
        StoryTimeline([
            member(1, event: 1, title: "Ferry hits \"barge\" off Port Merrow\\Caddon", outlet: "coast.example"),
            member(2, event: 1, title: nil, outlet: nil, copyOf: 1),
            member(3, event: 2, title: "Fähre\tkollidiert – 港\u{1}", outlet: "küste.example"),
            // Undated, naming a weekday: the timeline lists it last, with its partial day.
            member(4, event: 3, title: "Ferry talks resume", outlet: nil, partialDay: 3),
            member(5, event: 3, title: nil, outlet: nil, partialDay: 4),
            member(6, event: 3, title: nil, outlet: nil, partialDay: 3),
        ])
    }

    @Test func anEventDatedByRecalledDaysSaysSoInBothWriters() throws {
        // Two reports of Tuesday 4 March 2025 recall "3 March"; the other event's reports name only Monday.
        var reports = [Self.member(1, event: 1, title: "Inquiry opens", outlet: "coast.example"),
                       Self.member(2, event: 1, title: "Ferry inquiry", outlet: "bay.example"),
                       Self.member(3, event: 2, title: "Ferry aground", outlet: nil, partialDay: 0)]
        for i in 0..<2 { reports[i].recalled = [RecalledDay("--03-03")!] }
        let story = try #require(StoryTimeline(reports).stories.first)
        #expect(story.events.map(\.dateRecalled) == [true, false])
        #expect(story.events.first?.date == SimpleDate(year: 2025, month: 3, day: 3))
        let text = try #require(StoryJSON.text(story, names: [:]))
        #expect(text.contains("\"date_recalled\" : true"))
        #expect(text == ArticleJSON.encode(StoriesCommand.object(story, names: [:]), pretty: true).replacingOccurrences(of: "\n", with: "\n  "))
    }

    @Test func writesWhatTheGenericWriterWrites() throws {
        let names: [Int64: String] = [1: "/news/1.txt", 2: "/news/2.txt", 3: "/news/3.txt"]
        let story = try #require(Self.timeline.stories.first)
        #expect(story.events.map(\.partialDay) == [nil, nil, "Thursday"])
        #expect(story.events.last?.date == nil)
        let generic = ArticleJSON.encode(StoriesCommand.object(story, names: names), pretty: true)
            .replacingOccurrences(of: "\n", with: "\n  ")
        #expect(StoryJSON.text(story, names: names) == generic)
    }

    /// Empty arrays are the generic writer's to lay out.
    @Test func leavesEventsWithoutSourcesToTheGenericWriter() throws {
        var story = try #require(Self.timeline.stories.first)
        story.events[0].sources = []
        #expect(StoryJSON.text(story, names: [:]) == nil)
    }
}
