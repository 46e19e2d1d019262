import NewsdeskClustering
import NewsdeskModel
import NewsdeskStore

/// Reads the stored articles' names, events, stories and duplicate links, for `stories` and
/// `eval`. Texts and keyed vectors stay in the store: only an opening of each text is read, for leads.
public struct StoredStories {
    /// How many articles the store holds, with an event or not.
    public var articleCount: Int
    /// Article id → its name: the path, with "#record" for an item of a container file.
    public var names: [Int64: String]
    public var memberships: [Int64: MembershipSummary]
    public var duplicateLinks: [Int64: Int64]
    public var timeline: StoryTimeline

    /// A lead needs at most 101 characters of the first line (404 bytes of UTF-8): only a text that opens
    /// with a long blank run or with many combining marks reads its whole text.
    static let openingBytes = 512

    public init(store: any ArticleStore) throws {
        let links = try store.duplicateLinks()
        var memberships: [Int64: MembershipSummary] = [:]
        try store.forEachMembershipSummary { memberships[$0.articleID] = $0 }
        var names: [Int64: String] = [:], members: [StoryTimeline.Member] = [], unsettled: [Int] = [], count = 0
        try store.forEachArticleSummary(openingBytes: Self.openingBytes) { a in
            count += 1
            let name = a.name  // one copy, shared by `names` and the timeline
            names[a.id] = name
            guard let m = memberships[a.id] else { return }
            let lead = a.opening?.lead
            if lead == nil { unsettled.append(members.count) }
            members.append(StoryTimeline.Member(id: a.id, name: name, title: a.title, lead: lead ?? "", outlet: a.outlet, url: a.url,
                                                published: a.published, event: m.event, story: m.story, eventDate: m.eventDate,
                                                duplicateOf: links[a.id], partialDay: m.partialDay, language: a.language,
                                                recalled: m.recalled))
        }
        let texts = try store.texts(of: unsettled.map { members[$0].id })
        for index in unsettled { members[index].lead = StoryTimeline.lead(of: texts[members[index].id] ?? "") }
        (articleCount, self.names, self.memberships, duplicateLinks) = (count, names, memberships, links)
        timeline = StoryTimeline(members)
    }
}
