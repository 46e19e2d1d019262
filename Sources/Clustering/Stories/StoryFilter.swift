import NewsdeskModel

/// Which stories a listing shows, and in what order: a store of a million articles holds
/// hundreds of thousands of stories, most of them one page; a reader asks for the stories
/// several outlets covered, those of last week, the largest, or one story by its id. Pure.
public struct StoryFilter: Sendable, Equatable {
    public enum Order: String, Sendable, CaseIterable {
        /// By the day of the first event, oldest first (undated stories last): the listing's order.
        case date
        /// The most recent event first: what moved lately.
        case latest
        /// The most articles first.
        case size
    }

    public var minEvents = 1
    public var minArticles = 1
    /// Outlets (sources) across the story's events.
    public var minSources = 1
    /// Stories with an event dated in this range, bounds included. A story with no dated event
    /// falls outside any range. The whole story is shown: its earlier events are its context.
    public var since: SimpleDate?
    public var until: SimpleDate?
    /// Only these stories, when not empty.
    public var ids: Set<Int64> = []
    public var order = Order.date
    /// At most this many stories, after filtering and ordering.
    public var limit: Int?

    public init() {}

    public func apply(_ stories: [StoryTimeline.Story]) -> [StoryTimeline.Story] {
        let kept = stories.filter(accepts)
        let ordered: [StoryTimeline.Story]
        switch order {
        case .date: ordered = kept  // the timeline's own order
        case .latest: ordered = Self.sorted(kept, by: Self.lastDay)
        case .size: ordered = Self.sorted(kept, by: \.articleCount)
        }
        return limit.map { Array(ordered.prefix(max(0, $0))) } ?? ordered
    }

    func accepts(_ story: StoryTimeline.Story) -> Bool {
        guard ids.isEmpty || ids.contains(story.id), story.events.count >= minEvents else { return false }
        guard minArticles <= 1 || story.articleCount >= minArticles else { return false }
        guard minSources <= 1 || Set(story.events.flatMap(\.sources)).count >= minSources else { return false }
        guard since != nil || until != nil else { return true }
        let (low, high) = (since?.dayNumber ?? .min, until?.dayNumber ?? .max)
        return story.events.contains { $0.date.map { low <= $0.dayNumber && $0.dayNumber <= high } ?? false }
    }

    /// Highest key first, the lower story id on ties; each key computed once.
    static func sorted(_ stories: [StoryTimeline.Story], by key: (StoryTimeline.Story) -> Int) -> [StoryTimeline.Story] {
        stories.map { (key($0), $0) }.sorted { ($0.0, -$0.1.id) > ($1.0, -$1.1.id) }.map(\.1)
    }

    /// The day of its last dated event; undated stories sort after every dated one.
    static func lastDay(_ story: StoryTimeline.Story) -> Int {
        story.events.compactMap { $0.date?.dayNumber }.max() ?? .min
    }
}
