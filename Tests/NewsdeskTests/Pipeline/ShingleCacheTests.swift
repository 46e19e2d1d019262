import NewsdeskClustering
import Testing
@testable import NewsdeskPipeline

@Suite struct ShingleCacheTests {
    static let sentence = "the ferry from Port Avel to Kessveld left an hour late on the first day of the summer timetable"

    @Test func evictsTheOldestOnceTheBudgetIsSpent() {
        let shingles = Shingles(text: Self.sentence)
        let size = shingles.hashes.count * 8 + 64
        let cache = ShingleCache(budget: 2 * size)
        cache.insert(shingles, for: 1)
        cache.insert(shingles, for: 2)
        #expect(cache[1] != nil && cache[2] != nil)
        cache.insert(shingles, for: 3)
        #expect(cache[1] == nil)
        #expect(cache[2] == shingles && cache[3] == shingles)
        // Replacing an entry does not count it twice.
        cache.insert(Shingles(text: Self.sentence.uppercased()), for: 3)
        #expect(cache.count == 2 && cache[2] != nil)
    }
}
