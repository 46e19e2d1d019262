import NewsdeskClustering
import NewsdeskStore

extension Ingestion {
    /// Rounds of review at most: a move changes the events the next article is compared with,
    /// so a second round may settle what the first unsettled; it stops at the first round without a move.
    static let reviewRounds = 3

    /// Placements a review may make, for a run that clustered `articles`: enough to look at every
    /// undated article of the stories a bulk run touched, and a bound on what a small run into a
    /// large store costs (each look searches under all of an article's keys).
    static func reviewBudget(articles: Int) -> Int { max(2_000, 4 * articles) }

    /// Looks again, at the end of a run, at the articles of the stories this run touched that have
    /// no date at all or are alone in their event, and moves those that now fit another event
    /// better (see `EventClusterer.reconsider`); one alone in its event may link its story to
    /// another. Dated articles with company stay: looking at every article again would cost a
    /// second clustering, and those are where the most evidence put them. A copy is not looked at
    /// on its own: it moves with its canonical copy. One transaction: a kill leaves every article
    /// where it was. Returns how many articles changed event.
    func reviewAtEndOfRun(touched touchedEvents: Set<Int64>, articles: Int, clusterer: inout EventClusterer) throws -> Int {
        var stories = Set(touchedEvents.compactMap { clusterer.story(of: $0) })
        guard !stories.isEmpty else { return 0 }
        var budget = Self.reviewBudget(articles: articles)
        var moved = Set<Int64>()
        try store.transaction { transaction in
            for _ in 0..<Self.reviewRounds {
                var movedThisRound = 0
                for story in stories.sorted() where budget > 0 {
                    for member in try members(of: story, clusterer: clusterer, in: transaction) where budget > 0 {
                        budget -= 1
                        guard let assignment = clusterer.reconsider(vector: member.vector, clue: member.clue, language: member.language,
                                                                    lead: member.leadFigures, event: member.event) else { continue }
                        for (from, into) in assignment.mergedStories { try transaction.mergeStory(from, into: into) }
                        var updated = member
                        updated.event = assignment.event
                        updated.story = assignment.story
                        try transaction.setMembership(updated)
                        stories.insert(assignment.story)
                        guard assignment.event != member.event else { continue }
                        moved.insert(member.articleID)
                        movedThisRound += 1
                        moved.formUnion(try moveCopies(of: member, to: assignment, clusterer: &clusterer, in: transaction))
                    }
                }
                if movedThisRound == 0 { break }
            }
        }
        return moved.count
    }

    /// The articles of a story to look at again, by article id: those with no date at all and those
    /// alone in their event, copies left out.
    private func members(of story: Int64, clusterer: EventClusterer, in transaction: any StoreTransaction) throws -> [EventMembership] {
        var members = try transaction.undatedMemberships(story: story)
        for event in clusterer.loneEvents(in: story) { members += try transaction.memberships(event: event) }
        var seen = Set<Int64>()
        members = members.filter { seen.insert($0.articleID).inserted }.sorted { $0.articleID < $1.articleID }
        let copies = Set(try transaction.duplicateCandidates(ids: members.map(\.articleID)).filter { $0.duplicateOf != nil }.map(\.id))
        return members.filter { !copies.contains($0.articleID) }
    }

    /// Moves the copies of a moved canonical article that were in its old event along with it.
    private func moveCopies(of member: EventMembership, to assignment: EventClusterer.Assignment, clusterer: inout EventClusterer,
                            in transaction: any StoreTransaction) throws -> [Int64] {
        var moved: [Int64] = []
        for copy in try transaction.duplicateGroup(canonical: member.articleID) where copy.id != member.articleID {
            guard var membership = try transaction.membership(of: copy.id), membership.event == member.event else { continue }
            clusterer.transfer(vector: membership.vector, clue: membership.clue, language: membership.language,
                               lead: membership.leadFigures, from: member.event, to: assignment.event)
            membership.event = assignment.event
            membership.story = assignment.story
            try transaction.setMembership(membership)
            moved.append(copy.id)
        }
        return moved
    }
}
