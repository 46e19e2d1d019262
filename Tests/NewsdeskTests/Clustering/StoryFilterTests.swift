import NewsdeskModel
import Testing
@testable import NewsdeskClustering

/// A listing shows the stories a reader asks for: by size, sources, days or id, in the order asked.
@Suite struct StoryFilterTests {
    /// Story 1: a harbour story of two events (three reports, two outlets) in March and May 2025;
    /// story 2: one report of a plant opening in February 2025; story 3: one undated page.
    static let timeline: StoryTimeline = {
        func report(_ id: Int64, event: Int64, story: Int64, day: String?, outlet: String) -> StoryTimeline.Member {
            StoryTimeline.Member(id: id, name: "r\(id).txt", title: "Report \(id)", lead: "", outlet: outlet, url: nil,
                                 published: day.flatMap { SimpleDate(iso: $0) }, event: event, story: story,
                                 eventDate: day.flatMap { SimpleDate(iso: $0) }, duplicateOf: nil)
        }
        return StoryTimeline([
            report(1, event: 1, story: 1, day: "2025-03-04", outlet: "merrow-herald.example"),
            report(2, event: 1, story: 1, day: "2025-03-04", outlet: "coastwire.example"),
            report(3, event: 2, story: 1, day: "2025-05-20", outlet: "merrow-herald.example"),
            report(4, event: 3, story: 2, day: "2025-02-10", outlet: "kessveld-post.example"),
            report(5, event: 4, story: 3, day: nil, outlet: "blog.example"),
        ])
    }()

    func ids(_ change: (inout StoryFilter) -> Void) -> [Int64] {
        var filter = StoryFilter()
        change(&filter)
        return filter.apply(Self.timeline.stories).map(\.id)
    }

    @Test func theDefaultKeepsTheTimelinesOrder() {
        #expect(ids { _ in } == [2, 1, 3])  // by first event: 10 February, 4 March, undated
        #expect(Self.timeline.stories.map(\.articleCount) == [1, 3, 1])
    }

    @Test func sizesAndSourcesNarrowTheListing() {
        #expect(ids { $0.minEvents = 2 } == [1])
        #expect(ids { $0.minArticles = 2 } == [1])
        #expect(ids { $0.minSources = 2 } == [1])
        #expect(ids { $0.minSources = 3 } == [])
    }

    /// A story is kept when one of its events falls in the range, bounds included; undated stories never are.
    @Test func daysKeepStoriesWithAnEventInTheRange() {
        #expect(ids { $0.since = SimpleDate(iso: "2025-02-10") } == [2, 1])
        #expect(ids { $0.since = SimpleDate(iso: "2025-02-11") } == [1])
        #expect(ids { $0.until = SimpleDate(iso: "2025-03-03") } == [2])
        #expect(ids { $0.until = SimpleDate(iso: "2025-03-04") } == [2, 1])
        #expect(ids { ($0.since, $0.until) = (SimpleDate(iso: "2025-03-05"), SimpleDate(iso: "2025-05-19")) } == [])
        #expect(ids { ($0.since, $0.until) = (SimpleDate(iso: "2025-05-20"), SimpleDate(iso: "2025-05-20")) } == [1])
        #expect(ids { ($0.since, $0.until) = (SimpleDate(iso: "2025-06-01"), SimpleDate(iso: "2025-01-01")) } == [])
    }

    @Test func ordersIdsAndLimits() {
        #expect(ids { $0.order = .latest } == [1, 2, 3])  // by last event: 20 May, 10 February, undated
        #expect(ids { $0.order = .size; $0.limit = 2 } == [1, 2])
        #expect(ids { $0.ids = [3, 1] } == [1, 3])
        #expect(ids { $0.limit = 0 } == [])
    }
}
