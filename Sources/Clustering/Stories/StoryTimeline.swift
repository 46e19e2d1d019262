import Foundation
import NewsdeskModel

/// Stories as a reader sees them: each story's events in date order, each event's
/// articles and sources. Built from stored memberships; pure.
public struct StoryTimeline: Sendable {
    public struct Member: Sendable {
        public var id: Int64
        public var name: String
        public var title: String?
        /// The opening of the text, to name an article or event that has no title.
        public var lead: String
        public var outlet: String?
        public var url: String?
        public var published: SimpleDate?
        public var event: Int64
        public var story: Int64
        /// The article's own event day, when its text gives one.
        public var eventDate: SimpleDate?
        public var duplicateOf: Int64?
        /// Without an event day of its own, the partial day its text names ("Thursday"), if any.
        public var partialDay: PartialDay?
        /// Its language, to title an event in the language most of its reports are in.
        public var language: String?
        /// The other days its text names, mostly those of earlier events it recalls (`EventSignals.recalled`).
        public var recalled: [RecalledDay]

        public init(id: Int64, name: String, title: String?, lead: String, outlet: String?, url: String?, published: SimpleDate?,
                    event: Int64, story: Int64, eventDate: SimpleDate?, duplicateOf: Int64?, partialDay: PartialDay? = nil,
                    language: String? = nil, recalled: [RecalledDay] = []) {
            self.recalled = recalled
            self.id = id
            self.name = name
            self.title = title
            self.lead = lead
            self.outlet = outlet
            self.url = url
            self.published = published
            self.event = event
            self.story = story
            self.eventDate = eventDate
            self.duplicateOf = duplicateOf
            self.partialDay = partialDay
            self.language = language
        }
    }

    public struct Event: Sendable {
        public var id: Int64
        /// The day its articles point to (`EventDating`), or nil.
        public var date: SimpleDate?
        /// For an undated event, the partial day most of its articles name ("Thursday", "16 December"):
        /// a reader can still place it in a week, and sees why the timeline cannot.
        public var partialDay: String?
        /// Whether `date` is a day the story's later reports recall (`RecalledDating`), its own reports
        /// naming only a weekday or a day of a month.
        public var dateRecalled = false
        public var title: String
        public var sources: [String]
        public var articles: [Member]
    }

    public struct Story: Sendable {
        public var id: Int64
        public var title: String
        public var events: [Event]

        public var articleCount: Int { events.reduce(0) { $0 + $1.articles.count } }
    }

    public var stories: [Story]

    public init(_ members: [Member]) {
        var byEvent: [Int64: [Member]] = [:]
        for m in members { byEvent[m.event, default: []].append(m) }
        var dates: [Int64: SimpleDate] = [:], storyDays: [Int64: [SimpleDate]] = [:]
        for (id, articles) in byEvent {
            guard let date = EventDating.date(of: articles) else { continue }
            dates[id] = date
            storyDays[articles[0].story, default: []].append(date)
        }
        // An event its articles cannot date may still be placed by its story's dated events.
        var sortedDays: [Int64: EventDating.SortedDays] = [:]
        for (id, articles) in byEvent where dates[id] == nil {
            let story = articles[0].story
            guard let days = storyDays[story] else { continue }
            let sorted = sortedDays[story] ?? EventDating.SortedDays(days)
            sortedDays[story] = sorted
            if let date = EventDating.date(of: articles, near: sorted) { dates[id] = date }
        }
        // One that names only a weekday may be dated by the day its story's later reports recall.
        let recalled = RecalledDating.dates(byEvent, dated: dates)
        dates.merge(recalled) { own, _ in own }
        var byStory: [Int64: [Event]] = [:]
        for (id, articles) in byEvent {
            let sorted = articles.sorted { $0.id < $1.id }
            let date = dates[id]
            let event = Event(id: id, date: date, partialDay: date == nil ? Self.partialDay(of: sorted) : nil,
                              dateRecalled: recalled[id] != nil, title: Self.title(of: sorted),
                              sources: Array(Set(sorted.map { $0.outlet ?? Self.baseName($0.name) })).sorted(), articles: sorted)
            byStory[sorted[0].story, default: []].append(event)
        }
        stories = byStory.map { id, events in
            let ordered = events.sorted { ($0.date?.dayNumber ?? .max, $0.id) < ($1.date?.dayNumber ?? .max, $1.id) }
            // The story is named after its most reported event.
            let main = events.max { ($0.articles.count, -$0.id) < ($1.articles.count, -$1.id) }!
            return Story(id: id, title: main.title, events: ordered)
        }.sorted { ($0.events.first?.date?.dayNumber ?? .max, $0.id) < ($1.events.first?.date?.dayNumber ?? .max, $1.id) }
    }

    /// Event id → event day, for every event.
    public var eventDates: [Int64: SimpleDate] {
        var dates: [Int64: SimpleDate] = [:]
        for story in stories { for event in story.events { dates[event.id] = event.date } }
        return dates
    }

    /// The partial day most articles name (the earliest article's on ties).
    static func partialDay(of articles: [Member]) -> String? {
        mostCommon(articles.map(\.partialDay))?.description
    }

    /// The value most of `values` hold (nil ones aside), the first to appear on ties.
    static func mostCommon<Value: Hashable>(_ values: [Value?]) -> Value? {
        var votes: [Value: (count: Int, first: Int)] = [:]
        for (i, value) in values.enumerated() { if let value { votes[value, default: (0, i)].count += 1 } }
        return votes.max { ($0.value.count, -$0.value.first) < ($1.value.count, -$1.value.first) }?.key
    }

    /// The title of the first original (not a duplicate) article that has one, in the language most of the
    /// event's articles are in (the first article's on ties): an event reported in five English reports and
    /// one French one is titled in English, whichever came first. Else any title, else a lead.
    static func title(of articles: [Member]) -> String {
        let originals = articles.filter { $0.duplicateOf == nil }
        let main = mostCommon(articles.map(\.language))
        let preferred = main.map { language in originals.filter { $0.language == language } } ?? []
        return (preferred + originals + articles).lazy.compactMap { $0.title?.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
            ?? originals.first.map(\.lead) ?? articles[0].lead
    }

    static func baseName(_ name: String) -> String {
        String(name.split(separator: "/").last ?? Substring(name))
    }

    /// The first sentence or line of a text, at most about a hundred characters.
    public static func lead(of text: String) -> String {
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let sentence = firstLine.range(of: ". ").map { String(firstLine[..<$0.lowerBound]) + "." } ?? firstLine
        guard sentence.count > 100 else { return sentence }
        let cut = sentence.prefix(100)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }
}
