import NewsdeskClustering
import NewsdeskStore

extension Ingestion {
    /// Rounds of review at most: a move changes the events the next article is compared with,
    /// so a second round may settle what the first unsettled; it stops at the first round without a move.
    static let reviewRounds = 3

    /// Looks again, at the end of a run, at the articles without an event day of their own in the
    /// stories this run touched, and moves those that now fit another event better (see
    /// `EventClusterer.reconsider`); one alone in its event may link its story to another. One
    /// transaction: a kill leaves every article where it was. Returns how many moves were made.
    func reviewUndated(in touchedEvents: Set<Int64>, clusterer: inout EventClusterer) throws -> Int {
        var stories = Set(touchedEvents.compactMap { clusterer.story(of: $0) })
        guard !stories.isEmpty else { return 0 }
        var moved = 0
        try store.transaction { transaction in
            for _ in 0..<Self.reviewRounds {
                var movedThisRound = 0
                for story in stories.sorted() {
                    for var member in try transaction.undatedMemberships(story: story) where member.clue.date == nil {
                        guard let assignment = clusterer.reconsider(vector: member.vector, clue: member.clue,
                                                                    language: member.language, event: member.event) else { continue }
                        for (from, into) in assignment.mergedStories { try transaction.mergeStory(from, into: into) }
                        if assignment.event != member.event { movedThisRound += 1 }
                        member.event = assignment.event
                        member.story = assignment.story
                        try transaction.setMembership(member)
                        stories.insert(assignment.story)
                    }
                }
                moved += movedThisRound
                if movedThisRound == 0 { break }
            }
        }
        return moved
    }
}
