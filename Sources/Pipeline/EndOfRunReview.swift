import NewsdeskClustering
import NewsdeskStore

extension Ingestion {
    /// Rounds of review at most: a move changes the events the next article is compared with,
    /// so a second round may settle what the first unsettled; it stops at the first round without a move.
    static let reviewRounds = 3

    /// Looks (placements, and comparisons of whole events) and moves a review may make, for a run that
    /// clustered `articles`: enough to look at every
    /// undated article of the stories a bulk run touched, and a bound on what a small run into a
    /// large store costs (each look searches under all of an article's keys).
    static func reviewBudget(articles: Int) -> Int { max(2_000, 4 * articles) }

    /// Looks again, at the end of a run, at the stories this run touched, in three steps a round:
    /// 1. a copy among those articles (no date, or alone in its event) left in another event than its
    ///    canonical copy's (the canonical came later and was clustered apart) goes there, when its
    ///    day clue agrees with that event;
    /// 2. the articles with no date at all, and those alone in their event, move when they now fit
    ///    another event better (see `EventClusterer.reconsider`); one alone in its event may link its
    ///    story to another;
    /// 3. an event of several articles that fits another as a whole goes into it (see
    ///    `EventClusterer.foldTarget`). Its undated articles are looked at one by one again in the next
    ///    round, like any: a group folded into the wrong meeting is taken apart there. (Keeping folded
    ///    articles from that look, so that a fold could not be undone, lowered dev events from 0.943 to
    ///    0.939 over nine orders: it kept wrong folds.)
    ///
    /// Dated articles with company stay where they are, one by one: looking at every article again
    /// would cost a second clustering, and those are where the most evidence put them. One
    /// transaction: a kill leaves every article where it was. Returns how many articles changed event.
    func reviewAtEndOfRun(touched touchedEvents: Set<Int64>, articles: Int, clusterer: inout EventClusterer) throws -> Int {
        var review = Review(stories: Set(touchedEvents.compactMap { clusterer.story(of: $0) }), budget: Self.reviewBudget(articles: articles),
                            changed: touchedEvents)
        guard !review.stories.isEmpty else { return 0 }
        try store.transaction { transaction in
            for _ in 0..<Self.reviewRounds {
                review.movesThisRound = 0
                // Events with dated members are compared as wholes when this run or the last round changed them:
                // one left as it was fits where it fitted. Events without are always (an old group of undated
                // reports may fit the dated event this run opened).
                let changed = review.changed
                review.changed = []
                for story in review.stories.sorted() where review.budget > 0 {
                    let (looked, copies) = try members(of: story, clusterer: clusterer, in: transaction)
                    for (copy, canonical) in copies where review.budget > 0 {
                        review.budget -= 1
                        guard let target = try transaction.event(of: canonical), target != copy.event,
                              clusterer.accepts(copy: copy.clue, into: target) else { continue }
                        try move(copy, to: target, clusterer: &clusterer, review: &review, in: transaction)
                    }
                    for member in looked where review.budget > 0 {
                        review.budget -= 1
                        guard let assignment = clusterer.reconsider(vector: member.vector, clue: member.clue, language: member.language,
                                                                    lead: member.leadFigures, event: member.event) else { continue }
                        for (from, into) in assignment.mergedStories { try transaction.mergeStory(from, into: into) }
                        var updated = member
                        updated.event = assignment.event
                        updated.story = assignment.story
                        try transaction.setMembership(updated)
                        review.stories.insert(assignment.story)
                        guard assignment.event != member.event else { continue }
                        let copies = try moveCopies(of: member, to: assignment, clusterer: &clusterer, in: transaction)
                        review.moved.insert(member.articleID)
                        review.moved.formUnion(copies)
                        review.movesThisRound += 1 + copies.count
                        review.changed.formUnion([member.event, assignment.event])
                    }
                    for event in clusterer.groupEvents(in: story)
                    where review.budget > 0 && (changed.contains(event) || !clusterer.hasDatedMember(event)) {
                        review.budget -= 1
                        guard let target = clusterer.foldTarget(for: event) else { continue }
                        let members = try transaction.memberships(event: event)
                        review.budget -= members.count
                        for member in members {
                            try move(member, to: target, clusterer: &clusterer, review: &review, in: transaction)
                        }
                    }
                }
                if review.movesThisRound == 0 { break }
            }
        }
        return review.moved.count
    }

    /// What a review has left to spend, the stories it looks at and the articles it moved.
    private struct Review {
        var stories: Set<Int64>
        var budget: Int
        var moved = Set<Int64>()
        var movesThisRound = 0
        /// Events that gained or lost articles: in the run, then in the last round of review.
        var changed: Set<Int64>
    }

    /// The articles of a story to look at again, by article id: those with no date at all and those
    /// alone in their event; the copies among them apart, each with its canonical copy.
    private func members(of story: Int64, clusterer: EventClusterer,
                         in transaction: any StoreTransaction) throws -> (looked: [EventMembership], copies: [(EventMembership, Int64)]) {
        var members = try transaction.undatedMemberships(story: story)
        for event in clusterer.loneEvents(in: story) { members += try transaction.memberships(event: event) }
        var seen = Set<Int64>()
        members = members.filter { seen.insert($0.articleID).inserted }.sorted { $0.articleID < $1.articleID }
        let canonical = Dictionary(uniqueKeysWithValues: try transaction.duplicateCandidates(ids: members.map(\.articleID))
            .compactMap { candidate in candidate.duplicateOf.map { (candidate.id, $0) } })
        return (members.filter { canonical[$0.articleID] == nil }, members.compactMap { m in canonical[m.articleID].map { (m, $0) } })
    }

    /// Moves one article to another event without comparing it, and records the move.
    private func move(_ member: EventMembership, to target: Int64, clusterer: inout EventClusterer, review: inout Review,
                      in transaction: any StoreTransaction) throws {
        guard let story = clusterer.story(of: target), target != member.event else { return }
        clusterer.transfer(vector: member.vector, clue: member.clue, language: member.language, lead: member.leadFigures,
                           from: member.event, to: target)
        var updated = member
        updated.event = target
        updated.story = story
        try transaction.setMembership(updated)
        review.moved.insert(member.articleID)
        review.movesThisRound += 1
        review.changed.formUnion([member.event, target])
        review.stories.insert(story)
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
