import NewsdeskModel
import Testing
@testable import NewsdeskClustering

/// Events of several reports that belong in another event as a whole (`EventClusterer.foldTarget`).
@Suite struct EventFoldingTests {
    static let march4 = SimpleDate(year: 2025, month: 3, day: 4)!

    /// Signals with hand-made content terms, for scenarios whose geometry must be exact.
    func keys(_ terms: [String], clue: TimeClue) -> EventSignals {
        EventSignals(keys: Dictionary(uniqueKeysWithValues: terms.map { ("t:" + $0, Float(1)) }), clue: clue)
    }

    /// A long dated report sharing two of its thirty terms with each of two undated reports,
    /// which share two terms with each other: each undated report alone is below the bar to join
    /// it, the two together are above.
    func meetingAndTwoUndatedReports(undatedClue: TimeClue) -> (EventClusterer, dated: Int64, undated: Int64) {
        var clusterer = EventClusterer()
        let long = ["a", "b", "c", "d"] + (0..<26).map { "own\($0)" }
        let dated = clusterer.add(keys(long, clue: TimeClue(date: Self.march4))).event
        let first = clusterer.add(keys(["a", "b", "x", "y"], clue: undatedClue))
        let second = clusterer.add(keys(["c", "d", "x", "y"], clue: undatedClue))
        #expect(first.event != dated)  // the scenario: each alone is too unlike the meeting's report
        #expect(second.event == first.event)  // and like the other
        // Looked at one by one, each stays with the other.
        #expect(clusterer.reconsider(vector: first.vector, clue: undatedClue, language: nil, lead: [], event: first.event) == nil)
        return (clusterer, dated, first.event)
    }

    @Test func undatedReportsThatHoldEachOtherFoldIntoTheirMeetingAsAGroup() {
        let (clusterer, dated, undated) = meetingAndTwoUndatedReports(undatedClue: TimeClue())
        #expect(clusterer.groupEvents(in: clusterer.story(of: undated)!) == [undated])
        #expect(clusterer.foldTarget(for: undated) == dated)
        #expect(clusterer.foldTarget(for: dated) == nil)  // one report: nothing to fold
    }

    /// The same group, each report saying "on Friday": the meeting was on a Tuesday.
    @Test func aGroupWhoseWeekdayDisagreesDoesNotFold() {
        let friday = TimeClue(weekday: 4)
        #expect(Self.march4.weekday == 1)
        let (clusterer, _, undated) = meetingAndTwoUndatedReports(undatedClue: friday)
        #expect(clusterer.foldTarget(for: undated) == nil)
    }

    /// Two events of one day, as a store replays them: reports dated only by their publication day
    /// opened one before the reports naming the day opened the other. The smaller goes into the
    /// larger, never the other way.
    @Test func theSmallerOfTwoEventsOfOneDayFoldsIntoTheLarger() {
        var clusterer = EventClusterer()
        let published = TimeClue(date: Self.march4, approximate: true)
        let (small, large): (Int64, Int64) = (1, 2)
        for shared in [["a", "b"], ["c", "d"]] {
            let vector = Dictionary(uniqueKeysWithValues: (shared + ["x", "y"]).map { ("t:" + $0, Float(0.5)) })
            clusterer.restore(vector: vector, clue: published, language: nil, lead: [], event: small, story: 1)
        }
        var long = Dictionary(uniqueKeysWithValues: ["a", "b", "c", "d"].map { ("t:" + $0, Float(0.4)) })
        for i in 0..<9 { long["t:own\(i)"] = 0.2 }
        for _ in 0..<3 { clusterer.restore(vector: long, clue: TimeClue(date: Self.march4), language: nil, lead: [], event: large, story: 2) }
        #expect(clusterer.foldTarget(for: small) == large)
        #expect(clusterer.foldTarget(for: large) == nil)
        // Two days apart in the text are two meetings, however alike their words: a larger event of
        // 6 March does not take the event of 4 March.
        var later = clusterer
        let march6 = TimeClue(date: SimpleDate(year: 2025, month: 3, day: 6)!)
        for _ in 0..<5 { later.restore(vector: long, clue: march6, language: nil, lead: [], event: 3, story: 3) }
        #expect(later.foldTarget(for: large) == nil)
    }

    /// Two dated events of the very same day, worded apart (two wire services): the smaller goes into
    /// the larger at the bar a single report of that day meets, the story's, not at the bar to join.
    /// A day apart, the same words stay two events.
    @Test func twoEventsOfTheVerySameDayFoldAtTheSameDayBar() {
        func replay(day: SimpleDate) -> EventClusterer {
            var clusterer = EventClusterer()
            let small = Dictionary(uniqueKeysWithValues: (["a"] + (0..<5).map { "s\($0)" }).map { ("t:" + $0, Float(1)) })
            let large = Dictionary(uniqueKeysWithValues: (["a"] + (0..<9).map { "l\($0)" }).map { ("t:" + $0, Float(1)) })
            for _ in 0..<2 { clusterer.restore(vector: small, clue: TimeClue(date: day), language: nil, lead: [], event: 1, story: 1) }
            for _ in 0..<3 { clusterer.restore(vector: large, clue: TimeClue(date: Self.march4), language: nil, lead: [], event: 2, story: 1) }
            return clusterer
        }
        // The centroids' cosine, 1/sqrt(60) = 0.13, lies between the story's bar and the bar to join.
        let settings = EventClusterer.Settings()
        #expect(settings.storyThreshold < 0.13 && 0.13 < settings.joinThreshold)
        #expect(replay(day: Self.march4).foldTarget(for: 1) == 2)
        #expect(replay(day: SimpleDate(year: 2025, month: 3, day: 5)!).foldTarget(for: 1) == nil)
    }
}
