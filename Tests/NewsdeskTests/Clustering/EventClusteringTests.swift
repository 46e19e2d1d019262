import NewsdeskAnalysis
import NewsdeskModel
import Testing
@testable import NewsdeskClustering

@Suite struct EventClusteringTests {
    @Test func bcubedMatchesAHandComputedExample() {
        // gold: {a, b} {c}; predicted: {a} {b, c}
        let score = ClusterScore(gold: ["a": "1", "b": "1", "c": "2"], predicted: ["a": "X", "b": "Y", "c": "Y"])
        #expect(abs(score.precision - 2.0 / 3.0) < 1e-9)
        #expect(abs(score.recall - 2.0 / 3.0) < 1e-9)
        #expect(abs(score.f1 - 2.0 / 3.0) < 1e-9)
        #expect(ClusterScore(gold: ["a": "1", "b": "2"], predicted: ["a": "X", "b": "Y"]).f1 == 1)
    }

    @Test func readsFiguresAcrossDecimalConventions() {
        #expect(EventFeatures.numbers("rates rose 0,75 points to 2.25%, the 3rd rise in 2022; 7 members voted") == ["0.75", "2.25"])
        #expect(EventFeatures.numbers("A 6.4 quake, 1,200 dead, 12,5 km deep") == ["6.4", "1200", "12.5"])
    }

    func features(_ id: Int64, _ text: String, _ day: Int?) -> EventFeatures {
        var entities: [String: Double] = [:]
        for e in EntityExtractor.entities(in: text) { entities[e.key] = Double(e.mentions) }
        return EventFeatures(id: id, entities: entities, terms: EventFeatures.terms(text), numbers: EventFeatures.numbers(text),
                             eventDate: day.map { SimpleDate(year: 2025, month: 3, day: $0)! })
    }

    /// The same people meet twice, a week apart: two events, not one.
    @Test func sameActorsOnDifferentDaysAreDifferentEvents() {
        var clusterer = EventClusterer()
        let first = "Harbour Master Ilse Brandt closed the Narrows after the Caddon Star collision, Brandt told the VMSB inquiry."
        let second = "Ilse Brandt reopened the Narrows to ferries after divers cleared the wreck of the Caddon Star, Brandt said."
        let other = "Lumera opened a battery plant in Kessveld, chief executive Mira Castellane said at the ceremony."
        clusterer.add(features(1, first, 11))
        clusterer.add(features(2, first.replacingOccurrences(of: "closed", with: "shut"), 11))
        clusterer.add(features(3, second, 18))
        clusterer.add(features(4, second.replacingOccurrences(of: "reopened", with: "opened"), 18))
        clusterer.add(features(5, other, 11))
        let groups = Set(clusterer.events.map { Set($0.members) })
        #expect(groups == [[1, 2], [3, 4], [5]])
    }
}
