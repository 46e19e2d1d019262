import NewsdeskClustering
import NewsdeskModel
import NewsdeskStore

/// What `export` needs besides each article's own row, from a pass that reads no text: then the
/// records can be written while reading the articles a second time, without holding them.
public struct ExportLookups {
    public var memberships: [Int64: MembershipSummary]
    public var duplicateLinks: [Int64: Int64]
    /// Names of the articles that others duplicate: the only names a record refers to.
    public var originalNames: [Int64: String]
    /// Event id → its day, as the story timeline dates it.
    public var eventDates: [Int64: SimpleDate]

    public init(store: any ArticleStore) throws {
        let links = try store.duplicateLinks()
        var memberships: [Int64: MembershipSummary] = [:]
        try store.forEachMembershipSummary { memberships[$0.articleID] = $0 }
        let originals = Set(links.values)
        var originalNames: [Int64: String] = [:], dated: [StoryTimeline.Member] = []
        try store.forEachArticleSummary(openingBytes: 0) { a in
            if originals.contains(a.id) { originalNames[a.id] = a.name }
            guard let m = memberships[a.id] else { return }
            // The timeline dates an event by its articles' event days, partial days, publication days and
            // recalled days (with copies counted once) only: the other fields are left empty, and the rule
            // stays in one place.
            dated.append(StoryTimeline.Member(id: a.id, name: "", title: nil, lead: "", outlet: nil, url: nil, published: a.published,
                                              event: m.event, story: m.story, eventDate: m.eventDate, duplicateOf: links[a.id],
                                              partialDay: m.partialDay, recalled: m.recalled))
        }
        (self.memberships, duplicateLinks, self.originalNames) = (memberships, links, originalNames)
        eventDates = StoryTimeline(dated).eventDates
    }
}
