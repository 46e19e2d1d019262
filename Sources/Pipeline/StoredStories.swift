import NewsdeskClustering
import NewsdeskModel
import NewsdeskStore

/// Reads the stored articles with their events, stories and duplicate links, for
/// export, `stories` and `eval`.
public struct StoredStories {
    public var articles: [StoredArticle]
    /// Article id → its name: the path, with "#record" for an item of a container file.
    public var names: [Int64: String]
    public var memberships: [Int64: EventMembership]
    public var duplicateLinks: [Int64: Int64]
    public var timeline: StoryTimeline

    public init(store: any ArticleStore) throws {
        articles = try store.allArticles()
        duplicateLinks = try store.duplicateLinks()
        memberships = Dictionary(uniqueKeysWithValues: try store.memberships().map { ($0.articleID, $0) })
        var names: [Int64: String] = [:]
        for stored in articles {
            if let id = stored.id { names[id] = stored.article.sourcePath + (stored.article.record.map { "#\($0)" } ?? "") }
        }
        self.names = names
        let (articles, memberships, links) = (self.articles, self.memberships, self.duplicateLinks)
        timeline = StoryTimeline(articles.compactMap { stored in
            guard let id = stored.id, let m = memberships[id] else { return nil }
            let a = stored.article
            return StoryTimeline.Member(id: id, name: names[id]!, title: a.title, lead: StoryTimeline.lead(of: a.text), outlet: a.outlet, url: a.url,
                                        published: a.published, event: m.event, story: m.story, eventDate: m.eventDate,
                                        duplicateOf: links[id])
        })
    }
}
